// Larger in-place edits of the current buffer: transpose-regions, translate-region-internal and
// replace-buffer-contents (GNU: editfns.c).
import { defun } from "../defun.js";
import { E, findSymbolValue, specbind, unbindTo } from "../env.js";
import { Cons, defsym, LispObject, LString, NIL, T } from "../lisp.js";
import { checkInteger, error, wrongType } from "../signal.js";
import { funcall } from "../eval.js";
import { Buffer, curBuf, getBuffer, nsberror, setBuffer } from "../buffer.js";
import {
  bufferString, charForBuffer, deleteRange, insertLString, modifyText, prepareToModify, replaceRange,
  signalAfterChange, textHooks, Vinhibit_modification_hooks,
} from "../insdel.js";
import { recordChange } from "../undo.js";
import { recomputeCellBound } from "../marker.js";
import { CharTable, charTableGet } from "../chartab.js";
import { validateRegion } from "./buffer.js";
import { saveHooks } from "../compile/runtime.js";
import { charBytes } from "./buffer.js";

const Qtranslation_table = defsym("translation-table");

// ---------------------------------------------------------------------------------------------
// transpose-regions
// ---------------------------------------------------------------------------------------------
/** Rewrites [START, END) of B with TEXT of the same length, leaving markers alone. */
function overwrite(b: Buffer, start: number, end: number, text: string): void {
  const gb = b.text.gb;
  gb.delete(start - 1, end - 1);
  gb.insert(start - 1, text);
}

/** Moves markers (and point) as the regions move (GNU: transpose_markers). */
function transposeMarkers(b: Buffer, start1: number, end1: number, start2: number, end2: number): void {
  const diff = (end2 - start2) - (end1 - start1);
  const amt1 = (end2 - start2) + (start2 - end1);
  const amt2 = (end1 - start1) + (start2 - end1);
  const move = (p: number): number => {
    if (p < start1 || p >= end2) return p;
    if (p < end1) return p + amt1;
    if (p < start2) return p + diff;
    return p - amt2;
  };
  if (!b.hasCells) b.pt = move(b.pt);
  for (const c of b.text.cells) c.pos = move(c.pos);
  recomputeCellBound(b.text);
}

defun("transpose-regions", "(startr1 endr1 startr2 endr2 &optional leave-markers)",
  "Transpose region STARTR1 to ENDR1 with STARTR2 to ENDR2.", (startr1, endr1, startr2, endr2, leaveMarkers) => {
    let [start1, end1] = validateRegion(startr1, endr1);
    let [start2, end2] = validateRegion(startr2, endr2);
    if (start2 < end1) { [start1, start2] = [start2, start1]; [end1, end2] = [end2, end1]; }
    const len1 = end1 - start1, len2 = end2 - start2;
    if (start2 < end1) error("Transposed regions overlap");
    if ((start1 === end1 || start2 === end2) && end1 === start2) return NIL;
    let b = curBuf();
    const r1 = bufferString(b, start1, end1, true), r2 = bufferString(b, start2, end2, true);
    const mid = bufferString(b, end1, start2, true);
    if (end1 === start2) {
      modifyText(start1, end2);
      b = curBuf();
      recordChange(b, start1, bufferString(b, start1, end2, true));
    } else if (len1 === len2) {
      modifyText(start1, end2);
      b = curBuf();
      recordChange(b, start1, bufferString(b, start1, end1, true));
      recordChange(b, start2, bufferString(b, start2, end2, true));
    } else if (len1 < len2) {
      modifyText(start1, end2);
      b = curBuf();
      recordChange(b, start1, bufferString(b, start1, end2, true));
    } else {
      // GNU records before announcing the change here (so a first change is recorded twice).
      recordChange(b, start1, bufferString(b, start1, end2, true));
      modifyText(start1, end2);
      b = curBuf();
    }
    overwrite(b, start1, end2, r2.s + mid.s + r1.s);
    if (b.text.intervals !== null && textHooks.offset && textHooks.graft) {
      textHooks.offset(b, start1, -(end2 - start1));
      textHooks.offset(b, start1, end2 - start1);
      textHooks.graft(b, r2, start1, len2, false);
      textHooks.graft(b, mid, start1 + len2, start2 - end1, false);
      textHooks.graft(b, r1, end2 - len1, len1, false);
    }
    if (leaveMarkers === NIL) transposeMarkers(b, start1, end1, start2, end2);
    signalAfterChange(start1, end2 - start1, end2 - start1);
    return NIL;
  });

