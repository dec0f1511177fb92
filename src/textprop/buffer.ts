// Text properties of buffer text across insertions and deletions: inheritance by inserted text, grafting
// a string's properties, buffer substrings, read-only text and modification hooks (GNU: intervals.c's
// offset_intervals, graft_intervals_into_buffer, copy_intervals_to_string; textprop.c's
// verify_interval_modification and report_interval_modification). Installed into insdel.ts's textHooks.
import { E, findSymbolValue } from "../env.js";
import { Cons, defsym, LispObject, LString, NIL } from "../lisp.js";
import { xsignal } from "../signal.js";
import { funcall } from "../eval.js";
import { Buffer, curBuf, Qbuffer_read_only } from "../buffer.js";
import { textHooks, Vinhibit_modification_hooks, Vinhibit_read_only } from "../insdel.js";
import { memq, plistGet } from "../fns/lists.js";
import { Intervals } from "../text/intervals.js";
import {
  copyList, intervalsEqual, lcar, lcdr, mergeProperties, Qcategory, Qfront_sticky, Qinhibit_read_only, Qinsert_behind_hooks,
  Qinsert_in_front_hooks, Qmodification_hooks, Qread_only, Qrear_nonsticky, stickyOps, textget, tmem,
} from "./plist.js";
import { getTextProperty, setTextProperties1, Tree } from "./core.js";

const Qtext_read_only = defsym("text-read-only");

/** Hooks chosen by verify for an insertion, run once it is done (GNU: interval_insert_*_hooks). */
interface InsertHooks { behind: LispObject; inFront: LispObject }
function insertHooks(): InsertHooks {
  // Asked after every insertion: the world's record is remembered rather than looked up each time.
  const env = E;
  if (env === hooksEnv) return hooksOf!;
  const ih = (env.ext.textprop ??= { behind: NIL, inFront: NIL }) as InsertHooks;
  hooksEnv = env; hooksOf = ih;
  return ih;
}
let hooksEnv: object | null = null;
let hooksOf: InsertHooks | null = null;

/** GNU text_read_only: (text-read-only) or (text-read-only PROPVAL) for a string value. */
function textReadOnly(propval: LispObject): never {
  if (propval instanceof LString) return xsignal(Qtext_read_only, propval);
  return xsignal(Qtext_read_only);
}

/** GNU INTERVAL_WRITABLE_P. */
function writable(plist: LispObject, inhibit: LispObject): boolean {
  const ro = textget(plist, Qread_only);
  if (ro === NIL || textget(plist, Qinhibit_read_only) !== NIL) return true;
  return inhibit instanceof Cons ? memq(ro, inhibit) !== NIL : inhibit !== NIL;
}

/** Calls each function of LIST with START and END (GNU: call_mod_hooks). */
function callModHooks(hooks: LispObject, start: number, end: number): void {
  for (let l = hooks; l !== NIL; l = lcdr(l)) funcall(lcar(l), start, end);
}

/**
 * Signals text-read-only if [START, END) of B may not change, then runs the modification-hooks of the
 * text; for an insertion (START = END) checks the stickiness of read-only on both sides and remembers
 * the insertion hooks (GNU: verify_interval_modification).
 */
function verify(b: Buffer, start: number, end: number): void {
  const t = b.text.intervals as Tree | null;
  const ih = insertHooks();
  ih.behind = NIL; ih.inFront = NIL;
  if (t === null) return;
  if (start > end) { const x = start; start = end; end = x; }
  const inhibit = findSymbolValue(Vinhibit_read_only);
  if (start === end) {
    let i = t.find(start - 1);
    let prev = -1;
    if (start === b.begv) prev = -1;
    else if (t.start(i) + 1 === start) prev = i - 1;
    else if (t.start(i) + 1 < start) prev = i;
    if (start === b.zv) i = -1;
    if (inhibit === NIL || inhibit instanceof Cons) {
      const frontBlocks = (j: number): void => {
        const p = t.plist(j);
        const after = textget(p, Qread_only);
        if (after !== NIL && memq(after, inhibit) === NIL) {
          const tem = textget(p, Qfront_sticky);
          if (tmem(Qread_only, tem) || (plistGet(p, Qread_only) === NIL && tmem(Qcategory, tem))) textReadOnly(after);
        }
      };
      if (i !== prev) {
        if (i >= 0) frontBlocks(i);
        if (prev >= 0) {
          const p = t.plist(prev);
          const before = textget(p, Qread_only);
          if (before !== NIL && memq(before, inhibit) === NIL) {
            const tem = textget(p, Qrear_nonsticky);
            if (!tmem(Qread_only, tem) && (plistGet(p, Qread_only) !== NIL || !tmem(Qcategory, tem))) textReadOnly(before);
          }
        }
      } else if (i >= 0) {
        // Inside one interval: read-only text there blocks unless it is neither front- nor rear-sticky.
        const p = t.plist(i);
        const after = textget(p, Qread_only);
        if (after !== NIL && memq(after, inhibit) === NIL) {
          let tem = textget(p, Qfront_sticky);
          if (tmem(Qread_only, tem) || (plistGet(p, Qread_only) === NIL && tmem(Qcategory, tem))) textReadOnly(after);
          tem = textget(p, Qrear_nonsticky);
          if (!tmem(Qread_only, tem) && (plistGet(p, Qread_only) !== NIL || !tmem(Qcategory, tem))) textReadOnly(after);
        }
      }
    }
    if (prev >= 0) ih.behind = textget(t.plist(prev), Qinsert_behind_hooks);
    if (i >= 0) ih.inFront = textget(t.plist(i), Qinsert_in_front_hooks);
    return;
  }
  // A change of existing text: every interval it touches must be writable; collect modification hooks.
  const inhibitHooks = findSymbolValue(Vinhibit_modification_hooks) !== NIL;
  const hooks: LispObject[] = [];
  let prevHooks: LispObject = NIL;
  let i = t.find(start - 1);
  do {
    const p = t.plist(i);
    if (!writable(p, inhibit)) textReadOnly(textget(p, Qread_only));
    if (!inhibitHooks) {
      const mh = textget(p, Qmodification_hooks);
      if (mh !== NIL && mh !== prevHooks) { hooks.push(mh); prevHooks = mh; }
    }
    if (t.end(i) + 1 < end && inhibit === NIL && (b.locals.get(Qbuffer_read_only) ?? NIL) !== NIL) {
      xsignal(Qbuffer_read_only, curBuf());
    }
    i++;
  } while (i < t.count && t.start(i) + 1 < end);
  for (const h of hooks) callModHooks(h, start, end);
}

