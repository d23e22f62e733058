// Checking a name a reader types before it is looked up: what is wrong, said plainly. Pure (no DOM).
// Limits from RFC 1035 §2.3.4 (a label at most 63 octets, a name at most 255 octets on the wire, so 253
// characters as text without the final dot) and the host-name rules of RFC 1123 (letters, digits and
// hyphens). Underscores are allowed too: SRV names start with `_service._proto`.

export const MAX_NAME = 253;
export const MAX_LABEL = 63;

export type NameCheck = {ok: true; name: string} | {ok: false; message: string};

function describeChar(ch: string): string {
  if (ch === " ") return "a space";
  if (ch === "\t") return "a tab";
  const code = ch.codePointAt(0)!;
  if (code < 0x20 || code === 0x7f) return `a control character (U+${code.toString(16).toUpperCase().padStart(4, "0")})`;
  return `"${ch}"`;
}

const short = (label: string) => (label.length > 24 ? `${label.slice(0, 20)}…` : label);

/** Checks a typed DNS name; on success returns it lower-cased with the final dot. */
export function checkDnsName(text: string): NameCheck {
  const name = text.trim();
  if (name === "") return {ok: false, message: "Type a name first, for example web.marathon.mesos."};
  const bare = name.endsWith(".") ? name.slice(0, -1) : name;
  if (bare === "") return {ok: false, message: "A name needs at least one label before the final dot."};
  if (bare.length > MAX_NAME) return {ok: false, message: `The name is ${bare.length} characters long; a DNS name can have at most ${MAX_NAME}.`};
  const labels = bare.split(".");
  for (const [i, label] of labels.entries()) {
    if (label === "") {
      return {ok: false, message: i === 0 ? "The name starts with a dot; remove it." : "The name has two dots in a row: every label between dots needs at least one character."};
    }
    if (label.length > MAX_LABEL) {
      return {ok: false, message: `The label "${short(label)}" is ${label.length} characters long; a label (the part between two dots) can have at most ${MAX_LABEL}.`};
    }
    const bad = [...label].find((ch) => !/[A-Za-z0-9_-]/.test(ch));
    if (bad !== undefined) {
      return {ok: false, message: `The label "${short(label)}" contains ${describeChar(bad)}. DNS names use letters, digits and hyphens (and underscores in SRV names).`};
    }
  }
  return {ok: true, name: `${bare.toLowerCase()}.`};
}
