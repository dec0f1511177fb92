// Completion over collections, and assoc-string (GNU: minibuf.c's try-completion, all-completions,
// test-completion, internal-complete-buffer and assoc-string — the parts that need no minibuffer).
import { defun, defvar } from "./defun.js";
import { E, findSymbolValue, specbind, unbindTo } from "./env.js";
import { Cons, defsym, LispObject, LString, LSymbol, NIL, T, UNBOUND, list } from "./lisp.js";
import { checkString } from "./signal.js";
import { funcall } from "./eval.js";
import { HashTable } from "./hashtable.js";
import { checkObarray, obarrayTable } from "./lread/obarray.js";
import { equal } from "./fns/equal.js";

const Qcompare_strings = defsym("compare-strings");
const Qstring_match = defsym("string-match");
const Qcommandp = defsym("commandp");
const Qcase_fold_search = defsym("case-fold-search");
const Qlambda = defsym("lambda");
const Qmetadata = defsym("metadata");
const Qcategory = defsym("category");
const Qbuffer = defsym("buffer");
const Qcycle_sort_function = defsym("cycle-sort-function");
const Qidentity = defsym("identity");
const Qfunctionp = defsym("functionp");
const Qsubstring = defsym("substring");

const Vcompletion_ignore_case = defvar("completion-ignore-case", NIL,
  `Non-nil means don't consider case significant in completion.
For file-name completion, \`read-file-name-completion-ignore-case'
controls the behavior, rather than this variable.
For buffer name completion, \`read-buffer-completion-ignore-case'
controls the behavior, rather than this variable.`);
const Vcompletion_regexp_list = defvar("completion-regexp-list", NIL,
  `List of regexps that should restrict possible completions.
The basic completion functions only consider a completion acceptable
if it matches all regular expressions in this list, with
\`case-fold-search' bound to the value of \`completion-ignore-case'.
See Info node \`(elisp)Basic Completion', for a description of these
functions.`);

/** GNU's compare-strings, through the primitive so that case tables apply exactly as there. */
function compare(a: LString, s1: number, e1: LispObject, b: LString, s2: number, e2: LispObject, fold: boolean): LispObject {
  return funcall(Qcompare_strings, a, s1, e1, b, s2, e2, fold ? T : NIL);
}

function ignoreCase(): boolean { return findSymbolValue(Vcompletion_ignore_case) !== NIL; }

/** GNU treats nil and non-function conses as lists; other non-table objects are completion functions. */
function isListCollection(c: LispObject): boolean {
  return c === NIL || (c instanceof Cons && funcall(Qfunctionp, c) === NIL);
}

/** One candidate: ELT is what the predicate sees, NAME the string to complete against, VALUE a hash value. */
interface Candidate { elt: LispObject; name: LispObject; value?: LispObject }

/** The candidates of a list, obarray or hash-table collection, in GNU's visiting order where it is defined. */
function* candidates(collection: LispObject): Generator<Candidate> {
  if (collection instanceof HashTable) {
    for (let i = 0; i < collection.top; i++) {
      const k = collection.keys[i];
      if (k === UNBOUND) continue;
      yield { elt: k, name: k, value: collection.vals[i] };
    }
  } else if (Array.isArray(collection)) {
    // Snapshot the table: a predicate may intern new symbols while we iterate.
    for (const sym of [...obarrayTable(checkObarray(collection)).values()]) yield { elt: sym, name: sym };
  } else {
    for (let tail: LispObject = collection; tail instanceof Cons; tail = tail.cdr) {
      const elt = tail.car;
      yield { elt, name: elt instanceof Cons ? elt.car : elt };
    }
  }
}

/** Name of a candidate as a string, or null when it is neither a string nor a symbol. */
function nameString(name: LispObject): LString | null {
  if (name instanceof LSymbol) return name.nameString;
  return name instanceof LString ? name : null;
}

/**
 * The filter shared by try-completion and all-completions: completion-regexp-list (matched with
 * case-fold-search bound to completion-ignore-case) and then PREDICATE. The binding is dropped before the
 * predicate runs, as GNU does, so predicates see the caller's case-fold-search.
 */
