// A byte-code interpreter for function objects made at run time by `make-byte-code` (GNU: bytecode.c
// exec_byte_code). tsmacs never loads .elc files; this runs the small programs Lisp builds itself, such as
// nadvice.el's advice wrappers, with GNU's stack discipline. Handler opcodes (condition-case, catch,
// unwind-protect) are not interpreted yet: they signal GNU's invalid-opcode error.
import { ByteCode, Cons, LispObject, LString, LSymbol, NIL, T, arrayToList, defsym, list } from "./lisp.js";
import { E, specbind, unbindTo, symbolValue, setInternal } from "./env.js";
import { error, raise, Qwrong_number_of_arguments } from "./signal.js";

/** eval.ts supplies funcall (bytecode.ts is imported by it). */
export const bytecodeHooks = { funcall: (_f: LispObject, _args: LispObject[]): LispObject => NIL };

/** Primitive opcodes: opcode → [function name, number of arguments] (GNU calls the C functions directly). */
const SIMPLE: Record<number, [string, number]> = {
  0o70: ["nth", 2], 0o71: ["symbolp", 1], 0o72: ["consp", 1], 0o73: ["stringp", 1], 0o74: ["listp", 1],
  0o75: ["eq", 2], 0o76: ["memq", 2], 0o77: ["not", 1], 0o100: ["car", 1], 0o101: ["cdr", 1], 0o102: ["cons", 2],
  0o103: ["list", 1], 0o104: ["list", 2], 0o105: ["list", 3], 0o106: ["list", 4], 0o107: ["length", 1],
  0o110: ["aref", 2], 0o111: ["aset", 3], 0o112: ["symbol-value", 1], 0o113: ["symbol-function", 1],
  0o114: ["set", 2], 0o115: ["fset", 2], 0o116: ["get", 2], 0o117: ["substring", 3], 0o120: ["concat", 2],
  0o121: ["concat", 3], 0o122: ["concat", 4], 0o123: ["1-", 1], 0o124: ["1+", 1], 0o125: ["=", 2], 0o126: [">", 2],
  0o127: ["<", 2], 0o130: ["<=", 2], 0o131: [">=", 2], 0o132: ["-", 2], 0o133: ["-", 1], 0o134: ["+", 2],
  0o135: ["max", 2], 0o136: ["min", 2], 0o137: ["*", 2], 0o140: ["point", 0], 0o142: ["goto-char", 1],
  0o143: ["insert", 1], 0o144: ["point-max", 0], 0o145: ["point-min", 0], 0o146: ["char-after", 1],
  0o147: ["following-char", 0], 0o150: ["preceding-char", 0], 0o151: ["current-column", 0], 0o152: ["indent-to", 1],
  0o154: ["eolp", 0], 0o155: ["eobp", 0], 0o156: ["bolp", 0], 0o157: ["bobp", 0], 0o160: ["current-buffer", 0],
  0o161: ["set-buffer", 1], 0o165: ["forward-char", 1], 0o166: ["forward-word", 1], 0o167: ["skip-chars-forward", 2],
  0o170: ["skip-chars-backward", 2], 0o171: ["forward-line", 1], 0o172: ["char-syntax", 1],
  0o173: ["buffer-substring", 2], 0o174: ["delete-region", 2], 0o175: ["narrow-to-region", 2], 0o176: ["widen", 0],
  0o177: ["end-of-line", 1], 0o223: ["set-marker", 3], 0o224: ["match-beginning", 1], 0o225: ["match-end", 1],
  0o226: ["upcase", 1], 0o227: ["downcase", 1], 0o230: ["string=", 2], 0o231: ["string<", 2], 0o232: ["equal", 2],
  0o233: ["nthcdr", 2], 0o234: ["elt", 2], 0o235: ["member", 2], 0o236: ["assq", 2], 0o237: ["nreverse", 1],
  0o240: ["setcar", 2], 0o241: ["setcdr", 2], 0o242: ["car-safe", 1], 0o243: ["cdr-safe", 1], 0o244: ["nconc", 2],
  0o245: ["/", 2], 0o246: ["%", 2], 0o247: ["numberp", 1], 0o250: ["integerp", 1],
};

/** The bytes of a byte-code string (raw-byte characters of a multibyte string count as their byte). */
function codeBytes(s: LispObject): number[] {
  if (!(s instanceof LString)) return error("Invalid byte code");
  return s.chars().map((c) => (c >= 0x3fff00 ? c - 0x3fff00 : c & 0xff));
}

