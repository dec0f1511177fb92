// Keymaps: creation, define-key/lookup-key, parents, key descriptions, event modifiers (GNU: keymap.c, and
// the event-symbol parts of keyboard.c). Keymaps are GNU's lists, `(keymap [CHAR-TABLE] BINDINGS... . PARENT)`.
import { defun, defvar } from "./defun.js";
import { E, findSymbolValue } from "./env.js";
import { funcall } from "./eval.js";
import {
  Cons, LispObject, LSymbol, LString, NIL, T, UNBOUND, defsym, list, mkStr, stringFromChars,
} from "./lisp.js";
import { error, wrongType, checkCharacter, checkSymbol, Qlistp } from "./signal.js";
import { CharTable, charTableGet, charTableSet, charTableSetRange, copyCharTable, makeCharTable, mapCharTable, defCharTablePurpose } from "./chartab.js";
import { curBuf } from "./buffer.js";

const Qkeymap = defsym("keymap");
const Qkeymapp = defsym("keymapp");
const Qmenu_item = defsym("menu-item");
const Qautoload = defsym("autoload");
const Qarrayp = defsym("arrayp");
const QCfilter = defsym(":filter");
defCharTablePurpose(Qkeymap, 0);

// Modifier bits of character events (GNU: termhooks.h enum event_modifiers).
export const ALT = 1 << 22, SUPER = 1 << 23, HYPER = 1 << 24, SHIFT = 1 << 25, CTRL = 1 << 26, META = 1 << 27;
const UP = 1, DOWN = 2, DRAG = 4, CLICK = 8, DOUBLE = 16, TRIPLE = 32;
const CHAR_MODIFIER_MASK = ALT | SUPER | HYPER | SHIFT | CTRL | META;
/** Keeps the bits up to and including meta (GNU: `c & (meta_modifier | ~ -meta_modifier)`). */
export const maskEvent = (c: number): number => c & (META | (META - 1));

export const Vmeta_prefix_char = defvar("meta-prefix-char", 27, "Meta-prefix character code.\nMeta-foo as command input turns into this character followed by foo.");
defvar("minor-mode-map-alist", NIL, "Alist of keymaps to use for minor modes.");
defvar("minor-mode-overriding-map-alist", NIL, "Alist of keymaps to use for minor modes, in current major mode.");
defvar("emulation-mode-map-alists", NIL, "List of keymap alists to use for emulation modes.");
defvar("where-is-preferred-modifier", NIL, "Preferred modifier key to use for `where-is'.");
defvar("help-event-list", NIL, "List of input events to recognize as meaning Help.");
// keyboard.c's keymap variables (per terminal in GNU; one terminal here).
defvar("overriding-local-map", NIL, "Keymap that replaces (overrides) local keymaps.");
defvar("overriding-terminal-local-map", NIL, "Per-terminal keymap that takes precedence over all other keymaps.");
defvar("special-event-map", () => list(Qkeymap), "Keymap defining bindings for special events to execute at low level.");
defvar("local-function-key-map", () => list(Qkeymap), "Keymap that translates key sequences to key sequences during input.");
defvar("function-key-map", () => list(Qkeymap), "The parent keymap of all `local-function-key-map' instances.");
defvar("input-decode-map", () => list(Qkeymap), "Keymap that decodes input escape sequences.");
defvar("key-translation-map", () => list(Qkeymap), "Keymap of key translations that can override keymaps.");

interface KeymapState { global: LispObject; locals: WeakMap<object, LispObject> }
function state(): KeymapState {
  return (E.ext.keymap ??= { global: NIL, locals: new WeakMap() }) as KeymapState;
}
/** Makes MAP the current global map (keymap/bindings.ts, when it builds the standard maps). */
export function setGlobalMap(map: LispObject): void { state().global = map; }
/** The current global map (NIL when none). */
export function globalMap(): LispObject { return state().global; }

// ---------------------------------------------------------------------------------------------
// Recognising keymaps.
// ---------------------------------------------------------------------------------------------

/**
 * The keymap OBJECT is or names (a symbol's function definition, loading an autoload when AUTOLOAD);
 * NIL when it is none, or a wrong-type-argument keymapp signal when ERROR (GNU get_keymap).
 */
export function getKeymap(object: LispObject, err: boolean, autoload: boolean): LispObject {
  if (object === NIL) return err ? wrongType(Qkeymapp, object) : NIL;
  if (object instanceof Cons && object.car === Qkeymap) return object;
  let tem = object;
  for (let i = 0; tem instanceof LSymbol && tem !== NIL && i < 100; i++) tem = tem.f;
  if (tem instanceof Cons) {
    if (tem.car === Qkeymap) return tem;
    // An autoload that says it is a keymap.
    if ((err || autoload) && tem.car === Qautoload && object instanceof LSymbol) {
      const kind = nth(tem, 4);
      if (kind === Qkeymap) {
        if (autoload) {
          funcall(defsym("autoload-do-load"), tem, object);
          return getKeymap(object, err, false);
        }
        return object;
      }
    }
  }
  return err ? wrongType(Qkeymapp, object) : NIL;
}

