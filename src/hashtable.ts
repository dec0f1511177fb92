// Lisp hash tables: the table object with eq/eql/equal and user-defined tests (GNU: fns.c struct
// Lisp_Hash_Table, hash_lookup, hash_put, hash_remove_from_table, maybe_resize_hash_table).
//
// Entries live in numbered slots exactly as in GNU, so that `maphash` visits them in GNU's order and
// `hash-table-size` grows the same way: a new entry takes the most recently freed slot, else the next
// never-used one; when every slot is taken the table grows by REHASH-SIZE. Keys compared by identity
// (symbols, pseudovectors, and for eq also conses, strings...) go through a JS Map keyed by the object,
// which uses V8's own
// identity hash. Everything else -- numbers, floats, strings and structured keys of `equal` tables, all
// keys of user-defined tests -- goes through GNU-style chains kept in typed arrays (a prime number of
// buckets, a next link and a code per slot), so that a probe rarely calls `equal`, growing never
// recomputes a key's hash, and a lookup allocates nothing. (An open-addressing index measured no faster:
// lookups are bound by cache misses, and chains keep ascending fixnum keys in ascending memory.)
import { funcall } from "./eval.js";
import { Cons, defsym, LFloat, LispObject, LString, LSymbol, NIL, UNBOUND, Vectorlike } from "./lisp.js";
import { equal, hashBigint, hashFloat, hashNumber, hashString, isStructural, sameFloat, sxhashEqual } from "./fns/equal.js";
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
/** The shared empty index arrays of tables that never indexed a key (`insert` replaces them first). */
const EMPTY_INDEX = new Int32Array(0);

/** The smallest prime >= N (bucket counts are prime so that codes in arithmetic progressions spread). */
function nextPrime(n: number): number {
  for (n |= 1; ; n += 2) {
    let d = 3;
    while (d * d <= n && n % d !== 0) d += 2;
    if (d * d > n) return n;
  }
}
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

