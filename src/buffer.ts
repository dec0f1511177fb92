// Buffer objects, the buffer list state, per-buffer variables, switching buffers, and the save-excursion
// family (GNU: buffer.c's struct buffer, set_buffer_internal, init_buffer_once/init_buffer, and the
// buffer half of editfns.c's save-excursion/save-restriction). Primitives are in buffer/*.ts.
import { E, Env, LocalsHolder, localize, Blv, findSymbolValue } from "./env.js";
import {
  defsym, LispObject, LString, LSymbol, NIL, T, UNBOUND, Vectorlike, Trapped, Redirect,
} from "./lisp.js";
import { error, wrongType, xsignal } from "./signal.js";
import { defvar, onStart, varRegistry } from "./defun.js";
import { GapBuffer, GapText } from "./text/gap-buffer.js";
import { attachCell, detachCell, Marker, MarkerCell, makeCell, makeMarker, setCellPos } from "./marker.js";
import { registerPrinter, setPrintTargetResolver } from "./print.js";
import { saveHooks, putProp } from "./compile/runtime.js";
import { applyQuotingStyle } from "./editfns/quoting.js";
import { initBufferCaseTables } from "./casefiddle.js";

export const Qbufferp = defsym("bufferp");
export const Qfundamental_mode = defsym("fundamental-mode");
export const Qpermanent_local = defsym("permanent-local");

/** The text of a buffer, shared by a base buffer and its indirect buffers (GNU: struct buffer_text). */
export class BufferText {
  readonly gb = new GapBuffer();
  modiff = 1;
  charsModiff = 1;
  saveModiff = 1;
  overlayModiff = 1;
  /** Cells of all markers into this text (of the base buffer and its indirect buffers). */
  readonly cells: MarkerCell[] = [];
  /** Text properties (owned by textprop.ts), or null. */
  intervals: any = null;
  /** Number of cells at which attaching another first reclaims dead markers (marker.ts). */
  cleanupAt = 8192;
  /**
   * An upper bound of the cells' positions: changes after it need not visit the cells. Anything that sets
   * a cell's position directly must keep it an upper bound (attachCell and the adjusters do).
   */
  maxCellPos = 0;
}

/**
 * A buffer's local values. It keeps `enable-multibyte-characters` at hand as a boolean, since every insertion
 * and search asks for it (every way of changing the local goes through set/delete).
 */
class BufferLocals extends Map<LSymbol, LispObject> {
  multibyte = true;
  override set(k: LSymbol, v: LispObject): this {
    if (k === Qenable_multibyte_characters) this.multibyte = v !== NIL;
    return super.set(k, v);
  }
  override delete(k: LSymbol): boolean {
    if (k === Qenable_multibyte_characters) this.multibyte = true;
    return super.delete(k);
  }
  override clear(): void { this.multibyte = true; super.clear(); }
}

/** An editor buffer (GNU: struct buffer). The current one is `E.currentBuffer`. */
export class Buffer extends Vectorlike implements LocalsHolder {
  readonly lispType = "buffer";
  /** Name (an LString), or NIL once killed. */
  name: LispObject;
  text: BufferText;
  /** The base buffer of an indirect buffer. */
  base: Buffer | null = null;
  /** Number of indirect buffers sharing our text (-1 for an indirect buffer itself). */
  indirections = 0;
  // Point and restriction. While the text is shared with other buffers they live in cells so that
  // edits made from another buffer move them (GNU: pt_marker, begv_marker, zv_marker).
  private ptv = 1;
  private begvv = 1;
  private zvv = 1;
  ptCell: MarkerCell | null = null;
  begvCell: MarkerCell | null = null;
  zvCell: MarkerCell | null = null;
  /** Buffer-local values of Localized variables, per-buffer built-ins included. */
  readonly locals: BufferLocals = new BufferLocals();
  mark: Marker;
  inhibitHooks: boolean;
  /** The local keymap (keymap.ts reads and writes it). */
  keymap: LispObject = NIL;
  autoSaveModiff = 0;
  lastWindowStart = 1;
  /** Per-buffer state of other modules (syntax table, case tables, overlays...), keyed by module. */
  readonly ext: Record<string, any> = Object.create(null);
  /** Overlays and the overlay center (buffer/overlays.ts; a field, since every change consults it). */
  overlays: { list: any[]; center: number } | undefined = undefined;
  /** The regexp engine's last view of the accessible text (search/buffer.ts reuses it while it still fits). */
  searchView: GapText | null = null;