/** Runs the insertion hooks verify chose, for the inserted [START, END) (GNU: report_interval_modification). */
function afterInsert(_b: Buffer, start: number, end: number): void {
  const ih = insertHooks();
  const behind = ih.behind, inFront = ih.inFront;
  if (behind !== NIL) callModHooks(behind, start, end);
  if (inFront !== NIL && inFront !== behind) callModHooks(inFront, start, end);
}

/** Shifts B's intervals for DELTA characters inserted (> 0) or deleted (< 0) at POS (GNU: offset_intervals). */
function offset(b: Buffer, pos: number, delta: number): void {
  const t = b.text.intervals as Tree | null;
  if (t === null || delta === 0) return;
  if (delta > 0) t.insert(pos - 1, delta, stickyOps, NIL);
  else if (!t.delete(pos - 1, -delta)) b.text.intervals = null;
}

/**
 * Gives the N characters just inserted at POS the properties of SRC, or, for text without properties,
 * clears what they inherited unless INHERIT (GNU: graft_intervals_into_buffer).
 */
function graft(b: Buffer, src: LString | null, pos: number, n: number, inherit: boolean): void {
  let source = src !== null ? (src.intervals as Tree | null) : null;
  if (source !== null && source.total !== n) source = source.slice(0, n, copyList, isNil);
  let t = b.text.intervals as Tree | null;
  if (source === null) {
    if (!inherit && t !== null && n > 0) setTextProperties1(b, pos, pos + n, NIL);
    return;
  }
  if (b.z - 1 === n) {
    // The inserted text is the whole buffer: copy the structure.
    b.text.intervals = source.clone(copyList);
    return;
  }
  if (t === null) b.text.intervals = t = new Intervals<LispObject>(b.z - 1, NIL);
  t.graft(source, pos - 1, inherit, copyList, mergeProperties);
}
const isNil = (p: LispObject): boolean => p === NIL;

/** Properties of B's [FROM, TO) onto string S (GNU: copy_intervals_to_string). */
function toString(b: Buffer, from: number, to: number, s: LString): void {
  const t = b.text.intervals as Tree | null;
  if (t === null || to <= from) return;
  // GNU make_buffer_string copies nothing for a stretch without properties and without a change in it.
  const i = t.find(from - 1), p0 = t.plist(i);
  if (p0 === NIL && t.nextChange(i, (x) => !intervalsEqual(p0, x), to - 1) < 0) return;
  s.intervals = t.slice(from - 1, to - from, copyList, isNil);
}

/** Text property PROP at POS of B (for barf-if-buffer-read-only). */
function getProp(b: Buffer, pos: number, prop: LispObject): LispObject {
  return getTextProperty(pos, prop, b);
}

/**
 * Moves B's intervals after a conversion that changed every position (set-buffer-multibyte): MAP[p] is the
 * new position of old position p (1-based, up to the old Z) (GNU: set_intervals_multibyte).
 */
export function remapIntervals(b: Buffer, map: ArrayLike<number>): void {
  const t = b.text.intervals as Tree | null;
  if (t === null) return;
  const runs: [number, LispObject][] = [];
  for (const [s, e, p] of t.runs()) {
    const n = map[e + 1] - map[s + 1];
    if (n > 0) runs.push([n, p]);
  }
  b.text.intervals = runs.length > 0 ? Intervals.fromRuns(runs) : null;
}

textHooks.offset = offset;
textHooks.graft = graft;
textHooks.verify = verify;
textHooks.get = getProp;
textHooks.toString = toString;
textHooks.afterInsert = afterInsert;
textHooks.pendingInsertHooks = () => { const ih = insertHooks(); return ih.behind !== NIL || ih.inFront !== NIL; };

