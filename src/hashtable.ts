// Lisp hash tables: the table object with eq/eql/equal and user-defined tests (GNU: fns.c struct
// Lisp_Hash_Table, hash_lookup, hash_put, hash_remove_from_table, maybe_resize_hash_table).
//
// Entries live in numbered slots exactly as in GNU, so that `maphash` visits them in GNU's order and
// `hash-table-size` grows the same way: a new entry takes the most recently freed slot, else the next
// never-used one; when every slot is taken the table grows by REHASH-SIZE. Lookup does not use GNU's
// bucket vector: keys that `equal` compares by identity (numbers, symbols, most pseudovectors) go
// through a JS Map keyed by the object itself, floats through a Map keyed by their bits, strings through
// Maps keyed by their text, and only structured keys (conses, vectors, records...) and keys of
// user-defined tests through sxhash buckets with collision chains.
import { funcall } from "./eval.js";
import { Cons, defsym, LFloat, LispObject, LString, LSymbol, NIL, UNBOUND, Vectorlike } from "./lisp.js";
import { equal, floatKey, hashString, isStructural, sxhashEqual } from "./fns/equal.js";
import { isAscii, signalError } from "./fns/common.js";

export const Qeq = defsym("eq");
export const Qeql = defsym("eql");
export const Qequal = defsym("equal");

export const enum TestKind { Eq = 0, Eql = 1, Equal = 2, User = 3 }

/** A hash table test (GNU: struct hash_table_test). */
export class HashTest {
  constructor(
    readonly name: LSymbol,
    readonly kind: TestKind,
    /** User-defined tests: the comparison function (called with two keys). */
    readonly cmp: LispObject = NIL,
    /** User-defined tests: the hash function (called with one key). */
    readonly hash: LispObject = NIL,
  ) {}
}
export const hashTestEq = new HashTest(Qeq, TestKind.Eq);
export const hashTestEql = new HashTest(Qeql, TestKind.Eql);
export const hashTestEqual = new HashTest(Qequal, TestKind.Equal);

export const DEFAULT_HASH_SIZE = 65;
/** GNU stores REHASH-SIZE as a C float minus one (a growth factor) or as minus the increment. */
export const DEFAULT_REHASH_SIZE = 0.5;
export const DEFAULT_REHASH_THRESHOLD = 0.8125;

/**
 * The bucket code of a structured key of an `equal` table. It only has to agree with `equal` (equal
 * keys get equal codes), not with `sxhash-equal`, whose GNU combining step collides badly on short
 * lists of small numbers ((A B) hashes to 16A+B). Short proper or dotted lists of fixnums, strings and
 * symbols -- the common composite keys -- are mixed here without recursion; `equal` keys always take
 * the same path, since equal elements have the same kind. Anything else falls back to sxhash-equal.
 */
function equalHash(key: LispObject): number {
  if (key instanceof Cons) {
    let h = 0x2545f491;
    let x: LispObject = key;
    for (let n = 0; n < 8; n++) {
      const e = (x as Cons).car;
      const eh = atomHash(e);
      if (eh < 0) return finalMix(sxhashEqual(key));
      h = Math.imul(h ^ eh, 0x9e3779b1) ^ n;
      x = (x as Cons).cdr;
      if (!(x instanceof Cons)) {
        if (x === NIL) return finalMix(h);
        const th = atomHash(x);
        return th < 0 ? finalMix(sxhashEqual(key)) : finalMix(Math.imul(h ^ th, 0x85ebca6b) + 1);
      }
    }
  }
  return finalMix(sxhashEqual(key));
}

/** A non-negative hash of a fixnum, string or symbol; -1 for other objects. */
function atomHash(e: LispObject): number {
  if (typeof e === "number") return (e | 0) & 0x7fffffff; // low bits: cheap, and agrees with eq
  if (e instanceof LString) return hashString(e.s) & 0x7fffffff;
  if (e instanceof LSymbol) return (hashString(e.name) ^ 0x5bd1e995) & 0x7fffffff; // eq symbols share a name
  return -1;
}