  constructor(name: LString, text: BufferText, inhibitHooks: boolean) {
    super();
    this.name = name;
    this.text = text;
    this.inhibitHooks = inhibitHooks;
    this.mark = makeMarker();
  }

  get live(): boolean { return this.name !== NIL; }
  get pt(): number { return this.ptCell !== null ? this.ptCell.pos : this.ptv; }
  set pt(v: number) { if (this.ptCell !== null) setCellPos(this.ptCell, v); else this.ptv = v; }
  get begv(): number { return this.begvCell !== null ? this.begvCell.pos : this.begvv; }
  set begv(v: number) { if (this.begvCell !== null) setCellPos(this.begvCell, v); else this.begvv = v; }
  get zv(): number { return this.zvCell !== null ? this.zvCell.pos : this.zvv; }
  set zv(v: number) { if (this.zvCell !== null) setCellPos(this.zvCell, v); else this.zvv = v; }
  /** One past the last position of the whole text. */
  get z(): number { return this.text.gb.length + 1; }
  /** Whether point and restriction are kept in cells (text shared with indirect buffers). */
  get hasCells(): boolean { return this.ptCell !== null; }

  /** Moves point, restriction into cells so that edits from other buffers adjust them. */
  useCells(): void {
    if (this.ptCell !== null) return;
    const pt = this.ptv, begv = this.begvv, zv = this.zvv;
    this.ptCell = makeCell(this, pt);
    this.begvCell = makeCell(this, begv);
    this.zvCell = makeCell(this, zv, true);
  }
  /** Drops the cells (kill-buffer). */
  dropCells(): void {
    if (this.ptCell === null) return;
    this.ptv = this.ptCell.pos; this.begvv = this.begvCell!.pos; this.zvv = this.zvCell!.pos;
    detachCell(this.ptCell); detachCell(this.begvCell!); detachCell(this.zvCell!);
    this.ptCell = this.begvCell = this.zvCell = null;
  }

  /** Plain point/ZV bookkeeping for an insertion of N at POS in the current buffer (cells move by themselves). */
  plainInsert(pos: number, n: number): void {
    if (this.ptCell !== null) return;
    this.zvv += n;
    if (this.ptv > pos) this.ptv += n;
  }
  /** Plain point/ZV bookkeeping for the deletion of [FROM, TO). */
  plainDelete(from: number, to: number): void {
    if (this.ptCell !== null) return;
    this.zvv -= to - from;
    if (this.ptv > to) this.ptv -= to - from; else if (this.ptv > from) this.ptv = from;
  }

  /** Character at 1-based position POS (caller guarantees 1 <= POS < z). */
  charAt(pos: number): number { return this.text.gb.charAt(pos - 1); }
  /** Text of [FROM, TO) (1-based positions) as a JS string in the tsmacs encoding. */
  slice(from: number, to: number): string { return this.text.gb.slice(from - 1, to - 1); }
  /** `enable-multibyte-characters` in this buffer. */
  get multibyte(): boolean { return this.locals.multibyte; }
}

// ---------------------------------------------------------------------------------------------
// Buffer-list state (GNU: Vbuffer_alist), per world.
// ---------------------------------------------------------------------------------------------
export interface BufferState {
  /** Live buffers in buffer-list order. */
  all: Buffer[];
  /** The buffer shown in the selected window (a stand-in until windows exist). */
  shown: Buffer | null;
}

export function bufferState(): BufferState {
  let st = E.ext.buffer as BufferState | undefined;
  if (st === undefined) {
    st = E.ext.buffer = { all: [], shown: null };
    initBuffers(E);
  }
  return st;
}