class Filter {
  private bound = -1;
  constructor(private predicate: LispObject, private fold: boolean) {}
  accepts(c: Candidate, name: LString): boolean {
    for (let r = findSymbolValue(Vcompletion_regexp_list); r instanceof Cons; r = r.cdr) {
      if (this.bound < 0) { this.bound = E.sp; specbind(Qcase_fold_search, this.fold ? T : NIL); }
      if (funcall(Qstring_match, r.car, name, 0) === NIL) return false;
    }
    if (this.predicate === NIL) return true;
    if (this.predicate === Qcommandp) return funcall(Qcommandp, c.elt, NIL) !== NIL;
    this.release();
    const ok = c.value !== undefined ? funcall(this.predicate, c.elt, c.value) : funcall(this.predicate, c.elt);
    return ok !== NIL;
  }
  release(): void { if (this.bound >= 0) { unbindTo(this.bound); this.bound = -1; } }
}

/** Docstring parts shared by try-completion and all-completions. */
const COLLECTION_DOC = `If COLLECTION is an alist, the keys (cars of elements) are the
possible completions.  If an element is not a cons cell, then the
element itself is the possible completion.
If COLLECTION is a hash-table, all the keys that are strings or symbols
are the possible completions.
If COLLECTION is an obarray, the names of all symbols in the obarray
are the possible completions.
`;
const PREDICATE_DOC = `If optional third argument PREDICATE is non-nil,
it is used to test each possible match.
The match is a candidate only if PREDICATE returns non-nil.
The argument given to PREDICATE is the alist element
or the symbol from the obarray.  If COLLECTION is a hash-table,
predicate is called with two arguments: the key and the value.
Additionally to this predicate, \`completion-regexp-list'
is used to further constrain the set of candidates.`;

defun("try-completion", "(string collection &optional predicate)",
  `Return common substring of all completions of STRING in COLLECTION.
Test each possible completion specified by COLLECTION
to see if it begins with STRING.  The possible completions may be
strings or symbols.  Symbols are converted to strings before testing,
see \`symbol-name'.
All that match STRING are compared together; the longest initial sequence
common to all these matches is the return value.
If there is no match at all, the return value is nil.
For a unique match which is exact, the return value is t.

${COLLECTION_DOC}
COLLECTION can also be a function to do the completion itself.
It receives three arguments: the values STRING, PREDICATE and nil.
Whatever it returns becomes the value of \`try-completion'.

${PREDICATE_DOC}`,
(string, collection, predicate) => {
  const str = checkString(string);
  if (!(collection instanceof HashTable) && !Array.isArray(collection) && !isListCollection(collection))
    return funcall(collection, str, predicate, NIL);
  const fold = ignoreCase();
  const n = str.length;
  const filter = new Filter(predicate, fold);
  let best: LString | null = null;
  let bestSize = 0;
  let count = 0;
  try {
    for (const c of candidates(collection)) {
      const name = nameString(c.name);
      if (!name || name.length < n || compare(name, 0, n, str, 0, NIL, fold) !== T) continue;
      if (!filter.accepts(c, name)) continue;
      if (!best) { count = 1; best = name; bestSize = name.length; continue; }
      const lim = Math.min(bestSize, name.length);
      const cmp = compare(best, 0, lim, name, 0, lim, fold);
      const matchSize = cmp === T ? lim : Math.abs(cmp as number) - 1;
      const previous = best;
      if (fold) {
        // Prefer an exact (ignoring case) match, to get the case pattern of a real candidate; among equally
        // exact ones, prefer one that keeps the case of what was typed.
        const nameExact = matchSize === name.length, bestExact = matchSize === best.length;
        if ((nameExact && matchSize < best.length)
          || (nameExact === bestExact && compare(name, 0, n, str, 0, NIL, false) === T
            && compare(best, 0, n, str, 0, NIL, false) !== T)) best = name;
      }
      if (bestSize !== name.length || bestSize !== matchSize
        || (fold && compare(previous, 0, lim, name, 0, lim, false) !== T)) {
        if (count <= 1) count++; // the same string counted once
      }
      bestSize = matchSize;
      // Nothing longer can come out of it; with case folding, go on looking for a better-cased match.
      if (matchSize <= n && !fold && count > 1) break;
    }
  } finally { filter.release(); }
  if (!best) return NIL;
  // Ignoring case, with no exact match and nothing to add: keep the case the user typed.
  if (fold && bestSize === n && best.length > bestSize) return conformRepresentation(str, best);
  if (count === 1 && equal(best, str)) return T;
  return funcall(Qsubstring, best, 0, bestSize);
});

