// Bundles src/ into dist/ with esbuild: the CLI (dist/tsmacs.js) and the embedding library (dist/index.js).
import { build } from "esbuild";
import { readdirSync } from "node:fs";

const common = { bundle: true, platform: "node", format: "esm", target: "node20", sourcemap: true, logLevel: "warning" };
await build({ ...common, entryPoints: ["src/main.ts"], outfile: "dist/tsmacs.js" });
await build({ ...common, entryPoints: ["src/index.ts"], outfile: "dist/index.js" });