/** The current buffer, creating the initial buffers on first use in a world. */
export function curBuf(): Buffer {
  const b = E.currentBuffer;
  if (b instanceof Buffer) return b;
  bufferState();
  return E.currentBuffer as Buffer;
}

/** GNU decode_buffer: nil means the current buffer; otherwise a buffer (live or not). */
export function decodeBufferArg(buffer: LispObject): Buffer {
  if (buffer === NIL) return curBuf();
  if (buffer instanceof Buffer) return buffer;
  return wrongType(Qbufferp, buffer);
}
export function checkBuffer(x: LispObject): Buffer {
  if (x instanceof Buffer) return x;
  return wrongType(Qbufferp, x);
}

/** The live buffer named NAME (a JS string), or undefined. */
export function findBufferByName(name: string): Buffer | undefined {
  for (const b of bufferState().all) if ((b.name as LString).s === name) return b;
  return undefined;
}

/** `error` with a GNU-style message: the format's quotes follow text-quoting-style; %s takes ARGS. */
export function errorFmt(fmt: string, ...args: string[]): never {
  let msg = applyQuotingStyle(LString.fromJs(fmt), false).s;
  for (const a of args) msg = msg.replace("%s", a);
  return error(msg);
}

// ---------------------------------------------------------------------------------------------
// Per-buffer built-in variables (GNU: DEFVAR_PER_BUFFER and buffer_defaults). They are Localized
// symbols that become local when set. "Always" ones have a value in every buffer (GNU's local flag -1);
// `permanent` ones survive kill-all-local-variables (buffer_permanent_local_flags).
// ---------------------------------------------------------------------------------------------
const enum PB { Flag = 0, Always = 1, Permanent = 2 }

/** [name, default, kind, permanent-local property] in GNU's struct buffer order. */
const PER_BUFFER: [string, () => LispObject, PB, boolean][] = [
  ["buffer-file-name", () => NIL, PB.Always, true],
  ["default-directory", () => NIL, PB.Always, true],
  ["buffer-backed-up", () => NIL, PB.Always, true],
  ["buffer-saved-size", () => 0, PB.Always, true],
  ["buffer-auto-save-file-name", () => NIL, PB.Always, true],
  ["buffer-read-only", () => NIL, PB.Always, true],
  ["major-mode", () => Qfundamental_mode, PB.Always, false],
  ["local-minor-modes", () => NIL, PB.Always, false],
  ["mode-name", () => NIL, PB.Always, false],
  ["mode-line-format", () => LString.fromJs("%-"), PB.Flag, false],
  ["header-line-format", () => NIL, PB.Flag, false],
  ["tab-line-format", () => NIL, PB.Flag, false],
  ["local-abbrev-table", () => NIL, PB.Flag, false],
  ["case-fold-search", () => T, PB.Flag, false],
  ["tab-width", () => 8, PB.Flag, false],
  ["fill-column", () => 70, PB.Flag, false],
  ["left-margin", () => 0, PB.Flag, false],
  ["auto-fill-function", () => NIL, PB.Flag, false],
  ["truncate-lines", () => NIL, PB.Permanent, true],
  ["word-wrap", () => NIL, PB.Flag, false],
  ["ctl-arrow", () => T, PB.Flag, false],
  ["bidi-display-reordering", () => T, PB.Flag, false],
  ["bidi-paragraph-direction", () => NIL, PB.Flag, false],
  ["bidi-paragraph-separate-re", () => NIL, PB.Flag, false],
  ["bidi-paragraph-start-re", () => NIL, PB.Flag, false],
  ["selective-display", () => NIL, PB.Flag, false],
  ["selective-display-ellipses", () => T, PB.Flag, false],
  ["overwrite-mode", () => NIL, PB.Flag, false],
  ["abbrev-mode", () => NIL, PB.Flag, false],
  ["buffer-display-table", () => NIL, PB.Flag, false],
  ["mark-active", () => NIL, PB.Always, true],
  ["enable-multibyte-characters", () => T, PB.Always, true],
  ["buffer-file-coding-system", () => defsym("utf-8-unix"), PB.Permanent, true],
  ["buffer-file-format", () => NIL, PB.Always, true],
  ["buffer-auto-save-file-format", () => T, PB.Always, true],
  ["cache-long-scans", () => T, PB.Flag, false],
  ["point-before-scroll", () => NIL, PB.Always, true],
  ["buffer-file-truename", () => NIL, PB.Always, true],
  ["buffer-invisibility-spec", () => T, PB.Always, false],
  ["buffer-display-count", () => 0, PB.Always, true],
  ["left-margin-width", () => 0, PB.Flag, false],
  ["right-margin-width", () => 0, PB.Flag, false],
  ["left-fringe-width", () => NIL, PB.Flag, false],
  ["right-fringe-width", () => NIL, PB.Flag, false],
  ["fringes-outside-margins", () => NIL, PB.Flag, false],
  ["scroll-bar-width", () => NIL, PB.Flag, false],
  ["scroll-bar-height", () => NIL, PB.Flag, false],
  ["vertical-scroll-bar", () => T, PB.Flag, false],
  ["horizontal-scroll-bar", () => T, PB.Flag, false],
  ["indicate-empty-lines", () => NIL, PB.Flag, false],
  ["indicate-buffer-boundaries", () => NIL, PB.Flag, false],
  ["fringe-indicator-alist", () => NIL, PB.Flag, false],
  ["fringe-cursor-alist", () => NIL, PB.Flag, false],
  ["buffer-display-time", () => NIL, PB.Always, true],
  ["scroll-up-aggressively", () => NIL, PB.Flag, false],
  ["scroll-down-aggressively", () => NIL, PB.Flag, false],
  ["cursor-type", () => T, PB.Flag, false],
  ["line-spacing", () => NIL, PB.Flag, false],
  ["cursor-in-non-selected-windows", () => T, PB.Flag, false],
  ["buffer-undo-list", () => NIL, PB.Always, true],
];

