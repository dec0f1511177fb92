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
// Representation: three parallel arrays (lengths, start offsets, lists). Lookups are binary searches; an
// edit shifts the start offsets after it, a tight loop over a JS number array. Strings with properties
// have a handful of runs; buffers with font-lock have thousands, where the loop costs microseconds. The
// class keeps its representation private so that a balanced tree can replace it without touching callers.

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
  private lens: number[];
  private starts: number[];
  private props: P[];
  /** Number of characters covered. */
  total: number;
  /** Bumped by every change of the run layout (callers detect changes made behind their back). */
  version = 0;

  /** One run of TOTAL (> 0) characters holding PLIST (GNU: create_root_interval). */
  constructor(total: number, plist: P) {
    this.lens = [total];
    this.starts = [0];
    this.props = [plist];
    this.total = total;
  }

  /** A structure from [length, plist] runs (lengths > 0, at least one run). */
  static fromRuns<P>(runs: readonly (readonly [number, P])[]): Intervals<P> {
    const t = new Intervals<P>(runs[0][0], runs[0][1]);
    let at = runs[0][0];
    for (let k = 1; k < runs.length; k++) {
      t.lens.push(runs[k][0]); t.starts.push(at); t.props.push(runs[k][1]);
      at += runs[k][0];
    }
    t.total = at;
    return t;
  }

  /** Number of runs. */
  get count(): number { return this.lens.length; }
  start(i: number): number { return this.starts[i]; }
  length(i: number): number { return this.lens[i]; }
  end(i: number): number { return this.starts[i] + this.lens[i]; }
  plist(i: number): P { return this.props[i]; }
  setPlist(i: number, p: P): void { this.props[i] = p; }

  /** Runs as [start, end, plist] triples, in order. */
  runs(): [number, number, P][] {
    const out: [number, number, P][] = [];
    for (let i = 0; i < this.lens.length; i++) out.push([this.starts[i], this.starts[i] + this.lens[i], this.props[i]]);
    return out;
  }

  /**
   * Index of the run containing the character at POS; POS == total gives the last run (GNU: find_interval,
   * which callers use for "the interval at the end" as well).
   */
  find(pos: number): number {
    const starts = this.starts;
    let lo = 0, hi = starts.length - 1;
    if (pos >= starts[hi]) return hi;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= pos) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  // -------------------------------------------------------------------------------------------
  // Splitting and merging (GNU: split_interval_left/right, merge_interval_left/right).
  // -------------------------------------------------------------------------------------------
  /** Splits run I at OFFSET (0 < OFFSET < length): the left part holds LEFT, the right part RIGHT. */
  split(i: number, offset: number, left: P, right: P): void {
    const len = this.lens[i];
    if (!(offset > 0 && offset < len)) throw new RangeError(`split at ${offset} of a run of ${len}`);
    this.lens.splice(i, 1, offset, len - offset);
    this.starts.splice(i + 1, 0, this.starts[i] + offset);
    this.props.splice(i, 1, left, right);
    this.version++;
  }
  /** GNU split_interval_right: run I keeps its list for [0, OFFSET); the new run after it gets P. Returns
   * the new run's index. */
  splitRight(i: number, offset: number, p: P): number {
    this.split(i, offset, this.props[i], p);
    return i + 1;
  }
  /** GNU split_interval_left: a new run with P takes [0, OFFSET) of run I, which keeps its list for the rest.
   * Returns the new run's index (I; the old run is now I + 1). */
  splitLeft(i: number, offset: number, p: P): number {
    this.split(i, offset, p, this.props[i]);
    return i;
  }
  /** Run I joins the run before it, whose list survives (GNU: merge_interval_left). Returns the merged run. */
  mergeLeft(i: number): number {
    this.lens[i - 1] += this.lens[i];
    this.remove(i);
    return i - 1;
  }
  /** Run I joins the run after it, whose list survives (GNU: merge_interval_right). Returns the merged run. */
  mergeRight(i: number): number {
    this.lens[i + 1] += this.lens[i];
    this.starts[i + 1] = this.starts[i];
    this.remove(i);
    return i;
  }
  private remove(i: number): void {
    this.lens.splice(i, 1);
    this.starts.splice(i, 1);
    this.props.splice(i, 1);
    this.version++;
  }
  /** Run I becomes N characters longer; the runs after it move. */
  private grow(i: number, n: number): void {
    this.lens[i] += n;
    const starts = this.starts;
    for (let k = i + 1; k < starts.length; k++) starts[k] += n;
    this.total += n;
    this.version++;
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
    if (!(pos === this.starts[i] || eob) && st.splitInside(this.props[i])) {
      // A property that does not stick: treat the insertion as falling between two equal runs.
      i = this.splitRight(i, pos - this.starts[i], this.props[i]);
    }
    if (!(pos === this.starts[i] || eob)) { this.grow(i, n); return; }
    // Between runs (or at either end): extend the left run, then carve the new text out of it unless it
    // inherits exactly the left run's properties.
    const prev = pos === 0 ? -1 : eob ? i : i - 1;
    const next = eob ? -1 : i;
    this.grow(prev >= 0 ? prev : next, n);
    const merged = st.merge(prev >= 0 ? this.props[prev] : empty, next >= 0 ? this.props[next] : empty);
    if (prev < 0) {
      if (!st.equal(this.props[next], merged)) this.splitLeft(next, n, merged);
    } else if (!st.equal(this.props[prev], merged)) {
      const mid = this.splitRight(prev, pos - this.starts[prev], merged);
      if (next >= 0 && st.equal(merged, this.props[mid + 1])) this.mergeRight(mid);
    }
  }

  /**
   * Removes N characters at FROM (GNU: adjust_intervals_for_deletion). Runs left empty disappear; their
   * neighbours are not merged. Returns false when no text is left (the caller drops the structure).
   */
  delete(from: number, n: number): boolean {
    if (n <= 0) return true;
    if (n >= this.total) return false;
    const first = this.find(from);
    const lens = this.lens, starts = this.starts;
    let i = first, left = n;
    // The first run loses what follows FROM; later ones lose from their start.
    let avail = starts[i] + lens[i] - from;
    while (left > 0) {
      const take = avail < left ? avail : left;
      lens[i] -= take;
      left -= take;
      if (lens[i] === 0) this.remove(i); else i++;
      avail = lens[i];
    }
    let at = first > 0 ? starts[first - 1] + lens[first - 1] : 0;
    for (let k = first; k < starts.length; k++) { starts[k] = at; at += lens[k]; }
    this.total -= n;
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
    if (start - this.starts[i] + 1 + n < this.lens[i] && isEmpty(this.props[i])) return null;
    const first = Math.min(this.end(i) - start, n);
    const out = new Intervals<P>(first, copy(this.props[i]));
    let got = first;
    while (got < n) {
      i++;
      const len = Math.min(this.lens[i], n - got);
      out.lens.push(len); out.starts.push(got); out.props.push(copy(this.props[i]));
      got += len;
    }
    out.total = n;
    return out;
  }

  /** A copy of the whole structure with lists made by COPY (GNU: reproduce_tree). */
  clone(copy: (p: P) => P): Intervals<P> {
    const t = new Intervals<P>(this.lens[0], copy(this.props[0]));
    t.lens = this.lens.slice();
    t.starts = this.starts.slice();
    t.props = this.props.map(copy);
    t.total = this.total;
    return t;
  }

  /**
   * Lays SOURCE's runs over [POS, POS + SOURCE.total) of this structure, which already contains those
   * characters (GNU: graft_intervals_into_buffer's main loop). Without INHERIT each target piece gets a COPY
   * of the source list; with it, MERGEINTO(source, target) adds what the target lacks.
   */
  graft(source: Intervals<P>, pos: number, inherit: boolean, copy: (p: P) => P,
    mergeInto: (src: P, dst: P) => P): void {
    let under = this.find(pos);
    if (pos > this.starts[under]) {
      // The part before POS keeps the old properties as a run of its own.
      this.splitLeft(under, pos - this.starts[under], copy(this.props[under]));
      under++;
    }
    let over = 0, overUsed = 0;
    while (over < source.count) {
      let here = under;
      const want = source.lens[over] - overUsed;
      if (want < this.lens[under]) here = this.splitLeft(under, want, copy(this.props[under]));
      this.props[here] = inherit ? mergeInto(source.props[over], this.props[here]) : copy(source.props[over]);
      if (this.lens[here] === want) { over++; overUsed = 0; } else overUsed += this.lens[here];
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
    if (!needs(this.props[i])) {
      let got = this.end(i) - s;
      do {
        if (got >= len) return -1;
        len -= got;
        i++;
        got = this.lens[i];
      } while (!needs(this.props[i]));
      return i;
    }
    if (this.starts[i] !== s) i = this.splitRight(i, s - this.starts[i], copy(this.props[i]));
    return i;
  }

  /**
   * Second phase: from run I (starting inside the range) up to END, calls CHANGE on every run that NEEDS
   * it; the last run is split at END first when it needs a change and reaches past END.
   */
  changeUntil(i: number, end: number, needs: (p: P) => boolean, change: (i: number) => void, copy: (p: P) => P): void {
    let len = end - this.starts[i];
    for (;;) {
      const li = this.lens[i];
      if (li >= len) {
        if (!needs(this.props[i])) return;
        if (li > len) i = this.splitLeft(i, len, copy(this.props[i]));
        change(i);
        return;
      }
      len -= li;
      if (needs(this.props[i])) change(i);
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
    if (this.starts[i] !== s) {
      const unchanged = i;
      i = this.splitRight(unchanged, s - this.starts[unchanged], empty);
      if (this.lens[i] > len) {
        this.props[i] = copy(this.props[unchanged]);
        i = this.splitLeft(i, len, empty);
        set(i);
        return;
      }
      set(i);
      if (this.lens[i] === len) return;
      prevChanged = i;
      len -= this.lens[i];
      i++;
    }
    do {
      if (this.lens[i] >= len) {
        if (this.lens[i] > len) i = this.splitLeft(i, len, empty);
        set(i);
        if (prevChanged >= 0) this.mergeLeft(i);
        return;
      }
      len -= this.lens[i];
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
    for (let k = i + 1; k < this.lens.length; k++) {
      if (this.starts[k] >= limit) return -1;
      if (differs(this.props[k])) return this.starts[k];
    }
    return -1;
  }

  /**
   * End of the last run before run I whose list DIFFERS, looking only at runs ending after LIMIT; -1 when
   * there is none.
   */
  previousChange(i: number, differs: (p: P) => boolean, limit: number): number {
    for (let k = i - 1; k >= 0; k--) {
      const e = this.starts[k] + this.lens[k];
      if (e <= limit) return -1;
      if (differs(this.props[k])) return e;
    }
    return -1;
  }

  /** Adds a run of N (> 0) characters holding P at the end. */
  append(n: number, p: P): void {
    this.lens.push(n);
    this.starts.push(this.total);
    this.props.push(p);
    this.total += n;
    this.version++;
  }

  /** Throws if the representation is inconsistent (for tests). */
  check(): void {
    let at = 0;
    if (this.lens.length === 0 || this.lens.length !== this.starts.length || this.lens.length !== this.props.length) {
      throw new Error("intervals: array lengths disagree");
    }
    for (let i = 0; i < this.lens.length; i++) {
      if (!(this.lens[i] > 0)) throw new Error(`intervals: run ${i} has length ${this.lens[i]}`);
      if (this.starts[i] !== at) throw new Error(`intervals: run ${i} starts at ${this.starts[i]}, expected ${at}`);
      at += this.lens[i];
    }
    if (at !== this.total) throw new Error(`intervals: runs cover ${at}, total ${this.total}`);
  }
}
