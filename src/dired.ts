// Reading directories: directory-files, directory-files-and-attributes, file name completion, users and
// groups (GNU: dired.c), and files.el's directory-files-recursively and directory-empty-p.
import { Dirent, lstatSync, readdirSync } from "node:fs";
import { defun, defvar } from "./defun.js";
import { E, findSymbolValue, specbind, unbindTo } from "./env.js";
import { arrayToList, Cons, defsym, LispObject, LString, NIL, T, list } from "./lisp.js";
import { checkString, LispSignal, Qwholenump, wrongType } from "./signal.js";
import { funcall } from "./eval.js";
import { stringLessp } from "./fns/strings.js";
import { Qdefault_directory, callHandler, directoryFileName, expandFileName, findFileNameHandler } from "./fileio.js";
import { errCode, groupEntries, lossy, nameFromBytes, nameFromOs, osPath, passwdEntries, regexSearch, reportFileError } from "./fileio/util.js";
import { fileAttributesOf, statOrNull } from "./fileio/attrs.js";

const Qdirectory_files = defsym("directory-files");
const Qdirectory_files_and_attributes = defsym("directory-files-and-attributes");
const Qfile_name_completion = defsym("file-name-completion");
const Qfile_name_all_completions = defsym("file-name-all-completions");
const Qstring_match = defsym("string-match");
const Qfile_error = defsym("file-error");

export const Vcompletion_ignored_extensions = defvar("completion-ignored-extensions", () => list(...[
  ".o", "~", ".bin", ".lbin", ".so", ".a", ".ln", ".blg", ".bbl", ".elc", ".lof", ".glo", ".idx", ".lot", ".svn/",
  ".hg/", ".git/", ".bzr/", "CVS/", "_darcs/", "_MTN/", ".fmt", ".tfm", ".class", ".fas", ".lib", ".mem", ".x86f",
  ".sparcf", ".dfsl", ".pfsl", ".d64fsl", ".p64fsl", ".lx64fsl", ".lx32fsl", ".dx64fsl", ".dx32fsl", ".fx64fsl",
  ".fx32fsl", ".sx64fsl", ".sx32fsl", ".wx64fsl", ".wx32fsl", ".fasl", ".ufsl", ".fsl", ".dxl", ".lo", ".la", ".gmo",
  ".mo", ".toc", ".aux", ".cp", ".fn", ".ky", ".pg", ".tp", ".vr", ".cps", ".fns", ".kys", ".pgs", ".tps", ".vrs",
  ".pyc", ".pyo"].map((s) => new LString(s, false))),
`Completion ignores file names ending in any string in this list.
It does not ignore them if all possible completions end in one of
these strings or when displaying a list of completions.
It ignores directory names if they match any string in this list which
ends in a slash.`);
// completion-ignore-case and completion-regexp-list are declared with the completion functions (minibuf.ts).
defvar("directory-files-no-dot-files-regexp", () => new LString("[^.]\\|\\.\\.\\.", false),
  "Regexp matching any file name except \".\" and \"..\".");

/** An entry of a directory: its decoded name and, when known, whether it is a directory. */
interface Entry { name: LString; dirent: Dirent | null }

/**
 * The entries of directory DIR (absolute, expanded), "." and ".." first as readdir gives them; signals
 * `Opening directory` errors like GNU's open_directory.
 */
export function readDirectory(dir: LString, withTypes: boolean): Entry[] {
  const dfile = directoryFileName(dir);
  const p = osPath(dfile);
  const out: Entry[] = [{ name: new LString(".", false), dirent: null }, { name: new LString("..", false), dirent: null }];
  try {
    if (withTypes) {
      const ents = readdirSync(p, { withFileTypes: true });
      let bytes: Dirent<Buffer>[] | null = null;
      for (let i = 0; i < ents.length; i++) {
        const d = ents[i];
        if (lossy(d.name)) {
          bytes ??= readdirSync(p, { withFileTypes: true, encoding: "buffer" });
          out.push({ name: nameFromBytes(bytes[i].name), dirent: d });
        } else out.push({ name: nameFromOs(d.name), dirent: d });
      }
    } else {
      const names = readdirSync(p);
      let bytes: Buffer[] | null = null;
      for (let i = 0; i < names.length; i++) {
        if (lossy(names[i])) {
          bytes ??= readdirSync(p, { encoding: "buffer" });
          out.push({ name: nameFromBytes(bytes[i]), dirent: null });
        } else out.push({ name: nameFromOs(names[i]), dirent: null });
      }
    }
  } catch (e) {
    if (e instanceof LispSignal) throw e;
    reportFileError("Opening directory", e, dfile);
  }
  return out;
}

const lessp = (a: LString, b: LString): number => (stringLessp(a, b) ? -1 : stringLessp(b, a) ? 1 : 0);