// ---------------------------------------------------------------------------------------------
// translate-region-internal
// ---------------------------------------------------------------------------------------------
/** A (([FROM-CHAR ...] . TO) ...) entry whose FROM sequence matches the text at POS (GNU: check_translation). */
function checkTranslation(b: Buffer, pos: number, end: number, val: LispObject): Cons | null {
  for (let l = val; l instanceof Cons; l = l.cdr) {
    const elt = l.car;
    if (!(elt instanceof Cons) || !Array.isArray(elt.car)) continue;
    const from = elt.car as LispObject[];
    if (pos + from.length > end) continue;
    let ok = true;
    for (let i = 0; i < from.length && ok; i++) ok = from[i] === b.charAt(pos + i);
    if (ok) return elt;
  }
  return null;
}

defun("translate-region-internal", "(start end table)", "Internal use only.", (start, end, table) => {
  const [s, e] = validateRegion(start, end);
  let b = curBuf();
  const multibyte = b.multibyte;
  let limit = 0x400000;
  let tableChars: number[] | null = null;
  if (table instanceof LString) {
    tableChars = multibyte ? table.chars() : table.chars().map((c) => c & 0xff);
    limit = Math.min(limit, tableChars.length);
  } else if (!(table instanceof CharTable && table.purpose === Qtranslation_table)) {
    error("Not a translation table");
  }
  let pos = s, endPos = e;
  modifyText(pos, endPos);
  b = curBuf();
  let changed = 0;
  while (pos < endPos) {
    const oc = b.charAt(pos);
    if (oc < limit) {
      let nc = oc;
      let val: LispObject = NIL;
      if (tableChars !== null) {
        nc = tableChars[oc];
        if (!multibyte) nc &= 0xff; else if (!(table as LString).multibyte && nc >= 0x80) nc += 0x3fff00;
      } else {
        val = charTableGet(table as CharTable, oc);
        if (typeof val === "number" && val >= 0 && val <= 0x3fffff) nc = val;
        else if (Array.isArray(val) || val instanceof Cons) nc = -1;
      }
      if (nc !== oc && nc >= 0) {
        if (multibyte && charBytes(nc) !== charBytes(oc)) {
          replaceRange(pos, pos + 1, new LString(String.fromCodePoint(Math.min(nc, 0x10ffff)), true));
          if (nc > 0x10ffff) b.text.gb.setChar(pos - 1, nc);
        } else {
          recordChange(b, pos, bufferString(b, pos, pos + 1, true));
          b.text.gb.setChar(pos - 1, charForBuffer(nc, multibyte));
          signalAfterChange(pos, 1, 1);
        }
        b = curBuf();
        changed++;
      } else if (nc < 0) {
        let len = 1;
        if (val instanceof Cons) {
          const m = checkTranslation(b, pos, endPos, val);
          if (m === null) { pos++; continue; }
          len = (m.car as LispObject[]).length;
          val = m.cdr;
        }
        const str = Array.isArray(val) ? funcall(defsym("concat"), val) as LString
          : funcall(defsym("make-string"), 1, val) as LString;
        replaceRange(pos, pos + len, str);
        b = curBuf();
        pos += str.length;
        changed += str.length;
        endPos += str.length - len;
        continue;
      }
    }
    pos++;
  }
  return changed;
});