function nth(l: LispObject, n: number): LispObject {
  for (let i = 0; i < n && l instanceof Cons; i++) l = l.cdr;
  return l instanceof Cons ? l.car : NIL;
}

defun("keymapp", "(object)", `Return t if OBJECT is a keymap.

A keymap is a list (keymap . ALIST),
or a symbol whose function definition is itself a keymap.
ALIST elements look like (CHAR . DEFN) or (SYMBOL . DEFN);
a vector of densely packed bindings for small character codes
is also allowed as an element.`, (object) => (getKeymap(object, false, false) !== NIL ? T : NIL));

defun("make-sparse-keymap", "(&optional string)", `Construct and return a new sparse keymap.
Its car is \`keymap' and its cdr is an alist of (CHAR . DEFINITION),
which binds the character CHAR to DEFINITION, or (SYMBOL . DEFINITION),
which binds the function key or mouse event SYMBOL to DEFINITION.
Initially the alist is nil.

The optional arg STRING supplies a menu name for the keymap
in case you use it as a menu with \`x-popup-menu'.`, (string) => (string !== NIL ? list(Qkeymap, string) : list(Qkeymap)));

defun("make-keymap", "(&optional string)", `Construct and return a new keymap, of the form (keymap CHARTABLE . ALIST).
CHARTABLE is a char-table that holds the bindings for all characters
without modifiers.  All entries in it are initially nil, meaning
"command undefined".  ALIST is an assoc-list which holds bindings for
function keys, mouse events, and any other things that appear in the
input stream.  Initially, ALIST is nil.

The optional arg STRING supplies a menu name for the keymap
in case you use it as a menu with \`x-popup-menu'.`, (string) => {
  const tail = string !== NIL ? list(string) : NIL;
  return new Cons(Qkeymap, new Cons(makeCharTable(Qkeymap, NIL), tail));
});

defun("keymap-prompt", "(map)", `Return the prompt-string of a keymap MAP.
If non-nil, the prompt is shown in the echo-area
when reading a key-sequence to be looked-up in this keymap.`, (map) => {
  map = getKeymap(map, false, false);
  while (map instanceof Cons) {
    const tem = map.car;
    if (tem instanceof LString) return tem;
    if (getKeymap(tem, false, false) !== NIL) {
      const p = funcall(defsym("keymap-prompt"), tem);
      if (p !== NIL) return p;
    }
    map = map.cdr;
  }
  return NIL;
});

/** The parent of KEYMAP (the tail that is itself a keymap), or NIL (GNU keymap_parent). */
function keymapParent(keymap: LispObject, autoload: boolean): LispObject {
  keymap = getKeymap(keymap, true, autoload);
  let list: LispObject = (keymap as Cons).cdr;
  for (; list instanceof Cons; list = list.cdr) if (list.car === Qkeymap) return list;
  return getKeymap(list, false, autoload);
}

defun("keymap-parent", "(keymap)", "Return the parent keymap of KEYMAP.\nIf KEYMAP has no parent, return nil.",
  (keymap) => keymapParent(keymap, true));

/** Whether MAP has PARENT somewhere among its ancestors (GNU keymap_memberp). */
function keymapMemberp(map: LispObject, maps: LispObject): boolean {
  if (map === NIL) return false;
  while (getKeymap(maps, false, false) !== NIL && map !== maps) maps = keymapParent(maps, false);
  return map === maps;
}

defun("set-keymap-parent", "(keymap parent)", "Modify KEYMAP to set its parent map to PARENT.\nReturn PARENT.  PARENT should be nil or another keymap.",
  (keymap, parent) => {
    // Flush any reverse-map cache (GNU: where_is_cache); none here.
    keymap = getKeymap(keymap, true, true);
    if (parent !== NIL) {
      parent = getKeymap(parent, true, false);
      if (keymapMemberp(keymap, parent)) error("Cyclic keymap inheritance");
    }
    let prev = keymap as Cons;
    for (;;) {
      const list = prev.cdr;
      // Stop at the end of the keymap's own bindings: a non-cons tail, or the start of another keymap.
      if (!(list instanceof Cons) || getKeymap(list, false, false) !== NIL) break;
      prev = list;
    }
    prev.cdr = parent;
    return parent;
  });

// ---------------------------------------------------------------------------------------------
// Event symbols and modifiers (GNU keyboard.c parse_modifiers / apply_modifiers).
// ---------------------------------------------------------------------------------------------

