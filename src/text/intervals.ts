// Text intervals: the runs of equal properties over a string or a buffer's text, knowing nothing of Lisp
// (GNU: intervals.c, the structure half; textprop.ts gives the plists their meaning).
//
// A structure covers `total` characters (0-based offsets) with runs [start, start + length) in text order,
// each holding an opaque property list P. Runs are never empty. Adjacent runs may hold equal lists: GNU
// Emacs does not merge intervals eagerly either, and `object-intervals` and the printer show the boundaries,
// so every operation here splits and merges exactly where intervals.c/textprop.c do. In particular a run
// split off by `split` starts with the *empty* list and the caller copies properties onto it only where GNU
// calls copy_properties (this is visible: undo records of set-text-properties rely on it).
//
// Representation: three parallel arrays (lengths, starts, lists) with a gap, like a gap buffer of runs.
// Runs before the gap store their start as an offset from the beginning of the text, runs after it as an
// offset from the end (start - total): an edit at the gap changes `total` and every later run moves with
// it for free. The gap follows the edits (moving it costs the distance), so the clustered edits of typing
// and fontification cost O(1) each, and lookups stay binary searches. Run indices are logical (the gap is
// invisible to callers).

/** How insertions inherit properties (GNU: adjust_intervals_for_insertion's Lisp-side decisions). */
export interface StickyOps<P> {
  /**
   * An insertion strictly inside a run holding P: true when some property of P would not extend over the
   * new text, so that the run is split and the insertion treated as one between two runs.
   */
  splitInside(p: P): boolean;
  /** The properties new text inherits from the run before it (LEFT) and the run after it (RIGHT); a
   * missing neighbour (start or end of text) is passed as the empty list (GNU: merge_properties_sticky). */
  merge(left: P, right: P): P;
  /** Whether two lists are the same properties (GNU: intervals_equal). */
  equal(a: P, b: P): boolean;
}

export class Intervals<P> {
  /** Physical arrays; logical run i lives at i (before the gap) or i + gapLen (after it). */
  private L: number[];
  private S: number[];
  private Q: P[];
  /** Logical index of the gap, and its size in slots. */
  private gap: number;
  private gapLen: number;
  private n: number;
  /** Number of characters covered. */
  total: number;
  /** Bumped by every change of the run layout (callers detect changes made behind their back). */
  version = 0;

  /** One run of TOTAL (> 0) characters holding PLIST (GNU: create_root_interval). */
  constructor(total: number, plist: P) {
    this.L = [total, 0];
    this.S = [0, 0];
    this.Q = [plist, plist];
    this.n = 1;
    this.gap = 1;
    this.gapLen = 1;
    this.total = total;
  }

  /** A structure from [length, plist] runs (lengths > 0, at least one run). */
  static fromRuns<P>(runs: readonly (readonly [number, P])[]): Intervals<P> {
    const t = new Intervals<P>(runs[0][0], runs[0][1]);
    t.L.length = t.S.length = t.Q.length = 0;
    let at = 0;
    for (const [len, p] of runs) { t.L.push(len); t.S.push(at); t.Q.push(p); at += len; }
    // A little room at the end, where appends and edits near the end go.
    for (let k = 0; k < 2; k++) { t.L.push(0); t.S.push(0); t.Q.push(runs[0][1]); }
    t.n = t.gap = runs.length;
    t.gapLen = 2;
    t.total = at;
    return t;
  }

  /** Number of runs. */
  get count(): number { return this.n; }
  start(i: number): number { return i < this.gap ? this.S[i] : this.S[i + this.gapLen] + this.total; }
  length(i: number): number { return this.L[i < this.gap ? i : i + this.gapLen]; }
  end(i: number): number { return this.start(i) + this.length(i); }
  plist(i: number): P { return this.Q[i < this.gap ? i : i + this.gapLen]; }
  setPlist(i: number, p: P): void { this.Q[i < this.gap ? i : i + this.gapLen] = p; }

  /** Runs as [start, end, plist] triples, in order. */
  runs(): [number, number, P][] {
    const out: [number, number, P][] = [];
    for (let i = 0; i < this.n; i++) { const s = this.start(i); out.push([s, s + this.length(i), this.plist(i)]); }
    return out;
  }