/** Murmur3's finaliser: spreads every input bit over the code. */
function finalMix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

export class HashTable extends Vectorlike {
  readonly lispType = "hash-table";
  /** Number of entries. */
  count = 0;
  /** GNU's HASH_TABLE_SIZE: the number of slots, what `hash-table-size` answers. */
  size: number;
  /** False while a user-defined test or hash function runs (GNU: h->mutable). */
  mutable = true;
  /** Key of each slot below `top`; UNBOUND when free. */
  keys: LispObject[] = [];
  vals: LispObject[] = [];
  /** Slots at and above `top` have never been used since creation or the last clrhash. */
  top = 0;
  /** Freed slots, the most recently freed last: GNU's free list puts them before the unused slots. */
  private holes: number[] = [];
  /** Identity-compared keys → slot. */
  private ids = new Map<unknown, number>();
  /** eql/equal: floats by bits → slot. */
  private floats: Map<number | string, number> | null = null;
  /** equal: unibyte or all-ASCII strings by text → slot. */
  private strs: Map<string, number> | null = null;
  /** equal: multibyte strings with non-ASCII characters by text → slot (never equal to unibyte ones). */
  private mbstrs: Map<string, number> | null = null;
  /** Structured keys and user-defined tests: hash code → first slot of its collision chain. */
  private buckets: Map<number, number> | null = null;
  /** Next slot in the collision chain, per slot (-1 ends it). */
  private chain: number[] = [];
  /** Hash code per slot, for structured keys. */
  private codes: number[] = [];
  /** Hash code computed by the last `lookup` (saves recomputing it in `put`). */
  private lastCode = 0;

  constructor(
    readonly test: HashTest,
    size: number = DEFAULT_HASH_SIZE,
    /** As GNU stores it: negative means "grow by -rehashSize", else "grow by a factor rehashSize+1". */
    readonly rehashSize: number = DEFAULT_REHASH_SIZE,
    readonly rehashThreshold: number = DEFAULT_REHASH_THRESHOLD,
    /** nil, key, value, key-or-value or key-and-value. Recorded only: entries are never collected. */
    readonly weak: LispObject = NIL,
    readonly purecopy = false,
  ) {
    super();
    this.size = size === 0 ? 1 : size;
  }

  /** `hash-table-rehash-size` as Lisp sees it. */
  get rehashSizeValue(): LispObject {
    return this.rehashSize < 0 ? -this.rehashSize : new LFloat(this.rehashSize + 1);
  }
  /** `hash-table-rehash-threshold` as Lisp sees it. */
  get rehashThresholdValue(): LispObject {
    return new LFloat(this.rehashThreshold);
  }

  // -------------------------------------------------------------------------------------------
  // Lookup.
  // -------------------------------------------------------------------------------------------
  /** The slot holding KEY, or -1. */
  lookup(key: LispObject): number {
    switch (this.test.kind) {
      case TestKind.Eq: return this.ids.get(key) ?? -1;
      case TestKind.Eql:
        if (key instanceof LFloat) return this.floats?.get(floatKey(key.n)) ?? -1;
        return this.ids.get(key) ?? -1;
      case TestKind.Equal:
        if (key instanceof LString) {
          const m = key.multibyte && !isAscii(key.s) ? this.mbstrs : this.strs;
          return m?.get(key.s) ?? -1;
        }
        if (key instanceof LFloat) return this.floats?.get(floatKey(key.n)) ?? -1;
        if (!isStructural(key)) return this.ids.get(key) ?? -1;
        return this.chainLookup(key, (this.lastCode = equalHash(key)));
      default:
        return this.chainLookup(key, (this.lastCode = this.userHash(key)));
    }
  }

  private chainLookup(key: LispObject, code: number): number {
    if (this.buckets === null) return -1;
    let i = this.buckets.get(code);
    if (i === undefined) return -1;
    const user = this.test.kind === TestKind.User;
    for (; i >= 0; i = this.chain[i]) {
      const k = this.keys[i];
      if (k === key) return i;
      if (this.codes[i] === code && (user ? this.userCmp(key, k) : equal(key, k))) return i;
    }
    this.lastCode = code; // a user test may have used this table meanwhile
    return -1;
  }

