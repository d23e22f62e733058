// Prepares Framework's npm cache so that `build` and `preview` never ask the network for anything.
//
// Framework resolves every `npm:` specifier in its own client code to a version, asking the npm
// registry unless `<root>/.observablehq/cache/_npm/<name>@<version>/` already exists (upstream
// issue #1817), and downloads from jsDelivr any `npm:` module a page actually loads. This script
//   1. empties the `_npm` cache (a stale folder from an online run would be preferred),
//   2. bundles the few modules Framework's stdlib may really load (htl for `html`/`svg`, d3-dsv
//      for `FileAttachment.csv()`) from node_modules into that cache with esbuild,
//   3. creates an empty version folder for every other `npm:` name in Framework's client code,
//      so the version lookups are answered locally. Should a page ever load one of them, the
//      download is refused by scripts/network-guard.mjs and the build fails, naming the URL.
import {existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync} from "node:fs";
import {createRequire} from "node:module";
import {dirname, join, relative} from "node:path";
import {fileURLToPath} from "node:url";
import {build} from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(join(root, "package.json"));
const cacheDir = join(root, "src", ".observablehq", "cache", "_npm");
const clientDir = join(dirname(require.resolve("@observablehq/framework/package.json")), "dist", "client");

/** The version of a package in node_modules, or undefined when it is not installed. */
function installedVersion(name) {
  const manifest = join(root, "node_modules", name, "package.json");
  return existsSync(manifest) ? JSON.parse(readFileSync(manifest, "utf8")).version : undefined;
}

/** Every bare package name that Framework's client code imports as `npm:<name>`. */
function clientNpmNames() {
  const names = new Set();
  const walk = (dir) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith(".js")) {
        for (const [, spec] of readFileSync(path, "utf8").matchAll(/["'`]npm:((?:@[\w.-]+\/)?[\w.-]+)/g)) names.add(spec);
      }
    }
  };
  walk(clientDir);
  return [...names].sort();
}

// Modules bundled for real: Framework's stdlib loads them lazily in the browser.
const bundled = {
  htl: "htl",
  "d3-dsv": "d3-dsv"
};

rmSync(cacheDir, {recursive: true, force: true});
mkdirSync(cacheDir, {recursive: true});

for (const [name, entry] of Object.entries(bundled)) {
  const version = installedVersion(name);
  if (!version) throw new Error(`offline-cache: ${name} is not installed; run npm install`);
  const outfile = join(cacheDir, `${name}@${version}`, "_esm.js");
  await build({
    entryPoints: [require.resolve(entry)],
    bundle: true,
    format: "esm",
    platform: "browser",
    minify: true,
    legalComments: "none",
    outfile,
    logLevel: "error"
  });
}

let placeholders = 0;
for (const name of clientNpmNames()) {
  if (name in bundled) continue;
  const dir = join(cacheDir, `${name}@${installedVersion(name) ?? "0.0.0-offline"}`);
  if (!existsSync(dir)) {
    mkdirSync(dir, {recursive: true});
    placeholders++;
  }
}

console.log(
  `offline-cache: bundled ${Object.keys(bundled).join(", ")}; ${placeholders} version folders in ${relative(root, cacheDir)}`
);

// The "Your cluster" loader depends on DCOS_STATE, which Framework's loader cache does not see:
// drop its cached output so that each build and preview reads the cluster it is given now.
rmSync(join(root, "src", ".observablehq", "cache", "data", "your-cluster.json"), {force: true});