/** [modifier bits, length of the modifier prefix] of an event symbol's NAME. */
function parseModifierPrefix(name: string): [number, number] {
  let mods = 0, i = 0;
  while (i < name.length - 1) {
    let end = 0, bit = 0;
    const c = name[i];
    const single: Record<string, number> = { A: ALT, C: CTRL, H: HYPER, M: META, S: SHIFT, s: SUPER };
    if (c in single) { end = i + 1; bit = single[c]; }
    else {
      for (const [word, b] of [["drag", DRAG], ["down", DOWN], ["double", DOUBLE], ["triple", TRIPLE], ["up", UP]] as const) {
        if (i + word.length + 1 <= name.length && name.startsWith(word, i)) { end = i + word.length; bit = b; break; }
      }
    }
    if (end === 0 || end >= name.length || name[end] !== "-") break;
    mods |= bit;
    i = end + 1;
  }
  const base = name.slice(i);
  if (!(mods & (DOWN | DRAG | DOUBLE | TRIPLE)) && /^mouse-[0-9]$/.test(base)) mods |= CLICK;
  if (!(mods & (DOUBLE | TRIPLE)) && base.length > 6 && base.startsWith("wheel-")) mods |= CLICK;
  return [mods, i];
}

/** The symbol for BASE with MODIFIERS, its prefixes in GNU's canonical order. */
function applyModifiers(mods: number, base: string): LSymbol {
  let p = "";
  if (mods & ALT) p += "A-";
  if (mods & CTRL) p += "C-";
  if (mods & HYPER) p += "H-";
  if (mods & META) p += "M-";
  if (mods & SHIFT) p += "S-";
  if (mods & SUPER) p += "s-";
  if (mods & DOUBLE) p += "double-";
  if (mods & TRIPLE) p += "triple-";
  if (mods & UP) p += "up-";
  if (mods & DOWN) p += "down-";
  if (mods & DRAG) p += "drag-";
  return E.intern(p + base);
}

/** An event symbol with its modifiers in canonical order (GNU reorder_modifiers). */
function reorderModifiers(sym: LSymbol): LSymbol {
  const [mods, end] = parseModifierPrefix(sym.name);
  if (end === 0) return sym;
  return applyModifiers(mods & ~CLICK, sym.name.slice(end));
}

const MODIFIER_NAMES: [number, string][] = [
  [UP, "up"], [DOWN, "down"], [DRAG, "drag"], [CLICK, "click"], [DOUBLE, "double"], [TRIPLE, "triple"],
  [ALT, "alt"], [SUPER, "super"], [HYPER, "hyper"], [SHIFT, "shift"], [CTRL, "control"], [META, "meta"],
];

defun("internal-event-symbol-parse-modifiers", "(symbol)", `Parse the event symbol.  For internal use.`, (symbol) => {
  const sym = checkSymbol(symbol);
  const [mods, end] = parseModifierPrefix(sym.name);
  let mlist: LispObject = NIL;
  for (const [bit, name] of MODIFIER_NAMES) if (mods & bit) mlist = new Cons(defsym(name), mlist);
  return new Cons(E.intern(sym.name.slice(end)), mlist);
});

/** The modifier bit named by a symbol in an event list, or 0 (GNU parse_solitary_modifier). */
function solitaryModifier(sym: LSymbol): number {
  const names: Record<string, number> = {
    A: ALT, alt: ALT, C: CTRL, ctrl: CTRL, control: CTRL, H: HYPER, hyper: HYPER, M: META, meta: META,
    S: SHIFT, shift: SHIFT, s: SUPER, super: SUPER, down: DOWN, drag: DRAG, double: DOUBLE, triple: TRIPLE, up: UP,
  };
  return Object.prototype.hasOwnProperty.call(names, sym.name) ? names[sym.name] : 0;
}

/** C with the control modifier, as the keyboard would produce it (GNU make_ctrl_char). */
function makeCtrlChar(c: number): number {
  const upper = c & ~0o177;
  if (c >= 128 || c < 0) return c | CTRL; // not ASCII (modifier bits included)
  c &= 0o177;
  if (c >= 0o100 && c < 0o140) {
    const oc = c;
    c &= ~0o140;
    if (oc >= 65 && oc <= 90) c |= SHIFT;
  } else if (c >= 97 && c <= 122) c &= ~0o140;
  else if (c >= 32) c |= CTRL;
  return c | (upper & ~CTRL);
}

export function eventConvertList(desc: LispObject): LispObject {
  let base: LispObject = NIL, mods = 0;
  for (let rest = desc; rest instanceof Cons; rest = rest.cdr) {
    const elt = rest.car;
    const bit = elt instanceof LSymbol && rest.cdr instanceof Cons ? solitaryModifier(elt) : 0;
    if (bit !== 0) mods |= bit;
    else if (base !== NIL) error("Two bases given in one event");
    else base = elt;
  }
  if (base instanceof LSymbol && base.name.length === 1) base = base.name.charCodeAt(0);
  if (typeof base === "number") {
    if (mods & SHIFT && base >= 97 && base <= 122) { base -= 32; mods &= ~SHIFT; }
    if (mods & CTRL) return (mods & ~CTRL) | makeCtrlChar(base);
    return mods | base;
  }
  if (base instanceof LSymbol) return applyModifiers(mods, base.name);
  return error("Invalid base event");
}