export const Qenable_multibyte_characters = defsym("enable-multibyte-characters");
export const Qbuffer_undo_list = defsym("buffer-undo-list");
export const Qbuffer_read_only = defsym("buffer-read-only");
export const Qmajor_mode = defsym("major-mode");
export const Qmode_name = defsym("mode-name");
export const Qdefault_directory = defsym("default-directory");
export const Qbuffer_file_name = defsym("buffer-file-name");
export const Qbuffer_invisibility_spec = defsym("buffer-invisibility-spec");
export const Qmark_active = defsym("mark-active");

/** Per-buffer built-in symbols with their kind and struct-order index (for buffer-local-variables). */
export interface PerBufferInfo { kind: number; order: number }
export function perBufferInfo(sym: LSymbol): PerBufferInfo | undefined {
  return (E.ext.perBuffer as Map<LSymbol, PerBufferInfo> | undefined)?.get(sym);
}
/** Per-buffer built-ins in struct order. */
export function perBufferSymbols(): LSymbol[] { return E.ext.perBufferList as LSymbol[]; }
export function perBufferIsAlways(info: PerBufferInfo): boolean { return info.kind === PB.Always; }
export function perBufferIsPermanent(info: PerBufferInfo): boolean { return info.kind !== PB.Flag; }

/** Makes the per-buffer built-ins Localized in ENV (idempotent). Defaults come from defvars made elsewhere. */
function installPerBufferVariables(env: Env): void {
  if (env.ext.perBuffer) return;
  const info = new Map<LSymbol, PerBufferInfo>();
  const order: LSymbol[] = [];
  PER_BUFFER.forEach(([name, dflt, kind, perm], i) => {
    const sym = env.intern(name);
    sym.special = true;
    // A variable another module declares (case-fold-search...) keeps that module's default, whether or
    // not createEnv has installed it yet.
    const def = varRegistry.find((v) => v.sym === sym);
    if (sym.r === Redirect.Plain) sym.v = def ? (typeof def.init === "function" ? def.init() : def.init) : dflt();
    const blv = localize(sym, true) as Blv & { alwaysLocal?: boolean };
    if (kind === PB.Always) blv.alwaysLocal = true;
    if (perm) putProp(sym, Qpermanent_local, T);
    info.set(sym, { kind, order: i });
    order.push(sym);
  });
  env.intern("enable-multibyte-characters").trapped = Trapped.NoWrite;
  env.ext.perBuffer = info;
  env.ext.perBufferList = order;
}