  /**
   * Index of the run containing the character at POS; POS == total gives the last run (GNU: find_interval,
   * which callers use for "the interval at the end" as well).
   */
  find(pos: number): number {
    const S = this.S, gap = this.gap, gl = this.gapLen, total = this.total;
    // Runs before the gap hold absolute starts, runs after it starts relative to the end.
    let lo: number, hi: number;
    if (gap < this.n && pos >= S[gap + gl] + total) {
      lo = gap; hi = this.n - 1;
      const rel = pos - total;
      if (rel >= S[hi + gl]) return hi;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (S[mid + gl] <= rel) lo = mid; else hi = mid - 1;
      }
      return lo;
    }
    lo = 0; hi = gap - 1;
    if (hi < 0) return 0;
    if (pos >= S[hi]) return hi;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (S[mid] <= pos) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  // -------------------------------------------------------------------------------------------
  // The gap.
  // -------------------------------------------------------------------------------------------
  /** Moves the gap to logical index G, re-encoding the starts of the runs that cross it. */
  private moveGap(g: number): void {
    const gap = this.gap;
    if (g === gap) return;
    const L = this.L, S = this.S, Q = this.Q, gl = this.gapLen, total = this.total;
    if (g < gap) {
      for (let k = gap - 1; k >= g; k--) { L[k + gl] = L[k]; S[k + gl] = S[k] - total; Q[k + gl] = Q[k]; }
    } else {
      for (let k = gap; k < g; k++) { L[k] = L[k + gl]; S[k] = S[k + gl] + total; Q[k] = Q[k + gl]; }
    }
    this.gap = g;
  }
  /** Inserts a run at logical index I (its start absolute). */
  private insertRun(i: number, len: number, start: number, p: P): void {
    if (this.gapLen === 0) this.widen();
    this.moveGap(i);
    this.L[i] = len; this.S[i] = start; this.Q[i] = p;
    this.gap++; this.gapLen--; this.n++;
    this.version++;
  }
  /** Doubles the room, keeping the runs after the gap at the end. */
  private widen(): void {
    const extra = Math.max(4, this.n);
    const { L, S, Q, gap } = this;
    const after = this.n - gap;
    const oldLen = L.length;
    for (let k = 0; k < extra; k++) { L.push(0); S.push(0); Q.push(Q[0]); }
    for (let k = after - 1; k >= 0; k--) {
      const from = oldLen - after + k, to = from + extra;
      L[to] = L[from]; S[to] = S[from]; Q[to] = Q[from];
    }
    this.gapLen += extra;
  }
  /** Deletes run I. */
  private remove(i: number): void {
    this.moveGap(i + 1);
    this.gap--; this.gapLen++; this.n--;
    this.Q[this.gap] = this.Q[0];
    this.version++;
  }
  private setStart(i: number, v: number): void {
    if (i < this.gap) this.S[i] = v; else this.S[i + this.gapLen] = v - this.total;
  }
  private setLength(i: number, v: number): void { this.L[i < this.gap ? i : i + this.gapLen] = v; }

  // -------------------------------------------------------------------------------------------
  // Splitting and merging (GNU: split_interval_left/right, merge_interval_left/right).
  // -------------------------------------------------------------------------------------------
  /** Splits run I at OFFSET (0 < OFFSET < length): the left part holds LEFT, the right part RIGHT. */
  split(i: number, offset: number, left: P, right: P): void {
    const len = this.length(i);
    if (!(offset > 0 && offset < len)) throw new RangeError(`split at ${offset} of a run of ${len}`);
    const s = this.start(i);
    this.setLength(i, offset);
    this.setPlist(i, left);
    this.insertRun(i + 1, len - offset, s + offset, right);
  }
  /** GNU split_interval_right: run I keeps its list for [0, OFFSET); the new run after it gets P. Returns
   * the new run's index. */
  splitRight(i: number, offset: number, p: P): number {
    this.split(i, offset, this.plist(i), p);
    return i + 1;
  }
  /** GNU split_interval_left: a new run with P takes [0, OFFSET) of run I, which keeps its list for the rest.
   * Returns the new run's index (I; the old run is now I + 1). */
  splitLeft(i: number, offset: number, p: P): number {
    this.split(i, offset, p, this.plist(i));
    return i;
  }
  /** Run I joins the run before it, whose list survives (GNU: merge_interval_left). Returns the merged run. */
  mergeLeft(i: number): number {
    this.setLength(i - 1, this.length(i - 1) + this.length(i));
    this.remove(i);
    return i - 1;
  }
  /** Run I joins the run after it, whose list survives (GNU: merge_interval_right). Returns the merged run. */
  mergeRight(i: number): number {
    const s = this.start(i), len = this.length(i);
    this.setLength(i + 1, this.length(i + 1) + len);
    this.setStart(i + 1, s);
    this.remove(i);
    return i;
  }
  /** Run I becomes N characters longer; the runs after it move. */
  private grow(i: number, n: number): void {
    this.moveGap(i + 1);
    this.L[i] += n;
    this.total += n;
    this.version++;
  }
  /** Adds a run of N (> 0) characters holding P at the end. */
  append(n: number, p: P): void {
    this.insertRun(this.n, n, this.total, p);
    this.total += n;
  }

