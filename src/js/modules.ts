// A synchronous module loader for each world's JS context: ES modules, CommonJS files, TypeScript, JSON and
// node_modules packages, evaluated inside the context (GNU: no counterpart; emacs-ng's module loading).
//
// Node's own `import()` is asynchronous (and unavailable in a process started from a V8 snapshot), so files
// are compiled here instead: esbuild strips TypeScript and normalises ES module syntax, and the few shapes
// it prints (`import ... from "x";` lines and one trailing `export { ... };` block) are rewritten into calls
// of this loader, inside a function evaluated in the context. Each file is evaluated once per world and
// cached by absolute path, like a module graph; `eval-js-file` re-evaluates its own file each time (the
// emacs-ng rule), its imports come from the cache. Packages that Node's `require` can load (CommonJS, or
// with a "require" export condition) are loaded by Node itself, once per process; ES-module-only packages
// are found through esbuild's resolver and evaluated by this loader. Limits: imported bindings are
// snapshots taken at import time rather than live bindings, and a module with top-level await that waits
// for I/O is seen by its importers before it finishes.
import type { Context } from "node:vm";
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, extname, join, resolve as resolvePath, isAbsolute } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { JsContext } from "./context.js";
import { defaultDirectory } from "./context.js";

// Node built-ins fetched on first use rather than imported: the start-up snapshot (dist/tsmacs.blob) is built
// by running every module's top level, and Node does not vouch for node:vm and node:module state made then.
type Vm = typeof import("node:vm");
type NodeModule = typeof import("node:module");
export function vm(): Vm { return process.getBuiltinModule("node:vm") as Vm; }
export function nodeModule(): NodeModule { return process.getBuiltinModule("node:module") as NodeModule; }

/** Where this code runs from (the ESM bundle knows its URL, the CommonJS snapshot bundle its __filename). */
function hereFile(): string {
  return typeof __filename === "string" ? __filename : fileURLToPath(import.meta.url);
}
let hostRequire: NodeRequire | undefined;
function nodeRequire(): NodeRequire {
  return (hostRequire ??= nodeModule().createRequire(hereFile()));
}
type Esbuild = typeof import("esbuild");
let esbuildApi: Esbuild | undefined;
/** esbuild, loaded on first use: it is never bundled into tsmacs, and most sessions never compile JS. */
export function esbuild(): Esbuild {
  return (esbuildApi ??= nodeRequire()("esbuild") as Esbuild);
}

export type Loader = "js" | "ts" | "tsx" | "jsx";
export function loaderFor(file: string): Loader {
  switch (extname(file)) {
    case ".ts": case ".mts": case ".cts": return "ts";
    case ".tsx": return "tsx";
    case ".jsx": return "jsx";
    default: return "js";
  }
}

export interface ModuleRecord {
  readonly filename: string;
  readonly module: { exports: any };
  /** True when the source used ES module syntax (its value is its default export). */
  esm: boolean;
  /** The evaluation's promise when the module uses top-level await. */
  promise: unknown;
}

const EXTENSIONS = [".ts", ".tsx", ".mts", ".cts", ".js", ".mjs", ".cjs", ".jsx", ".json"];

export class ModuleLoader {
  private readonly cache = new Map<string, ModuleRecord>();
  private readonly packageEntries = new Map<string, string>();
  private counter = 0;
  constructor(private readonly jc: JsContext) {}

  defaultDir(): string { return defaultDirectory(this.jc.b); }