/** Gives B the values of the "always local" per-buffer variables (GNU: reset_buffer). */
export function resetBuffer(b: Buffer, directory: LispObject): void {
  for (const sym of perBufferSymbols()) {
    const info = perBufferInfo(sym)!;
    if (info.kind === PB.Always) b.locals.set(sym, (sym.x as Blv).defaultValue);
  }
  b.locals.set(Qdefault_directory, directory);
}

/** Per-buffer slots of other modules reset by kill-all-local-variables (syntax table, case tables...). */
export const resetLocalsHooks: ((b: Buffer, permanentToo: boolean) => void)[] = [];

/**
 * GNU reset_buffer_local_variables: back to Fundamental mode, dropping local values (except
 * permanent ones unless PERMANENT_TOO).
 */
export function resetBufferLocalVariables(b: Buffer, permanentToo: boolean, killLocal?: (sym: LSymbol) => boolean): void {
  b.locals.set(Qmajor_mode, Qfundamental_mode);
  b.keymap = NIL;
  b.locals.set(Qmode_name, LString.fromJs("Fundamental", false));
  b.locals.set(Qbuffer_invisibility_spec, T);
  for (const sym of [...b.locals.keys()]) {
    const info = perBufferInfo(sym);
    if (info !== undefined) {
      if (info.kind === PB.Always) continue;
      if (permanentToo || info.kind === PB.Flag) b.locals.delete(sym);
      continue;
    }
    if (permanentToo) b.locals.delete(sym);
    else if (killLocal && killLocal(sym)) b.locals.delete(sym);
  }
  initBufferCaseTables(b);
  for (const h of resetLocalsHooks) h(b, permanentToo);
}

/** Hooks run when make-indirect-buffer clones FROM into TO (overlays are copied, GNU: copy_overlays). */
export const cloneBufferHooks: ((from: Buffer, to: Buffer) => void)[] = [];

/** Hooks run when a buffer is created (after its locals are set up), e.g. to give it a syntax table. */
export const bufferCreateHooks: ((b: Buffer) => void)[] = [];

/** Creates a buffer object (not yet in the list). */
export function allocateBuffer(name: LString, text: BufferText | null, inhibitHooks: boolean): Buffer {
  const b = new Buffer(new LString(name.s, name.multibyte), text ?? new BufferText(), inhibitHooks);
  const cur = E.currentBuffer;
  resetBuffer(b, cur instanceof Buffer ? cur.locals.get(Qdefault_directory) ?? NIL : cwdDirectory());
  b.locals.set(Qbuffer_undo_list, name.s.charCodeAt(0) === 32 ? T : NIL);
  resetBufferLocalVariables(b, true);
  return b;
}

function cwdDirectory(): LispObject {
  let d = process.cwd();
  if (!d.endsWith("/")) d += "/";
  return LString.fromJs(d);
}

// ---------------------------------------------------------------------------------------------
// World creation.
// ---------------------------------------------------------------------------------------------
/**
 * Creates the initial buffers of a world (*scratch* current, " *Minibuf-0*", *Messages*), as GNU has them
 * in batch mode, and makes the per-buffer variables buffer-local. createEnv calls it after installing
 * the built-in variables; otherwise it runs on the first use of buffers.
 */
