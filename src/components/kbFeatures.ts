// The feature list as cards grouped by area (the category of the main component that delivers
// each feature), each linked to its components, concepts and chapters, Enterprise-only marked.
// Each card's anchor is the feature's id, so `./features#ip-per-container` lands on its card.
import type {FeatureView} from "../lib/kb/join.js";
import {featureAreas} from "../lib/kb/views.js";
import {h} from "./dom.js";
import {figureFrame} from "./figure.js";
import {labelledSelect} from "./kbControls.js";
import {chapterHref, commaList, enterpriseBadge, fill, later, swatch, whenConnected, type KbChapterRef} from "./kbShared.js";

export interface FeatureListOptions {
  chapters?: readonly KbChapterRef[];
  /** On arrival with `#<feature-id>`, bring that card into view. */
  followHash?: boolean;
  invalidation?: Promise<unknown>;
}

type Edition = "" | "open" | "enterprise";

export function kbFeatureList(features: readonly FeatureView[], {chapters = [], followHash = false, invalidation}: FeatureListOptions = {}): HTMLElement {
  const frame = figureFrame({
    title: "Every feature and what delivers it",
    description:
      "Cards for the features on the DC/OS feature pages, grouped by the category of the main component that delivers each one. Each card links to its components, concepts and chapters. Use the Edition menu to show only open-source or only Enterprise features.",
    keep: 1,
    visibleLog: false
  });
  let edition: Edition = "";
  const editionSelect = labelledSelect(
    "Edition",
    [
      ["", "All features"],
      ["open", "Open source"],
      ["enterprise", "Enterprise only"]
    ],
    "",
    (v) => {
      edition = v as Edition;
      render();
      frame.narrate(count.textContent ?? "");
    }
  );
  const count = h("p", {class: "kb-count", role: "status"});
  frame.controls.append(editionSelect.root);
  const groups = h("div", {class: "kb-feature-groups"});
  frame.body.append(count, groups);

  const link = (href: string | undefined, text: string) => (href ? h("a", {href}, text) : text);

  function card(f: FeatureView): HTMLElement {
    const usedIn = chapters.filter((c) => f.chapters.includes(c.id as never) && c.id !== "features" && c.available);
    const planned = chapters.filter((c) => f.chapters.includes(c.id as never) && c.id !== "features" && !c.available);
    const renamed = f.headings["1.7"] && f.headings["1.8+"] && f.headings["1.7"].toLowerCase() !== f.headings["1.8+"].toLowerCase();
    const article = h("article", {class: "kb-feature", id: f.id, "data-enterprise": String(f.enterprise)});
    fill(
      article,
      h(
        "h5",
        {},
        f.name,
        f.enterprise ? [" ", enterpriseBadge()] : null,
        !f.lists.includes("1.7") ? [" ", h("span", {class: "kb-badge kb-badge-new"}, `New in ${f.since}`)] : null
      ),
      h("p", {}, f.description),
      f.components.length
        ? h(
            "p",
            {class: "kb-feature-components"},
            h("strong", {}, "Delivered by "),
            ...commaList(
              f.components.map((c) =>
                h("span", {class: "kb-inline-chip"}, swatch(c.category, 9), link(chapterHref(chapters, "components", c.id), c.name), c.enterprise ? h("span", {class: "kb-e"}, h("span", {"aria-hidden": "true"}, "E"), h("span", {class: "sr-only"}, ", Enterprise only")) : null)
              )
            )
          )
        : null,
      f.concepts.length ? h("p", {}, h("strong", {}, "Concepts "), ...commaList(f.concepts.map((k) => link(chapterHref(chapters, "concepts", k.id), k.term)))) : null,
      usedIn.length || planned.length
        ? h(
            "p",
            {},
            h("strong", {}, "Chapters "),
            ...commaList([...usedIn.map((c) => link(chapterHref(chapters, c.id), c.title)), ...planned.map((c) => `${c.title} (coming later)`)])
          )
        : null,
      renamed ? h("p", {class: "kb-feature-headings"}, `Heading on the 1.7 page: “${f.headings["1.7"]}”; on the 1.8 to 2.2 pages: “${f.headings["1.8+"]}”.`) : null,
      f.note ? h("p", {class: "kb-note"}, h("strong", {}, "Note: "), f.note) : null,
      h("p", {class: "kb-sources"}, "Sources: ", f.source.map((s) => `${s.title}, DC/OS ${s.version} docs`).join("; "), ".")
    );
    return article;
  }

  function render(): void {
    const shown = features.filter((f) => !edition || f.enterprise === (edition === "enterprise"));
    count.textContent = `${shown.length} of ${features.length} features${edition === "open" ? " in open-source DC/OS" : edition === "enterprise" ? " only in DC/OS Enterprise" : ""}.`;
    groups.replaceChildren(
      ...featureAreas(shown).map((g) =>
        h(
          "section",
          {class: "kb-feature-group", "aria-label": g.label},
          h("h4", {class: "kb-area-title"}, swatch(g.category, 12), ` ${g.label}`, h("span", {class: "kb-area-count"}, ` · ${g.features.length}`)),
          h("div", {class: "kb-feature-cards"}, g.features.map(card))
        )
      )
    );
  }

  render();
  if (followHash && typeof location !== "undefined") {
    const reveal = () => {
      const id = decodeURIComponent(location.hash.slice(1));
      if (!features.some((f) => f.id === id)) return;
      const card = () => [...groups.querySelectorAll<HTMLElement>("article.kb-feature")].find((a) => a.id === id);
      if (!card()) {
        edition = "";
        editionSelect.select.value = "";
        render();
      }
      const target = card();
      groups.querySelectorAll(".is-target").forEach((el) => el.classList.remove("is-target"));
      target?.classList.add("is-target");
      target?.scrollIntoView?.({block: "start"});
    };
    later(() => whenConnected(frame.root, reveal));
    addEventListener("hashchange", reveal);
    invalidation?.then(() => removeEventListener("hashchange", reveal));
  }
  return frame.root;
}