  // -------------------------------------------------------------------------------------------
  // Text changes.
  // -------------------------------------------------------------------------------------------
  /**
   * Makes room for N characters inserted at POS, deciding from which side they inherit (GNU:
   * adjust_intervals_for_insertion). The new characters get the merged properties of their neighbours;
   * grafting a source's properties (`graft`) or clearing them is the caller's next step.
   */
  insert(pos: number, n: number, st: StickyOps<P>, empty: P): void {
    if (n <= 0) return;
    let eob = false;
    if (pos >= this.total) { pos = this.total; eob = true; }
    let i = this.find(pos);
    if (!(pos === this.start(i) || eob) && st.splitInside(this.plist(i))) {
      // A property that does not stick: treat the insertion as falling between two equal runs.
      i = this.splitRight(i, pos - this.start(i), this.plist(i));
    }
    if (!(pos === this.start(i) || eob)) { this.grow(i, n); return; }
    // Between runs (or at either end): extend the left run, then carve the new text out of it unless it
    // inherits exactly the left run's properties.
    const prev = pos === 0 ? -1 : eob ? i : i - 1;
    const next = eob ? -1 : i;
    this.grow(prev >= 0 ? prev : next, n);
    const merged = st.merge(prev >= 0 ? this.plist(prev) : empty, next >= 0 ? this.plist(next) : empty);
    if (prev < 0) {
      if (!st.equal(this.plist(next), merged)) this.splitLeft(next, n, merged);
    } else if (!st.equal(this.plist(prev), merged)) {
      const mid = this.splitRight(prev, pos - this.start(prev), merged);
      if (next >= 0 && st.equal(merged, this.plist(mid + 1))) this.mergeRight(mid);
    }
  }

  /**
   * Removes N characters at FROM (GNU: adjust_intervals_for_deletion). Runs left empty disappear; their
   * neighbours are not merged. Returns false when no text is left (the caller drops the structure).
   */
  delete(from: number, n: number): boolean {
    if (n <= 0) return true;
    if (n >= this.total) return false;
    const first = this.find(from), last = this.find(from + n - 1);
    // With the gap after the last touched run, the runs after it follow the new total by themselves.
    this.moveGap(last + 1);
    const L = this.L, S = this.S, to = from + n;
    for (let i = first; i <= last; i++) {
      const s = S[i], e = s + L[i];
      L[i] -= (e < to ? e : to) - (s > from ? s : from);
    }
    let at = S[first];
    for (let i = first; i <= last; i++) { S[i] = at; at += L[i]; }
    this.total -= n;
    for (let i = last; i >= first; i--) if (this.L[i < this.gap ? i : i + this.gapLen] === 0) this.remove(i);
    this.version++;
    return true;
  }

  /**
   * The runs over [START, START + N) as a new structure with lists made by COPY (GNU: copy_intervals,
   * including its quirk of answering null for a stretch well inside a single run without properties).
   */
  slice(start: number, n: number, copy: (p: P) => P, isEmpty: (p: P) => boolean): Intervals<P> | null {
    if (n <= 0) return null;
    let i = this.find(start);
    if (start - this.start(i) + 1 + n < this.length(i) && isEmpty(this.plist(i))) return null;
    const runs: [number, P][] = [];
    let got = Math.min(this.end(i) - start, n);
    runs.push([got, copy(this.plist(i))]);
    while (got < n) {
      i++;
      const len = Math.min(this.length(i), n - got);
      runs.push([len, copy(this.plist(i))]);
      got += len;
    }
    return Intervals.fromRuns(runs);
  }

  /** A copy of the whole structure with lists made by COPY (GNU: reproduce_tree). */
  clone(copy: (p: P) => P): Intervals<P> {
    const runs: [number, P][] = [];
    for (let i = 0; i < this.n; i++) runs.push([this.length(i), copy(this.plist(i))]);
    return Intervals.fromRuns(runs);
  }

  /**
   * Lays SOURCE's runs over [POS, POS + SOURCE.total) of this structure, which already contains those
   * characters (GNU: graft_intervals_into_buffer's main loop). Without INHERIT each target piece gets a COPY
   * of the source list; with it, MERGEINTO(source, target) adds what the target lacks.
   */
  graft(source: Intervals<P>, pos: number, inherit: boolean, copy: (p: P) => P,
    mergeInto: (src: P, dst: P) => P): void {
    let under = this.find(pos);
    if (pos > this.start(under)) {
      // The part before POS keeps the old properties as a run of its own.
      this.splitLeft(under, pos - this.start(under), copy(this.plist(under)));
      under++;
    }
    let over = 0, overUsed = 0;
    while (over < source.count) {
      let here = under;
      const want = source.length(over) - overUsed;
      if (want < this.length(under)) here = this.splitLeft(under, want, copy(this.plist(under)));
      this.setPlist(here, inherit ? mergeInto(source.plist(over), this.plist(here)) : copy(source.plist(over)));
      if (this.length(here) === want) { over++; overUsed = 0; } else overUsed += this.length(here);
      under = here + 1;
    }
  }

