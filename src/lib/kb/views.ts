// What the knowledge-base chapters draw, computed from the joined records: components filtered
// by node type, category and release; where each one runs; the ports a firewall between nodes
// must allow; what changed at each release; the dependency and concept graphs; glossary search;
// and the two feature lists compared. Pure: no DOM, and only type imports from the schema
// modules, so pages that use these helpers do not ship the validator.
import {COMPONENT_CATEGORIES, type ComponentCategory} from "./categories.js";
import type {KbNodeType} from "./common.js";
import type {ComponentUnit, ComponentView, ConceptView, FeatureView, PortView} from "./join.js";
import type {DcosRelease} from "./releases.js";

/** The release lines, oldest first (the same list as DCOS_RELEASES, without the schema import). */
export const KB_RELEASES: readonly DcosRelease[] = ["1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "1.13", "2.0", "2.1", "2.2"];

/** The node types in the order the chapters show them. */
export const KB_NODE_TYPE_ORDER: readonly KbNodeType[] = ["master", "private-agent", "public-agent"];

export const KB_NODE_TYPE_LABELS: Record<KbNodeType, string> = {
  master: "Master",
  "private-agent": "Private agent",
  "public-agent": "Public agent"
};

/** The eight categories in the order of the 2.1 architecture page. */
export const KB_CATEGORY_ORDER: readonly ComponentCategory[] = COMPONENT_CATEGORIES;

export const KB_CATEGORY_LABELS: Record<ComponentCategory, string> = {
  "cluster-management": "Cluster management",
  "container-orchestration": "Container orchestration",
  "container-runtimes": "Container runtimes",
  "logging-and-metrics": "Logging and metrics",
  networking: "Networking",
  "package-management": "Package management",
  "iam-and-security": "IAM and security",
  storage: "Storage"
};

type Range = {since: DcosRelease; until: DcosRelease | null};

/** Position of a release (0 for 1.7), -1 if unknown. */
export function releaseIndex(release: string): number {
  return (KB_RELEASES as readonly string[]).indexOf(release);
}

/** Whether a versioned record exists in `release`. */
export function existsIn(range: Range, release: DcosRelease): boolean {
  const i = releaseIndex(release);
  return releaseIndex(range.since) <= i && (range.until === null || i <= releaseIndex(range.until));
}

/** A release span in words: "1.7 to 2.2", "2.1 only", "1.9 to 1.11". */
export function releaseSpan(range: Range): string {
  const until = range.until ?? KB_RELEASES[KB_RELEASES.length - 1]!;
  return range.since === until ? `${until} only` : `${range.since} to ${until}`;
}

/**
 * A short label for a figure: the shorter of a name and its bracketed alias ("DC/OS Jobs
 * (Metronome)" → "Metronome", "Spartan (DNS forwarder)" → "Spartan"), without a leading
 * "Apache "; a one-word lowercase qualifier stays ("Mesos agent (public)").
 */
export function shortName(name: string): string {
  const plain = (text: string) => text.replace(/^Apache (?=\S+)/, "");
  const match = /^(.+?) \((.+)\)$/.exec(name);
  if (!match) return plain(name);
  const [, outer, inner] = match as unknown as [string, string, string];
  if (/^[a-z]+$/.test(inner)) return plain(name);
  return plain(inner.length < outer.length ? inner : outer);
}

// --- Components -------------------------------------------------------------------------

export interface ComponentFilter {
  nodeType?: KbNodeType | "off-cluster" | null;
  category?: ComponentCategory | null;
  release?: DcosRelease | null;
  edition?: "open" | "enterprise" | null;
}

/** The components that match every filter given (null or missing = any), in data order. */
export function filterComponents<C extends Pick<ComponentView, "nodeTypes" | "category" | "since" | "until" | "enterprise">>(
  components: readonly C[],
  {nodeType, category, release, edition}: ComponentFilter = {}
): C[] {
  return components.filter(
    (c) =>
      (!nodeType || (nodeType === "off-cluster" ? c.nodeTypes.length === 0 : c.nodeTypes.includes(nodeType))) &&
      (!category || c.category === category) &&
      (!release || existsIn(c, release)) &&
      (!edition || c.enterprise === (edition === "enterprise"))
  );
}

/** A component's units that exist in `release` (and run on `nodeType`, when given). */
export function unitsIn(component: Pick<ComponentView, "units">, release: DcosRelease, nodeType?: KbNodeType): ComponentUnit[] {
  return component.units.filter((u) => existsIn(u, release) && (!nodeType || u.nodeTypes.includes(nodeType)));
}

/** Sorts by category order, then by name. */
export function byCategoryThenName<C extends Pick<ComponentView, "category" | "name">>(a: C, b: C): number {
  return KB_CATEGORY_ORDER.indexOf(a.category) - KB_CATEGORY_ORDER.indexOf(b.category) || a.name.localeCompare(b.name);
}

export interface PlacementColumn<C> {
  nodeType: KbNodeType;
  label: string;
  components: C[];
  /** How many systemd units run on this node type in the release. */
  unitCount: number;
}

/** Where components run in a release: one column per node type, plus what runs off the cluster. */
export function placement<C extends ComponentView>(components: readonly C[], release: DcosRelease): {columns: PlacementColumn<C>[]; offCluster: C[]} {
  const present = filterComponents(components, {release});
  const columns = KB_NODE_TYPE_ORDER.map((nodeType) => {
    const here = present.filter((c) => c.nodeTypes.includes(nodeType)).sort(byCategoryThenName);
    return {nodeType, label: KB_NODE_TYPE_LABELS[nodeType], components: here, unitCount: here.reduce((n, c) => n + unitsIn(c, release, nodeType).length, 0)};
  });
  return {columns, offCluster: present.filter((c) => c.nodeTypes.length === 0)};
}

/** The chapters that use a component: those of its features and of the concepts it embodies. */
export function componentChapters(
  component: Pick<ComponentView, "id">,
  features: readonly Pick<FeatureView, "components" | "chapters">[],
  concepts: readonly Pick<ConceptView, "components" | "chapter">[]
): string[] {
  const chapters = new Set<string>();
  for (const f of features) if (f.components.some((c) => c.id === component.id)) f.chapters.forEach((ch) => chapters.add(ch));
  for (const k of concepts) if (k.components.some((c) => c.id === component.id)) chapters.add(k.chapter);
  return [...chapters];
}

// --- Ports ------------------------------------------------------------------------------

export const KB_SCOPE_LABELS: Record<string, string> = {
  localhost: "this node only",
  "master-to-master": "other masters",
  cluster: "masters and agents",
  external: "outside the cluster"
};

function portOrder(a: PortView, b: PortView): number {
  const pa = a.port === "ephemeral" ? Infinity : a.port;
  const pb = b.port === "ephemeral" ? Infinity : b.port;
  return pa - pb || a.protocol.localeCompare(b.protocol) || a.component.localeCompare(b.component);
}

/**
 * The ports open on one node type in a release, sorted by number: those other machines connect
 * to (what a firewall between nodes must allow) and those bound to the node itself.
 */
export function portsOn(ports: readonly PortView[], nodeType: KbNodeType, release: DcosRelease): {reachable: PortView[]; local: PortView[]} {
  const here = ports.filter((p) => p.nodeTypes.includes(nodeType) && existsIn(p, release)).sort(portOrder);
  return {reachable: here.filter((p) => p.scope !== "localhost"), local: here.filter((p) => p.scope === "localhost")};
}

/** The first release any port is documented in (1.8: there is no 1.7 ports table). */
export function firstPortsRelease(ports: readonly Pick<PortView, "since">[]): DcosRelease | undefined {
  return KB_RELEASES.find((r) => ports.some((p) => p.since === r));
}

// --- Releases ---------------------------------------------------------------------------

export interface ComponentRef {
  id: string;
  name: string;
}

export interface ReleaseDiff {
  release: DcosRelease;
  previous: DcosRelease | undefined;
  /** How many components exist in the release. */
  count: number;
  /** First shipped in this release. */
  added: ComponentRef[];
  /** Folded into another component in this release. */
  merged: (ComponentRef & {into: ComponentRef})[];
  /** Superseded by another component in this release. */
  replaced: (ComponentRef & {by: ComponentRef})[];
  /** Took its present name in this release. */
  renamed: (ComponentRef & {from: string})[];
  /** Gone in this release with no successor. */
  removed: ComponentRef[];
  /** Ports first documented, and ports gone, in this release. */
  portsOpened: PortView[];
  portsClosed: PortView[];
  /** Ports that stay open under a new owner (the same number, protocol and node types). */
  portsMoved: {port: PortView; from: PortView}[];
}

const ref = (c: {id: string; name: string}): ComponentRef => ({id: c.id, name: c.name});

/** What changed in the set of components (and ports) from the release before to `release`. */
export function releaseDiff(components: readonly ComponentView[], release: DcosRelease, ports: readonly PortView[] = []): ReleaseDiff {
  const previous = KB_RELEASES[releaseIndex(release) - 1];
  const byId = new Map(components.map((c) => [c.id, c]));
  const named = (id: string, fallback: string): ComponentRef => ref(byId.get(id) ?? {id, name: fallback});
  const endedBefore = components.filter((c) => previous !== undefined && c.until === previous);
  const merged = endedBefore.filter((c) => c.mergedInto?.in === release).map((c) => ({...ref(c), into: named(c.mergedInto!.id, c.mergedInto!.name)}));
  const replaced = endedBefore.filter((c) => c.replacedBy?.in === release).map((c) => ({...ref(c), by: named(c.replacedBy!.id, c.replacedBy!.name)}));
  const succeeded = new Set([...merged, ...replaced].map((c) => c.id));
  // A port moving to a new owner is one record ending and another starting with the same number.
  const key = (p: PortView) => `${p.port}/${p.protocol}/${p.nodeTypes.join(",")}`;
  const opened = ports.filter((p) => p.since === release);
  const closed = ports.filter((p) => previous !== undefined && p.until === previous);
  const closedKeys = new Set(closed.map(key));
  const openedKeys = new Set(opened.map(key));
  return {
    release,
    previous,
    count: filterComponents(components, {release}).length,
    added: release === KB_RELEASES[0] ? [] : components.filter((c) => c.since === release).map(ref),
    merged,
    replaced,
    renamed: components.filter((c) => c.renamedFrom?.in === release).map((c) => ({...ref(c), from: c.renamedFrom!.name})),
    removed: endedBefore.filter((c) => !succeeded.has(c.id)).map(ref),
    portsOpened: release === KB_RELEASES[0] ? [] : opened.filter((p) => !closedKeys.has(key(p))),
    portsClosed: closed.filter((p) => !openedKeys.has(key(p))),
    portsMoved: opened.flatMap((port) => {
      const from = closed.find((p) => key(p) === key(port) && p.component !== port.component);
      return from ? [{port, from}] : [];
    })
  };
}

/** Whether anything changed in a diff. */
export function diffIsEmpty(diff: ReleaseDiff): boolean {
  return [diff.added, diff.merged, diff.replaced, diff.renamed, diff.removed].every((list) => list.length === 0);
}

// --- Dependency graph -------------------------------------------------------------------

export type DependencyKind = "depends" | "merged" | "replaced";

export interface DependencyNode {
  id: string;
  name: string;
  short: string;
  category: ComponentCategory;
  enterprise: boolean;
  since: DcosRelease;
  until: DcosRelease | null;
  /** Column: 0 for components that need nothing; otherwise one more than the deepest thing they need. */
  layer: number;
  /** Position within the column, from the top. */
  order: number;
}

export interface DependencyLink {
  source: string;
  target: string;
  kind: DependencyKind;
  /** For merges and replacements: the release it took effect. */
  in?: DcosRelease;
}

export interface DependencyGraph {
  nodes: DependencyNode[];
  links: DependencyLink[];
  /** Components with no recorded link, by name. */
  isolated: ComponentRef[];
  layers: number;
}

/**
 * The components joined by dependsOn (A needs B), mergedInto and replacedBy, laid out in columns:
 * a component sits one column right of the deepest thing it needs, so foundations are on the
 * left. Within a column, nodes are ordered to cross fewer links (a few barycentre sweeps), then
 * by category and name; the result is deterministic.
 */
export function dependencyGraph(components: readonly ComponentView[]): DependencyGraph {
  const links: DependencyLink[] = [];
  for (const c of components) {
    for (const d of c.dependsOn) links.push({source: c.id, target: d.id, kind: "depends"});
    if (c.mergedInto) links.push({source: c.id, target: c.mergedInto.id, kind: "merged", in: c.mergedInto.in});
    if (c.replacedBy) links.push({source: c.id, target: c.replacedBy.id, kind: "replaced", in: c.replacedBy.in});
  }
  const linked = new Set(links.flatMap((l) => [l.source, l.target]));
  const present = components.filter((c) => linked.has(c.id));
  const needs = new Map(present.map((c) => [c.id, c.dependsOn.map((d) => d.id).filter((id) => linked.has(id))]));

  const layer = new Map<string, number>();
  const depth = (id: string, seen: Set<string>): number => {
    const known = layer.get(id);
    if (known !== undefined) return known;
    if (seen.has(id)) return 0; // a cycle (the data has none): cut it here
    seen.add(id);
    const value = Math.max(-1, ...(needs.get(id) ?? []).map((d) => depth(d, seen))) + 1;
    seen.delete(id);
    layer.set(id, value);
    return value;
  };
  present.forEach((c) => depth(c.id, new Set()));
  const layers = Math.max(0, ...layer.values()) + 1;

  const columns: ComponentView[][] = Array.from({length: layers}, () => []);
  for (const c of present) columns[layer.get(c.id)!]!.push(c);
  columns.forEach((col) => col.sort(byCategoryThenName));

  const neighbours = new Map<string, string[]>();
  for (const l of links) {
    neighbours.set(l.source, [...(neighbours.get(l.source) ?? []), l.target]);
    neighbours.set(l.target, [...(neighbours.get(l.target) ?? []), l.source]);
  }
  const order = new Map<string, number>();
  const number = () => columns.forEach((col) => col.forEach((c, i) => order.set(c.id, i / Math.max(1, col.length - 1))));
  number();
  for (let sweep = 0; sweep < 4; sweep++) {
    const sequence = sweep % 2 === 0 ? columns : [...columns].reverse();
    for (const col of sequence) {
      const centre = (c: ComponentView) => {
        const others = (neighbours.get(c.id) ?? []).filter((id) => layer.get(id) !== layer.get(c.id)).map((id) => order.get(id)!);
        return others.length ? others.reduce((a, b) => a + b, 0) / others.length : order.get(c.id)!;
      };
      const centres = new Map(col.map((c) => [c.id, centre(c)]));
      col.sort((a, b) => centres.get(a.id)! - centres.get(b.id)! || byCategoryThenName(a, b));
      col.forEach((c, i) => order.set(c.id, i / Math.max(1, col.length - 1)));
    }
  }

  const nodes = columns.flatMap((col, l) =>
    col.map((c, i) => ({
      id: c.id,
      name: c.name,
      short: shortName(c.name),
      category: c.category,
      enterprise: c.enterprise,
      since: c.since,
      until: c.until,
      layer: l,
      order: i
    }))
  );
  return {nodes, links, isolated: components.filter((c) => !linked.has(c.id)).map(ref), layers};
}

// --- Concepts ---------------------------------------------------------------------------

export interface ConceptNode {
  id: string;
  term: string;
  chapter: string;
  degree: number;
}

/** The concept map: every term, and one undirected link per related pair (listed either way). */
export function conceptGraph(concepts: readonly Pick<ConceptView, "id" | "term" | "chapter" | "related">[]): {nodes: ConceptNode[]; links: {source: string; target: string}[]} {
  const ids = new Set(concepts.map((c) => c.id));
  const seen = new Set<string>();
  const links: {source: string; target: string}[] = [];
  for (const c of concepts) {
    for (const r of c.related) {
      if (!ids.has(r.id) || r.id === c.id) continue;
      const [a, b] = c.id < r.id ? [c.id, r.id] : [r.id, c.id];
      if (seen.has(`${a} ${b}`)) continue;
      seen.add(`${a} ${b}`);
      links.push({source: a, target: b});
    }
  }
  const degree = (id: string) => links.filter((l) => l.source === id || l.target === id).length;
  return {nodes: concepts.map((c) => ({id: c.id, term: c.term, chapter: c.chapter, degree: degree(c.id)})), links};
}

/** The ids of a concept's neighbours on the map. */
export function conceptNeighbours(links: readonly {source: string; target: string}[], id: string): string[] {
  return links.flatMap((l) => (l.source === id ? [l.target] : l.target === id ? [l.source] : []));
}

export interface ConceptMatch<K> {
  concept: K;
  /** Where the query was found: the term, an alias, or the definition. */
  field: "term" | "alias" | "definition";
  /** The alias that matched, for field "alias". */
  alias?: string;
}

const fold = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();

/**
 * Glossary search, case- and accent-insensitive: terms that start with the query first, then
 * terms that contain it, then aliases, then definitions; alphabetical within each group. Every
 * word of the query must occur in the field. An empty query matches every term.
 */
export function searchConcepts<K extends Pick<ConceptView, "term" | "aliases" | "definition">>(concepts: readonly K[], query: string): ConceptMatch<K>[] {
  const q = fold(query);
  const sorted = [...concepts].sort((a, b) => a.term.localeCompare(b.term));
  if (!q) return sorted.map((concept) => ({concept, field: "term"}));
  const words = q.split(" ");
  const has = (text: string) => {
    const t = fold(text);
    return words.every((w) => t.includes(w));
  };
  const ranked: {match: ConceptMatch<K>; rank: number}[] = [];
  for (const concept of sorted) {
    const term = fold(concept.term);
    const alias = concept.aliases.find(has);
    if (term.startsWith(q)) ranked.push({match: {concept, field: "term"}, rank: 0});
    else if (has(concept.term)) ranked.push({match: {concept, field: "term"}, rank: 1});
    else if (alias !== undefined) ranked.push({match: {concept, field: "alias", alias}, rank: 2});
    else if (has(concept.definition)) ranked.push({match: {concept, field: "definition"}, rank: 3});
  }
  return ranked.sort((a, b) => a.rank - b.rank).map((r) => r.match);
}

// --- Features ---------------------------------------------------------------------------

/** Features grouped by the category of the first component that delivers them, in category order. */
export function featureAreas<F extends Pick<FeatureView, "components">>(features: readonly F[]): {category: ComponentCategory; label: string; features: F[]}[] {
  const area = (f: F): ComponentCategory => f.components[0]?.category ?? "cluster-management";
  return KB_CATEGORY_ORDER.map((category) => ({category, label: KB_CATEGORY_LABELS[category], features: features.filter((f) => area(f) === category)})).filter(
    (g) => g.features.length > 0
  );
}

export type HeadingChange = "same" | "case" | "reworded";

export interface FeatureListComparison<F> {
  /** On both lists, with the two headings and how the heading changed. */
  kept: {feature: F; from: string; to: string; change: HeadingChange}[];
  /** Only on the 1.8+ list. */
  added: {feature: F; to: string}[];
  /** Only on the 1.7 list. */
  dropped: {feature: F; from: string}[];
}

/** The 1.7 list against the 1.8+ list, in data order. */
export function compareFeatureLists<F extends Pick<FeatureView, "headings" | "lists">>(features: readonly F[]): FeatureListComparison<F> {
  const out: FeatureListComparison<F> = {kept: [], added: [], dropped: []};
  for (const feature of features) {
    const from = feature.lists.includes("1.7") ? feature.headings["1.7"] : undefined;
    const to = feature.lists.includes("1.8+") ? feature.headings["1.8+"] : undefined;
    if (from !== undefined && to !== undefined) {
      const change: HeadingChange = from === to ? "same" : from.toLowerCase() === to.toLowerCase() ? "case" : "reworded";
      out.kept.push({feature, from, to, change});
    } else if (to !== undefined) out.added.push({feature, to});
    else if (from !== undefined) out.dropped.push({feature, from});
  }
  return out;
}