defun("event-convert-list", "(event-desc)", `Convert the event description list EVENT-DESC to an event type.
EVENT-DESC should contain one base event type (a character or symbol)
and zero or more modifier names (control, meta, hyper, super, shift, alt,
drag, down, double or triple).  The base must be last.`, eventConvertList);

/** Whether OBJECT is a list like (control meta ?a) (GNU lucid_event_type_list_p). */
export function lucidEventTypeList(object: LispObject): boolean {
  if (!(object instanceof Cons)) return false;
  if (object.car === defsym("help-echo") || object.car === defsym("vertical-line") || object.car === defsym("mode-line")
    || object.car === defsym("tab-line") || object.car === defsym("header-line")) return false;
  let tail: LispObject = object;
  for (; tail instanceof Cons; tail = tail.cdr) {
    const elt = tail.car;
    if (!(typeof elt === "number" || elt instanceof LSymbol)) return false;
  }
  return tail === NIL;
}

// ---------------------------------------------------------------------------------------------
// Looking up and storing bindings.
// ---------------------------------------------------------------------------------------------

/** The definition a keymap entry stands for: menu items and (STRING . DEFN) give their DEFN (GNU get_keyelt). */
export function getKeyelt(object: LispObject, autoload: boolean): LispObject {
  for (;;) {
    if (!(object instanceof Cons)) return object;
    if (object.car === Qmenu_item) {
      if (!(object.cdr instanceof Cons)) return object;
      let tem: LispObject = object.cdr.cdr;
      object = tem instanceof Cons ? tem.car : tem;
      for (; tem instanceof Cons && tem.cdr instanceof Cons; tem = tem.cdr) {
        if (tem.car === QCfilter && autoload) {
          const filter = (tem.cdr as Cons).car;
          object = funcall(filter, object);
          break;
        }
      }
    } else if (object.car instanceof LString) object = object.cdr;
    else return object;
  }
}

defun("keymap--get-keyelt", "(object autoload)", `Return the definition of OBJECT as a keymap element.`,
  (object, autoload) => getKeyelt(object, autoload !== NIL));

/** The event IDX normalised as keymaps store it. */
function normalizeIdx(idx: LispObject): LispObject {
  if (idx instanceof LSymbol) return reorderModifiers(idx);
  if (typeof idx === "number") return maskEvent(idx);
  return idx;
}

function metaPrefix(): number {
  const m = findSymbolValue(Vmeta_prefix_char);
  return typeof m === "number" && !(m & META) ? m : 27;
}

/** The binding of event IDX in MAP, or UNBOUND (GNU access_keymap_1). */
function accessKeymap1(map: LispObject, idx: LispObject, tOk: boolean, noinherit: boolean, autoload: boolean): LispObject {
  idx = normalizeIdx(idx);
  if (typeof idx === "number" && idx & META) {
    // M-x is looked up as ESC x.
    const metaBinding = accessKeymap1(map, metaPrefix(), tOk, noinherit, autoload);
    const metaMap = getKeymap(metaBinding, false, autoload);
    if (metaMap instanceof Cons) { map = metaMap; idx = idx & ~META; }
    else if (tOk) idx = T;
    else return metaBinding === NIL ? NIL : UNBOUND;
  }
  let tBinding: LispObject = UNBOUND;
  let retval: LispObject = UNBOUND;
  let retvalTail: LispObject = NIL;
  for (let tail: LispObject = map instanceof Cons && map.car === Qkeymap ? map.cdr : map; ; tail = (tail as Cons).cdr) {
    if (!(tail instanceof Cons)) {
      tail = getKeymap(tail, false, autoload);
      if (!(tail instanceof Cons)) break;
    }
    let val: LispObject = UNBOUND;
    const binding = tail.car;
    const submap = getKeymap(binding, false, autoload);
    if (binding === Qkeymap) {
      if (noinherit || retval === NIL) break;
      if (retval !== UNBOUND) {
        const parentEntry = getKeymap(accessKeymap1(tail, idx, tOk, false, autoload), false, autoload);
        if (parentEntry !== NIL) {
          if (retvalTail instanceof Cons) retvalTail.cdr = parentEntry;
          else { retvalTail = new Cons(retval, parentEntry); retval = new Cons(Qkeymap, retvalTail); }
        }
        break;
      }
    } else if (submap instanceof Cons) {
      val = accessKeymap1(submap, idx, tOk, false, autoload);
    } else if (binding instanceof Cons) {
      if (binding.car === idx) val = binding.cdr;
      else if (tOk && binding.car === T) { tBinding = binding.cdr; tOk = false; }
    } else if (Array.isArray(binding)) {
      if (typeof idx === "number" && idx >= 0 && idx < binding.length) val = binding[idx];
    } else if (binding instanceof CharTable) {
      if (typeof idx === "number" && idx >= 0 && (idx & CHAR_MODIFIER_MASK) === 0) {
        val = charTableGet(binding, idx);
        // nil in a char-table means no binding; an explicit nil binding is stored as t.
        if (val === NIL) val = UNBOUND;
      }
    }
    if (val !== UNBOUND) {
      if (val === T) val = NIL;
      val = getKeyelt(val, autoload);
      if (getKeymap(val, false, false) === NIL) {
        if (retval === NIL || retval === UNBOUND) retval = val;
        if (val !== NIL) break; // shadows everything that follows
      } else if (retval === NIL || retval === UNBOUND) retval = val;
      else if (retvalTail instanceof Cons) { retvalTail.cdr = list(val); retvalTail = retvalTail.cdr; }
      else { retvalTail = list(val); retval = new Cons(Qkeymap, new Cons(retval, retvalTail)); }
    }
  }
  return retval === UNBOUND ? getKeyelt(tBinding, autoload) : retval;
}

