// dcos-net's label rules, which differ in details from Mesos-DNS's.
// Source: dcos/mesos_state src/mesos_state.erl `label/1`, `label/3`, `domain_frag/1` (used by
// dcos/dcos-net apps/dcos_dns/src/dcos_dns_mesos.erl `format_name` and
// apps/dcos_l4lb/src/dcos_l4lb_lashup_vip_listener.erl `binary_to_name`), and its `remap_test`.
//
// Per byte: A-Z lower-cased; before the first letter or digit everything else is skipped; then `-`, `_`
// and `.` become `-`, other characters are dropped. Once 63 characters are collected and more input
// remains, trailing dashes are trimmed and only letters and digits are appended until 63 again. Trailing
// dashes are trimmed at the end. Digits may start a label.

const isAlnum = (c: string) => (c >= "a" && c <= "z") || (c >= "0" && c <= "9");

/** mesos_state:label/1 — one DNS label. */
export function dcosNetLabel(name: string): string {
  // Erlang works on the UTF-8 bytes; bytes ≥ 0x80 are never letters or digits, so dropping non-ASCII
  // code points is equivalent.
  const chars = [...name].filter((c) => c.charCodeAt(0) < 0x80);
  let state: "start" | "middle" | "terminate" = "start";
  let acc = "";
  const stripDashes = (s: string) => s.replace(/-+$/, "");
  let i = 0;
  while (i < chars.length) {
    let c = chars[i]!;
    if (c >= "A" && c <= "Z") c = c.toLowerCase();
    if (state === "start") {
      if (isAlnum(c)) state = "middle";
      else {
        i++;
        continue;
      }
    }
    if (state === "middle" && acc.length > 62) {
      acc = stripDashes(acc);
      state = "terminate";
      continue;
    }
    if (state === "middle" && (c === "-" || c === "_" || c === ".")) {
      acc += "-";
      i++;
      continue;
    }
    if (state === "terminate" && acc.length === 63) break;
    if (isAlnum(c)) acc += c;
    i++;
  }
  return stripDashes(acc);
}

/**
 * mesos_state:domain_frag/1 — split on `.`, drop empty parts, label each part, join with `.`. Unlike
 * Mesos-DNS, a part that labels to "" is kept (giving `a..b`).
 */
export function dcosNetDomainFrag(name: string): string {
  return name
    .split(".")
    .filter((part) => part !== "")
    .map(dcosNetLabel)
    .join(".");
}
