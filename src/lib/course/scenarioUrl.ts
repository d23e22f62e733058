// Shareable moments: each simulation keeps what defines the moment it shows (preset, seed, faults,
// edited settings, time or step) in one URL query parameter of its own, e.g.
//   ?sim=v1,p:free-play,s:42,t:24000,f:20000~kill-agent~agent-3
// A value is a version, then `key:value` fields separated by commas; lists inside a field are
// separated by `;` and the parts of one item by `~`. Only unreserved and a few sub-delimiter
// characters are used, so a link survives copying and stays readable. Decoding is strict: any
// problem (bad characters, unknown or repeated keys, numbers out of range, too long) rejects the
// whole parameter with one sentence saying what is wrong, and the figure starts from its default.
// Pure: no DOM, no `location`; pages pass the query string in.

/** The longest value one figure may put in a URL (characters). */
export const MAX_PARAM_LENGTH = 800;

const VALUE = /^[A-Za-z0-9._~:;!*\/-]*$/;
const KEY = /^[a-z]{1,3}$/;

/** A decoded value, or the sentence that says why the link's value was ignored. */
export type Decoded<T> = {ok: true; value: T} | {ok: false; problem: string};

export interface MomentCodec<T> {
  /** The query parameter's name (unique on its page). */
  readonly param: string;
  encode(moment: T): string;
  decode(raw: string): Decoded<T>;
}

/** Thrown inside decoders; `decodeWith` turns it into a `{ok: false}` result. */
export class MomentProblem extends Error {}

const fail = (problem: string): never => {
  throw new MomentProblem(problem);
};

/** Shows a value in a message safely shortened (the message is rendered as text, never HTML). */
export function quote(value: string, max = 24): string {
  return JSON.stringify(value.length > max ? `${value.slice(0, max)}…` : value);
}

/** Splits `v1,k:v,…` into its fields after checking length, characters, version and keys. */
export function parseFields(raw: string, version: number, keys: readonly string[]): Map<string, string> {
  if (raw.length > MAX_PARAM_LENGTH) fail(`the value is ${raw.length} characters long; at most ${MAX_PARAM_LENGTH} are accepted`);
  const bad = [...raw].find((c) => !VALUE.test(c) && c !== ",");
  if (bad !== undefined) fail(`it contains the character ${quote(bad)}, which no setting uses`);
  const [head, ...parts] = raw.split(",");
  if (head !== `v${version}`) fail(`expected version v${version} first, got ${quote(head ?? "")}`);
  const fields = new Map<string, string>();
  for (const part of parts) {
    const colon = part.indexOf(":");
    const key = colon < 0 ? part : part.slice(0, colon);
    if (!KEY.test(key) || colon < 0) fail(`expected key:value, got ${quote(part)}`);
    if (!keys.includes(key)) fail(`unknown setting ${quote(key)} (known: ${keys.join(", ")})`);
    if (fields.has(key)) fail(`the setting ${quote(key)} appears twice`);
    fields.set(key, part.slice(colon + 1));
  }
  return fields;
}

/** `v1,k:v,…` from fields in order; fields whose value is undefined are left out. */
export function formatFields(version: number, fields: readonly (readonly [string, string | undefined])[]): string {
  return [`v${version}`, ...fields.filter(([, v]) => v !== undefined).map(([k, v]) => `${k}:${v}`)].join(",");
}

/** A number in [min, max] (`whole`: an integer), written without exponent. */
export function readNumber(value: string | undefined, what: string, min: number, max: number, whole = true): number {
  const pattern = whole ? /^-?[0-9]{1,12}$/ : /^-?[0-9]{1,12}(\.[0-9]{1,6})?$/;
  if (value === undefined || !pattern.test(value)) fail(`${what}: expected ${whole ? "a whole number" : "a number"}, got ${quote(value ?? "")}`);
  const n = Number(value);
  if (!(n >= min && n <= max)) fail(`${what}: expected ${whole ? "a whole number" : "a number"} from ${min} to ${max}, got ${quote(value!)}`);
  return n;
}

/** One of a list of known names. */
export function readName<T extends string>(value: string | undefined, what: string, known: readonly T[]): T {
  if (value === undefined || !known.includes(value as T)) fail(`${what}: unknown ${quote(value ?? "")} (expected ${known.length > 8 ? `one of ${known.length} names` : known.join(", ")})`);
  return value as T;
}

/** A `;`-separated list of `~`-separated items, at most `max` items of `arity` parts each. */
export function readList(value: string | undefined, what: string, max: number, arity: number): string[][] {
  if (value === undefined || value === "") return [];
  const items = value.split(";");
  if (items.length > max) fail(`${what}: at most ${max} expected, got ${items.length}`);
  return items.map((item, i) => {
    const parts = item.split("~");
    if (parts.length !== arity) fail(`${what} ${i + 1}: expected ${arity} parts separated by ~, got ${quote(item)}`);
    return parts;
  });
}

/** Runs a decoder, turning a MomentProblem into `{ok: false}`. */
export function decodeWith<T>(decode: () => T): Decoded<T> {
  try {
    return {ok: true, value: decode()};
  } catch (error) {
    if (error instanceof MomentProblem) return {ok: false, problem: error.message};
    throw error;
  }
}

/** The raw value of `param` in a query string (`?a=b&…`), or null when absent. Malformed percent-escapes are an error. */
export function paramOf(search: string, param: string): Decoded<string> | null {
  for (const pair of search.replace(/^\?/, "").split("&")) {
    const eq = pair.indexOf("=");
    const key = eq < 0 ? pair : pair.slice(0, eq);
    if (key !== param) continue;
    try {
      return {ok: true, value: decodeURIComponent(pair.slice(eq + 1).replace(/\+/g, " "))};
    } catch {
      return {ok: false, problem: "it is not properly percent-encoded"};
    }
  }
  return null;
}

/** Reads and decodes one figure's parameter; null when the URL does not mention it. */
export function momentFromSearch<T>(search: string, codec: MomentCodec<T>): Decoded<T> | null {
  const raw = paramOf(search, codec.param);
  if (raw === null || !raw.ok) return raw as Decoded<T> | null;
  return codec.decode(raw.value);
}

/** The query string with `param` set to `value` (other parameters kept, in order). */
export function searchWith(search: string, param: string, value: string): string {
  const pairs = search.replace(/^\?/, "").split("&").filter((p) => p !== "" && (p.indexOf("=") < 0 ? p : p.slice(0, p.indexOf("="))) !== param);
  pairs.push(`${param}=${value}`);
  return `?${pairs.join("&")}`;
}

/** What a figure says when it ignores its part of the link. */
export function ignoredNotice(problem: string): string {
  return `The link's settings for this figure were ignored: ${problem}. It starts from its default instead.`;
}