function accessKeymap(map: LispObject, idx: LispObject, tOk: boolean, noinherit: boolean, autoload: boolean): LispObject {
  const val = accessKeymap1(map, idx, tOk, noinherit, autoload);
  return val === UNBOUND ? NIL : val;
}

/** Stores DEF for event IDX directly in KEYMAP (GNU store_in_keymap). */
function storeInKeymap(keymap: Cons, idx: LispObject, def: LispObject, remove: boolean): LispObject {
  if (idx instanceof Cons && typeof idx.car === "number") checkCharacter(idx.cdr);
  else idx = normalizeIdx(idx);
  let insertionPoint: Cons = keymap;
  let tail: LispObject = keymap.cdr;
  for (; tail instanceof Cons; tail = tail.cdr) {
    const elt = tail.car;
    if (Array.isArray(elt)) {
      if (typeof idx === "number" && idx >= 0 && idx < elt.length) { elt[idx] = def; return def; }
      if (idx instanceof Cons && typeof idx.car === "number" && typeof idx.cdr === "number") {
        const to = Math.min(idx.cdr, elt.length - 1);
        for (let c = idx.car; c <= to; c++) elt[c] = def;
        if (idx.cdr < elt.length) return def;
      }
      insertionPoint = tail;
    } else if (elt instanceof CharTable) {
      const v = def === NIL ? T : def;
      if (typeof idx === "number" && idx >= 0 && (idx & CHAR_MODIFIER_MASK) === 0) { charTableSet(elt, idx, remove ? NIL : v); return def; }
      if (idx instanceof Cons && typeof idx.car === "number") { charTableSetRange(elt, idx.car, idx.cdr as number, remove ? NIL : v); return def; }
      insertionPoint = tail;
    } else if (elt instanceof Cons) {
      if (elt.car === Qkeymap) {
        // A keymap inlined into this one: it may be where IDX's binding lives.
        tail = insertionPoint = elt;
      } else if (elt.car === idx) {
        if (remove) deleteFromList(insertionPoint, elt);
        else elt.cdr = def;
        return def;
      }
    } else if (elt === Qkeymap) break; // the parent keymap starts here: insert before it
  }
  if (!remove) {
    let elt: LispObject;
    if (idx instanceof Cons && typeof idx.car === "number") {
      const ct = makeCharTable(Qkeymap, NIL);
      charTableSetRange(ct, idx.car, idx.cdr as number, def === NIL ? T : def);
      elt = ct;
    } else elt = new Cons(idx, def);
    insertionPoint.cdr = new Cons(elt, insertionPoint.cdr);
  }
  return def;
}

/** Deletes ELT from the list that starts after START (GNU: Fdelq on the keymap's spine). */
function deleteFromList(start: Cons, elt: LispObject): void {
  let prev: Cons = start;
  for (let l = start.cdr; l instanceof Cons; prev = l, l = l.cdr) if (l.car === elt) { prev.cdr = l.cdr; return; }
}

/** The events of a key sequence: characters of a string (8th bit of unibyte ones as meta) or vector elements. */
function keyEvents(key: LispObject): LispObject[] {
  if (key instanceof LString) {
    return key.chars().map((c) => (!key.multibyte && c & 0x80 && c < 256 ? (c | META) & ~0x80 : c));
  }
  if (Array.isArray(key)) return key;
  return wrongType(Qarrayp, key);
}

