// Release by release: a slider from 1.7 to 2.2 (with previous and next buttons) and, for the
// chosen release, what it added, merged, replaced, renamed and removed, with a timeline of every
// component's life below (one bar per component, the chosen release highlighted).
import type {ComponentView, PortView, ReleaseView} from "../lib/kb/join.js";
import type {DcosRelease} from "../lib/kb/releases.js";
import {byCategoryThenName, diffIsEmpty, KB_RELEASES, releaseDiff, releaseIndex, shortName, type ReleaseDiff} from "../lib/kb/views.js";
import {h, s} from "./dom.js";
import {figureFrame} from "./figure.js";
import {releaseStepper} from "./kbControls.js";
import {categoryColor, commaList, fill} from "./kbShared.js";

export interface ReleasesOptions {
  width?: number;
  release?: DcosRelease;
  ports?: readonly PortView[];
}

type ReleaseRecord = Extract<ReleaseView, {kind: "release"}>;

const LABEL_W = 180;
const ROW_H = 13;
const HEAD = 22;

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** One sentence on a diff, for the narrated log. */
export function describeDiff(diff: ReleaseDiff): string {
  if (!diff.previous) return `DC/OS ${diff.release}: the first release in the workbook, with ${diff.count} components.`;
  const parts = [
    diff.added.length ? `new: ${diff.added.map((c) => c.name).join(", ")}` : "",
    diff.merged.length ? `merged: ${diff.merged.map((c) => `${c.name} into ${c.into.name}`).join(", ")}` : "",
    diff.replaced.length ? `replaced: ${diff.replaced.map((c) => `${c.name} by ${c.by.name}`).join(", ")}` : "",
    diff.renamed.length ? `renamed: ${diff.renamed.map((c) => `${c.from} to ${c.name}`).join(", ")}` : "",
    diff.removed.length ? `removed: ${diff.removed.map((c) => c.name).join(", ")}` : ""
  ].filter(Boolean);
  return `DC/OS ${diff.release}, ${diff.count} components. ${parts.length ? `${parts.join("; ")}.` : `No component came or went since ${diff.previous}.`}`;
}

