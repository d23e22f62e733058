// The two ways the docs draw DC/OS's layers, side by side: software / platform / infrastructure
// (1.9 to 2.2; the platform layer filled from the component data by category, for a chosen
// release) and kernel space / user space (1.7 and 1.8). Every component is a chip: hover or focus
// shows it in the panel, selecting it marks it in both models and says where each one puts it.
// Arrow keys move between chips (one tab stop for the whole drawing).
import type {Layer, LayerModel} from "../lib/architecture/model.js";
import type {ComponentCategory} from "../lib/kb/common.js";
import type {DcosRelease} from "../lib/kb/releases.js";
import {existsIn, KB_CATEGORY_LABELS, KB_RELEASES} from "../lib/kb/views.js";
import {componentChip, fullName, infoPanel, type ArchContext} from "./archInfo.js";
import {h, rovingKeydown} from "./dom.js";
import {figureFrame} from "./figure.js";

export interface LayersOptions {
  /** The release whose components fill the platform layer (default 2.1). */
  release?: DcosRelease;
  selected?: string;
}

/** The releases a model covers, from its `releases` text ("1.9 to 2.2", "1.7 and 1.8"). */
export function modelReleases(model: Pick<LayerModel, "releases">): DcosRelease[] {
  const named = KB_RELEASES.filter((r) => new RegExp(`(^|[^.\\d])${r.replace(".", "\\.")}($|[^.\\d])`).test(model.releases));
  if (/ to /.test(model.releases) && named.length === 2) return KB_RELEASES.slice(KB_RELEASES.indexOf(named[0]!), KB_RELEASES.indexOf(named[1]!) + 1);
  return named;
}

/** The components a layer shows in a release: those it names, then those of its categories. */
export function layerComponents(layer: Layer, components: ArchContext, release: DcosRelease): {named: string[]; byCategory: {category: ComponentCategory; ids: string[]}[]} {
  const all = [...components.byId.values()];
  return {
    named: layer.components,
    byCategory: layer.categories.map((category) => ({
      category: category as ComponentCategory,
      ids: all.filter((c) => c.category === category && existsIn(c, release) && c.nodeTypes.length > 0).map((c) => c.id)
    }))
  };
}

/** Where a model puts a component: "the platform layer (Networking)", "user space", or undefined. */
export function whereInModel(model: LayerModel, ctx: ArchContext, id: string, release: DcosRelease): string | undefined {
  for (const layer of model.layers) {
    const {named, byCategory} = layerComponents(layer, ctx, release);
    if (named.includes(id)) return layer.title.toLowerCase();
    const group = byCategory.find((g) => g.ids.includes(id));
    if (group) return `the ${layer.title.toLowerCase()} layer (${KB_CATEGORY_LABELS[group.category]})`;
  }
  return undefined;
}

