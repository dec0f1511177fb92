#!/usr/bin/env bash
# Regenerates test/data/gnu-primitives.txt: the names of GNU Emacs 28.2's primitives (its DEFUNs), one per
# line with the C file that defines it, from GNU's sources (apt-get source emacs). Names only, no code.
set -euo pipefail
src="${1:-/work/gnu/emacs-28.2/src}"
cd "$(dirname "$0")/.."
for f in "$src"/*.c; do
  { grep -o 'DEFUN ("[^"]*"' "$f" || true; } | sed "s/DEFUN (\"//; s/\"\$/ $(basename "$f")/"
done | sort -u > test/data/gnu-primitives.txt
wc -l test/data/gnu-primitives.txt
