// Finding the keys of a command: where-is-internal, accessible-keymaps, command-remapping (GNU keymap.c),
// with GNU's advertised bindings, remappings, shadowing and ESC-prefix folding into meta keys.
import { defun } from "../defun.js";
import { findSymbolValue } from "../env.js";
import { funcall } from "../eval.js";
import { Cons, LispObject, LSymbol, LString, NIL, T, defsym, list, mkStr } from "../lisp.js";
import {
  ALT, SUPER, HYPER, SHIFT, CTRL, META, Vmeta_prefix_char, getKeymap, getKeyelt, lookupKey1, mapKeymapInternal,
  activeMaps, globalMap,
} from "../keymap.js";

const Qkeymap = defsym("keymap");

defun("where-is-internal", "(definition &optional keymap firstonly noindirect no-remap)", `Return list of keys that invoke DEFINITION.
If KEYMAP is a keymap, search only KEYMAP and the global keymap.
If KEYMAP is a list of keymaps, search only those keymaps.
If KEYMAP is nil, search all the currently active keymaps, except
 for \`overriding-local-map' (which is ignored).

If optional 3rd arg FIRSTONLY is non-nil, return the first key sequence found,
rather than a list of all possible key sequences.
If FIRSTONLY is the symbol \`non-ascii', return the first binding found,
no matter what it is.
If FIRSTONLY has another non-nil value, prefer bindings
that use the modifier key specified in \`where-is-preferred-modifier'
\\(or their meta variants) and entirely reject menu bindings.`, (definition, keymap, firstonly, noindirect, noRemap) => {
  let keymaps: LispObject;
  if (keymap instanceof Cons && getKeymap(keymap.car, false, false) !== NIL) keymaps = keymap;
  else if (keymap !== NIL) keymaps = list(keymap, globalMap());
  else keymaps = list(...activeMaps(false));
  // A command remapped to another is looked for as that other (GNU's choice: right for menu shortcuts).
  const remapTo = commandRemapping(definition, keymaps);
  if (noRemap === NIL && remapTo !== NIL) definition = remapTo;
  if (definition instanceof LSymbol && firstonly !== NIL) {
    // An advertised binding (a key or a list of keys) wins when it still runs the command.
    let adv = getPlist(definition, QCadvertised_binding);
    for (; adv instanceof Cons; adv = adv.cdr) if (shadowLookup(keymaps, adv.car, false) === definition) return adv.car;
    if (adv !== NIL && shadowLookup(keymaps, adv, false) === definition) return adv;
  }
  const preferred = preferredModifier();
  let sequences = whereIsInternal(definition, keymaps, noindirect !== NIL);
  let remappedSeqs: LispObject[][] = [];
  let remapped = false;
  const found: LispObject[] = [];
  for (let i = 0; ; i++) {
    if (i >= sequences.length) {
      if (remapped || remappedSeqs.length === 0) break;
      sequences = remappedSeqs; remapped = true; i = 0;
    }
    const seq = sequences[i] as LispObject[];
    // Shadowed by another binding of the same key in a map that comes first: not a way to run it.
    if (funcall(Qequal, shadowLookup(keymaps, seq, remapped), definition) === NIL) continue;
    if (noRemap === NIL && !remapped && seq.length === 2 && seq[0] === Qremap && seq[1] instanceof LSymbol) {
      remappedSeqs = [...whereIsInternal(seq[1], keymaps, noindirect !== NIL), ...remappedSeqs];
      continue;
    }
    if (seq.length > 0 && seq[seq.length - 1] instanceof LString) seq[seq.length - 1] = mkStr("(any string)");
    if (!found.some((f) => funcall(Qequal, f, seq) !== NIL)) found.push(seq);
    if (firstonly === Qnon_ascii) return seq;
    if (firstonly !== NIL && preferredSequence(seq, preferred) === 2) return seq;
  }
  if (firstonly === NIL) return list(...found);
  if (preferred !== 0) for (const f of found) if (preferredSequence(f as LispObject[], preferred) !== 0) return f;
  return found.length > 0 ? found[0] : NIL;
});

const QCadvertised_binding = defsym(":advertised-binding");
const Qremap = defsym("remap");
const Qequal = defsym("equal");
const Qnon_ascii = defsym("non-ascii");

function getPlist(sym: LSymbol, prop: LispObject): LispObject {
  for (let p = sym.plist; p instanceof Cons && p.cdr instanceof Cons; p = p.cdr.cdr) if (p.car === prop) return p.cdr.car;
  return NIL;
}

/** The modifier bit `where-is-preferred-modifier' names (0 when none). */
function preferredModifier(): number {
  const v = findSymbolValue(defsym("where-is-preferred-modifier"));
  if (!(v instanceof LSymbol) || v === NIL) return 0;
  const bits: Record<string, number> = { alt: ALT, super: SUPER, hyper: HYPER, shift: SHIFT, control: CTRL, ctrl: CTRL, meta: META };
  return bits[v.name] ?? 0;
}

/** 0: not all keyboard events; 2: uses the preferred modifier; 1: otherwise all plain keys (GNU). */
function preferredSequence(seq: LispObject[], preferred: number): number {
  let result = 1;
  for (const e of seq) {
    if (typeof e !== "number") return 0;
    const mods = e & ((ALT | SUPER | HYPER | SHIFT | CTRL | META) & ~META);
    if (mods === preferred) result = 2;
    else if (mods !== 0) return 0;
  }
  return result;
}

/** lookup-key in KEYMAPS, remapped when REMAP; nil for a too-long key (GNU shadow_lookup). */
function shadowLookup(keymaps: LispObject, key: LispObject, remap: boolean): LispObject {
  const value = lookupKey1(keymaps, Array.isArray(key) || key instanceof LString ? key : [key], NIL);
  if (typeof value === "number") return NIL;
  if (value !== NIL && remap && value instanceof LSymbol) {
    const r = commandRemapping(value, keymaps);
    return r !== NIL ? r : value;
  }
  return value;
}

