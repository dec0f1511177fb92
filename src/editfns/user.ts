// Who and where Emacs runs: user and group ids and names, system name, emacs-pid, ngettext
// (GNU: editfns.c init_editfns, user-login-name & co, and sysdep.c's system-name).
import { readFileSync } from "node:fs";
import { hostname, release, userInfo } from "node:os";
import { defun, defvar } from "../defun.js";
import { findSymbolValue } from "../env.js";
import { LFloat, LispObject, LString, NIL } from "../lisp.js";
import { checkString, error, wrongType } from "../signal.js";
import { defsym } from "../lisp.js";

const Qintegerp = defsym("integerp");

interface PasswdEntry { name: string; uid: number; gid: number; gecos: string }

/** Parses a colon-separated database such as /etc/passwd; missing files give no entries. */
function readDb(path: string): string[][] {
  try { return readFileSync(path, "utf8").split("\n").filter((l) => l && !l.startsWith("#")).map((l) => l.split(":")); }
  catch { return []; }
}

function passwdByUid(uid: number): PasswdEntry | undefined {
  for (const f of readDb("/etc/passwd")) {
    if (Number(f[2]) === uid) return { name: f[0], uid, gid: Number(f[3]), gecos: f[4] ?? "" };
  }
  if (uid === currentUid()) {
    try { const u = userInfo(); return { name: u.username, uid, gid: u.gid, gecos: "" }; } catch { /* no entry */ }
  }
  return undefined;
}

function passwdByName(name: string): PasswdEntry | undefined {
  for (const f of readDb("/etc/passwd")) if (f[0] === name) return { name, uid: Number(f[2]), gid: Number(f[3]), gecos: f[4] ?? "" };
  return undefined;
}

function currentUid(): number { return process.getuid ? process.getuid() : 0; }
function effectiveUid(): number { return process.geteuid ? process.geteuid() : currentUid(); }

/** The full name in a GECOS field: up to the first comma, with "&" standing for the capitalised login name. */
function fullNameOf(p: PasswdEntry): string {
  const field = p.gecos.split(",")[0];
  const cap = p.name ? p.name[0].toUpperCase() + p.name.slice(1) : "";
  return field.replace(/&/g, cap);
}

/** GNU init_editfns: LOGNAME, else USER, else the password entry of the effective user. */
function loginNameAtStart(): string {
  return process.env.LOGNAME || process.env.USER || passwdByUid(effectiveUid())?.name || "unknown";
}

const Vuser_login_name = defvar("user-login-name", () => LString.fromJs(loginNameAtStart(), true),
  "The user's name, taken from environment variables if possible.", { perStart: true });
const Vuser_real_login_name = defvar("user-real-login-name",
  () => LString.fromJs(passwdByUid(currentUid())?.name ?? "unknown", true),
  "The user's name, based upon the real uid only.", { perStart: true });
const Vuser_full_name = defvar("user-full-name", () => {
  if (process.env.NAME) return LString.fromJs(process.env.NAME, true);
  const p = passwdByName(loginNameAtStart()) ?? passwdByUid(effectiveUid());
  return LString.fromJs(p ? fullNameOf(p) : "unknown", true);
}, "The full name of the user logged in.", { perStart: true });
const Vsystem_name = defvar("system-name", () => LString.fromJs(hostname(), true),
  "The host name of the machine Emacs is running on.", { perStart: true });
defvar("operating-system-release", () => LString.fromJs(release(), true),
  "The kernel version of the operating system on which Emacs is running.", { perStart: true });

/** A uid argument: an integer or float (GNU accepts a float for large ids). */
function uidArg(uid: LispObject, what = "Not an in-range integer, integral float, or cons of integers"): number {
  if (typeof uid === "number") return uid;
  if (uid instanceof LFloat && Number.isInteger(uid.n)) return uid.n;
  if (typeof uid === "bigint") return Number(uid);
  return error(what);
}

defun("user-login-name", "(&optional uid)", `Return the name under which the user logged in, as a string.
This is based on the effective uid, not the real uid.
Also, if the environment variables LOGNAME or USER are set,
that determines the value of this function.

If optional argument UID is an integer, return the login name
of the user with that uid, or nil if there is no such user.`,
(uid) => {
  if (uid === NIL) return findSymbolValue(Vuser_login_name);
  const p = passwdByUid(uidArg(uid));
  return p ? LString.fromJs(p.name, true) : NIL;
});

defun("user-real-login-name", "()", `Return the name of the user's real uid, as a string.
This ignores the environment variables LOGNAME and USER, so it differs from
\`user-login-name' when running under \`su'.`, () => findSymbolValue(Vuser_real_login_name));

defun("user-full-name", "(&optional uid)", `Return the full name of the user logged in, as a string.
If the full name corresponding to Emacs's userid is not known,
return "unknown".

If optional argument UID is an integer, return the full name
of the user with that uid, or nil if there is no such user.
If UID is a string, return the full name of the user with that login
name, or nil if there is no such user.

If the full name includes commas, remove everything starting with
the first comma, because the \`user-full-name' is the name of a
person, and the commas are used to separate a list of name
components.`,
(uid) => {
  if (uid === NIL) return findSymbolValue(Vuser_full_name);
  const p = uid instanceof LString ? passwdByName(checkString(uid).s) : passwdByUid(uidArg(uid));
  return p ? LString.fromJs(fullNameOf(p), true) : NIL;
});

defun("user-uid", "()", `Return the effective uid of Emacs.
Value is a fixnum, if it's small enough, otherwise a bignum.`, () => effectiveUid());
defun("user-real-uid", "()", `Return the real uid of Emacs.
Value is a fixnum, if it's small enough, otherwise a bignum.`, () => currentUid());
defun("group-gid", "()", `Return the effective gid of Emacs.
Value is a fixnum, if it's small enough, otherwise a bignum.`, () => (process.getegid ? process.getegid() : 0));
defun("group-real-gid", "()", `Return the real gid of Emacs.
Value is a fixnum, if it's small enough, otherwise a bignum.`, () => (process.getgid ? process.getgid() : 0));

defun("group-name", "(gid)", `Return the name of the group whose numeric group ID is GID.
The argument GID should be an integer or a float.
Return nil if a group with such GID does not exists or is not known.`,
(gid) => {
  const id = uidArg(gid, "Invalid GID specification");
  for (const f of readDb("/etc/group")) if (Number(f[2]) === id) return LString.fromJs(f[0], true);
  return NIL;
});

defun("system-name", "()", `Return the host name of the machine you are running on, as a string.`,
  () => findSymbolValue(Vsystem_name));

defun("emacs-pid", "()", `Return the process ID of Emacs, as an integer.`, () => process.pid);

defun("ngettext", "(msgid msgid-plural n)", `Return the translation of MSGID (plural MSGID-PLURAL) depending on N.
MSGID is the singular form of the string to be converted;
use it as the key for the search in the translation catalog.
MSGID-PLURAL is the plural form; use it as the key for the search
in the translation catalog if N is not 1.
N is the number of the objects, e.g., the size of the list.

This function is not yet implemented; it just returns MSGID if
N is 1, and MSGID-PLURAL otherwise.`,
(msgid, plural, n) => {
  checkString(msgid); checkString(plural);
  if (typeof n !== "number" && typeof n !== "bigint") wrongType(Qintegerp, n);
  return n === 1 ? msgid : plural;
});
