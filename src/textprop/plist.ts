// Interval property lists: lookup with categories, aliases and defaults, comparison, and the in-place
// updates of add/remove/set, plus inheritance of properties by inserted text (GNU: textprop.c's plist
// helpers, intervals.c's textget, lookup_char_property, intervals_equal, merge_properties(_sticky)).
//
// The lists are the intervals' own Lisp lists: `text-properties-at` returns them as they are, and
// `add-text-properties` changes values with setcar, exactly as GNU does, so that every observable sharing
// matches.
import { defvar } from "../defun.js";
import { findSymbolValue } from "../env.js";
import { Cons, defsym, LispObject, LSymbol, NIL, T } from "../lisp.js";
import { Qlistp, wrongType } from "../signal.js";
import { assq, get, memq, plistGet } from "../fns/lists.js";
import { isKeyword } from "../data/types.js";
import { StickyOps } from "../text/intervals.js";

export const Qcategory = defsym("category");
export const Qfront_sticky = defsym("front-sticky");
export const Qrear_nonsticky = defsym("rear-nonsticky");
export const Qface = defsym("face");
export const Qread_only = defsym("read-only");
export const Qinhibit_read_only = defsym("inhibit-read-only");
export const Qmodification_hooks = defsym("modification-hooks");
export const Qinsert_in_front_hooks = defsym("insert-in-front-hooks");
export const Qinsert_behind_hooks = defsym("insert-behind-hooks");
export const Qcharset = defsym("charset");
const Qconsp = defsym("consp");
for (const name of ["font", "invisible", "intangible", "local-map", "mouse-face", "minibuffer-prompt",
  "point-left", "point-entered"]) defsym(name);

export const Vdefault_text_properties = defvar("default-text-properties", NIL,
  `Property-list used as default values.
The value of a property in this list is seen as the value for every
character that does not have its own value for that property.`);
export const Vchar_property_alias_alist = defvar("char-property-alias-alist", NIL,
  `Alist of alternative properties for properties without a value.
Each element should look like (PROPERTY ALTERNATIVE1 ALTERNATIVE2...).
If a piece of text has no direct value for a particular property, then
this alist is consulted.  If that property appears in the alist, then
the first non-nil value from the associated alternative properties is
returned.`);
defvar("inhibit-point-motion-hooks", T,
  `If non-nil, don't run \`point-left' and \`point-entered' text properties.
This also inhibits the use of the \`intangible' text property.

This variable is obsolete since Emacs-25.1.  Use \`cursor-intangible-mode'
or \`cursor-sensor-mode' instead.`);
// GNU's C default is ((syntax-table . t) (display . t)); composite.c and the fill-space code of a dumped
// Emacs push theirs in front before any Lisp runs.
export const Vtext_property_default_nonsticky = defvar("text-property-default-nonsticky",
  () => {
    const pair = (a: string): Cons => new Cons(defsym(a), T);
    let l: LispObject = NIL;
    for (const name of ["display", "syntax-table", "composition", "fill-space"]) l = new Cons(pair(name), l);
    return l;
  },
  `Alist of properties vs the corresponding non-stickiness.
Each element has the form (PROPERTY . NONSTICKINESS).

If a character in a buffer has PROPERTY, new text inserted adjacent to
the character doesn't inherit PROPERTY if NONSTICKINESS is non-nil,
inherits it if NONSTICKINESS is nil.  The \`front-sticky' and
\`rear-nonsticky' properties of the character override NONSTICKINESS.`);

// ---------------------------------------------------------------------------------------------
// Small list helpers with GNU's Fcar/Fcdr behaviour on odd lists.
// ---------------------------------------------------------------------------------------------
/** Fcar: nil for nil, an error for a non-list. */
export function lcar(x: LispObject): LispObject {
  if (x instanceof Cons) return x.car;
  if (x === NIL) return NIL;
  return wrongType(Qlistp, x);
}
/** Fcdr. */
export function lcdr(x: LispObject): LispObject {
  if (x instanceof Cons) return x.cdr;
  if (x === NIL) return NIL;
  return wrongType(Qlistp, x);
}
/** The next property of a plist walk: Fcdr (XCDR (tail)). */
const nextPair = (tail: Cons): LispObject => lcdr(tail.cdr);

