import {defineConfig} from "vitest/config";

// Two projects: `unit` (model, data, loaders and jsdom component tests; no browser needed) and
// `browser` (the built site in Debian's Chromium through playwright-core).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/{lib,data,components,scripts}/**/*.test.ts"],
          environment: "node",
          testTimeout: 20_000
        }
      },
      {
        test: {
          name: "browser",
          include: ["tests/browser/**/*.test.ts"],
          environment: "node",
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false
        }
      }
    ]
  }
});
