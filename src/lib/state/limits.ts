// Bounds on what a reader may hand the workbook as a cluster state: its size and how deeply it nests.
// A real master /state nests about ten levels (frameworks[].tasks[].statuses[].container_status
// .network_infos[].ip_addresses[].ip_address) and a busy cluster's is a few megabytes, so the limits
// leave a wide margin while keeping a hostile document from hanging or overflowing the parser.
// Pure and schema-free: pages may import it.

export interface InputLimits {
  /** Largest text read, in characters (about bytes for JSON, which is mostly ASCII). */
  maxChars: number;
  /** Deepest nesting of arrays and objects. */
  maxDepth: number;
  /** Most values (objects, arrays, strings, numbers...) in an already-decoded input. */
  maxValues: number;
}

export const DEFAULT_LIMITS: InputLimits = {maxChars: 20 * 1024 * 1024, maxDepth: 64, maxValues: 4_000_000};

const MB = 1024 * 1024;
/** `20 MB`, `512 KB`: sizes as people read them. */
export function formatSize(chars: number): string {
  return chars >= MB ? `${(chars / MB).toFixed(1).replace(/\.0$/, "")} MB` : `${Math.ceil(chars / 1024)} KB`;
}

/** The line and column (both from 1) of an offset in a text. */
export function lineColumn(text: string, offset: number): {line: number; column: number} {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    start = i + 1;
  }
  return {line, column: offset - start + 1};
}

/**
 * Checks a JSON text against the limits before it is parsed; returns the problem, or undefined.
 * The nesting scan skips strings, so brackets inside names do not count.
 */
export function textLimitProblem(text: string, limits: InputLimits = DEFAULT_LIMITS): string | undefined {
  if (text.length > limits.maxChars) {
    return `(input): it is ${formatSize(text.length)}; the workbook reads states up to ${formatSize(limits.maxChars)}. Leave out completed_tasks and completed_frameworks, or save the state of a smaller cluster.`;
  }
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > limits.maxDepth) {
        const {line, column} = lineColumn(text, i);
        return `(input): it nests deeper than ${limits.maxDepth} levels (line ${line}, column ${column}); a Mesos state nests about 10, so this is not one.`;
      }
    } else if (c === 125 || c === 93) depth--;
  }
  return undefined;
}

type PathPart = string | number;
const pathText = (path: readonly PathPart[]): string =>
  path.reduce<string>((s, p) => (typeof p === "number" ? `${s}[${p}]` : /^[A-Za-z_$][\w$]*$/.test(p) ? (s ? `${s}.${p}` : p) : `${s}[${JSON.stringify(p)}]`), "") || "(top level)";

/**
 * Checks an already-decoded value against the limits without recursion; returns the problem with
 * the JSON path where it was found, or undefined.
 */
export function valueLimitProblem(value: unknown, limits: InputLimits = DEFAULT_LIMITS): string | undefined {
  const stack: {value: unknown; path: PathPart[]}[] = [{value, path: []}];
  let count = 0;
  while (stack.length) {
    const {value: v, path} = stack.pop()!;
    if (++count > limits.maxValues) return `(input): it holds more than ${limits.maxValues.toLocaleString("en-US")} values; the workbook reads states of up to that many.`;
    if (v === null || typeof v !== "object") continue;
    if (path.length >= limits.maxDepth) {
      return `${pathText(path)}: the input nests deeper than ${limits.maxDepth} levels here; a Mesos state nests about 10, so this is not one.`;
    }
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({value: v[i], path: [...path, i]});
    } else {
      const entries = Object.entries(v as Record<string, unknown>);
      for (let i = entries.length - 1; i >= 0; i--) stack.push({value: entries[i]![1], path: [...path, entries[i]![0]]});
    }
  }
  return undefined;
}