/** A fresh copy of a list's spine (Fcopy_sequence on a plist). */
export function copyList(l: LispObject): LispObject {
  if (!(l instanceof Cons)) return l;
  const head = new Cons(l.car, NIL);
  let last = head;
  for (let t = l.cdr; t instanceof Cons; t = t.cdr) { const c = new Cons(t.car, NIL); last.cdr = c; last = c; }
  return head;
}

/** GNU's TMEM: membership in SET, where a non-list non-nil SET means "everything". */
export function tmem(sym: LispObject, set: LispObject): boolean {
  return set instanceof Cons ? memq(sym, set) !== NIL : set !== NIL;
}

// ---------------------------------------------------------------------------------------------
// Lookup.
// ---------------------------------------------------------------------------------------------
/**
 * Value of PROP in an interval's PLIST: a direct value, else the `category` symbol's property, else an
 * alias from char-property-alias-alist, else (for text properties) default-text-properties (GNU:
 * lookup_char_property).
 */
export function lookupCharProperty(plist: LispObject, prop: LispObject, textprop: boolean): LispObject {
  let fallback: LispObject = NIL;
  for (let tail = plist; tail instanceof Cons; tail = nextPair(tail)) {
    const tem = tail.car;
    if (tem === prop) return lcar(tail.cdr);
    if (tem === Qcategory) {
      const cat = lcar(tail.cdr);
      if (cat instanceof LSymbol) fallback = get(cat, prop);
    }
  }
  if (fallback !== NIL) return fallback;
  const aliases = findSymbolValue(Vchar_property_alias_alist);
  if (aliases !== NIL) {
    const entry = assq(prop, aliases);
    if (entry instanceof Cons) {
      for (let t = entry.cdr; fallback === NIL && t instanceof Cons; t = t.cdr) fallback = plistGet(plist, t.car);
    }
  }
  if (textprop && fallback === NIL) {
    const dflt = findSymbolValue(Vdefault_text_properties);
    if (dflt instanceof Cons) fallback = plistGet(dflt, prop);
  }
  return fallback;
}
/** GNU textget. */
export function textget(plist: LispObject, prop: LispObject): LispObject {
  return lookupCharProperty(plist, prop, true);
}

/** Whether two interval plists hold the same properties with `eq` values, in any order (GNU: intervals_equal). */
export function intervalsEqual(p0: LispObject, p1: LispObject): boolean {
  if (p0 === NIL && p1 === NIL) return true;
  if (p0 === NIL || p1 === NIL) return false;
  let c0 = p0, c1 = p1;
  while (c0 instanceof Cons && c1 instanceof Cons) {
    const sym = c0.car;
    c0 = c0.cdr;
    if (!(c0 instanceof Cons)) return false;
    let v: LispObject = p1;
    while (v instanceof Cons && v.car !== sym) {
      v = v.cdr;
      if (!(v instanceof Cons)) return false;
      v = v.cdr;
    }
    if (v === NIL) return false;
    if (!(v instanceof Cons)) return false;
    v = v.cdr;
    if (!(v instanceof Cons) || v.car !== c0.car) return false;
    c0 = c0.cdr;
    c1 = c1.cdr;
    if (!(c1 instanceof Cons)) return false;
    c1 = c1.cdr;
  }
  return c0 === NIL && c1 === NIL;
}

