// Mesos-DNS host-name label rules.
// Source: mesosphere/mesos-dns records/labels/labels.go (`RFC1123`, `RFC952`, `label`, `mapping`,
// `trimCut`, `DomainFrag`) and its table in records/labels/labels_test.go.
//
// 1. Map every character: A-Z to lower case; a-z and 0-9 kept; `-`, `.` and `_` become `-`; anything
//    else (spaces, `$`, `/`, non-ASCII) is dropped.
// 2. Trim from the left: `-` (RFC 1123), or `-` and digits (RFC 952, whose labels start with a letter).
// 3. Cut to the maximum length (63 for RFC 1123, 24 for RFC 952) and trim `-` from the right of the cut.
//    If that trimming shortened it (the cut fell in or just after a run of dashes), refill the freed room
//    with the characters after the cut, leading dashes skipped: "hello" + 58 dashes + "f" → "hellof".

/** Which RFC's label rules: RFC 1123 (Mesos-DNS default) or RFC 952 (`enforceRFC952: true`). */
export type LabelSpec = "RFC1123" | "RFC952";

const SPECS: Record<LabelSpec, {maxlen: number; left: string}> = {
  RFC1123: {maxlen: 63, left: "-"},
  RFC952: {maxlen: 24, left: "-0123456789"}
};

function mapChars(name: string): string {
  let out = "";
  for (const ch of name) {
    if (ch >= "A" && ch <= "Z") out += ch.toLowerCase();
    else if ((ch >= "a" && ch <= "z") || (ch >= "0" && ch <= "9")) out += ch;
    else if (ch === "-" || ch === "." || ch === "_") out += "-";
  }
  return out;
}

function trimLeft(s: string, cutset: string): string {
  let i = 0;
  while (i < s.length && cutset.includes(s[i]!)) i++;
  return s.slice(i);
}

function trimRight(s: string, cutset: string): string {
  let i = s.length;
  while (i > 0 && cutset.includes(s[i - 1]!)) i--;
  return s.slice(0, i);
}

/** One DNS label from any name, by Mesos-DNS's rules (labels.go `RFC1123` / `RFC952`). */
export function sanitizeLabel(name: string, spec: LabelSpec = "RFC1123"): string {
  const {maxlen, left} = SPECS[spec];
  const trimmed = trimLeft(mapChars(name), left);
  const size = Math.min(trimmed.length, maxlen);
  const head = trimRight(trimmed.slice(0, size), "-");
  if (head.length === size) return head;
  const tail = trimLeft(trimmed.slice(size), "-");
  return tail.length > 0 ? head + tail.slice(0, size - head.length) : head;
}

/**
 * A dotted name (framework names, hosts) by Mesos-DNS's `DomainFrag`: split on `.`, sanitise each part as
 * one label, drop parts that come out empty, join with `.`.
 */
export function sanitizeDomain(name: string, spec: LabelSpec = "RFC1123"): string {
  return name
    .split(".")
    .map((part) => sanitizeLabel(part, spec))
    .filter((label) => label !== "")
    .join(".");
}