/** GNU directory_files_internal. */
function directoryFiles(directory: LString, full: LispObject, match: LispObject, nosort: LispObject, attrs: boolean,
  idFormat: LispObject, count: LispObject): LispObject {
  let last = Infinity;
  if (count !== NIL) {
    if (typeof count !== "number" || count < 0) wrongType(Qwholenump, count);
    last = count as number;
  }
  const m = match === NIL ? null : checkString(match);
  const ents = readDirectory(directory, false);
  const sep = directory.s.length === 0 || !directory.s.endsWith("/") ? "/" : "";
  const items: { name: LString; value: LispObject }[] = [];
  for (const { name } of ents) {
    if (m !== null && regexSearch(m, name) < 0) continue;
    const fullName = new LString(directory.s + sep + name.s, directory.multibyte || name.multibyte);
    let fileattrs: LispObject = NIL;
    if (attrs) {
      fileattrs = fileAttributesOf(osPath(fullName), fullName, idFormat);
      if (fileattrs === NIL) continue;
    }
    if (items.length === last) break;
    const finalName = full !== NIL ? fullName : name;
    items.push({ name: finalName, value: attrs ? new Cons(finalName, fileattrs) : finalName });
  }
  if (nosort !== NIL) { items.reverse(); return arrayToList(items.map((i) => i.value)); }
  items.sort((a, b) => lessp(a.name, b.name));
  return arrayToList(items.map((i) => i.value));
}

defun("directory-files", "(directory &optional full match nosort count)", `Return a list of names of files in DIRECTORY.
There are four optional arguments:
If FULL is non-nil, return absolute file names.  Otherwise return names
 that are relative to the specified directory.
If MATCH is non-nil, mention only file names whose non-directory part
 matches the regexp MATCH.
If NOSORT is non-nil, the list is not sorted--its order is unpredictable.
 Otherwise, the list returned is sorted with \`string-lessp'.
 NOSORT is useful if you plan to sort the result yourself.
If COUNT is non-nil and a natural number, the function will return
 COUNT number of file names (if so many are present).`, (directory, full, match, nosort, count) => {
  const dir = expandFileName(checkString(directory));
  const h = findFileNameHandler(dir, Qdirectory_files);
  if (h !== NIL) {
    return count === NIL ? funcall(h, Qdirectory_files, dir, full, match, nosort)
      : funcall(h, Qdirectory_files, dir, full, match, nosort, count);
  }
  return directoryFiles(dir, full, match, nosort, false, NIL, count);
});

defun("directory-files-and-attributes", "(directory &optional full match nosort id-format count)", `Return a list of names of files and their attributes in DIRECTORY.
Value is a list of the form:

  ((FILE1 . FILE1-ATTRS) (FILE2 . FILE2-ATTRS) ...)

where each FILEn-ATTRS is the attributes of FILEn as returned
by \`file-attributes'.`, (directory, full, match, nosort, idFormat, count) => {
  const dir = expandFileName(checkString(directory));
  const h = findFileNameHandler(dir, Qdirectory_files_and_attributes);
  if (h !== NIL) {
    return count === NIL ? funcall(h, Qdirectory_files_and_attributes, dir, full, match, nosort, idFormat)
      : funcall(h, Qdirectory_files_and_attributes, dir, full, match, nosort, idFormat, count);
  }
  return directoryFiles(dir, full, match, nosort, true, idFormat, count);
});

defun("file-attributes-lessp", "(f1 f2)", `Return t if first arg file attributes list is less than second.
Comparison is in lexicographic order and case is significant.`, (f1, f2) => {
  const a = f1 instanceof Cons ? f1.car : NIL, b = f2 instanceof Cons ? f2.car : NIL;
  return stringLessp(checkString(a), checkString(b)) ? T : NIL;
});

// ---------------------------------------------------------------------------------------------
// Completion.
// ---------------------------------------------------------------------------------------------
const lower = (s: string): string => s.toLowerCase();

/** Whether entry E of directory DIR is a directory (following symbolic links). */
function entryIsDir(dir: LString, e: Entry): boolean {
  const d = e.dirent;
  if (d !== null && d.isDirectory()) return true;
  if (d !== null && (d.isFile() || d.isFIFO() || d.isSocket() || d.isBlockDevice() || d.isCharacterDevice())) return false;
  if (e.name.s === "." || e.name.s === "..") return true;
  return statOrNull(osPath(new LString(dir.s.replace(/\/?$/, "/") + e.name.s, true)))?.isDirectory() ?? false;
}

/** Length of the common prefix of A and B (case-insensitively when FOLD). */
function commonPrefix(a: string, b: string, fold: boolean): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  if (fold) { const la = lower(a), lb = lower(b); while (i < n && la.charCodeAt(i) === lb.charCodeAt(i)) i++; }
  else while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** GNU file_name_completion. */