/** GNU minibuf_conform_representation: STRING converted to BASIS's multibyteness. */
function conformRepresentation(string: LString, basis: LString): LString {
  if (string.multibyte === basis.multibyte) return string;
  return funcall(defsym(basis.multibyte ? "string-make-multibyte" : "string-make-unibyte"), string) as LString;
}

defun("all-completions", "(string collection &optional predicate hide-spaces)",
  `Search for partial matches to STRING in COLLECTION.
Test each of the possible completions specified by COLLECTION
to see if it begins with STRING.  The possible completions may be
strings or symbols.  Symbols are converted to strings before testing,
see \`symbol-name'.
The value is a list of all the possible completions that match STRING.

${COLLECTION_DOC}
COLLECTION can also be a function to do the completion itself.
It receives three arguments: the values STRING, PREDICATE and t.
Whatever it returns becomes the value of \`all-completions'.

${PREDICATE_DOC}

An obsolete optional fourth argument HIDE-SPACES is still accepted for
backward compatibility.  If non-nil, strings in COLLECTION that start
with a space are ignored unless STRING itself starts with a space.`,
(string, collection, predicate, hideSpaces) => {
  const str = checkString(string);
  if (!(collection instanceof HashTable) && !Array.isArray(collection) && !isListCollection(collection))
    return funcall(collection, str, predicate, T);
  const fold = ignoreCase();
  const n = str.length;
  const typedSpace = n > 0 && str.charAt(0) === 32;
  const filter = new Filter(predicate, fold);
  const out: LispObject[] = [];
  try {
    for (const c of candidates(collection)) {
      const name = nameString(c.name);
      if (!name || name.length < n) continue;
      if (hideSpaces !== NIL && !typedSpace && name.length > 0 && name.charAt(0) === 32) continue;
      if (compare(name, 0, n, str, 0, n, fold) !== T) continue;
      if (filter.accepts(c, name)) out.push(name);
    }
  } finally { filter.release(); }
  return list(...out);
});

defun("test-completion", "(string collection &optional predicate)",
  `Return non-nil if STRING is a valid completion.
For instance, if COLLECTION is a list of strings, STRING is a
valid completion if it appears in the list and PREDICATE is satisfied.
Takes the same arguments as \`all-completions' and \`try-completion'.
If COLLECTION is a function, it is called with three arguments:
the values STRING, PREDICATE and \`lambda'.`,
(string, collection, predicate) => {
  const str = checkString(string);
  const fold = ignoreCase();
  let found: LispObject = NIL;
  let value: LispObject | undefined;
  if (isListCollection(collection)) {
    found = assocString(str, collection, fold);
    if (found === NIL) return NIL;
  } else if (Array.isArray(collection)) {
    const table = obarrayTable(checkObarray(collection));
    const sym = table.get(str.s);
    if (sym) found = sym;
    else if (fold) {
      for (const s of table.values()) if (compare(str, 0, NIL, nameString(s)!, 0, NIL, true) === T) { found = s; break; }
    }
    // nil itself is a valid symbol to find, so "found" is tracked apart from its value.
    if (!sym && found === NIL) return NIL;
  } else if (collection instanceof HashTable) {
    let hit = -1;
    const direct = collection.lookup(str);
    if (direct >= 0) hit = direct;
    else {
      for (let i = 0; i < collection.top; i++) {
        const k = collection.keys[i];
        if (k === UNBOUND) continue;
        const name = nameString(k);
        if (name && compare(str, 0, NIL, name, 0, NIL, fold) === T) { hit = i; break; }
      }
    }
    if (hit < 0) return NIL;
    found = collection.keys[hit];
    value = collection.vals[hit];
  } else {
    return funcall(collection, str, predicate, Qlambda);
  }
  if (findSymbolValue(Vcompletion_regexp_list) instanceof Cons) {
    const count = E.sp;
    specbind(Qcase_fold_search, fold ? T : NIL);
    try {
      // The element is equivalent to STRING here, so STRING is what the regexps are matched against.
      for (let r = findSymbolValue(Vcompletion_regexp_list); r instanceof Cons; r = r.cdr)
        if (funcall(Qstring_match, r.car, str, NIL) === NIL) return NIL;
    } finally { unbindTo(count); }
  }
  if (predicate === NIL) return T;
  return value !== undefined ? funcall(predicate, found, value) : funcall(predicate, found);
});