  private userHash(key: LispObject): number {
    const h = this.callUser(this.test.hash, key);
    if (typeof h === "number") return h;
    if (typeof h === "bigint" && h >= -(2n ** 61n) && h < 2n ** 61n) return Number(h);
    return sxhashEqual(h);
  }
  private userCmp(a: LispObject, b: LispObject): boolean {
    return this.callUser(this.test.cmp, a, b) !== NIL;
  }
  /** Calls a user test function with the table frozen, as GNU's hash_table_user_defined_call. */
  private callUser(fn: LispObject, ...args: LispObject[]): LispObject {
    if (!this.mutable) return funcall(fn, ...args);
    this.mutable = false;
    try {
      return funcall(fn, ...args);
    } finally {
      this.mutable = true;
    }
  }

  /** `gethash`. */
  get(key: LispObject, dflt: LispObject = NIL): LispObject {
    const i = this.lookup(key);
    return i >= 0 ? this.vals[i] : dflt;
  }

  /** True when KEY has an entry. */
  has(key: LispObject): boolean {
    return this.lookup(key) >= 0;
  }

  // -------------------------------------------------------------------------------------------
  // Modification.
  // -------------------------------------------------------------------------------------------
  private checkMutable(): void {
    if (!this.mutable) signalError("hash table test modifies table", this);
  }

  /** `puthash`. */
  put(key: LispObject, val: LispObject): void {
    this.checkMutable();
    const i = this.lookup(key);
    if (i >= 0) { this.vals[i] = val; return; }
    const slot = this.allocSlot();
    this.keys[slot] = key;
    this.vals[slot] = val;
    this.count++;
    this.index(key, slot);
  }

  private index(key: LispObject, slot: number): void {
    switch (this.test.kind) {
      case TestKind.Eq: this.ids.set(key, slot); return;
      case TestKind.Eql:
        if (key instanceof LFloat) (this.floats ??= new Map()).set(floatKey(key.n), slot);
        else this.ids.set(key, slot);
        return;
      case TestKind.Equal:
        if (key instanceof LString) {
          if (key.multibyte && !isAscii(key.s)) (this.mbstrs ??= new Map()).set(key.s, slot);
          else (this.strs ??= new Map()).set(key.s, slot);
          return;
        }
        if (key instanceof LFloat) { (this.floats ??= new Map()).set(floatKey(key.n), slot); return; }
        if (!isStructural(key)) { this.ids.set(key, slot); return; }
        break;
    }
    // lastCode was set by the lookup that preceded this insertion.
    const code = this.lastCode;
    const b = (this.buckets ??= new Map());
    this.chain[slot] = b.get(code) ?? -1;
    this.codes[slot] = code;
    b.set(code, slot);
  }

  /** The slot for a new entry: GNU's next_free, growing the table when none is left. */
  private allocSlot(): number {
    if (this.holes.length > 0) return this.holes.pop()!;
    if (this.top === this.size) this.grow();
    return this.top++;
  }

  /** GNU's maybe_resize_hash_table: the new size is old+increment or old*factor, at least old+1. */
  private grow(): void {
    const old = this.size;
    let n = this.rehashSize < 0 ? old - this.rehashSize : Math.trunc(old * (this.rehashSize + 1));
    if (!(n > old)) n = old + 1;
    this.size = n;
  }