defun("define-key", "(keymap key def)", `In KEYMAP, define key sequence KEY as DEF.
KEYMAP is a keymap.

KEY is a string or a vector of symbols and characters, representing a
sequence of keystrokes and events.  Non-ASCII characters with codes
above 127 (such as ISO Latin-1) can be represented by vectors.
Two types of vector have special meanings:
 [remap COMMAND] remaps any key binding for COMMAND.
 [t] creates a default definition, which applies to any event with no
    other definition in KEYMAP.

DEF is anything that can be a key's definition:
 nil (means key is undefined in this keymap),
 a command (a Lisp function suitable for interactive calling),
 a string (treated as a keyboard macro),
 a keymap (to define a prefix key),
 a symbol (when the key is looked up, the symbol will stand for its
    function definition, which should at that time be one of the above,
    or another symbol whose function definition is used, etc.),
 a cons (STRING . DEFN), meaning that DEFN is the definition
    (DEFN should be a valid definition in its own right) and
    STRING is the menu item name (which is used only if the containing
    keymap has been created with a menu name, see \`make-keymap'),
 or a cons (MAP . CHAR), meaning use definition of CHAR in keymap MAP,
 or an extended menu item definition.
 (See info node \`(elisp)Extended Menu Items'.)

If KEYMAP is a sparse keymap with a binding for KEY, the existing
binding is altered.  If there is no binding for KEY, the new pair
binding KEY to DEF is added at the front of KEYMAP.`, (keymapArg, key, def) => {

  let keymap = getKeymap(keymapArg, true, true) as Cons;
  const events = keyEvents(key);
  if (events.length === 0) return NIL;
  let metized = false;
  for (let idx = 0; ;) {
    let c = events[idx];
    if (c instanceof Cons) {
      // A range (FROM . TO) of characters, or an event list such as (control ?a).
      if (lucidEventTypeList(c)) c = eventConvertList(c);
    }
    if (c instanceof LSymbol) silly(c);
    if (typeof c === "number" && c & META && !metized) {
      c = metaPrefix();
      metized = true;
    } else {
      if (typeof c === "number") c &= ~META;
      metized = false;
      idx++;
    }
    if (typeof c !== "number" && !(c instanceof LSymbol) && !(c instanceof Cons && typeof c.car === "number")) {
      error(`Key sequence contains invalid event ${describeForError(c)}`);
    }
    if (idx === events.length) return storeInKeymap(keymap, c, def, false);
    let cmd = accessKeymap(keymap, c, false, true, true);
    // An undefined prefix key gets a fresh sparse keymap (GNU define_as_prefix).
    if (cmd === NIL) { cmd = list(Qkeymap); storeInKeymap(keymap, c, cmd, false); }
    const next = getKeymap(cmd, false, true);
    if (!(next instanceof Cons)) {
      const prefix = key instanceof LString ? stringFromChars(key.chars().slice(0, idx), key.multibyte) : (events.slice(0, idx) as LispObject);
      const desc = funcall(defsym("key-description"), key instanceof LString ? prefix : prefix, NIL) as LString;
      const whole = funcall(defsym("key-description"), key, NIL) as LString;
      error(`Key sequence ${whole.s} starts with non-prefix key ${desc.s}`);
    }
    keymap = next;
  }
});

/** Names of keys that must be written as characters, not symbols (GNU: exclude_keys). */
const EXCLUDE_KEYS: Record<string, string> = { DEL: "\\d", TAB: "\\t", RET: "\\r", ESC: "\\e", SPC: " " };

/** Refuses symbols like `C-RET' that name a character key as if it were a function key (GNU silly_event_symbol_error). */
function silly(c: LSymbol): void {
  const [mods, end] = parseModifierPrefix(c.name);
  const base = c.name.slice(end);
  if (!Object.prototype.hasOwnProperty.call(EXCLUDE_KEYS, base)) return;
  let desc = "";
  if (mods & ALT) desc += "\\A-";
  if (mods & CTRL) desc += "\\C-";
  if (mods & HYPER) desc += "\\H-";
  if (mods & META) desc += "\\M-";
  if (mods & SHIFT) desc += "\\S-";
  if (mods & SUPER) desc += "\\s-";
  error(`To bind the key ${c.name}, use [?${desc}${EXCLUDE_KEYS[base]}], not [${c.name}]`);
}

function describeForError(x: LispObject): string {
  return (funcall(defsym("prin1-to-string"), x) as LString).s;
}

/** Looks KEY up in KEYMAP; a number says how many events were a prefix of a non-prefix binding. */
export function lookupKey1(keymap: LispObject, key: LispObject, acceptDefault: LispObject): LispObject {
  const tOk = acceptDefault !== NIL;
  if (!(keymap instanceof Cons) && keymap !== NIL) keymap = getKeymap(keymap, true, true);
  const events = keyEvents(key);
  if (events.length === 0) return keymap;
  for (let idx = 0; ;) {
    let c = events[idx++];
    if (c instanceof Cons && lucidEventTypeList(c)) c = eventConvertList(c);
    const cmd = accessKeymap(keymap, c, tOk, false, true);
    if (idx === events.length) return cmd;
    keymap = getKeymap(cmd, false, true);
    if (!(keymap instanceof Cons)) return idx;
  }
}

