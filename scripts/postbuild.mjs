// After `observable build`: Framework 1.13 writes `<html>` with no language, so give every
// built page lang="en" (the page language screen readers and search engines read).
import {readdirSync, readFileSync, statSync, writeFileSync} from "node:fs";
import {join} from "node:path";

let count = 0;
function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (!name.startsWith("_")) walk(path);
    } else if (name.endsWith(".html")) {
      const html = readFileSync(path, "utf8");
      if (/<html[^>]*\slang=/i.test(html)) continue;
      const fixed = /<html>/i.test(html)
        ? html.replace(/<html>/i, '<html lang="en">')
        : html.replace(/^<!DOCTYPE html>\n?/i, '<!DOCTYPE html>\n<html lang="en">\n');
      writeFileSync(path, fixed);
      count++;
    }
  }
}
walk("dist");
console.log(`postbuild: set lang="en" on ${count} pages`);