export function archLayers(models: readonly LayerModel[], ctx: ArchContext, {release: initial = "2.1", selected: initialSelected}: LayersOptions = {}): HTMLElement {
  const frame = figureFrame({
    title: "Two ways to draw the layers of DC/OS",
    description:
      "Left, the model of DC/OS 1.9 to 2.2: software on top of a platform of components in eight groups, on top of infrastructure. Right, the model of DC/OS 1.7 and 1.8: user space over kernel space. Every component is a button; pointing at or focusing one describes it below, and selecting it marks it in both models and says where each puts it. Arrow keys move between components.",
    keep: 3,
    className: "arch-layers-figure"
  });
  const panel = infoPanel(ctx);
  const releaseModel = models.find((m) => m.layers.some((l) => l.categories.length > 0)) ?? models[0]!;
  const releases = modelReleases(releaseModel);
  let release: DcosRelease = releases.includes(initial) ? initial : releases.at(-1)!;
  let selected: string | undefined;

  const releaseSelect = h(
    "select",
    {class: "arch-select arch-layers-release", id: `${frame.root.getAttribute("aria-labelledby")}-release`, onchange: () => setRelease(releaseSelect.value as DcosRelease)},
    releases.map((r) => h("option", {value: r, selected: r === release}, `DC/OS ${r}`))
  );
  frame.controls.append(h("label", {for: releaseSelect.id}, `Fill the platform layer (${releaseModel.releases} model) from`), releaseSelect);

  const stage = h("div", {class: "arch-layers"});
  frame.body.append(stage, panel.element);

  const chips = () => [...stage.querySelectorAll<HTMLButtonElement>(".arch-chip")];

  function chip(id: string): HTMLButtonElement {
    const b = componentChip(ctx, id, {panel, onSelect: (x) => select(x === selected ? undefined : x, true)});
    b.setAttribute("aria-pressed", String(id === selected));
    b.tabIndex = -1;
    return b;
  }

  function drawLayer(model: LayerModel, layer: Layer): HTMLElement {
    const {named, byCategory} = layerComponents(layer, ctx, release);
    return h(
      "div",
      {class: "arch-layer", "data-layer": layer.id, role: "group", "aria-label": layer.title},
      h("div", {class: "arch-layer-head"}, h("strong", {}, layer.title), h("span", {class: "arch-layer-about"}, layer.about)),
      byCategory.length
        ? h(
            "div",
            {class: "arch-categories"},
            byCategory.map((g) =>
              h(
                "div",
                {class: "arch-category", "data-category": g.category, role: "group", "aria-label": `${KB_CATEGORY_LABELS[g.category]}, ${g.ids.length} components`},
                h("div", {class: "arch-category-head"}, KB_CATEGORY_LABELS[g.category], h("span", {class: "arch-count"}, ` ${g.ids.length}`)),
                h("div", {class: "arch-chips"}, g.ids.map(chip))
              )
            )
          )
        : null,
      named.length || layer.items.length
        ? h("div", {class: "arch-chips"}, named.map(chip), layer.items.map((item) => h("span", {class: "arch-item"}, item)))
        : null
    );
    void model;
  }

  function draw(): void {
    stage.replaceChildren(
      ...models.map((model) =>
        h(
          "section",
          {class: "arch-model", "data-model": model.id, "aria-label": `${model.title} (DC/OS ${model.releases})`},
          h("h4", {class: "arch-model-title"}, model.title, h("span", {class: "arch-model-releases"}, ` DC/OS ${model.releases}${model === releaseModel ? `, components of ${release}` : ""}`)),
          model.external.length
            ? h("div", {class: "arch-external", role: "group", "aria-label": "Outside the platform"}, h("span", {class: "arch-external-head"}, "Outside, talking to it: "), model.external.map((e) => h("span", {class: "arch-item arch-item-external"}, e)))
            : null,
          model.layers.map((layer) => drawLayer(model, layer))
        )
      )
    );
    const all = chips();
    const stop = all.find((c) => c.dataset.component === selected) ?? all[0];
    if (stop) stop.tabIndex = 0;
  }

  function describe(id: string): string {
    const parts = models.map((m) => `in the ${m.releases} model, ${whereInModel(m, ctx, id, release) ?? "not drawn"}`);
    return `${fullName(ctx, id)}: ${parts.join("; ")}.`;
  }

  function select(id: string | undefined, announce: boolean): void {
    selected = id;
    for (const c of chips()) c.setAttribute("aria-pressed", String(c.dataset.component === id));
    if (id) panel.show(id);
    if (announce) frame.narrate(id ? describe(id) : "Nothing selected.");
  }

  function setRelease(r: DcosRelease): void {
    release = r;
    const focused = document.activeElement === releaseSelect;
    draw();
    select(selected, false);
    const count = stage.querySelectorAll(`[data-model="${releaseModel.id}"] .arch-category .arch-chip`).length;
    frame.narrate(`The platform layer now shows the ${count} components of DC/OS ${r}.`);
    if (focused) releaseSelect.focus();
  }

  stage.addEventListener("keydown", rovingKeydown(chips));

  draw();
  // Said in the log before the figure is on the page, so nothing is announced at load.
  if (initialSelected && ctx.byId.has(initialSelected)) select(initialSelected, true);
  return frame.root;
}