// ---------------------------------------------------------------------------------------------
// replace-buffer-contents
// ---------------------------------------------------------------------------------------------
/** Edit script of A into B as [aStart, aEnd, bStart, bEnd] runs, in increasing order (Myers' diff). */
function diff(a: Uint32Array, b: Uint32Array, maxD: number): [number, number, number, number][] | null {
  const n = a.length, m = b.length;
  const max = n + m;
  const off = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  outer: for (let d = 0; d <= max; d++) {
    if (d > maxD) return null;
    trace.push(v.slice(off - d - 1, off + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[off + k - 1] < v[off + k + 1]) ? v[off + k + 1] : v[off + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) { x++; y++; }
      v[off + k] = x;
      if (x >= n && y >= m) { found = d; break outer; }
    }
  }
  // Walk back through the saved frontiers to list the edits.
  const edits: [number, number, number, number][] = [];
  let x = n, y = m;
  for (let d = found; d > 0; d--) {
    const vd = trace[d];
    const get = (k: number): number => vd[k + d + 1];
    const k = x - y;
    const down = k === -d || (k !== d && get(k - 1) < get(k + 1));
    const pk = down ? k + 1 : k - 1;
    const px = get(pk), py = px - pk;
    // Snake from (sx, sy) to (x, y); the edit step is (px, py) -> (sx, sy).
    const sx = down ? px : px + 1, sy = down ? py + 1 : py;
    if (down) edits.push([sx, sx, py, sy]); else edits.push([px, sx, sy, sy]);
    x = px; y = py;
  }
  edits.reverse();
  // Merge adjacent single-step edits into runs.
  const runs: [number, number, number, number][] = [];
  for (const e of edits) {
    const last = runs[runs.length - 1];
    if (last && last[1] === e[0] && last[3] === e[2]) { last[1] = e[1]; last[3] = e[3]; } else runs.push([...e]);
  }
  return runs;
}

defun("replace-buffer-contents", "(source &optional max-secs max-costs)",
  "Replace accessible portion of current buffer with that of SOURCE.", (source, _maxSecs, maxCosts) => {
    const found = getBuffer(source);
    if (found === NIL) nsberror(source);
    const src = found as Buffer;
    if (!src.live) error("Selecting deleted buffer");
    const a = curBuf();
    if (a === src) error("Cannot replace a buffer with itself");
    let tooExpensive = 1000000;
    if (maxCosts !== NIL) {
      const mc = checkInteger(maxCosts);
      tooExpensive = typeof mc === "number" ? Math.max(0, mc) : mc > 0n ? Number.MAX_SAFE_INTEGER : 0;
    }
    const minA = a.begv, minB = src.begv;
    const sizeA = a.zv - minA, sizeB = src.zv - minB;
    const insertAll = (from: LispObject, to: LispObject): void => { funcall(defsym("insert-buffer-substring"), src, from, to); };
    if (sizeA === 0 && sizeB === 0) return T;
    if (sizeA === 0) { insertAll(NIL, NIL); return T; }
    if (sizeB === 0) { deleteRange(a.begv, a.zv); return T; }
    const ca = a.text.gb.codes(minA - 1, a.zv - 1), cb = src.text.gb.codes(minB - 1, src.zv - 1);
    // Common prefix and suffix first: the diff then only sees the changed middle.
    let pre = 0;
    while (pre < sizeA && pre < sizeB && ca[pre] === cb[pre]) pre++;
    let suf = 0;
    while (suf < sizeA - pre && suf < sizeB - pre && ca[sizeA - 1 - suf] === cb[sizeB - 1 - suf]) suf++;
    const ma = ca.subarray(pre, sizeA - suf), mb = cb.subarray(pre, sizeB - suf);
    // Past the cost limit GNU's heuristic gives up on minimality; replacing the middle wholesale is ours.
    const runs = diff(ma, mb, tooExpensive > 0 ? 2000 : 0)
      ?? [[0, ma.length, 0, mb.length] as [number, number, number, number]];
    funcall(defsym("undo-boundary"));
    const count = E.sp;
    const ex = saveHooks.begin("excursion");
    let inhibited = false;
    try {
      if (findSymbolValue(Vinhibit_modification_hooks) === NIL) {
        prepareToModify(a, a.begv, a.zv);
        specbind(Vinhibit_modification_hooks, T);
        inhibited = true;
      }
      for (let r = runs.length - 1; r >= 0; r--) {
        const [as, ae, bs, be] = runs[r];
        const begA = minA + pre + as, endA = minA + pre + ae;
        if (begA < endA) deleteRange(begA, endA);
        if (bs < be) {
          curBuf().pt = begA;
          insertAll(minB + pre + bs, minB + pre + be);
        }
      }
    } finally {
      saveHooks.end("excursion", ex);
      unbindTo(count);
    }
    if (inhibited) signalAfterChange(a.begv, sizeA, a.zv - a.begv);
    return T;
  });

void insertLString; void setBuffer; void wrongType;