/** Calls byte-code function FN with ARGS. */
export function execByteCode(fn: ByteCode, args: LispObject[]): LispObject {
  const [argdesc, code, constants] = fn.slots;
  const consts = Array.isArray(constants) ? constants : [];
  const bytes = (fn as { bytes?: number[] }).bytes ??= codeBytes(code);
  const stack: LispObject[] = [];
  const count = E.sp;
  if (typeof argdesc === "number") {
    // Lexical calling convention: arguments go on the stack (GNU: the args template integer).
    const mandatory = argdesc & 127, nonrest = argdesc >> 8, rest = (argdesc & 128) !== 0;
    if (args.length < mandatory || (!rest && args.length > nonrest)) {
      raise(Qwrong_number_of_arguments, list(new Cons(mandatory, rest ? defsym("many") : nonrest), args.length));
    }
    for (let i = 0; i < nonrest; i++) stack.push(i < args.length ? args[i] : NIL);
    if (rest) stack.push(args.length > nonrest ? arrayToList(args.slice(nonrest)) : NIL);
  } else {
    // Dynamic binding: the argument list names variables bound around the code (GNU funcall_lambda).
    let i = 0, optional = false, restVar = false;
    for (let l: LispObject = argdesc; l instanceof Cons; l = l.cdr) {
      const v = l.car as LSymbol;
      if (v.name === "&optional") { optional = true; continue; }
      if (v.name === "&rest") { restVar = true; continue; }
      if (restVar) { specbind(v, arrayToList(args.slice(i))); i = args.length; break; }
      if (i >= args.length && !optional) raise(Qwrong_number_of_arguments, list(fn, args.length));
      specbind(v, i < args.length ? args[i] : NIL);
      i++;
    }
    if (i < args.length) raise(Qwrong_number_of_arguments, list(fn, args.length));
  }
  const depth = ++E.depth;
  if (depth > E.maxDepth) { E.depth--; error("Lisp nesting exceeds ‘max-lisp-eval-depth’"); }
  E.btFun[depth] = fn;
  // Arguments were bound before the frame was opened, so its locals are unknown (GNU binds them after).
  if (E.traceArgs) { E.btSp[depth] = -1; E.btArgs[depth] = args; }
  const call = (f: LispObject, a: LispObject[]): LispObject => bytecodeHooks.funcall(f, a);
  const prim = (name: string, a: LispObject[]): LispObject => bytecodeHooks.funcall(E.intern(name), a);
  let pc = 0;
  const fetch = (): number => bytes[pc++];
  const fetch2 = (): number => { const lo = bytes[pc++]; return lo + (bytes[pc++] << 8); };
  const pop = (): LispObject => stack.pop() as LispObject;
  const top = (): LispObject => stack[stack.length - 1];
  for (;;) {
    if (pc >= bytes.length) error("Invalid byte code");
    const op = fetch();
    if (op >= 0o300) { stack.push(consts[op - 0o300]); continue; }
    const base = op & ~7, n0 = op & 7;
    const operand = (): number => (n0 === 6 ? fetch() : n0 === 7 ? fetch2() : n0);
    switch (op < 0o60 ? base : op) {
      case 0: { // stack-ref
        const n = op === 0 ? 0 : operand();
        stack.push(stack[stack.length - 1 - n]);
        continue;
      }
      case 0o10: stack.push(symbolValue(consts[operand()] as LSymbol)); continue;
      case 0o20: setInternal(consts[operand()] as LSymbol, pop()); continue;
      case 0o30: specbind(consts[operand()] as LSymbol, pop()); continue;
      case 0o40: {
        const n = operand();
        const a = stack.splice(stack.length - n, n);
        const f = pop();
        stack.push(call(f, a));
        continue;
      }
      case 0o50: unbindTo(E.sp - operand()); continue;
      case 0o201: stack.push(consts[fetch2()]); continue;
      case 0o202: pc = fetch2(); continue;
      case 0o203: { const to = fetch2(); if (pop() === NIL) pc = to; continue; }
      case 0o204: { const to = fetch2(); if (pop() !== NIL) pc = to; continue; }
      case 0o205: { const to = fetch2(); if (top() === NIL) pc = to; else pop(); continue; }
      case 0o206: { const to = fetch2(); if (top() !== NIL) pc = to; else pop(); continue; }
      case 0o252: { const d = fetch() - 128; pc += d; continue; }
      case 0o253: { const d = fetch() - 128; if (pop() === NIL) pc += d; continue; }
      case 0o254: { const d = fetch() - 128; if (pop() !== NIL) pc += d; continue; }
      case 0o255: { const d = fetch() - 128; if (top() === NIL) pc += d; else pop(); continue; }
      case 0o256: { const d = fetch() - 128; if (top() !== NIL) pc += d; else pop(); continue; }
      case 0o207: { // return
        const v = pop();
        unbindTo(count);
        E.depth = depth - 1;
        return v;
      }
      case 0o210: pop(); continue;
      case 0o211: stack.push(top()); continue;
      case 0o257: { const n = fetch(); stack.push(list(...stack.splice(stack.length - n, n))); continue; }
      case 0o260: { const n = fetch(); stack.push(prim("concat", stack.splice(stack.length - n, n))); continue; }
      case 0o261: { const n = fetch(); stack.push(prim("insert", stack.splice(stack.length - n, n))); continue; }
      case 0o262: { const n = fetch(); const v = pop(); if (n > 0) stack[stack.length - n] = v; continue; }
      case 0o263: { const n = fetch2(); const v = pop(); if (n > 0) stack[stack.length - n] = v; continue; }
      case 0o266: {
        let n = fetch();
        if (n & 0x80) { n &= 0x7f; const v = pop(); stack.length -= n; stack.push(v); } else stack.length -= n;
        continue;
      }
      case 0o267: { // switch: jump table lookup
        const table = pop(), v = pop();
        const target = prim("gethash", [v, table, NIL]);
        if (typeof target === "number") pc = target;
        continue;
      }
      default: {
        const simple = SIMPLE[op];
        if (simple === undefined) {
          unbindTo(count); E.depth = depth - 1;
          return error(`Invalid byte opcode: op=${op}, ptr=${pc - 1}`);
        }
        const [name, n] = simple;
        const a = n === 0 ? [] : stack.splice(stack.length - n, n);
        stack.push(prim(name, a));
      }
    }
  }
}
void T;
