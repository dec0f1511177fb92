// Node built-in modules the bridge needs, fetched on first use rather than imported: the start-up snapshot
// (dist/tsmacs.blob) is built by running every module's top level, and V8 snapshots do not vouch for
// node:vm and node:module state made at build time (GNU: no counterpart).
type Vm = typeof import("node:vm");
type NodeModule = typeof import("node:module");

export function vm(): Vm {
  return process.getBuiltinModule("node:vm") as Vm;
}
export function nodeModule(): NodeModule {
  return process.getBuiltinModule("node:module") as NodeModule;
}
