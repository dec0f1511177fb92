// The Lisp view of the process environment: `process-environment`, `getenv`, `setenv` and the `$VAR`
// substitution that file names use (GNU: callproc.c getenv-internal and set_initial_environment, env.el).
import { defun, defvar } from "../defun.js";
import { E, findSymbolValue, setInternal } from "../env.js";
import { Cons, LispObject, LString, NIL, T, jsCharAt } from "../lisp.js";
import { checkString, error } from "../signal.js";
import { funcall } from "../eval.js";

/** The launcher (./tsmacs) hides NODE_EXTRA_CA_CERTS from node, which would otherwise load that certificate
 * bundle at every start (about 45 ms; tsmacs opens no TLS connections), under this name: put it back so
 * Lisp and subprocesses see the environment tsmacs was given. */
function restoreLauncherEnv(): void {
  // GLIBC_TUNABLES=glibc.malloc.hugetlb=1, set by the launcher only for node itself (see ./tsmacs).
  if (process.env.TSMACS_GLIBC_TUNABLES_ADDED !== undefined) {
    delete process.env.TSMACS_GLIBC_TUNABLES_ADDED;
    delete process.env.GLIBC_TUNABLES;
  }
  const saved = process.env.TSMACS_NODE_EXTRA_CA_CERTS;
  if (saved === undefined) return;
  delete process.env.TSMACS_NODE_EXTRA_CA_CERTS;
  process.env.NODE_EXTRA_CA_CERTS = saved;
}

/** The environment as GNU conses it up at start-up: the reverse of environ's order. */
function environmentList(): LispObject {
  restoreLauncherEnv();
  let l: LispObject = NIL;
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) l = new Cons(LString.fromJs(`${k}=${v}`), l);
  return l;
}

export const Vprocess_environment = defvar("process-environment", environmentList,
  `List of overridden environment variables for subprocesses to inherit.
Each element should be a string of the form ENVVARNAME=VALUE.`, { perStart: true });
export const Vinitial_environment = defvar("initial-environment", environmentList,
  "List of environment variables inherited from the parent process.", { perStart: true });

/**
 * GNU getenv_internal_1: the entry for VAR in ENV. Returns the value, null for a lone "VAR" entry (a
 * variable marked as removed), or undefined when ENV says nothing about VAR.
 */
function lookupEnv(v: string, env: LispObject): string | null | undefined {
  for (let p = env, n = 0; p instanceof Cons && n < 1e6; p = p.cdr, n++) {
    const e = p.car;
    if (!(e instanceof LString)) continue;
    const s = e.s;
    if (s.length < v.length || !s.startsWith(v)) continue;
    if (s.length === v.length) return null;
    if (s.charCodeAt(v.length) === 61) return s.slice(v.length + 1);
  }
  return undefined;
}

/** The value of environment variable NAME as Lisp sees it (process-environment first), or undefined. */
export function egetenv(name: string): string | undefined {
  const env = findSymbolValue(Vprocess_environment);
  const r = lookupEnv(name, env);
  if (r === null) return undefined;
  if (r !== undefined) return r;
  if (name === "DISPLAY") return lookupEnv(name, findSymbolValue(Vinitial_environment)) ?? undefined;
  return undefined;
}

defun("getenv-internal", "(variable &optional env)", `Get the value of environment variable VARIABLE.
VARIABLE should be a string.  Value is nil if VARIABLE is undefined in
the environment.  Otherwise, value is a string.

This function searches \`process-environment' for VARIABLE.

If optional parameter ENV is a list, then search this list instead of
\`process-environment', and return t when encountering a negative entry
(an entry for a variable with no value).`, (variable, env) => {
  const v = checkString(variable).s;
  if (env instanceof Cons) {
    const r = lookupEnv(v, env);
    return r === undefined ? NIL : r === null ? T : LString.fromJs(r);
  }
  const r = egetenv(v);
  return r === undefined ? NIL : LString.fromJs(r);
});

defun("getenv", "(variable &optional frame)", `Get the value of environment variable VARIABLE.
VARIABLE should be a string.  Value is nil if VARIABLE is undefined in
the environment.  Otherwise, value is a string.`, (variable) => {
  const r = egetenv(checkString(variable).s);
  return r === undefined ? NIL : LString.fromJs(r);
}, { interactive: "sGet environment variable: " });

/** GNU env.el setenv-internal: ENV with VARIABLE set to VALUE (destructively, as GNU does). */
function setenvInternal(env: LispObject, variable: string, value: string | null, keepEmpty: boolean): LispObject {
  const matches = (e: LispObject): boolean =>
    e instanceof LString && e.s.startsWith(variable) && (e.s.length === variable.length || e.s.charCodeAt(variable.length) === 61);
  if (value === null && !keepEmpty && env instanceof Cons && matches(env.car)) return env.cdr;
  let prev: Cons | null = null;
  for (let scan = env; scan instanceof Cons && scan.car instanceof LString; prev = scan, scan = scan.cdr) {
    if (!matches(scan.car)) continue;
    if (value !== null) scan.car = LString.fromJs(`${variable}=${value}`);
    else if (keepEmpty) scan.car = LString.fromJs(variable);
    else if (prev !== null) prev.cdr = scan.cdr;
    return env;
  }
  if (value !== null || keepEmpty) return new Cons(LString.fromJs(value !== null ? `${variable}=${value}` : variable), env);
  return env;
}