  /** `require`/`import` of SPEC from a module in directory FROM. */
  require(spec: string, from: string): unknown {
    if (nodeModule().isBuiltin(spec)) return nodeRequire()(spec);
    if (isPathSpec(spec)) return this.loadFile(this.resolveFile(resolvePath(from, spec))).module.exports;
    const req = nodeModule().createRequire(join(from, "noop.js"));
    let resolved: string | undefined;
    try {
      resolved = req.resolve(spec);
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code !== "ERR_PACKAGE_PATH_NOT_EXPORTED" && code !== "MODULE_NOT_FOUND") throw e;
    }
    if (resolved !== undefined && !isEsmFile(resolved)) return req(spec);
    return this.loadFile(resolved ?? this.resolveEsmPackage(spec, from)).module.exports;
  }

  resolve(spec: string, from: string): string {
    if (nodeModule().isBuiltin(spec)) return spec;
    if (isPathSpec(spec)) return this.resolveFile(resolvePath(from, spec));
    try { return nodeModule().createRequire(join(from, "noop.js")).resolve(spec); } catch { return this.resolveEsmPackage(spec, from); }
  }

  /** A package entry point under the "import" condition, found by esbuild's resolver. */
  private resolveEsmPackage(spec: string, from: string): string {
    const key = `${from}\0${spec}`;
    const hit = this.packageEntries.get(key);
    if (hit !== undefined) return hit;
    const r = esbuild().buildSync({
      stdin: { contents: `import ${JSON.stringify(spec)};`, resolveDir: from, loader: "js" },
      bundle: true, write: false, metafile: true, platform: "node", format: "esm", logLevel: "silent",
      absWorkingDir: from,
    });
    const imp = r.metafile!.inputs["<stdin>"]?.imports[0];
    if (!imp || imp.external) throw new Error(`Cannot find module '${spec}' from ${from}`);
    const path = resolvePath(from, imp.path);
    this.packageEntries.set(key, path);
    return path;
  }

  /** An existing file for P: as given, with a known extension, as a directory's index, or .js written for .ts. */
  resolveFile(p: string): string {
    if (isFile(p)) return p;
    for (const ext of EXTENSIONS) if (isFile(p + ext)) return p + ext;
    const m = /\.(m|c)?js$/.exec(p);
    if (m) for (const ext of [".ts", ".tsx", ".mts", ".cts"]) { const q = p.slice(0, -m[0].length) + ext; if (isFile(q)) return q; }
    if (existsSync(p) && statSync(p).isDirectory()) {
      const pkg = join(p, "package.json");
      if (isFile(pkg)) {
        const main = (JSON.parse(readFileSync(pkg, "utf8")) as { main?: string }).main;
        if (main) return this.resolveFile(resolvePath(p, main));
      }
      for (const ext of EXTENSIONS) if (isFile(join(p, "index" + ext))) return join(p, "index" + ext);
    }
    throw Object.assign(new Error(`Cannot find module '${p}'`), { code: "MODULE_NOT_FOUND" });
  }

  /** Loads FILE (cached unless FRESH); LOADER overrides the one its extension implies. */
  loadFile(file: string, fresh = false, loader?: Loader): ModuleRecord {
    if (!fresh) {
      const hit = this.cache.get(file);
      if (hit !== undefined) return hit;
    }
    const ext = extname(file);
    if (ext === ".json" || ext === ".node") {
      const rec: ModuleRecord = { filename: file, module: { exports: ext === ".json" ? JSON.parse(readFileSync(file, "utf8")) : nodeRequire()(file) }, esm: false, promise: undefined };
      this.cache.set(file, rec);
      return rec;
    }
    return this.evalSource(readFileSync(file, "utf8"), file, loader ?? loaderFor(file), true);
  }

  /** Evaluates SOURCE as the module FILENAME (cached under that name when CACHE). */
  evalSource(source: string, filename: string, loader: Loader, cache = false): ModuleRecord {
    const { code, esm } = compileModule(source, filename, loader);
    const rec: ModuleRecord = { filename, module: { exports: {} }, esm, promise: undefined };
    if (esm) Object.defineProperty(rec.module.exports, "__esModule", { value: true });
    if (cache) this.cache.set(filename, rec);
    const dir = dirname(filename);
    const fn = compileWrapper(code, filename, this.jc.context, esm);
    const require = (spec: string): unknown => this.require(spec, dir);
    require.resolve = (spec: string): string => this.resolve(spec, dir);
    const importNs = (spec: string): unknown => toNamespace(this.require(spec, dir));
    const dynamicImport = (spec: string): Promise<unknown> => this.dynamicImport(spec, dir);
    const meta = { url: pathToFileURL(filename).href, filename, dirname: dir, resolve: (s: string) => pathToFileURL(this.resolve(s, dir)).href };
    try {
      const r = fn.call(rec.module.exports, rec.module.exports, require, rec.module, filename, dir,
        importNs, defineExports, reexport, dynamicImport, meta);
      if (isThenable(r)) rec.promise = r;
    } catch (e) {
      if (cache) this.cache.delete(filename);
      throw e;
    } finally {
      this.jc.drain();
    }
    return rec;
  }

  /** `import(SPEC)` from directory FROM: the namespace, as a promise of the context's realm. */
  dynamicImport(spec: string, from: string): Promise<unknown> {
    const P = this.jc.global.Promise as PromiseConstructor;
    try { return P.resolve(toNamespace(this.require(spec, from))); } catch (e) { return P.reject(e); }
  }

  /** A unique file name for anonymous source evaluated in directory DIR. */
  anonymousName(dir: string, loader: Loader): string {
    return join(dir, `$eval$${++this.counter}.${loader === "js" ? "js" : loader}`);
  }
}