defun("lookup-key", "(keymap key &optional accept-default)", `Look up key sequence KEY in KEYMAP.  Return the definition.
This is a legacy function; see \`keymap-lookup' for the recommended
function to use instead.

A value of nil means undefined.  See doc of \`define-key'
for kinds of definitions.

A number as value means KEY is "too long";
that is, characters or symbols in it except for the last one
fail to be a valid sequence of prefix characters in KEYMAP.
The number is how many characters at the front of KEY
it takes to reach a non-prefix key.
KEYMAP can also be a list of keymaps.

Normally, \`lookup-key' ignores bindings for t, which act as default
bindings, used when nothing else in the keymap applies; this makes it
usable as a general function for probing keymaps.  However, if the
third optional argument ACCEPT-DEFAULT is non-nil, \`lookup-key' will
recognize the default bindings, just as \`read-key-sequence' does.`, (keymap, key, acceptDefault) => {
  const found = lookupKey1(keymap, key, acceptDefault);
  if (found !== NIL && typeof found !== "number" && !(typeof found === "bigint")) return found;
  // Menu keys may be spelled in mixed case (old easy-menu definitions): GNU retries them in lower case.
  if (Array.isArray(key) && key.length > 0 && key[0] === defsym("menu-bar")) {
    const lower = key.map((e) => (e instanceof LSymbol ? E.intern(e.name.replace(/[A-Z]/g, (c) => c.toLowerCase())) : e));
    return lookupKey1(keymap, lower, acceptDefault);
  }
  return found;
});

/** A copy of KEYMAP whose nested keymaps (not those named by symbols) are copied too (GNU copy_keymap_1). */
function copyKeymap1(keymap: Cons, depth: number): LispObject {
  if (depth > 100) error("Possible infinite recursion when copying keymap");
  const copy = new Cons(Qkeymap, NIL);
  let tail = copy;
  let rest: LispObject = keymap.cdr;
  for (; rest instanceof Cons; rest = rest.cdr) {
    let elt = rest.car;
    if (elt === Qkeymap) break; // the parent is shared, not copied
    if (elt instanceof CharTable) {
      const ct = copyCharTable(elt);
      mapCharTable((k, v) => {
        const nv = copyKeymapItem(v, depth);
        if (nv !== v) { if (k instanceof Cons) charTableSetRange(ct, k.car as number, k.cdr as number, nv); else charTableSet(ct, k as number, nv); }
      }, ct);
      elt = ct;
    } else if (Array.isArray(elt)) elt = elt.map((x) => copyKeymapItem(x, depth));
    else if (elt instanceof Cons) {
      if (elt.car === Qkeymap) elt = copyKeymap1(elt, depth + 1);
      else elt = new Cons(elt.car, copyKeymapItem(elt.cdr, depth));
    }
    tail = (tail.cdr = new Cons(elt, NIL)) as Cons;
  }
  tail.cdr = rest;
  return copy;
}

function copyKeymapItem(elt: LispObject, depth: number): LispObject {
  if (!(elt instanceof Cons)) return elt;
  if (elt.car === Qkeymap) return copyKeymap1(elt, depth + 1);
  return elt;
}

defun("copy-keymap", "(keymap)", `Return a copy of the keymap KEYMAP.

Note that this is almost never needed.  If you want a keymap that's like
another yet with a few changes, you should use keymap inheritance rather
than copying.  That is, something like:

    (let ((map (make-sparse-keymap)))
      (set-keymap-parent map <theirmap>)
      (define-key map ...)
      ...)

After performing \`copy-keymap', the copy starts out with the same definitions
of KEYMAP, but changing either the copy or KEYMAP does not affect the other.
Any key definitions that are subkeymaps are recursively copied.
However, a key definition which is a symbol whose definition is a keymap
is not copied.`, (keymap) => copyKeymap1(getKeymap(keymap, true, false) as Cons, 0));

/** Calls FN on each binding of MAP itself (not its parent); returns the parent tail (GNU map_keymap_internal). */
export function mapKeymapInternal(map: LispObject, fn: (key: LispObject, val: LispObject) => void): LispObject {
  let tail: LispObject = map instanceof Cons && map.car === Qkeymap ? map.cdr : map;
  for (; tail instanceof Cons && tail.car !== Qkeymap; tail = tail.cdr) {
    const binding = tail.car;
    if (getKeymap(binding, false, false) instanceof Cons) mapKeymapInternal(binding, fn);
    else if (binding instanceof Cons) fn(binding.car, binding.cdr);
    else if (Array.isArray(binding)) binding.forEach((v, c) => fn(c, v));
    // A range key is a fresh cons each time, as in GNU: callers keep them (keymap-canonicalize does).
    else if (binding instanceof CharTable) mapCharTable((k, v) => fn(k instanceof Cons ? new Cons(k.car, k.cdr) : k, v), binding);
  }
  return tail;
}

defun("map-keymap-internal", "(function keymap)", `Call FUNCTION once for each event binding in KEYMAP.
FUNCTION is called with two arguments: the event that is bound, and
the definition it is bound to.  The event may be a character range.
If KEYMAP has a parent, this function returns it without processing it.`, (fn, keymap) => {
  const tail = mapKeymapInternal(getKeymap(keymap, true, true), (k, v) => funcall(fn, k, v));
  return tail;
});

