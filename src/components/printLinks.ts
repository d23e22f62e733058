// Where prose links lead, for paper: writes `data-print-href` on the links of a page's prose (not
// those inside figures, not jumps within the page) as an absolute path for internal links
// ("/concepts#quorum") and the full address for others. print.css prints it after the link.
// Runs now, again when the page's content changes (cells render late), and before printing.

/** The text to print for a link on `base`'s page, or undefined for none (a jump within the page). */
export function printHref(href: string, base: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return undefined;
  }
  const here = new URL(base);
  if (url.protocol !== "http:" && url.protocol !== "https:") return url.href;
  if (url.origin !== here.origin) return url.href;
  if (url.pathname === here.pathname && url.search === here.search) return undefined;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** Marks the prose links under `root` once. */
export function markPrintLinks(root: ParentNode, base: string): void {
  for (const a of root.querySelectorAll<HTMLAnchorElement>("a[href]")) {
    if (a.closest(".wb-figure")) continue;
    const text = printHref(a.getAttribute("href")!, base);
    if (text) a.dataset.printHref = text;
    else delete a.dataset.printHref;
  }
}

let watching = false;

/** Marks the page's prose links now and keeps them marked. */
export function printLinks(): void {
  const root = document.getElementById("observablehq-main") ?? document.body;
  const mark = () => markPrintLinks(root, location.href);
  mark();
  if (watching) return;
  watching = true;
  let pending: ReturnType<typeof setTimeout> | undefined;
  if (typeof MutationObserver === "function") {
    new MutationObserver(() => {
      clearTimeout(pending);
      pending = setTimeout(mark, 250);
    }).observe(root, {childList: true, subtree: true});
  }
  addEventListener("beforeprint", mark);
}