function isPathSpec(spec: string): boolean {
  return spec.startsWith("./") || spec.startsWith("../") || spec === "." || spec === ".." || isAbsolute(spec) || spec.startsWith("file:");
}
function isFile(p: string): boolean {
  try { return statSync(p).isFile(); } catch { return false; }
}
function isThenable(x: unknown): boolean {
  return x !== null && (typeof x === "object" || typeof x === "function") && typeof (x as { then?: unknown }).then === "function";
}

/** Whether Node would load FILE as an ES module (.mjs, or .js under a package.json with "type": "module"). */
function isEsmFile(file: string): boolean {
  const ext = extname(file);
  if (ext === ".mjs") return true;
  if (ext !== ".js") return false;
  for (let d = dirname(file); ; d = dirname(d)) {
    const pkg = join(d, "package.json");
    if (isFile(pkg)) {
      try { return (JSON.parse(readFileSync(pkg, "utf8")) as { type?: string }).type === "module"; } catch { return false; }
    }
    if (dirname(d) === d) return false;
  }
}

/** What `import * as ns` sees of a module's exports: ES modules as they are, CommonJS with `default`. */
function toNamespace(exports: unknown): any {
  if (exports !== null && typeof exports === "object" && (exports as { __esModule?: boolean }).__esModule) return exports;
  const ns: Record<string, unknown> = Object.create(null);
  if (exports !== null && (typeof exports === "object" || typeof exports === "function")) {
    for (const k of Object.keys(exports as object)) ns[k] = (exports as Record<string, unknown>)[k];
  }
  ns.default = exports;
  return ns;
}

function defineExports(exports: object, getters: Record<string, () => unknown>): void {
  for (const k of Object.keys(getters)) Object.defineProperty(exports, k, { get: getters[k], enumerable: true, configurable: true });
}
function reexport(exports: object, from: unknown): void {
  if (from === null || typeof from !== "object") return;
  for (const k of Object.keys(from)) {
    if (k === "default" || Object.prototype.hasOwnProperty.call(exports, k)) continue;
    Object.defineProperty(exports, k, { get: () => (from as Record<string, unknown>)[k], enumerable: true, configurable: true });
  }
}

const PARAMS = "exports, require, module, __filename, __dirname, __tsmacs_import, __tsmacs_export, __tsmacs_reexport, __tsmacs_dynamic_import, __tsmacs_import_meta";

/**
 * Compiles the module body CODE into a function of PARAMS (async when it uses top-level await). The body is a
 * block of its own, so a module may declare `const require = createRequire(...)` over the parameter.
 */
function compileWrapper(code: string, filename: string, context: Context, strict: boolean): Function {
  const body = `${strict ? '"use strict";' : ""}{${code}\n}`;
  try {
    return new (vm().Script)(`(function (${PARAMS}) {${body}})`, { filename }).runInContext(context);
  } catch (e) {
    if ((e as Error)?.name !== "SyntaxError" || !/await/.test((e as Error).message)) throw e;
    return new (vm().Script)(`(async function (${PARAMS}) {${body}})`, { filename }).runInContext(context);
  }
}