/** `equal` for two keys of an `equal` table whose codes matched: short atom lists without recursion. */
function sameEqualKey(a: LispObject, b: LispObject): boolean {
  if (a instanceof Cons && b instanceof Cons) {
    let x: LispObject = a, y: LispObject = b;
    for (let n = 0; n < 16; n++) {
      const p = (x as Cons).car, q = (y as Cons).car;
      if (p !== q) {
        // Numbers and symbols are equal only when eq; strings need no depth accounting.
        if (typeof p !== "object" || p instanceof LSymbol) return false;
        if (!(p instanceof LString)) return equal(a, b);
        if (!equal(p, q)) return false;
      }
      x = (x as Cons).cdr; y = (y as Cons).cdr;
      if (!(x instanceof Cons) || !(y instanceof Cons)) return x === y || equal(a, b);
    }
    return equal(a, b); // long or circular: let `equal` report cycles and depth as GNU does
  }
  return equal(a, b);
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
  /** Identity-compared object keys → slot. */
  private ids = new Map<unknown, number>();
  /**
   * Chained index, like GNU's: `buckets[code % buckets.length]` is the first slot+1 of a chain (0 when
   * empty), `next[slot]` the following slot+1, `codes[slot]` the slot's code. As in GNU, fixnums are their
   * own codes, so keys inserted and looked up in ascending order touch memory in order.
   */
  private buckets: Int32Array = EMPTY_INDEX;
  private next: Int32Array = EMPTY_INDEX;
  private codes: Int32Array = EMPTY_INDEX;
  /** Entries in the chains; the bucket count is kept at least this. */
  private used = 0;

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
  /**
   * True when KEY goes through the index rather than the identity Map. (A separate test rather than a
   * sentinel code keeps `codeOf` returning small integers, which V8 never boxes.)
   */
  private indexed(key: LispObject): boolean {
    if (typeof key !== "object") return true; // fixnums and bignums
    const kind = this.test.kind;
    if (kind === TestKind.Eq) return false;
    if (kind === TestKind.User || key instanceof LFloat) return true;
    if (kind === TestKind.Eql) return false;
    return key instanceof LString || isStructural(key);
  }

  /** The int32 code of a key for which `indexed` holds. */
  private codeOf(key: LispObject): number {
    if (this.test.kind === TestKind.User) return this.userHash(key);
    if (typeof key === "number") return (key | 0) === key ? key : hashNumber(key);
    if (typeof key === "bigint") return hashBigint(key);
    if (key instanceof LString) return hashString(key.s);
    if (key instanceof LFloat) return hashFloat(key.n);
    return equalHash(key);
  }

  /** True when KEY matches the indexed key K, which has the same code but is not eq to it. */
  private same(key: LispObject, k: LispObject): boolean {
    switch (this.test.kind) {
      case TestKind.Eq: return false; // only numbers are indexed, and === already failed
      case TestKind.Eql: return key instanceof LFloat && k instanceof LFloat && sameFloat(key.n, k.n);
      case TestKind.Equal: return sameEqualKey(key, k);
      default: return this.userCmp(key, k);
    }
  }

  /** The slot holding KEY whose code is CODE in the chains, or -1. */
  private find(key: LispObject, code: number): number {
    code |= 0; // -0 (a fixnum zero) as stored
    const codes = this.codes, next = this.next;
    for (let e = this.buckets[(code >>> 0) % this.buckets.length]; e !== 0; e = next[e - 1]) {
      if (codes[e - 1] === code) {
        const k = this.keys[e - 1];
        if (k === key || this.same(key, k)) return e - 1;
      }
    }
    return -1;
  }

  /** The slot holding KEY, or -1. */
  lookup(key: LispObject): number {
    if (!this.indexed(key)) return this.ids.get(key) ?? -1;
    if (this.used === 0) return -1;
    return this.find(key, this.codeOf(key));
  }

  private userHash(key: LispObject): number {
    const h = this.callUser(this.test.hash, key);
    if (typeof h === "number") return (h | 0) === h ? h : hashNumber(h);
    if (typeof h === "bigint") return hashBigint(h);
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
    if (!this.indexed(key)) {
      const i = this.ids.get(key);
      if (i !== undefined) { this.vals[i] = val; return; }
      this.ids.set(key, this.add(key, val));
      return;
    }
    const code = this.codeOf(key);
    if (this.used > 0) {
      const i = this.find(key, code);
      if (i >= 0) { this.vals[i] = val; return; }
    }
    this.insert(this.add(key, val), code);
  }

  /** Stores a new entry in a free slot and returns the slot. */
  private add(key: LispObject, val: LispObject): number {
    const slot = this.allocSlot();
    this.keys[slot] = key;
    this.vals[slot] = val;
    this.count++;
    return slot;
  }

  /** Adds SLOT (whose key is known to be absent) to the front of its chain. */
  private insert(slot: number, code: number): void {
    if (this.used >= this.buckets.length) this.resize(Math.max(2 * this.used + 1, 13));
    if (slot >= this.next.length) {
      const n = Math.max(16, 2 * slot + 2);
      const next = new Int32Array(n), codes = new Int32Array(n);
      next.set(this.next.subarray(0, Math.min(this.next.length, this.top)));
      codes.set(this.codes.subarray(0, Math.min(this.codes.length, this.top)));
      this.next = next; this.codes = codes;
    }
    const b = (code >>> 0) % this.buckets.length;
    this.next[slot] = this.buckets[b];
    this.codes[slot] = code;
    this.buckets[b] = slot + 1;
    this.used++;
  }

  /** Rebuilds the bucket vector with at least N buckets. */
  private resize(n: number): void {
    const old = this.buckets, next = this.next, codes = this.codes;
    const buckets = new Int32Array(nextPrime(n));
    const len = buckets.length;
    for (let q = 0; q < old.length; q++) {
      for (let e = old[q]; e !== 0;) {
        const after = next[e - 1];
        const b = (codes[e - 1] >>> 0) % len;
        next[e - 1] = buckets[b];
        buckets[b] = e;
        e = after;
      }
    }
    this.buckets = buckets;
  }

  /** Takes SLOT, whose code is CODE, out of its chain. */
  private unindex(slot: number, code: number): void {
    const b = (code >>> 0) % this.buckets.length;
    const next = this.next;
    let e = this.buckets[b];
    if (e === slot + 1) this.buckets[b] = next[slot];
    else {
      while (next[e - 1] !== slot + 1) e = next[e - 1];
      next[e - 1] = next[slot];
    }
    this.used--;
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
    if (!this.indexed(key)) {
      slot = this.ids.get(key) ?? -1;
      if (slot >= 0) this.ids.delete(key);
    } else {
      if (this.used === 0) return;
      const code = this.codeOf(key) | 0;
      slot = this.find(key, code);
      if (slot < 0) return;
      this.unindex(slot, code);
    }
    if (slot < 0) return;
    this.keys[slot] = UNBOUND;
    this.vals[slot] = NIL;
    this.holes.push(slot);
    this.count--;
  }

  /**
   * Rebuilds the lookup index from the slots, for code that replaced keys in place (the reader's
   * `#N=` fix-ups). Entries keep their slots; of several keys that became equal, the last slot wins
   * (as in GNU, whose rehash pushes each slot on the front of its bucket).
   */
  rehash(): void {
    this.ids.clear();
    this.buckets = this.next = this.codes = EMPTY_INDEX; this.used = 0;
    for (let i = 0; i < this.top; i++) {
      const k = this.keys[i];
      if (k === UNBOUND) continue;
      if (!this.indexed(k)) { this.ids.set(k, i); continue; }
      const code = this.codeOf(k) | 0;
      const j = this.used === 0 ? -1 : this.find(k, code);
      if (j >= 0) this.unindex(j, code);
      this.insert(i, code);
    }
  }

  /** `clrhash`. Like GNU, a table with no entries is left alone (its free-slot order included). */
  clear(): void {
    this.checkMutable();
    if (this.count === 0) return;
    this.keys.length = 0; this.vals.length = 0;
    this.holes.length = 0;
    this.top = 0;
    this.count = 0;
    this.ids.clear();
    this.buckets = this.next = this.codes = EMPTY_INDEX; this.used = 0;
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
    if (this.used > 0) {
      h.buckets = this.buckets.slice(); h.next = this.next.slice(); h.codes = this.codes.slice();
      h.used = this.used;
    }
    return h;
  }
}