export function initBuffers(env: Env): void {
  const prevE = E;
  if (prevE !== env) throw new Error("initBuffers: ENV must be the current world");
  const st = (env.ext.buffer ??= { all: [], shown: null }) as BufferState;
  if (st.all.length > 0) return;
  installPerBufferVariables(env);
  const placeholder = env.currentBuffer;
  const scratch = allocateBuffer(LString.fromJs("*scratch*"), null, false);
  // Locals made before buffers existed (on the placeholder) belong to *scratch*.
  if (!(placeholder instanceof Buffer)) for (const [k, v] of placeholder.locals) if (!perBufferInfo(k)) scratch.locals.set(k, v);
  scratch.locals.set(Qmajor_mode, env.intern("lisp-interaction-mode"));
  scratch.locals.set(Qmode_name, LString.fromJs("Lisp Interaction", false));
  st.all.push(scratch);
  env.currentBuffer = scratch;
  st.shown = scratch;
  st.all.push(allocateBuffer(LString.fromJs(" *Minibuf-0*"), null, false));
  st.all.push(allocateBuffer(LString.fromJs("*Messages*"), null, false));
  for (const b of st.all) for (const h of bufferCreateHooks) h(b);
}

// createEnv installs the built-in variables in registration order; this one's initial value creates the
// initial buffers, so that the per-buffer variables are buffer-local before any Lisp runs.
defvar("buffer-list-update-hook", () => { if (!(E.currentBuffer instanceof Buffer)) bufferState(); return NIL; },
  "Hook run when the buffer list changes.");

// The initial buffers' directory is the directory Emacs starts in (GNU: init_buffer), also after a
// snapshot restore.
onStart((env: Env) => {
  const st = env.ext.buffer as BufferState | undefined;
  if (!st) return;
  const dir = cwdDirectory();
  for (const b of st.all) {
    const n = (b.name as LString).s;
    if (n === "*scratch*" || n === " *Minibuf-0*" || n === "*Messages*") b.locals.set(Qdefault_directory, dir);
  }
});

// ---------------------------------------------------------------------------------------------
// Switching buffers.
// ---------------------------------------------------------------------------------------------
/** Makes B current (GNU: set_buffer_internal). B must be live. */
export function setBuffer(b: Buffer): void {
  E.currentBuffer = b;
}

/** set-buffer's argument handling: a live buffer or the name of one. */
export function getBufferForSet(bufferOrName: LispObject): Buffer {
  const b = getBuffer(bufferOrName);
  if (b === NIL) nsberror(bufferOrName);
  if (!(b as Buffer).live) error("Selecting deleted buffer");
  return b as Buffer;
}

/** GNU Fget_buffer: a buffer is returned as is; a string names a live buffer (or nil). */
export function getBuffer(bufferOrName: LispObject): Buffer | LSymbol {
  if (bufferOrName instanceof Buffer) return bufferOrName;
  if (!(bufferOrName instanceof LString)) return wrongType(defsym("stringp"), bufferOrName);
  return findBufferByName(bufferOrName.s) ?? NIL;
}

/** GNU nsberror: the error for a buffer argument that names nothing. */
export function nsberror(spec: LispObject): never {
  if (spec instanceof LString) errorFmt("No buffer named %s", spec.s);
  return error("Invalid buffer argument");
}

// ---------------------------------------------------------------------------------------------
// save-current-buffer, save-excursion, save-restriction.
// ---------------------------------------------------------------------------------------------
interface Excursion { buf: Buffer; pt: MarkerCell }
interface Restriction { buf: Buffer; begv: MarkerCell | null; zv: MarkerCell | null }

saveHooks.begin = (kind: string): unknown => {
  const b = curBuf();
  if (kind === "buffer") return b;
  if (kind === "excursion") return { buf: b, pt: makeCell(b, b.pt) } as Excursion;
  // save-restriction: a widened buffer records only itself (GNU: save_restriction_save).
  if (b.begv === 1 && b.zv === b.z) return { buf: b, begv: null, zv: null } as Restriction;
  return { buf: b, begv: makeCell(b, b.begv), zv: makeCell(b, b.zv, true) } as Restriction;
};