/** Whether IPLIST has every property of PLIST with an `eq` value (GNU: interval_has_all_properties). */
export function hasAllProperties(plist: LispObject, iplist: LispObject): boolean {
  for (let t1 = plist; t1 instanceof Cons; t1 = nextPair(t1)) {
    const sym = t1.car;
    let found = false;
    for (let t2 = iplist; t2 instanceof Cons; t2 = nextPair(t2)) {
      if (t2.car === sym) {
        if (lcar(t1.cdr) !== lcar(t2.cdr)) return false;
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

/** Whether IPLIST has any property named in plist PLIST (GNU: interval_has_some_properties). */
export function hasSomeProperties(plist: LispObject, iplist: LispObject): boolean {
  for (let t1 = plist; t1 instanceof Cons; t1 = nextPair(t1)) {
    for (let t2 = iplist; t2 instanceof Cons; t2 = nextPair(t2)) if (t2.car === t1.car) return true;
  }
  return false;
}

/** Whether IPLIST has any property named in LIST (GNU: interval_has_some_properties_list). */
export function hasSomePropertiesList(list: LispObject, iplist: LispObject): boolean {
  for (let t1 = list; t1 instanceof Cons; t1 = t1.cdr) {
    for (let t2 = iplist; t2 instanceof Cons; t2 = nextPair(t2)) if (t2.car === t1.car) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Changing one interval's list.
// ---------------------------------------------------------------------------------------------
export const enum SetType { Replace, Prepend, Append }

/** Receives (PROP, OLD-VALUE) before a buffer interval's property changes (undo records). */
export type Recorder = ((prop: LispObject, old: LispObject) => void) | null;

/**
 * Adds PLIST's properties to IPLIST, replacing different values, or for add-face-text-property combining
 * them into lists (GNU: add_properties). Returns the new list (changed in place where GNU uses setcar)
 * and whether anything changed.
 */
export function addProperties(plist: LispObject, iplist: LispObject, setType: SetType, destructive: boolean,
  record: Recorder): [LispObject, boolean] {
  let changed = false;
  for (let t1 = plist; t1 instanceof Cons; t1 = nextPair(t1)) {
    const sym = t1.car;
    const val = lcar(t1.cdr);
    let found = false;
    for (let t2 = iplist; t2 instanceof Cons; t2 = nextPair(t2)) {
      if (t2.car !== sym) continue;
      found = true;
      const cell = t2.cdr;
      if (!(cell instanceof Cons)) return wrongType(Qconsp, cell);
      const old = cell.car;
      if (val === old) break;
      if (record) record(sym, old);
      if (setType === SetType.Replace) cell.car = val;
      else if (old instanceof Cons && (sym !== Qface || !isKeyword(old.car))) {
        // A list of values (but not an anonymous face, a plist of attributes): add VAL to it.
        if (setType === SetType.Prepend) cell.car = new Cons(val, old);
        else if (destructive) { let l: Cons = old; while (l.cdr instanceof Cons) l = l.cdr; l.cdr = new Cons(val, NIL); }
        else cell.car = appendOne(old, val);
      } else {
        cell.car = setType === SetType.Prepend ? new Cons(val, new Cons(old, NIL)) : new Cons(old, new Cons(val, NIL));
      }
      changed = true;
      break;
    }
    if (!found) {
      if (record) record(sym, NIL);
      iplist = new Cons(sym, new Cons(val, iplist));
      changed = true;
    }
  }
  return [iplist, changed];
}
function appendOne(l: LispObject, val: LispObject): LispObject {
  const head = new Cons(NIL, NIL);
  let last = head;
  for (let t = l; t instanceof Cons; t = t.cdr) { const c = new Cons(t.car, NIL); last.cdr = c; last = c; }
  last.cdr = new Cons(val, NIL);
  return head.cdr;
}

/**
 * Removes from IPLIST the properties named in PLIST (every other element) or, when PLIST is nil, in LIST
 * (GNU: remove_properties). Returns the new list and whether anything was removed.
 */
export function removeProperties(plist: LispObject, list: LispObject, iplist: LispObject, record: Recorder): [LispObject, boolean] {
  let changed = false;
  const usePlist = plist !== NIL;
  let t1 = usePlist ? plist : list;
  let current = iplist;
  while (t1 instanceof Cons) {
    const sym = t1.car;
    while (current instanceof Cons && current.car === sym) {
      const rest = lcdr(current);
      if (record) record(sym, lcar(rest));
      current = lcdr(rest);
      changed = true;
    }
    let t2: LispObject = current;
    while (t2 !== NIL) {
      const pair = lcdr(t2);
      const self = lcdr(pair);
      if (self instanceof Cons && self.car === sym) {
        const after = lcdr(self);
        if (record) record(sym, lcar(after));
        if (!(pair instanceof Cons)) return wrongType(Qconsp, pair);
        pair.cdr = lcdr(after);
        changed = true;
      }
      t2 = self;
    }
    t1 = t1.cdr;
    if (usePlist && t1 instanceof Cons) t1 = t1.cdr;
  }
  return [changed ? current : iplist, changed];
}

/**
 * Undo records for replacing IPLIST by PROPERTIES (GNU: set_properties): old values that differ, and nil
 * for properties that are new.
 */
export function recordSetProperties(properties: LispObject, iplist: LispObject, record: (prop: LispObject, old: LispObject) => void): void {
  for (let t = iplist; t instanceof Cons && t.cdr instanceof Cons; t = t.cdr.cdr) {
    if (propertyValue(properties, t.car) !== t.cdr.car) record(t.car, t.cdr.car);
  }
  for (let t = properties; t instanceof Cons && t.cdr instanceof Cons; t = t.cdr.cdr) {
    if (propertyValue(iplist, t.car) === UNBOUND_MARK) record(t.car, NIL);
  }
}
const UNBOUND_MARK = {} as unknown as LispObject;
/** Value of PROP in PLIST, or UNBOUND_MARK (GNU: property_value). */
function propertyValue(plist: LispObject, prop: LispObject): LispObject {
  for (let t = plist; t instanceof Cons && t.cdr instanceof Cons; t = t.cdr.cdr) if (t.car === prop) return t.cdr.car;
  return UNBOUND_MARK;
}

/** Adds to TARGET each property of SOURCE it lacks (GNU: merge_properties, for insert-and-inherit). */
export function mergeProperties(source: LispObject, target: LispObject): LispObject {
  if (source === NIL && target === NIL) return target;
  let o = source;
  while (o instanceof Cons) {
    const sym = o.car;
    o = o.cdr;
    if (!(o instanceof Cons)) return wrongType(Qconsp, o);
    let v: LispObject = target;
    while (v instanceof Cons && v.car !== sym) {
      v = v.cdr;
      if (!(v instanceof Cons)) break;
      v = v.cdr;
    }
    if (v === NIL) target = new Cons(sym, new Cons(o.car, target));
    o = o.cdr;
  }
  return target;
}

// ---------------------------------------------------------------------------------------------
// Stickiness (GNU: merge_properties_sticky and adjust_intervals_for_insertion's checks).
// ---------------------------------------------------------------------------------------------
function nreverse(l: LispObject): LispObject {
  let prev: LispObject = NIL;
  while (l instanceof Cons) { const next = l.cdr; l.cdr = prev; prev = l; l = next; }
  return prev;
}

/** The properties text inserted between PLEFT and PRIGHT inherits, with their stickiness. */
export function mergePropertiesSticky(pleft: LispObject, pright: LispObject): LispObject {
  let props: LispObject = NIL, front: LispObject = NIL, rear: LispObject = NIL;
  const lfront = textget(pleft, Qfront_sticky), lrear = textget(pleft, Qrear_nonsticky);
  const rfront = textget(pright, Qfront_sticky), rrear = textget(pright, Qrear_nonsticky);
  const nonsticky = findSymbolValue(Vtext_property_default_nonsticky);
  for (let t1 = pright; t1 instanceof Cons; t1 = nextPair(t1)) {
    const sym = t1.car;
    if (sym === Qrear_nonsticky || sym === Qfront_sticky) continue;
    const rval = lcar(t1.cdr);
    let t2: LispObject = pleft;
    for (; t2 instanceof Cons; t2 = nextPair(t2)) if (t2.car === sym) break;
    const lpresent = t2 !== NIL;
    const lval = t2 instanceof Cons ? lcar(t2.cdr) : NIL;
    const tmp = assq(sym, nonsticky);
    let useLeft = lpresent && !(tmem(sym, lrear) || (tmp instanceof Cons && tmp.cdr !== NIL));
    let useRight = tmem(sym, rfront) || (tmp instanceof Cons && tmp.cdr === NIL);
    if (useLeft && useRight) {
      if (lval === NIL) useLeft = false;
      else if (rval === NIL) useRight = false;
    }
    if (useLeft) {
      props = new Cons(lval, new Cons(sym, props));
      if (tmem(sym, lfront)) front = new Cons(sym, front);
      if (tmem(sym, lrear)) rear = new Cons(sym, rear);
    } else if (useRight) {
      props = new Cons(rval, new Cons(sym, props));
      if (tmem(sym, rfront)) front = new Cons(sym, front);
      if (tmem(sym, rrear)) rear = new Cons(sym, rear);
    }
  }
  for (let t2 = pleft; t2 instanceof Cons; t2 = nextPair(t2)) {
    const sym = t2.car;
    if (sym === Qrear_nonsticky || sym === Qfront_sticky) continue;
    let t1: LispObject = pright;
    for (; t1 instanceof Cons; t1 = nextPair(t1)) if (t1.car === sym) break;
    if (t1 !== NIL) continue;
    const lval = lcar(t2.cdr);
    const tmp = assq(sym, nonsticky);
    if (!(tmem(sym, lrear) || (tmp instanceof Cons && tmp.cdr !== NIL))) {
      props = new Cons(lval, new Cons(sym, props));
      if (tmem(sym, lfront)) front = new Cons(sym, front);
    } else if (tmem(sym, rfront) || (tmp instanceof Cons && tmp.cdr === NIL)) {
      // The value is nil, but the stickiness comes from the right.
      front = new Cons(sym, front);
      if (tmem(sym, rrear)) rear = new Cons(sym, rear);
    }
  }
  props = nreverse(props);
  if (rear !== NIL) props = new Cons(Qrear_nonsticky, new Cons(nreverse(rear), props));
  const cat = textget(props, Qcategory);
  if (front !== NIL && !(cat !== NIL && cat instanceof LSymbol && get(cat, Qfront_sticky) === T)) {
    props = new Cons(Qfront_sticky, new Cons(nreverse(front), props));
  }
  return props;
}

/**
 * Whether an insertion strictly inside an interval with PLIST must split it: some property of PLIST is
 * rear-nonsticky (by the interval's own lists or text-property-default-nonsticky) and not front-sticky.
 */
export function splitsInside(plist: LispObject): boolean {
  const rear = textget(plist, Qrear_nonsticky);
  if (!(rear instanceof Cons) && rear !== NIL) return true;
  const front = textget(plist, Qfront_sticky);
  if (!(front instanceof Cons) && front !== NIL) return false;
  const nonsticky = findSymbolValue(Vtext_property_default_nonsticky);
  for (let t = plist; t instanceof Cons; t = nextPair(t)) {
    const prop = t.car;
    if (front instanceof Cons && memq(prop, front) !== NIL) continue;
    if (rear instanceof Cons && memq(prop, rear) !== NIL) return true;
    const tmp = assq(prop, nonsticky);
    if (tmp instanceof Cons) {
      // GNU tests the pair itself for nil here, which a pair never is: any entry counts as nonsticky.
      return true;
    }
  }
  return false;
}

/** Stickiness callbacks for Intervals.insert. */
export const stickyOps: StickyOps<LispObject> = {
  splitInside: splitsInside,
  merge: mergePropertiesSticky,
  equal: intervalsEqual,
};
