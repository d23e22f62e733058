// Before the browser suite: build the site unless dist/ is already newer than every source.
import {execFileSync} from "node:child_process";
import {existsSync, readdirSync, statSync} from "node:fs";
import {join} from "node:path";

function newest(dir) {
  let t = 0;
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const path = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return t;
}

const built = existsSync("dist/index.html") ? statSync("dist/index.html").mtimeMs : 0;
const sources = Math.max(newest("src"), newest("data"), statSync("observablehq.config.ts").mtimeMs);
if (!built || sources > built) {
  console.log("ensure-build: dist/ is missing or older than the sources; building");
  execFileSync("npm", ["run", "build"], {stdio: "inherit"});
} else {
  console.log("ensure-build: dist/ is up to date");
}