const IMPORT_RE = /^import\s+([^;'"]*?)\s*from\s*("(?:[^"\\\n]|\\.)*");?[ \t]*$/gm;
const BARE_IMPORT_RE = /^import\s*("(?:[^"\\\n]|\\.)*");?[ \t]*$/gm;
const EXPORT_STAR_RE = /^export\s*\*\s*from\s*("(?:[^"\\\n]|\\.)*");?[ \t]*$/gm;
const EXPORT_BLOCK_RE = /^export\s*\{([^}]*)\};?\s*$/m;
const ESM_SYNTAX_RE = /^(import\s*[\w*{"]|export\s)/m;

/**
 * Turns SOURCE into a function body: TypeScript stripped, ES module syntax rewritten into calls of the
 * loader. CommonJS and plain scripts are left as they are (esbuild would wrap them otherwise).
 */
export function compileModule(source: string, filename: string, loader: Loader): { code: string; esm: boolean } {
  const src = source.startsWith("#!") ? "//" + source.slice(2) : source;
  const api = esbuild();
  const opts = { loader, sourcefile: filename, target: "node20", platform: "node" as const, logLevel: "silent" as const };
  let code = api.transformSync(src, opts).code;
  if (!ESM_SYNTAX_RE.test(code)) return { code: rewriteMeta(code), esm: false };
  code = api.transformSync(code, { ...opts, loader: "js", format: "esm" }).code;
  let n = 0;
  let exportsDecl = "";
  const block = EXPORT_BLOCK_RE.exec(code);
  if (block) {
    const getters = block[1].split(",").map((s) => s.trim()).filter(Boolean).map((item) => {
      const m = /^(\S+)(?:\s+as\s+(\S+))?$/.exec(item);
      if (!m) throw new SyntaxError(`tsmacs: cannot read export clause '${item}' in ${filename}`);
      return `${JSON.stringify(m[2] ?? m[1])}: () => ${m[1]}`;
    });
    exportsDecl = `__tsmacs_export(exports, { ${getters.join(", ")} });`;
    code = code.slice(0, block.index) + code.slice(block.index + block[0].length);
  }
  code = code.replace(IMPORT_RE, (_all, clause: string, spec: string) => {
    const ns = `__tsmacs_ns${n++}`;
    return `const ${ns} = __tsmacs_import(${spec});${importBindings(clause, ns, filename)}`;
  });
  code = code.replace(BARE_IMPORT_RE, (_all, spec: string) => `__tsmacs_import(${spec});`);
  code = code.replace(EXPORT_STAR_RE, (_all, spec: string) => `__tsmacs_reexport(exports, __tsmacs_import(${spec}));`);
  return { code: exportsDecl + rewriteMeta(code), esm: true };
}

/** `import.meta` and `import(...)` have no meaning in a function body or a script: both go to the loader. */
export function rewriteMeta(code: string): string {
  return code.replace(/\bimport\.meta\b/g, "__tsmacs_import_meta").replace(/\bimport\s*\(/g, "__tsmacs_dynamic_import(");
}

/** Declarations for an import clause: `x`, `* as ns`, `{ a, b as c }`, or a default followed by one of those. */
function importBindings(clause: string, ns: string, filename: string): string {
  let out = "";
  let rest = clause.trim();
  const def = /^([\w$]+)\s*(?:,\s*)?/.exec(rest);
  if (def && !rest.startsWith("{") && !rest.startsWith("*")) {
    out += ` const ${def[1]} = ${ns}.default;`;
    rest = rest.slice(def[0].length);
  }
  if (rest.startsWith("*")) {
    const m = /^\*\s*as\s+([\w$]+)$/.exec(rest);
    if (!m) throw new SyntaxError(`tsmacs: cannot read import clause '${clause}' in ${filename}`);
    out += ` const ${m[1]} = ${ns};`;
  } else if (rest.startsWith("{")) {
    const names = rest.replace(/^\{|\}$/g, "").split(",").map((s) => s.trim()).filter(Boolean).map((item) => {
      const m = /^(\S+)(?:\s+as\s+(\S+))?$/.exec(item);
      if (!m) throw new SyntaxError(`tsmacs: cannot read import clause '${clause}' in ${filename}`);
      return m[2] ? `${JSON.stringify(m[1].replace(/^"|"$/g, ""))}: ${m[2]}` : m[1];
    });
    out += ` const { ${names.join(", ")} } = ${ns};`;
  } else if (rest !== "") {
    throw new SyntaxError(`tsmacs: cannot read import clause '${clause}' in ${filename}`);
  }
  return out;
}
