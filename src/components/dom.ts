// Small helpers to build DOM safely: every string child becomes a text node, never HTML.

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

/** Creates an HTML element with attributes (`on*` keys are listeners) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  setAttributes(element, attrs);
  append(element, children);
  return element;
}

/** Creates an SVG element with attributes and children. */
export function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Child | Child[])[]): SVGElementTagNameMap[K] {
  const element = document.createElementNS("http://www.w3.org/2000/svg", tag);
  setAttributes(element, attrs);
  append(element, children);
  return element;
}

function setAttributes(element: Element, attrs: Attrs): void {
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === "function") element.addEventListener(key.slice(2).toLowerCase(), value);
    else element.setAttribute(key, value === true ? "" : String(value));
  }
}

function append(element: Element, children: (Child | Child[])[]): void {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === "object" ? child : String(child));
  }
}

/** True when the reader asked the system for less motion. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === "function" && matchMedia("(prefers-reduced-motion: reduce)").matches;
}

let uid = 0;
/** A document-unique id with a readable prefix. */
export function uniqueId(prefix: string): string {
  return `${prefix}-${++uid}`;
}

/**
 * A roving tab stop: arrow keys, Home and End move focus along `list()`, and only the focused
 * element keeps tabindex 0. `onMove` is told of the element moved to.
 */
export function rovingKeydown(list: () => HTMLElement[], onMove?: (next: HTMLElement) => void): (event: KeyboardEvent) => void {
  return (event) => {
    const all = list();
    const i = all.indexOf(event.target as HTMLElement);
    if (i < 0) return;
    const to = {ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: all.length - 1}[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const next = all[Math.max(0, Math.min(all.length - 1, to))]!;
    for (const el of all) el.tabIndex = el === next ? 0 : -1;
    next.focus();
    onMove?.(next);
  };
}
