// @vitest-environment jsdom
import {afterEach, describe, expect, it} from "vitest";
import {kbFeatureLists} from "../../src/components/kbFeatureLists.js";
import {kbFeatureList} from "../../src/components/kbFeatures.js";
import {compareFeatureLists, featureAreas} from "../../src/lib/kb/views.js";
import {chaptersWith, features} from "../lib/kb/data.js";

const key = (el: Element, k: string) => el.dispatchEvent(new KeyboardEvent("keydown", {key: k, bubbles: true}));
const item = (root: Element, side: string, id: string) => root.querySelector<SVGGElement>(`.kb-list-item[data-side="${side}"][data-id="${id}"]`)!;

afterEach(() => {
  document.body.replaceChildren();
  history.replaceState(null, "", "/");
});

describe("kbFeatureList", () => {
  it("shows one anchored card per feature, grouped by area in category order", () => {
    const root = kbFeatureList(features, {chapters: chaptersWith("components", "concepts", "features")});
    expect([...root.querySelectorAll("article.kb-feature")].map((a) => a.id).sort()).toEqual(features.map((f) => f.id).sort());
    expect([...root.querySelectorAll(".kb-area-title")].map((h) => h.textContent)).toEqual(featureAreas(features).map((a) => ` ${a.label} · ${a.features.length}`));
    expect(root.querySelector(".kb-count")?.textContent).toBe(`${features.length} of ${features.length} features.`);
  });

  it("links components, concepts and only the chapters that exist; marks Enterprise and new features", () => {
    const root = kbFeatureList(features, {chapters: chaptersWith("components", "concepts", "features")});
    const iam = root.querySelector("#identity-and-access-management")!;
    expect(iam.querySelector("h5 .kb-badge-enterprise")?.textContent).toBe("Enterprise");
    expect(iam.querySelector("h5 .kb-badge-new")?.textContent).toBe("New in 1.8");
    expect([...iam.querySelectorAll(".kb-feature-components a")].map((a) => a.getAttribute("href"))).toEqual(["./components#bouncer", "./components#cockroachdb"]);
    const ha = root.querySelector("#high-availability")!;
    expect(ha.querySelector(".kb-badge-new")).toBeNull();
    expect([...ha.querySelectorAll("a")].map((a) => a.getAttribute("href"))).toContain("./concepts#quorum");
    // The High availability chapter has no page in this outline: named, not linked.
    expect([...ha.querySelectorAll("a")].some((a) => a.getAttribute("href") === "./high-availability")).toBe(false);
    expect(ha.textContent).toContain("Chapter high-availability (coming later)");
    const withPage = kbFeatureList(features, {chapters: chaptersWith("components", "concepts", "features", "high-availability")});
    expect([...withPage.querySelectorAll("#high-availability a")].map((a) => a.getAttribute("href"))).toContain("./high-availability");
    // Without a components page, components are named, not linked.
    const bare = kbFeatureList(features, {chapters: chaptersWith("features")});
    expect(bare.querySelectorAll(".kb-feature-components a").length).toBe(0);
  });

  it("filters by edition", () => {
    const root = kbFeatureList(features);
    const select = root.querySelector<HTMLSelectElement>("select")!;
    expect(root.querySelector(`label[for="${select.id}"]`)?.textContent).toBe("Edition");
    select.value = "enterprise";
    select.dispatchEvent(new Event("change"));
    expect([...root.querySelectorAll("article.kb-feature")].map((a) => a.id)).toEqual(features.filter((f) => f.enterprise).map((f) => f.id));
    expect(root.querySelector(".kb-count")?.textContent).toBe(`${features.filter((f) => f.enterprise).length} of ${features.length} features only in DC/OS Enterprise.`);
    select.value = "open";
    select.dispatchEvent(new Event("change"));
    expect(root.querySelectorAll("article.kb-feature").length).toBe(features.filter((f) => !f.enterprise).length);
  });

  it("marks the card a hash names, showing it even when the filter hid it", () => {
    const root = kbFeatureList(features, {followHash: true});
    document.body.append(root);
    const select = root.querySelector<HTMLSelectElement>("select")!;
    select.value = "open";
    select.dispatchEvent(new Event("change"));
    history.replaceState(null, "", "#encrypted-communication");
    window.dispatchEvent(new HashChangeEvent("hashchange"));
    expect(root.querySelector("#encrypted-communication")?.classList.contains("is-target")).toBe(true);
    expect(select.value).toBe("");
  });
});

describe("kbFeatureLists", () => {
  const cmp = compareFeatureLists(features);

  it("draws 13 headings on the left and 21 on the right, a line for each feature on both", () => {
    const root = kbFeatureLists(features, {width: 700});
    expect(root.querySelectorAll('.kb-list-item[data-side="1.7"]').length).toBe(13);
    expect(root.querySelectorAll('.kb-list-item[data-side="1.8+"]').length).toBe(21);
    expect(root.querySelectorAll("svg > path").length).toBe(13);
    expect([...root.querySelectorAll("svg > path")].filter((p) => p.getAttribute("stroke-width") === "3.5").length).toBe(2);
    expect(item(root, "1.7", "package-management").querySelector("title")?.textContent).toBe("Public and Private Package Repositories, heading reworded");
    expect(item(root, "1.8+", "encrypted-communication").querySelector("title")?.textContent).toBe("Cluster security with encrypted communication, Enterprise only, new in 1.8");
  });

  it("has a table with the same comparison", () => {
    const root = kbFeatureLists(features);
    const rows = [...root.querySelectorAll(".kb-table-alt tbody tr")].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(rows.length).toBe(21);
    expect(rows.filter((r) => r[3] === "new in 1.8").length).toBe(8);
    expect(rows.find((r) => r[1] === "Public and Private Package Repositories")).toEqual(["Package management", "Public and Private Package Repositories", "Public management", "reworded"]);
  });

  it("selects by click and keyboard, and says what changed", () => {
    const root = kbFeatureLists(features);
    document.body.append(root);
    item(root, "1.7", "package-management").dispatchEvent(new MouseEvent("click", {bubbles: true}));
    const pkg = cmp.kept.find((k) => k.feature.id === "package-management")!;
    expect(root.querySelector(".kb-lists-panel p")?.textContent).toBe(`Package management is on both lists, reworded from “${pkg.from}” in 1.7 to “${pkg.to}” from 1.8.`);
    expect(root.querySelector("[role=log]")?.textContent).toBe(root.querySelector(".kb-lists-panel p")?.textContent);
    item(root, "1.7", "package-management").focus();
    key(document.activeElement!, "ArrowRight");
    expect([document.activeElement?.getAttribute("data-side"), document.activeElement?.getAttribute("data-id")]).toEqual(["1.8+", "package-management"]);
    const right = [...cmp.kept.map((k) => k.feature.id), ...cmp.added.map((a) => a.feature.id)];
    for (let i = right.indexOf("package-management"); i < right.length - 1; i++) key(document.activeElement!, "ArrowDown");
    expect(document.activeElement?.getAttribute("data-id")).toBe(right[right.length - 1]);
    key(document.activeElement!, "Enter");
    expect(root.querySelector(".kb-lists-panel p")?.textContent).toMatch(/is new in the 1\.8 list/);
    key(document.activeElement!, "ArrowLeft");
    expect(document.activeElement?.getAttribute("data-side")).toBe("1.7");
  });
});