saveHooks.end = (kind: string, saved: unknown): void => {
  if (kind === "buffer") {
    const b = saved as Buffer;
    if (b.live) setBuffer(b);
    return;
  }
  if (kind === "excursion") {
    const ex = saved as Excursion;
    const cell = ex.pt;
    if (ex.buf.live) {
      setBuffer(ex.buf);
      const pos = cell.buf !== null ? cell.pos : ex.buf.pt;
      ex.buf.pt = pos < ex.buf.begv ? ex.buf.begv : pos > ex.buf.zv ? ex.buf.zv : pos;
    }
    detachCell(cell);
    return;
  }
  restoreRestriction(saved as Restriction);
};

/** GNU save_restriction_restore. */
function restoreRestriction(r: Restriction): void {
  const b = r.buf;
  if (r.begv === null) {
    // The buffer was widened: widen it again.
    if (b.live) { b.begv = 1; b.zv = b.z; }
    return;
  }
  const begCell = r.begv, zvCell = r.zv!;
  if (begCell.buf !== null && begCell.buf === b) {
    const beg = begCell.pos, end = zvCell.pos;
    b.begv = beg; b.zv = end < beg ? beg : end;
    if (b.pt < b.begv) b.pt = b.begv; else if (b.pt > b.zv) b.pt = b.zv;
  }
  detachCell(begCell); detachCell(zvCell);
}

// ---------------------------------------------------------------------------------------------
// Printing buffers, and buffers and markers as output streams.
// ---------------------------------------------------------------------------------------------
registerPrinter(Buffer, (b: Buffer, p, escape) => {
  if (b.name === NIL) { p.so("#<killed buffer>"); return; }
  if (escape) { p.so("#<buffer "); p.so((b.name as LString).s); p.pc(">"); }
  else p.so((b.name as LString).s);
});

/** Inserts JS string TEXT into BUF at point, as printing to a buffer does (printer's output target). */
export let insertIntoBuffer: (buf: Buffer, text: string) => void = () => { throw new Error("insdel not loaded"); };
/** Inserts TEXT at marker M's position, leaving M after it (printing to a marker). */
export let insertAtMarker: (m: Marker, text: string) => void = () => { throw new Error("insdel not loaded"); };
export function setInsertFunctions(f: typeof insertIntoBuffer, g: typeof insertAtMarker): void {
  insertIntoBuffer = f; insertAtMarker = g;
}

setPrintTargetResolver((pcf) => {
  if (pcf instanceof Buffer) {
    if (!pcf.live) error("Selecting deleted buffer");
    // terpri's ENSURE asks whether output is at the beginning of a line.
    return { insert: (text) => insertIntoBuffer(pcf, text), bolp: () => pcf.pt === pcf.begv || pcf.charAt(pcf.pt - 1) === 10 };
  }
  if (pcf instanceof Marker) {
    if (pcf.c.buf === null) error("Marker does not point anywhere");
    return {
      insert: (text) => insertAtMarker(pcf, text),
      bolp: () => { const b = pcf.c.buf!, pos = pcf.c.pos; return pos === b.begv || b.charAt(pos - 1) === 10; },
    };
  }
  return null;
});

// ---------------------------------------------------------------------------------------------
// A character view of the accessible portion, for the regex engine and other scanners.
// ---------------------------------------------------------------------------------------------
/**
 * Characters of BUF's accessible portion, index 0 being position `start` (= begv); the shape of the regex
 * engine's RegexText, so searches never copy the buffer into a string.
 */
export interface CharView { readonly length: number; charAt(i: number): number; readonly start: number; readonly unibyte: boolean }
export function bufferCharView(b: Buffer): CharView {
  const gb = b.text.gb;
  const off = b.begv - 1;
  return { length: b.zv - b.begv, start: b.begv, unibyte: !b.multibyte, charAt: (i: number) => gb.charAt(off + i) };
}

/** Value of a per-buffer variable in BUF without switching (its local value, or the default). */
export function bufferValue(b: Buffer, sym: LSymbol): LispObject {
  const v = b.locals.get(sym);
  if (v !== undefined) return v;
  return sym.r === Redirect.Localized ? (sym.x as Blv).defaultValue : findSymbolValue(sym);
}

void xsignal; void attachCell;