defun("setenv-internal", "(env variable value keep-empty)", `Set VARIABLE to VALUE in ENV, adding empty entries if KEEP-EMPTY.
Changes ENV by side-effect, and returns its new value.`, (env, variable, value, keepEmpty) =>
  setenvInternal(env, checkString(variable).s, value === NIL ? null : checkString(value).s, keepEmpty !== NIL));

defun("setenv", "(variable &optional value substitute-env-vars)", `Set the value of the environment variable named VARIABLE to VALUE.
VARIABLE should be a string.  VALUE is optional; if not provided or
nil, the environment variable VARIABLE will be removed.

The return value is the new value of VARIABLE, or nil if
it was removed from the environment.

This function works by modifying \`process-environment'.`, (variable, value, subst) => {
  const name = checkString(variable).s;
  let val: LispObject = value;
  if (val !== NIL) {
    checkString(val);
    if (subst !== NIL) val = substituteEnvVars(val as LString, NIL);
  }
  if (name.includes("=")) error(`Environment variable name \u2018${name}\u2019 contains \u2018=\u2019`);
  if (name === "TZ") {
    const rule = defsymLookup("set-time-zone-rule");
    if (rule !== null) funcall(rule, val);
  }
  setInternal(Vprocess_environment,
    setenvInternal(findSymbolValue(Vprocess_environment), name, val === NIL ? null : (val as LString).s, true));
  return val;
}, { interactive: "sSet environment variable: \nsSet to value: " });

function defsymLookup(name: string): LispObject | null {
  const s = E.internSoft(name);
  return s !== undefined && s.f !== NIL ? s : null;
}

// ---------------------------------------------------------------------------------------------
// $VAR substitution (GNU env.el substitute-env-vars with env--substitute-vars-regexp
// "\$\(?:\(?1:[[:alnum:]_]+\)\|{\(?1:[^{}]+\)}\|\$\)").
// ---------------------------------------------------------------------------------------------
const ALNUM = /[\p{L}\p{M}\p{Nl}\p{Nd}_]/u;
function isNameChar(c: number): boolean {
  return c < 0x80 ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95
    : c <= 0x10ffff && ALNUM.test(String.fromCodePoint(c));
}

/**
 * Substitutes `$VAR`, `${VAR}` and `$$` in STR. WHEN-UNDEFINED: nil replaces undefined variables by "",
 * a function is asked for the text (nil leaves the reference), anything else leaves references unchanged.
 */
export function substituteEnvVars(str: LString, whenUndefined: LispObject): LString {
  const s = str.s;
  if (!s.includes("$")) return str;
  let out = "";
  let changed = false;
  let i = 0;
  while (i < s.length) {
    const d = s.indexOf("$", i);
    if (d < 0) break;
    out += s.slice(i, d);
    let j = d + 1;
    let name: string | null = null;
    let end = j;
    if (s.charCodeAt(j) === 36) { out += "$"; i = j + 1; changed = true; continue; }
    if (s.charCodeAt(j) === 123) {
      const close = s.indexOf("}", j + 1);
      const open = s.indexOf("{", j + 1);
      if (close > j + 1 && (open < 0 || open > close)) { name = s.slice(j + 1, close); end = close + 1; }
    } else {
      while (j < s.length) {
        const c = jsCharAt(s, j);
        if (!isNameChar(c)) break;
        j += c >= 0x10000 ? 2 : 1;
      }
      if (j > d + 1) { name = s.slice(d + 1, j); end = j; }
    }
    if (name === null) { out += "$"; i = d + 1; continue; }
    let value: string | undefined = egetenv(name);
    if (value === undefined) {
      if (whenUndefined === NIL) value = "";
      else if (whenUndefined !== T && isFunction(whenUndefined)) {
        const v = funcall(whenUndefined, LString.fromJs(name));
        value = v instanceof LString ? v.s : undefined;
      }
    }
    if (value === undefined) { out += s.slice(d, end); i = end; continue; }
    out += value; i = end; changed = true;
  }
  if (!changed) return str;
  out += s.slice(i);
  return new LString(out, str.multibyte || /[^\x00-\x7f]/.test(out));
}
function isFunction(f: LispObject): boolean {
  const fp = E.internSoft("functionp");
  return fp !== undefined && fp.f !== NIL ? funcall(fp, f) !== NIL : false;
}

defun("substitute-env-vars", "(string &optional when-undefined)", `Substitute environment variables referred to in STRING.
\`$FOO' where FOO is an environment variable name means to substitute
the value of that variable.  The variable name should be terminated
with a character not a letter, digit or underscore; otherwise, enclose
the entire variable name in braces.

Use \`$$' to insert a single dollar sign.`, (string, whenUndefined) => substituteEnvVars(checkString(string), whenUndefined));

defun("substitute-env-in-file-name", "(filename)", "Substitute environment variables in FILENAME, leaving undefined ones.",
  (filename) => substituteEnvVars(checkString(filename), T));