defun("internal-complete-buffer", "(string predicate flag)", `Perform completion on buffer names.
STRING and PREDICATE have the same meanings as in \`try-completion',
\`all-completions', and \`test-completion'.

If FLAG is nil, invoke \`try-completion'; if it is t, invoke
\`all-completions'; otherwise invoke \`test-completion'.`,
(string, predicate, flag) => {
  const alist = bufferAlist();
  if (flag === NIL) return funcall(defsym("try-completion"), string, alist, predicate);
  if (flag === T) {
    const res = funcall(defsym("all-completions"), string, alist, predicate, NIL);
    if (checkString(string).length > 0) return res;
    // With nothing typed, internal buffers (names starting with a space) are left out, unless all are.
    const all: LString[] = [];
    for (let r = res; r instanceof Cons; r = r.cdr) all.push(r.car as LString);
    const visible = all.filter((s) => !(s.length > 0 && s.charAt(0) === 32));
    return visible.length === 0 ? res : list(...visible);
  }
  if (flag === Qlambda) return funcall(defsym("test-completion"), string, alist, predicate);
  if (flag === Qmetadata) return list(Qmetadata, new Cons(Qcategory, Qbuffer), new Cons(Qcycle_sort_function, Qidentity));
  return NIL;
});

/** The (NAME . BUFFER) alist of live buffers, GNU's Vbuffer_alist, in buffer-list order. */
function bufferAlist(): LispObject {
  const out: LispObject[] = [];
  for (let b = funcall(defsym("buffer-list")); b instanceof Cons; b = b.cdr)
    out.push(new Cons(funcall(defsym("buffer-name"), b.car), b.car));
  return list(...out);
}

/** assoc-string on a string KEY (exported for Lisp-level callers in TypeScript). */
export function assocString(key: LString, alist: LispObject, fold: boolean): LispObject {
  for (let tail = alist; tail instanceof Cons; tail = tail.cdr) {
    const elt = tail.car;
    const car = elt instanceof Cons ? elt.car : elt;
    const name = nameString(car);
    if (!name) continue;
    if (compare(name, 0, NIL, key, 0, NIL, fold) === T) return elt;
  }
  return NIL;
}

defun("assoc-string", "(key list &optional case-fold)", `Like \`assoc' but specifically for strings (and symbols).

This returns the first element of LIST whose car matches the string or
symbol KEY, or nil if no match exists.  When performing the
comparison, symbols are first converted to strings, and unibyte
strings to multibyte.  If the optional arg CASE-FOLD is non-nil, both
KEY and the elements of LIST are upcased for comparison.

Unlike \`assoc', KEY can also match an entry in LIST consisting of a
single string, rather than a cons cell whose car is a string.`,
(key, alist, caseFold) => {
  const k = key instanceof LSymbol ? nameString(key)! : key;
  return assocString(k as LString, alist, caseFold !== NIL);
});

