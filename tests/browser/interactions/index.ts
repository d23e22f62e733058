/// <reference types="vite/client" />
import type {Page} from "playwright-core";

// Each page's main interaction, driven once by keyboard and mouse, with what it must change:
// one file per page, named by its slug (`index.ts` is this registry, so the home page is `home.ts`).
const modules = import.meta.glob<{default: (page: Page) => Promise<void>}>("./*.ts", {eager: true});

export const INTERACTIONS: Record<string, (page: Page) => Promise<void>> = Object.fromEntries(
  Object.entries(modules)
    .filter(([file]) => file !== "./index.ts")
    .map(([file, module]) => {
      const slug = file.slice(2, -3);
      return [slug === "home" ? "/" : `/${slug.replace(/--/g, "/")}`, module.default];
    })
);