defun("map-keymap", "(function keymap &optional sort-first)", `Call FUNCTION once for each event binding in KEYMAP.
FUNCTION is called with two arguments: the event that is bound, and
the definition it is bound to.  The event may be a character range.

If KEYMAP has a parent, the parent's bindings are included as well.
This works recursively: if the parent has itself a parent, then the
grandparent's bindings are also included and so on.`, (fn, keymap, sortFirst) => {
  if (sortFirst !== NIL) return funcall(defsym("map-keymap-sorted"), fn, keymap);
  let map = getKeymap(keymap, true, true);
  while (map instanceof Cons) {
    if (map.car === Qkeymap) {
      const tail = mapKeymapInternal(map, (k, v) => funcall(fn, k, v));
      map = tail;
    }
    // A parent that is a symbol naming a keymap.
    if (map instanceof Cons && map.car === Qkeymap) continue;
    map = getKeymap(map, false, true);
  }
  return NIL;
});

// ---------------------------------------------------------------------------------------------
// The global and local maps.
// ---------------------------------------------------------------------------------------------
defun("use-global-map", "(keymap)", "Select KEYMAP as the global keymap.", (keymap) => {
  state().global = getKeymap(keymap, true, true);
  return NIL;
});
defun("current-global-map", "()", "Return the current global keymap.", () => state().global);
defun("use-local-map", "(keymap)", "Select KEYMAP as the local keymap.\nIf KEYMAP is nil, that means no local keymap.", (keymap) => {
  if (keymap !== NIL) keymap = getKeymap(keymap, true, true);
  state().locals.set(curBuf(), keymap);
  return NIL;
});
defun("current-local-map", "()", "Return current buffer's local keymap, or nil if it has none.\nNormally the local keymap is set by the major mode with `use-local-map'.",
  () => state().locals.get(curBuf()) ?? NIL);

// ---------------------------------------------------------------------------------------------
// The active maps, key-binding and where-is-internal.
// ---------------------------------------------------------------------------------------------

/** Keymaps of enabled minor modes, highest precedence first (GNU current_minor_maps). */
function currentMinorMaps(): LispObject[] {
  const out: LispObject[] = [];
  const alists: LispObject[] = [];
  for (let l = findSymbolValue(defsym("emulation-mode-map-alists")); l instanceof Cons; l = l.cdr) {
    alists.push(l.car instanceof LSymbol ? findSymbolValue(l.car) : l.car);
  }
  alists.push(findSymbolValue(defsym("minor-mode-overriding-map-alist")), findSymbolValue(defsym("minor-mode-map-alist")));
  const seen = new Set<LispObject>();
  for (const alist of alists) {
    for (let l = alist; l instanceof Cons; l = l.cdr) {
      const e = l.car;
      if (!(e instanceof Cons) || !(e.car instanceof LSymbol) || seen.has(e.car)) continue;
      const v = findSymbolValue(e.car);
      if (v === UNBOUND || v === NIL) continue;
      seen.add(e.car);
      const m = getKeymap(e.cdr, false, true);
      if (m !== NIL) out.push(m);
    }
  }
  return out;
}

/** The keymaps a key is looked up in, highest precedence first (GNU current-active-maps without POSITION). */
export function activeMaps(olp: boolean): LispObject[] {
  const maps: LispObject[] = [];
  const otlm = findSymbolValue(defsym("overriding-terminal-local-map"));
  const olm = findSymbolValue(defsym("overriding-local-map"));
  if (olp && otlm !== NIL && otlm !== UNBOUND) maps.push(otlm);
  if (olp && olm !== NIL && olm !== UNBOUND) maps.push(olm);
  else {
    maps.push(...currentMinorMaps());
    const local = state().locals.get(curBuf()) ?? NIL;
    if (local !== NIL) maps.push(local);
  }
  if (state().global !== NIL) maps.push(state().global);
  return maps;
}

defun("current-minor-mode-maps", "()", "Return a list of keymaps for the minor modes of the current buffer.",
  () => list(...currentMinorMaps()));
defun("current-active-maps", "(&optional olp position)", `Return a list of the currently active keymaps.
OLP if non-nil indicates that we should obey \`overriding-local-map' and
\`overriding-terminal-local-map'.  POSITION can specify a click position
like in the respective argument of \`key-binding'.`, (olp) => list(...activeMaps(olp !== NIL)));

defun("key-binding", "(key &optional accept-default no-remap position)", `Return the binding for command KEY in current keymaps.
KEY is a string or vector, a sequence of keystrokes.
The binding is probably a symbol with a function definition.

Normally, \`key-binding' ignores bindings for t, which act as default
bindings, used when nothing else in the keymap applies; this makes it
usable as a general function for probing keymaps.  However, if the
optional second argument ACCEPT-DEFAULT is non-nil, \`key-binding' does
recognize the default bindings, just as \`read-key-sequence' does.`, (key, acceptDefault, noRemap) => {
  const value = lookupKey1(list(...activeMaps(true)), key, acceptDefault);
  if (value === NIL || typeof value === "number") return NIL;
  if (noRemap === NIL && value instanceof LSymbol) {
    const remap = lookupKey1(list(...activeMaps(true)), [defsym("remap"), value], acceptDefault);
    if (remap !== NIL && typeof remap !== "number") return remap;
  }
  return value;
});