/** What COMMAND is remapped to in KEYMAPS (all active maps when NIL), or NIL. */
function commandRemapping(command: LispObject, keymaps: LispObject): LispObject {
  if (!(command instanceof LSymbol)) return NIL;
  const v = lookupKey1(keymaps === NIL ? list(...activeMaps(true)) : keymaps, [Qremap, command], NIL);
  return typeof v === "number" ? NIL : v;
}

/** Every (PREFIX . MAP) reachable from KEYMAP, breadth first, ESC-prefixed keys folded into meta keys (GNU). */
function accessibleKeymaps(keymap: LispObject, prefix: LispObject): [LispObject[], LispObject][] {
  const prefixLen = prefix === NIL ? 0 : prefix instanceof LString ? prefix.length : Array.isArray(prefix) ? prefix.length : 0;
  let maps: [LispObject[], LispObject][];
  if (prefix !== NIL && prefixLen > 0) {
    const tem = getKeymap(lookupKey1(keymap, prefix, T), false, false);
    if (tem === NIL) return [];
    let pv: LispObject[];
    if (prefix instanceof LString) {
      pv = prefix.chars().map((c) => (!prefix.multibyte && c >= 128 && c < 256 ? (c ^ 0x80) | META : c));
    } else pv = [...(prefix as LispObject[])];
    maps = [[pv, tem]];
  } else maps = [[[], getKeymap(keymap, true, false)]];
  const metaChar = findSymbolValue(Vmeta_prefix_char);
  for (let i = 0; i < maps.length; i++) {
    const [thisseq, thismap] = maps[i];
    const last = thisseq.length - 1;
    const isMetized = last >= 0 && last >= prefixLen && thisseq[last] === metaChar;
    if (!(thismap instanceof Cons)) continue;
    let insertAt = i + 1;
    forEachBinding(thismap, (key, cmd) => {
      const m = getKeymap(getKeyelt(cmd, false), false, false);
      if (m === NIL) return;
      // Break cycles: a map already reached by a prefix of this sequence.
      for (const [p, mm] of maps) {
        if (mm === m && p.length <= thisseq.length && p.every((x, j) => x === thisseq[j])) return;
      }
      if (isMetized && typeof key === "number") {
        const seq = [...thisseq]; seq[last] = key | META;
        maps.splice(insertAt++, 0, [seq, m]);
      } else maps.push([[...thisseq, key instanceof Cons ? new Cons(key.car, key.cdr) : key], m]);
    });
  }
  return maps;
}

/** Calls FN on each binding of MAP and its parents (GNU map_keymap without autoloading). */
function forEachBinding(map: LispObject, fn: (key: LispObject, val: LispObject) => void): void {
  for (let tail: LispObject = map; tail instanceof Cons;) {
    tail = mapKeymapInternal(tail, fn);
    tail = tail instanceof Cons && tail.car === Qkeymap ? tail : getKeymap(tail, false, false);
  }
}

/** The key sequences under which DEFINITION is bound in KEYMAPS, shortest first (GNU where_is_internal). */
function whereIsInternal(definition: LispObject, keymaps: LispObject, noindirect: boolean): LispObject[][] {
  const maps: [LispObject[], LispObject][] = [];
  for (let l = keymaps; l instanceof Cons; l = l.cdr) maps.push(...accessibleKeymaps(getKeymap(l.car, true, false), NIL));
  const metaChar = findSymbolValue(Vmeta_prefix_char);
  const out: LispObject[][] = [];
  for (const [thisseq, map] of maps) {
    const last = thisseq.length - 1;
    const lastIsMeta = last >= 0 && thisseq[last] === metaChar;
    if (!(map instanceof Cons)) continue;
    forEachBinding(map, (key, binding) => {
      const b = noindirect ? binding : getKeyelt(binding, false);
      if (!(b === definition || (definition instanceof Cons && funcall(Qequal, b, definition) !== NIL))) return;
      if (typeof key === "number" && lastIsMeta) { const seq = [...thisseq]; seq[last] = key | META; out.push(seq); }
      else out.push([...thisseq, key instanceof Cons ? new Cons(key.car, key.cdr) : key]);
    });
  }
  return out;
}

defun("accessible-keymaps", "(keymap &optional prefix)", `Find all keymaps accessible via prefix characters from KEYMAP.
Returns a list of elements of the form (KEYS . MAP), where the sequence
KEYS starting from KEYMAP gets you to MAP.  These elements are ordered
so that the KEYS increase in length.  The first element is ([] . KEYMAP).
An optional argument PREFIX, if non-nil, should be a key sequence;
then the value includes only maps for prefixes that start with PREFIX.`,
(keymap, prefix) => list(...accessibleKeymaps(keymap, prefix).map(([k, m]) => new Cons(k, m))));

defun("command-remapping", "(command &optional position keymaps)", `Return the remapping for command COMMAND.
Returns nil if COMMAND is not remapped (or not a symbol).

If the optional argument POSITION is non-nil, it specifies a mouse
position as returned by \`event-start' and \`event-end', and the
remapping occurs in the keymaps associated with it.  It can also be a
number or marker, in which case the keymap properties at the specified
buffer position instead of point are used.  The KEYMAPS argument is
ignored if POSITION is non-nil.

If the optional argument KEYMAPS is non-nil, it should be a keymap or list of
keymaps to search for command remapping.  Otherwise, search for the
remapping in all currently active keymaps.`, (command, _position, keymaps) => commandRemapping(command, keymaps));