export function kbReleases(components: readonly ComponentView[], releases: readonly ReleaseView[], {width = 720, release: initial = "1.7", ports = []}: ReleasesOptions = {}): HTMLElement {
  const frame = figureFrame({
    title: "Components release by release",
    description:
      "A slider picks a release from 1.7 to 2.2; the previous and next buttons step one release at a time. For the chosen release you read what it added, merged, replaced, renamed and removed. Below, a timeline draws every component as a bar across the releases it shipped in, with the chosen release highlighted.",
    keep: 3
  });
  const records = new Map(releases.filter((r): r is ReleaseRecord => r.kind === "release").map((r) => [r.version, r]));
  let release: DcosRelease = initial;

  const stepper = releaseStepper("Release", release, (r) => {
    release = r;
    render(true);
  });
  frame.controls.append(stepper.root);
  const panel = h("div", {class: "kb-release-panel", "aria-live": "off"});
  const timeline = h("div", {class: "kb-timeline"});
  frame.body.append(panel, timeline);

  // The timeline is drawn once; render() only moves the highlight and emphasises changed rows.
  const rows = [...components].sort((a, b) => releaseIndex(a.since) - releaseIndex(b.since) || byCategoryThenName(a, b));
  const w = Math.max(560, width);
  const colW = (w - LABEL_W) / KB_RELEASES.length;
  const height = HEAD + rows.length * ROW_H + 6;
  const cx = (r: DcosRelease) => LABEL_W + releaseIndex(r) * colW;
  const band = s("rect", {x: 0, y: 0, width: colW, height: height - 2, fill: "var(--theme-foreground-focus)", opacity: 0.13, rx: 3});
  const svg = s("svg", {
    width: w,
    height,
    viewBox: `0 0 ${w} ${height}`,
    role: "img",
    "aria-label": `Timeline of ${rows.length} components across DC/OS ${KB_RELEASES[0]} to ${KB_RELEASES[KB_RELEASES.length - 1]}`,
    style: "max-width:100%;height:auto;font-family:var(--sans-serif)"
  });
  svg.append(band);
  KB_RELEASES.forEach((r) => {
    svg.append(s("text", {x: cx(r) + colW / 2, y: 14, "text-anchor": "middle", "font-size": 12, fill: "currentColor", "data-release": r}, r));
  });
  const rowEls = new Map<string, SVGGElement>();
  rows.forEach((c, i) => {
    const y = HEAD + i * ROW_H;
    const end = c.until ?? KB_RELEASES[KB_RELEASES.length - 1]!;
    const g = s(
      "g",
      {"data-id": c.id},
      s("text", {x: LABEL_W - 6, y: y + ROW_H - 3, "text-anchor": "end", "font-size": 11, fill: "currentColor"}, clip(shortName(c.name), 29)),
      s("rect", {x: cx(c.since) + 2, y: y + 2, width: cx(end) + colW - cx(c.since) - 4, height: ROW_H - 4, rx: 3, fill: categoryColor(c.category)}),
      c.mergedInto || c.replacedBy
        ? s("text", {x: cx(end) + colW + 2, y: y + ROW_H - 3, "font-size": 10, fill: "currentColor"}, `→ ${shortName((c.mergedInto ?? c.replacedBy)!.name)}`)
        : null
    );
    rowEls.set(c.id, g);
    svg.append(g);
  });
  svg.addEventListener("click", (event) => {
    const box = svg.getBoundingClientRect();
    const scale = box.width ? w / box.width : 1;
    const i = Math.floor(((event.clientX - box.left) * scale - LABEL_W) / colW);
    const r = KB_RELEASES[i];
    if (r && r !== release) {
      release = r;
      stepper.set(r);
      render(true);
    }
  });
  timeline.append(svg);

  function render(announce = false): void {
    const diff = releaseDiff(components, release, ports);
    const record = records.get(release);
    const firstPorts = ports.length > 0 && diff.portsOpened.length > 0 && !ports.some((p) => releaseIndex(p.since) < releaseIndex(release));
    const changed = new Set([...diff.added, ...diff.merged, ...diff.replaced, ...diff.renamed, ...diff.removed].map((c) => c.id));
    band.setAttribute("x", String(cx(release)));
    for (const [id, g] of rowEls) {
      const c = components.find((x) => x.id === id)!;
      const present = releaseIndex(c.since) <= releaseIndex(release) && (c.until === null || releaseIndex(release) <= releaseIndex(c.until));
      g.setAttribute("opacity", changed.has(id) ? "1" : present ? "0.75" : "0.3");
      g.querySelector("text")!.setAttribute("font-weight", changed.has(id) ? "700" : "400");
    }
    svg.querySelectorAll<SVGTextElement>("text[data-release]").forEach((t) => t.setAttribute("font-weight", t.dataset.release === release ? "700" : "400"));

    const link = (c: {id: string; name: string}) => h("a", {href: `#${c.id}`}, c.name);
    const section = (title: string, items: (Node | string)[][], className: string) =>
      items.length ? h("div", {class: `kb-change ${className}`}, h("h4", {}, `${title} (${items.length})`), h("ul", {}, items.map((parts) => h("li", {}, ...parts)))) : null;
    const bundled = record
      ? [record.mesos ? `Mesos ${record.mesos}` : "", record.marathon ? `Marathon ${record.marathon}` : "", ...record.alsoBundled.map((b) => `${b.name} ${b.version}`)].filter(Boolean).join(" · ")
      : "";
    fill(
      panel,
      h(
        "div",
        {class: "kb-release-head"},
        h("h4", {}, `DC/OS ${release}`),
        h("p", {}, record?.ga ? `Released ${record.ga}.` : "No release date in the docs.", bundled ? ` Ships ${bundled}.` : "", ` ${diff.count} components.`),
        record ? h("ul", {class: "kb-highlights"}, record.highlights.map((x) => h("li", {}, x))) : null
      ),
      !diff.previous ? h("p", {}, `The first release the workbook covers: every component starts here or later. Step forward to see what changed.`) : null,
      diff.previous && diffIsEmpty(diff) ? h("p", {}, `No component came or went between ${diff.previous} and ${release}.`) : null,
      h(
        "div",
        {class: "kb-changes"},
        section("New", diff.added.map((c) => [link(c)]), "is-new"),
        section("Merged into another", diff.merged.map((c) => [link(c), " → ", link(c.into)]), "is-merged"),
        section("Replaced", diff.replaced.map((c) => [link(c), " → ", link(c.by)]), "is-replaced"),
        section("Renamed", diff.renamed.map((c) => [`${c.from} → `, link(c)]), "is-renamed"),
        section("Removed", diff.removed.map((c) => [link(c)]), "is-removed")
      ),
      firstPorts
        ? h("p", {class: "kb-port-changes"}, h("strong", {}, "Ports: "), `the first published ports table is for this release; it lists ${diff.portsOpened.length} entries.`)
        : diff.portsOpened.length || diff.portsClosed.length || diff.portsMoved.length
        ? h(
            "p",
            {class: "kb-port-changes"},
            h("strong", {}, "Ports: "),
            ...commaList(
              [
                diff.portsOpened.length ? `${diff.portsOpened.length} first documented (${[...new Set(diff.portsOpened.map((p) => p.label))].join(", ")})` : "",
                diff.portsClosed.length ? `${diff.portsClosed.length} gone (${[...new Set(diff.portsClosed.map((p) => p.label))].join(", ")})` : "",
                diff.portsMoved.length ? `${diff.portsMoved.length} moved to a new owner (${diff.portsMoved.map((m) => `${m.port.label} from ${m.from.componentName} to ${m.port.componentName}`).join(", ")})` : ""
              ].filter(Boolean)
            ),
            "."
          )
        : null
    );
    if (announce) frame.narrate(describeDiff(diff));
  }

  render();
  return frame.root;
}
