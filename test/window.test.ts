// Windows in batch mode: the window tree, buffers, points, sizes, splitting, configurations and the
// display-buffer family (GNU: window.c, window.el), against GNU Emacs 28.2's answers.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkCaseFile, evalLisp } from "./helpers.js";
import { frameWindows, Window } from "../src/window.js";
import { selectedFrame } from "../src/frame.js";
import { checkTree } from "../src/window/tree.js";

test("the batch frame's windows, form by form as GNU Emacs 28.2 answers", () => {
  assert.deepEqual(checkCaseFile("window"), []);
});

/** The ways the tree can be wrong: sizes that do not add up, gaps between windows, broken links. */
function treeProblems(): string[] {
  const problems: string[] = [];
  const fw = frameWindows(selectedFrame());
  if (!checkTree(fw.root)) problems.push("parent/sibling links");
  if (fw.root.lines !== 24 || fw.root.cols !== 80) problems.push(`root is ${fw.root.cols}x${fw.root.lines}`);
  const walk = (w: Window): void => {
    if (!(w.contents instanceof Window)) {
      if (!w.live || !w.buffer.live) problems.push(`window ${w.seq} shows no live buffer`);
      if (w.lines < 1 || w.cols < 1) problems.push(`window ${w.seq} is ${w.cols}x${w.lines}`);
      return;
    }
    let left = w.left, top = w.top, sum = 0;
    for (let c: Window | null = w.contents; c !== null; c = c.next) {
      if (c.left !== left || c.top !== top) problems.push(`window ${c.seq} is not where its siblings end`);
      if (w.horizontal ? c.lines !== w.lines : c.cols !== w.cols) problems.push(`window ${c.seq} does not span its parent`);
      sum += w.horizontal ? c.cols : c.lines;
      if (w.horizontal) left += c.cols; else top += c.lines;
      walk(c);
    }
    if (sum !== (w.horizontal ? w.cols : w.lines)) problems.push(`children of ${w.seq} add up to ${sum}`);
    if (w.contents.next === null) problems.push(`internal window ${w.seq} has one child`);
  };
  walk(fw.root);
  if (fw.mini.top !== fw.root.top + fw.root.lines) problems.push("the minibuffer window is not below the root");
  if (!fw.selected.live) problems.push("the selected window is dead");
  return problems;
}

test("random splits, deletions and resizes keep the window tree consistent", () => {
  // A small deterministic generator, so a failure can be replayed.
  let seed = 12345;
  const rand = (n: number): number => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  const ops = [
    "(ignore-errors (split-window (nth (random (length (window-list))) (window-list))))",
    "(ignore-errors (split-window (nth (random (length (window-list))) (window-list)) nil t))",
    "(ignore-errors (delete-window (nth (random (length (window-list))) (window-list))))",
    "(ignore-errors (enlarge-window 2))",
    "(ignore-errors (shrink-window 1 t))",
    "(ignore-errors (other-window 1))",
    "(ignore-errors (balance-windows))",
    "(ignore-errors (split-window (window-parent)))",
    "(when (> (length (window-list)) 6) (delete-other-windows))",
    "(ignore-errors (kill-buffer (window-buffer (next-window))))",
    "(save-window-excursion (ignore-errors (split-window)) (ignore-errors (delete-other-windows)))",
  ];
  evalLisp("(random \"12345\") (dotimes (i 5) (get-buffer-create (format \"rb%d\" i)))");
  for (let step = 0; step < 400; step++) {
    const op = ops[rand(ops.length)];
    evalLisp(`(random ${rand(1000) + 1}) ${op} (dotimes (i 5) (get-buffer-create (format "rb%d" i)))
              (set-window-buffer (next-window) (format "rb%d" ${rand(5)}))`);
    assert.deepEqual(treeProblems(), [], `after step ${step}: ${op}`);
  }
});
