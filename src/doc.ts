// Documentation strings: `documentation`, `documentation-property`, `substitute-command-keys`
// (GNU: doc.c, and help.el's substitute-command-keys, which GNU 28 implements in Lisp).
import { Cons, LispObject, LSymbol, LString, NIL, T, Subr, ByteCode, defsym, mkStr, listToArray, stringFromChars } from "./lisp.js";
import { defun } from "./defun.js";
import { textQuotingStyle } from "./editfns/quoting.js";
import { checkSymbol, xsignal, Qvoid_function, Qinvalid_function } from "./signal.js";
import { evalForm, funcall } from "./eval.js";
import { Q } from "./compile/scope.js";

const Qfunction_documentation = defsym("function-documentation");

/** The quote characters `text-quoting-style` asks for. */
function quoteChars(): [string, string] {
  const style = textQuotingStyle();
  if (style instanceof LSymbol && style.name === "grave") return ["`", "'"];
  if (style instanceof LSymbol && style.name === "straight") return ["'", "'"];
  return ["‘", "’"];
}

/** substitute-command-keys for batch use: \\[cmd] → M-x cmd, \\= escapes, `x' → ‘x’. */
export function substituteCommandKeys(s: string): string {
  const [open, close] = quoteChars();
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    // \= quotes the next character; a \= that ends the string stays as it is (GNU).
    if (c === "\\" && s[i + 1] === "=") { out += i + 2 < s.length ? s[i + 2] : "\\="; i += 2; continue; }
    if (c === "\\" && s[i + 1] === "[") {
      const end = s.indexOf("]", i);
      if (end > 0) { out += `M-x ${s.slice(i + 2, end)}`; i = end; continue; }
    }
    if (c === "\\" && (s[i + 1] === "<" || s[i + 1] === "{")) {
      const close2 = s[i + 1] === "<" ? ">" : "}";
      const end = s.indexOf(close2, i);
      if (end > 0) { i = end; continue; }
    }
    if (c === "`") { out += open; continue; }
    if (c === "'") { out += close; continue; }
    out += c;
  }
  return out;
}

defun("substitute-command-keys", "(string &optional no-face)",
  "Substitute key descriptions for command names in STRING.", (s, noFace) => {
    if (s === NIL) return NIL;
    // GNU inserts STRING into a buffer, so a character is accepted too.
    if (typeof s === "number" && s >= 0 && s <= 0x3fffff) s = stringFromChars([s], s >= 128);
    if (!(s instanceof LString)) return xsignal(defsym("wrong-type-argument"), defsym("char-or-string-p"), s);
    return substituteLString(s, noFace);
  });

/** substitute-command-keys on a Lisp string: key lookups, keymap summaries and strings with text properties
 * go through help.el's buffer-based `help--substitute-command-keys'; plain quoting is done here. */
export function substituteLString(s: LString, noFace: LispObject = NIL): LispObject {
  if (s.intervals || /\\[[<{]/.test(s.s)) {
    if (!isDefined(Qhelp_subst)) funcall(defsym("require"), defsym("help"));
    if (isDefined(Qhelp_subst)) return funcall(Qhelp_subst, s, noFace);
    // GNU's own help.el (a --gnu-lisp world) defines substitute-command-keys itself, in Lisp.
    const own = Qsubstitute_command_keys.f;
    if (!(own instanceof Subr) && own !== NIL) return funcall(Qsubstitute_command_keys, s, noFace);
  }
  // Curved quotes make a unibyte docstring multibyte, as GNU's result is.
  const out = substituteCommandKeys(s.s);
  return LString.fromJs(out, s.multibyte || /[^\x00-\xff]/.test(out));
}
const Qhelp_subst = defsym("help--substitute-command-keys");
const Qsubstitute_command_keys = defsym("substitute-command-keys");
/** Defined other than by an autoload. */
function isDefined(sym: LSymbol): boolean {
  const f = sym.f;
  return f instanceof Subr || f instanceof ByteCode || (f instanceof Cons && f.car !== Q.autoload);
}

function getProp(s: LSymbol, prop: LispObject): LispObject {
  for (let p = s.plist; p instanceof Cons && p.cdr instanceof Cons; p = p.cdr.cdr) if (p.car === prop) return p.cdr.car;
  return NIL;
}

/** The raw docstring of a function object, or NIL. */
function rawDoc(fn: LispObject, name: LispObject): LispObject {
  if (fn instanceof Subr) {
    const args = fn.arglist.replace(/^\(|\)$/g, "").split(/\s+/).filter(Boolean)
      .map((a) => (a.startsWith("&") ? a : a.toUpperCase())).join(" ");
    return mkStr(`${fn.doc}\n\n(fn${args ? " " + args : ""})`);
  }
  if (fn instanceof ByteCode) { const d = fn.slots[4]; return d instanceof LString ? d : NIL; }
  if (fn instanceof Cons) {
    if (fn.car === Q.macro) return rawDoc(fn.cdr, name);
    let body: LispObject;
    if (fn.car === Q.lambda) body = fn.cdr instanceof Cons ? fn.cdr.cdr : NIL;
    else if (fn.car === Q.closure) body = fn.cdr instanceof Cons && fn.cdr.cdr instanceof Cons ? fn.cdr.cdr.cdr : NIL;
    else if (fn.car === Q.autoload) { const d = listToArray(fn)[2]; return d instanceof LString ? d : NIL; }
    else return xsignal(Qinvalid_function, name);
    if (body instanceof Cons && body.car instanceof LString) return body.car;
    if (body instanceof Cons && body.car instanceof Cons && body.car.car === defsym(":documentation")) {
      const f = body.car.cdr instanceof Cons ? body.car.cdr.car : NIL;
      return evalForm(f, T);
    }
    return NIL;
  }
  return xsignal(Qinvalid_function, name);
}

defun("documentation", "(function &optional raw)", "Return the documentation string of FUNCTION.", (fn, raw) => {
  let def = fn;
  if (fn instanceof LSymbol) {
    const prop = getProp(fn, Qfunction_documentation);
    if (prop !== NIL) {
      const d = prop instanceof LString ? prop : evalForm(prop, T);
      return raw === NIL && d instanceof LString ? substituteLString(d) : d;
    }
    def = fn.f;
    for (let i = 0; def instanceof LSymbol && def !== NIL && i < 100; i++) {
      const p = getProp(def, Qfunction_documentation);
      if (p !== NIL) return p;
      def = def.f;
    }
    if (def === NIL) return xsignal(Qvoid_function, fn);
  }
  const doc = rawDoc(def, fn);
  if (raw !== NIL || !(doc instanceof LString)) return doc;
  return substituteLString(doc);
});

defun("documentation-property", "(symbol prop &optional raw)", "Return the documentation string that is SYMBOL's PROP property.",
  (sym, prop, raw) => {
    let d = getProp(checkSymbol(sym), prop);
    if (d !== NIL && !(d instanceof LString)) d = evalForm(d, T);
    if (raw === NIL && d instanceof LString) return substituteLString(d);
    return d;
  });
void funcall;