  // -------------------------------------------------------------------------------------------
  // Range walks shared by the text-property primitives (GNU: textprop.c).
  // -------------------------------------------------------------------------------------------
  /**
   * First phase of add-text-properties/remove-text-properties: skips the runs of [S, S + LEN) that need no
   * change, and returns the index of the first that does, split so that it starts at S if it began before;
   * -1 when no run needs a change. The split-off part gets a COPY of the list (GNU: copy_properties).
   */
  firstNeeding(s: number, len: number, needs: (p: P) => boolean, copy: (p: P) => P): number {
    let i = this.find(s);
    if (!needs(this.plist(i))) {
      let got = this.end(i) - s;
      do {
        if (got >= len) return -1;
        len -= got;
        i++;
        got = this.length(i);
      } while (!needs(this.plist(i)));
      return i;
    }
    const st = this.start(i);
    if (st !== s) i = this.splitRight(i, s - st, copy(this.plist(i)));
    return i;
  }

  /**
   * Second phase: from run I (starting inside the range) up to END, calls CHANGE on every run that NEEDS
   * it; the last run is split at END first when it needs a change and reaches past END.
   */
  changeUntil(i: number, end: number, needs: (p: P) => boolean, change: (i: number) => void, copy: (p: P) => P): void {
    let len = end - this.start(i);
    for (;;) {
      const li = this.length(i);
      if (li >= len) {
        if (!needs(this.plist(i))) return;
        if (li > len) i = this.splitLeft(i, len, copy(this.plist(i)));
        change(i);
        return;
      }
      len -= li;
      if (needs(this.plist(i))) change(i);
      i++;
    }
  }

  /**
   * Replaces the lists of [S, S + LEN) (GNU: set_text_properties_1): SET(i) gives run i its new list, and
   * the changed runs are merged into one. Runs split off at the edges start empty, as in GNU.
   */
  setRange(s: number, len: number, set: (i: number) => void, copy: (p: P) => P, empty: P): void {
    if (len <= 0) return;
    let i = this.find(s);
    let prevChanged = -1;
    if (this.start(i) !== s) {
      const unchanged = i;
      i = this.splitRight(unchanged, s - this.start(unchanged), empty);
      if (this.length(i) > len) {
        this.setPlist(i, copy(this.plist(unchanged)));
        i = this.splitLeft(i, len, empty);
        set(i);
        return;
      }
      set(i);
      if (this.length(i) === len) return;
      prevChanged = i;
      len -= this.length(i);
      i++;
    }
    do {
      const li = this.length(i);
      if (li >= len) {
        if (li > len) i = this.splitLeft(i, len, empty);
        set(i);
        if (prevChanged >= 0) this.mergeLeft(i);
        return;
      }
      len -= li;
      set(i);
      if (prevChanged < 0) prevChanged = i;
      else prevChanged = i = this.mergeLeft(i);
      i++;
    } while (len > 0);
  }

  /**
   * Start of the first run after run I whose list DIFFERS (from run I's, as the caller decides), looking
   * only at runs starting before LIMIT; -1 when there is none.
   */
  nextChange(i: number, differs: (p: P) => boolean, limit: number): number {
    for (let k = i + 1; k < this.n; k++) {
      const s = this.start(k);
      if (s >= limit) return -1;
      if (differs(this.plist(k))) return s;
    }
    return -1;
  }

  /**
   * End of the last run before run I whose list DIFFERS, looking only at runs ending after LIMIT; -1 when
   * there is none.
   */
  previousChange(i: number, differs: (p: P) => boolean, limit: number): number {
    for (let k = i - 1; k >= 0; k--) {
      const e = this.end(k);
      if (e <= limit) return -1;
      if (differs(this.plist(k))) return e;
    }
    return -1;
  }

  /** Throws if the representation is inconsistent (for tests). */
  check(): void {
    let at = 0;
    if (this.n === 0 || this.L.length !== this.S.length || this.L.length !== this.Q.length
      || this.n + this.gapLen !== this.L.length || this.gap > this.n || this.gap < 0) {
      throw new Error("intervals: bad layout");
    }
    for (let i = 0; i < this.n; i++) {
      if (!(this.length(i) > 0)) throw new Error(`intervals: run ${i} has length ${this.length(i)}`);
      if (this.start(i) !== at) throw new Error(`intervals: run ${i} starts at ${this.start(i)}, expected ${at}`);
      at += this.length(i);
    }
    if (at !== this.total) throw new Error(`intervals: runs cover ${at}, total ${this.total}`);
  }
}