function fileNameCompletion(file: LString, dirname: LString, all: boolean, predicate: LispObject): LispObject {
  const count = E.sp;
  specbind(Qdefault_directory, dirname);
  try {
    const fold = findSymbolValue(defsym("completion-ignore-case")) !== NIL;
    const ignored = findSymbolValue(Vcompletion_ignored_extensions);
    const regexps = findSymbolValue(defsym("completion-regexp-list"));
    const fs = file.s;
    const ents = readDirectory(dirname, true);
    let includeall = true;
    let best: LString | null = null;
    let bestSize = 0;
    let matchcount = 0;
    const matches: LString[] = [];
    for (const e of ents) {
      const n = e.name.s;
      if (n.length < fs.length) continue;
      if (fold ? lower(n.slice(0, fs.length)) !== lower(fs) : !n.startsWith(fs)) continue;
      const directoryp = entryIsDir(dirname, e);
      if (!all) {
        let canexclude = false;
        if (directoryp) {
          if (n === "." || n === "..") canexclude = true;
          else if (n.length > fs.length) canexclude = endsWithIgnored(n, ignored, fold, true);
        } else if (n.length > fs.length) canexclude = endsWithIgnored(n, ignored, fold, false);
        if (!includeall && canexclude) continue;
        if (includeall && !canexclude) { includeall = false; best = null; bestSize = 0; matchcount = 0; }
      }
      let rejected = false;
      for (let r = regexps; r instanceof Cons; r = r.cdr) {
        if (r.car instanceof LString && regexSearch(r.car, e.name) < 0) { rejected = true; break; }
      }
      if (rejected) continue;
      const name = directoryp ? new LString(n + "/", e.name.multibyte) : e.name;
      if (predicate !== NIL && funcall(predicate, name) === NIL) continue;
      if (matchcount <= 1) matchcount++;
      if (all) { matches.push(name); continue; }
      if (best === null) { best = name; bestSize = name.s.length; continue; }
      const compare = Math.min(bestSize, name.s.length);
      const matchsize = commonPrefix(best.s.slice(0, compare), name.s.slice(0, compare), fold);
      if (fold) {
        const exactName = matchsize === name.s.length;
        const exactBest = matchsize + (directoryp ? 1 : 0) === best.s.length;
        if ((exactName && matchsize + (directoryp ? 1 : 0) < best.s.length)
          || (exactName === exactBest && name.s.startsWith(fs) && !best.s.startsWith(fs))) best = name;
      }
      bestSize = matchsize;
      if (matchsize <= fs.length && !includeall && (!fold || matchsize === 0) && matchcount > 1) break;
    }
    if (all) return arrayToList(matches.reverse());
    if (best === null) return NIL;
    if (matchcount === 1 && best.s === fs) return T;
    return new LString(best.s.slice(0, bestSize), best.multibyte);
  } finally {
    unbindTo(count);
  }
}

function endsWithIgnored(n: string, ignored: LispObject, fold: boolean, dirs: boolean): boolean {
  const name = fold ? lower(n) : n;
  for (let t = ignored; t instanceof Cons; t = t.cdr) {
    const elt = t.car;
    if (!(elt instanceof LString)) continue;
    let ext = fold ? lower(elt.s) : elt.s;
    if (dirs) {
      if (ext.length <= 1 || !ext.endsWith("/")) continue;
      ext = ext.slice(0, -1);
    }
    if (name.endsWith(ext)) return true;
  }
  return false;
}

defun("file-name-completion", "(file directory &optional predicate)", `Complete file name FILE in directory DIRECTORY.
Returns the longest string
common to all file names in DIRECTORY that start with FILE.
If there is only one and FILE matches it exactly, returns t.
Returns nil if DIRECTORY contains no name starting with FILE.

If PREDICATE is non-nil, call PREDICATE with each possible
completion (in absolute form) and ignore it if PREDICATE returns nil.

This function ignores some of the possible completions as determined
by the variables \`completion-regexp-list' and
\`completion-ignored-extensions', which see.  \`completion-regexp-list'
is matched against file and directory names relative to DIRECTORY.`, (file, directory, predicate) => {
  const f = checkString(file);
  const dir = expandFileName(checkString(directory));
  const h1 = callHandler(dir, Qfile_name_completion, f, dir, predicate);
  if (h1 !== undefined) return h1;
  const h2 = callHandler(f, Qfile_name_completion, f, dir, predicate);
  if (h2 !== undefined) return h2;
  return fileNameCompletion(f, dir, false, predicate);
});