  /** `remhash`. */
  remove(key: LispObject): void {
    this.checkMutable();
    let slot: number;
    switch (this.test.kind) {
      case TestKind.Eq:
        slot = this.ids.get(key) ?? -1;
        if (slot >= 0) this.ids.delete(key);
        break;
      case TestKind.Eql:
      case TestKind.Equal:
        if (key instanceof LFloat) {
          const fk = floatKey(key.n);
          slot = this.floats?.get(fk) ?? -1;
          if (slot >= 0) this.floats!.delete(fk);
        } else if (key instanceof LString && this.test.kind === TestKind.Equal) {
          const m = key.multibyte && !isAscii(key.s) ? this.mbstrs : this.strs;
          slot = m?.get(key.s) ?? -1;
          if (slot >= 0) m!.delete(key.s);
        } else if (this.test.kind === TestKind.Eql || !isStructural(key)) {
          slot = this.ids.get(key) ?? -1;
          if (slot >= 0) this.ids.delete(key);
        } else slot = this.unchain(key, equalHash(key));
        break;
      default:
        slot = this.unchain(key, this.userHash(key));
    }
    if (slot < 0) return;
    this.keys[slot] = UNBOUND;
    this.vals[slot] = NIL;
    this.holes.push(slot);
    this.count--;
  }

  /** Finds KEY in the collision chain of CODE and takes it out; returns its slot or -1. */
  private unchain(key: LispObject, code: number): number {
    const b = this.buckets;
    if (b === null) return -1;
    const head = b.get(code);
    if (head === undefined) return -1;
    const user = this.test.kind === TestKind.User;
    let prev = -1;
    for (let i = head; i >= 0; prev = i, i = this.chain[i]) {
      const k = this.keys[i];
      if (k === key || this.codes[i] === code && (user ? this.userCmp(key, k) : equal(key, k))) {
        const next = this.chain[i];
        if (prev < 0) { if (next < 0) b.delete(code); else b.set(code, next); } else this.chain[prev] = next;
        return i;
      }
    }
    return -1;
  }

  /**
   * Rebuilds the lookup index from the slots, for code that replaced keys in place (the reader's
   * `#N=` fix-ups). Entries keep their slots; of several keys that became equal, the first slot wins.
   */
  rehash(): void {
    this.ids.clear();
    this.floats = this.strs = this.mbstrs = this.buckets = null;
    for (let i = 0; i < this.top; i++) {
      const k = this.keys[i];
      if (k === UNBOUND) continue;
      if (this.test.kind === TestKind.User) this.lastCode = this.userHash(k);
      else if (this.test.kind === TestKind.Equal && isStructural(k)) this.lastCode = equalHash(k);
      this.index(k, i);
    }
  }

  /** `clrhash`. Like GNU, a table with no entries is left alone (its free-slot order included). */
  clear(): void {
    this.checkMutable();
    if (this.count === 0) return;
    this.keys.length = 0; this.vals.length = 0; this.chain.length = 0; this.codes.length = 0;
    this.holes.length = 0;
    this.top = 0;
    this.count = 0;
    this.ids.clear();
    this.floats = this.strs = this.mbstrs = this.buckets = null;
  }

  /** Calls FN on each entry in slot order (GNU's maphash order); entries added meanwhile may be visited. */
  forEach(fn: (key: LispObject, val: LispObject) => void): void {
    for (let i = 0; i < this.top; i++) {
      const k = this.keys[i];
      if (k !== UNBOUND) fn(k, this.vals[i]);
    }
  }

  /** The entries in slot order, as a flat [k1, v1, k2, v2, ...] array (for the printer). */
  entries(): LispObject[] {
    const out: LispObject[] = [];
    this.forEach((k, v) => { out.push(k, v); });
    return out;
  }

  /** `copy-hash-table`: same test and parameters, same slots; keys and values shared. */
  copy(): HashTable {
    const h = new HashTable(this.test, this.size, this.rehashSize, this.rehashThreshold, this.weak, this.purecopy);
    h.size = this.size;
    h.count = this.count;
    h.keys = this.keys.slice();
    h.vals = this.vals.slice();
    h.top = this.top;
    h.holes = this.holes.slice();
    h.ids = new Map(this.ids);
    h.floats = this.floats && new Map(this.floats);
    h.strs = this.strs && new Map(this.strs);
    h.mbstrs = this.mbstrs && new Map(this.mbstrs);
    h.buckets = this.buckets && new Map(this.buckets);
    h.chain = this.chain.slice();
    h.codes = this.codes.slice();
    return h;
  }
}