defun("file-name-all-completions", "(file directory)", `Return a list of all completions of file name FILE in directory DIRECTORY.
These are all file names in directory DIRECTORY which begin with FILE.

This function ignores some of the possible completions as determined
by \`completion-regexp-list', which see.  \`completion-regexp-list'
is matched against file and directory names relative to DIRECTORY.`, (file, directory) => {
  const f = checkString(file);
  const dir = expandFileName(checkString(directory));
  const h1 = callHandler(dir, Qfile_name_all_completions, f, dir);
  if (h1 !== undefined) return h1;
  const h2 = callHandler(f, Qfile_name_all_completions, f, dir);
  if (h2 !== undefined) return h2;
  return fileNameCompletion(f, dir, true, NIL);
});

// ---------------------------------------------------------------------------------------------
// Users and groups.
// ---------------------------------------------------------------------------------------------
defun("system-users", "()", `Return a list of user names currently registered in the system.`, () => {
  const names = passwdEntries().map((p) => LString.fromJs(p.name));
  return names.length > 0 ? arrayToList(names.reverse()) : list(LString.fromJs(process.env.USER ?? "root"));
});
defun("system-groups", "()", `Return a list of user group names currently registered in the system.`, () =>
  arrayToList(groupEntries().map((g) => LString.fromJs(g.name)).reverse()));

// ---------------------------------------------------------------------------------------------
// files.el: recursive listing.
// ---------------------------------------------------------------------------------------------
/** string-match when the regexp primitives exist (it honours case-fold-search); the raw engine otherwise. */
function stringMatch(re: LString, s: LString): boolean {
  if (Qstring_match.f !== NIL) return funcall(Qstring_match, re, s) !== NIL;
  return regexSearch(re, s) >= 0;
}

function recursively(dir: LString, re: LString, includeDirs: boolean, predicate: LispObject, follow: boolean): LString[] {
  const result: LString[] = [];
  const files: LString[] = [];
  const entries = fileNameCompletion(new LString("", false), expandFileName(dir), true, NIL);
  const names: LString[] = [];
  for (let p = entries; p instanceof Cons; p = p.cdr) names.push(p.car as LString);
  names.sort(lessp);
  for (const file of names) {
    if (file.s === "./" || file.s === "../") continue;
    if (file.s.endsWith("/")) {
      const leaf = new LString(file.s.slice(0, -1), file.multibyte);
      const full = new LString(dir.s + "/" + leaf.s, dir.multibyte || leaf.multibyte);
      let isLink = false;
      try { isLink = lstatSync(osPath(expandFileName(full))).isSymbolicLink(); } catch { /* vanished */ }
      if ((!isLink || follow) && (predicate === NIL || predicate === T || funcall(predicate, full) !== NIL)) {
        if (predicate === T) {
          try { result.push(...recursively(full, re, includeDirs, predicate, follow)); } catch (e) {
            if (!(e instanceof LispSignal) || !isFileError(e)) throw e;
          }
        } else result.push(...recursively(full, re, includeDirs, predicate, follow));
      }
      if (includeDirs && stringMatch(re, leaf)) result.push(full);
    } else if (stringMatch(re, file)) {
      files.push(new LString(dir.s + "/" + file.s, dir.multibyte || file.multibyte));
    }
  }
  return result.concat(files);
}

function isFileError(e: LispSignal): boolean {
  for (let c = funcall(defsym("get"), e.sym, defsym("error-conditions")); c instanceof Cons; c = c.cdr) if (c.car === Qfile_error) return true;
  return false;
}

defun("directory-files-recursively", "(dir regexp &optional include-directories predicate follow-symlinks)", `Return list of all files under directory DIR whose names match REGEXP.
This function works recursively.  Files are returned in "depth
first" order, and files from each directory are sorted in
alphabetical order.  Each file name appears in the returned list
in its absolute form.

By default, the returned list excludes directories, but if
optional argument INCLUDE-DIRECTORIES is non-nil, they are
included.

PREDICATE can be either nil (which means that all subdirectories
of DIR are descended into), t (which means that subdirectories that
can't be read are ignored), or a function (which is called with
the name of each subdirectory, and should return non-nil if the
subdirectory is to be descended into).

If FOLLOW-SYMLINKS is non-nil, symbolic links that point to
directories are followed.`, (dir, regexp, includeDirs, predicate, follow) => {
  const d = directoryFileName(checkString(dir));
  return arrayToList(recursively(d, checkString(regexp), includeDirs !== NIL, predicate, follow !== NIL));
});

defun("directory-empty-p", "(dir)", `Return t if DIR names an existing directory containing no other files.
Return nil if DIR does not name a directory, or if there was
trouble determining whether DIR is a directory or empty.`, (dir) => {
  const d = expandFileName(checkString(dir));
  if (!statOrNull(osPath(d))?.isDirectory()) return NIL;
  try { return readdirSync(osPath(directoryFileName(d))).length === 0 ? T : NIL; } catch (e) { void errCode; return NIL; }
});
