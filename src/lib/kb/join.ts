// Joins of the validated knowledge base into what pages draw: a component with its ports and
// units; a port with its owner; a concept with related terms; a feature with its components;
// a release with what changed in it. Every record's citations are resolved for a Sources list.
import type {KbNodeType} from "./common.js";
import type {ComponentRecord} from "./components.js";
import type {ConceptRecord} from "./concepts.js";
import type {FeatureRecord} from "./features.js";
import type {KnowledgeBase} from "./knowledge-base.js";
import {portRecordLabel, portRecordRanges, type PortRecord} from "./ports.js";
import type {DcosReleaseRecord, EndOfLifeRecord} from "./release-records.js";
import {inDcosRelease, previousDcosRelease, type DcosRelease} from "./releases.js";
import {resolveCitations, type KbCitation} from "./sources.js";

export interface KbComponentRef {
  id: string;
  name: string;
}
export interface KbConceptRef {
  id: string;
  term: string;
}
export interface KbChange extends KbComponentRef {
  in: DcosRelease;
}

/** A systemd unit with its node types and releases filled in from the component. */
export interface ComponentUnit {
  name: string;
  nodeTypes: KbNodeType[];
  since: DcosRelease;
  until: DcosRelease | null;
  note?: string;
}

/** A port as listed under its component. */
export type ComponentPort = Omit<PortRecord, "component" | "source" | "note"> & {label: string};

export type ComponentView = Omit<ComponentRecord, "units" | "dependsOn" | "mergedInto" | "replacedBy" | "source"> & {
  units: ComponentUnit[];
  ports: ComponentPort[];
  dependsOn: KbComponentRef[];
  /** Components that list this one in their dependsOn. */
  neededBy: KbComponentRef[];
  mergedInto?: KbChange;
  replacedBy?: KbChange;
  /** Components merged into this one, with the release they were merged in. */
  mergedFrom: KbChange[];
  /** Components this one replaced. */
  replaces: KbChange[];
  features: KbComponentRef[];
  concepts: KbConceptRef[];
  source: KbCitation[];
};

export type PortView = Omit<PortRecord, "source"> & {
  label: string;
  ranges: {from: number; to: number}[];
  componentName: string;
  category: ComponentRecord["category"];
  source: KbCitation[];
};

export type ConceptView = Omit<ConceptRecord, "related" | "components" | "source"> & {
  related: KbConceptRef[];
  components: KbComponentRef[];
  /** Features that build on the concept. */
  features: KbComponentRef[];
  source: KbCitation[];
};

export type FeatureView = Omit<FeatureRecord, "components" | "concepts" | "source"> & {
  components: (KbComponentRef & {category: ComponentRecord["category"]; enterprise: boolean})[];
  concepts: KbConceptRef[];
  source: KbCitation[];
};

export type ReleaseView =
  | (Omit<DcosReleaseRecord, "source"> & {
      /** Components whose first release this is (inferred: the first release is our reading). */
      componentsAdded: (KbComponentRef & {inferred: boolean})[];
      /** Components present in the release before and gone in this one. */
      componentsRemoved: (KbComponentRef & {inferred: boolean})[];
      /** How many components exist in this release. */
      componentCount: number;
      source: KbCitation[];
    })
  | (Omit<EndOfLifeRecord, "source"> & {source: KbCitation[]});

function indexes(kb: KnowledgeBase) {
  return {
    sources: new Map(kb.sources.map((s) => [s.id, s])),
    components: new Map(kb.components.map((c) => [c.id, c])),
    concepts: new Map(kb.concepts.map((c) => [c.id, c]))
  };
}

const componentRef = (c: ComponentRecord): KbComponentRef => ({id: c.id, name: c.name});
const named = <T, R>(ids: readonly string[], map: ReadonlyMap<string, T>, ref: (item: T) => R): R[] =>
  ids.flatMap((id) => {
    const item = map.get(id);
    return item ? [ref(item)] : [];
  });

function componentUnits(c: ComponentRecord): ComponentUnit[] {
  return c.units.map((unit) =>
    typeof unit === "string"
      ? {name: unit, nodeTypes: [...c.nodeTypes], since: c.since, until: c.until}
      : {
          name: unit.name,
          nodeTypes: unit.nodeTypes ?? [...c.nodeTypes],
          since: unit.since ?? c.since,
          until: unit.until === undefined ? c.until : unit.until,
          ...(unit.note ? {note: unit.note} : {})
        }
  );
}

function componentPort(p: PortRecord): ComponentPort {
  const {component: _component, source: _source, note: _note, ...rest} = p;
  return {...rest, label: portRecordLabel(p)};
}

/** Every component with its units, ports, dependencies, merges and citations, in data order. */
export function joinComponents(kb: KnowledgeBase): ComponentView[] {
  const idx = indexes(kb);
  const change = (field: "mergedInto" | "replacedBy", target: ComponentRecord): KbChange[] =>
    kb.components.flatMap((c) => (c[field]?.id === target.id ? [{...componentRef(c), in: c[field]!.in}] : []));
  return kb.components.map((c): ComponentView => {
    const {units: _units, dependsOn, mergedInto, replacedBy, source, ...rest} = c;
    const resolve = (x: {id: string; in: DcosRelease} | undefined): KbChange | undefined => {
      const target = x && idx.components.get(x.id);
      return x && target ? {...componentRef(target), in: x.in} : undefined;
    };
    const merged = resolve(mergedInto);
    const replaced = resolve(replacedBy);
    return {
      ...rest,
      units: componentUnits(c),
      ports: kb.ports.filter((p) => p.component === c.id).map(componentPort),
      dependsOn: named(dependsOn, idx.components, componentRef),
      neededBy: kb.components.filter((d) => d.dependsOn.includes(c.id)).map(componentRef),
      ...(merged ? {mergedInto: merged} : {}),
      ...(replaced ? {replacedBy: replaced} : {}),
      mergedFrom: change("mergedInto", c),
      replaces: change("replacedBy", c),
      features: kb.features.filter((f) => f.components.includes(c.id)).map((f) => ({id: f.id, name: f.name})),
      concepts: kb.concepts.filter((k) => k.components.includes(c.id)).map((k) => ({id: k.id, term: k.term})),
      source: resolveCitations(source, idx.sources)
    };
  });
}

/** Every port with its owner's name and category, and its ranges spelled out. */
export function joinPorts(kb: KnowledgeBase): PortView[] {
  const idx = indexes(kb);
  return kb.ports.map((p) => {
    const owner = idx.components.get(p.component);
    return {
      ...p,
      label: portRecordLabel(p),
      ranges: portRecordRanges(p),
      componentName: owner?.name ?? p.component,
      category: owner?.category ?? "cluster-management",
      source: resolveCitations(p.source, idx.sources)
    };
  });
}

/** Every concept with related terms and components named, and the features that use it. */
export function joinConcepts(kb: KnowledgeBase): ConceptView[] {
  const idx = indexes(kb);
  return kb.concepts.map((k) => ({
    ...k,
    related: named(k.related, idx.concepts, (r) => ({id: r.id, term: r.term})),
    components: named(k.components, idx.components, componentRef),
    features: kb.features.filter((f) => f.concepts.includes(k.id)).map((f) => ({id: f.id, name: f.name})),
    source: resolveCitations(k.source, idx.sources)
  }));
}

/** Every feature with its components and concepts named. */
export function joinFeatures(kb: KnowledgeBase): FeatureView[] {
  const idx = indexes(kb);
  return kb.features.map((f) => ({
    ...f,
    components: f.components.flatMap((id) => {
      const c = idx.components.get(id);
      return c ? [{...componentRef(c), category: c.category, enterprise: c.enterprise}] : [];
    }),
    concepts: named(f.concepts, idx.concepts, (r) => ({id: r.id, term: r.term})),
    source: resolveCitations(f.source, idx.sources)
  }));
}

/** Every release with the components it added and removed, then the end-of-life record. */
export function joinReleases(kb: KnowledgeBase): ReleaseView[] {
  const idx = indexes(kb);
  return kb.releases.map((r): ReleaseView => {
    const source = resolveCitations(r.source, idx.sources);
    if (r.kind === "end-of-life") return {...r, source};
    const before = previousDcosRelease(r.version);
    return {
      ...r,
      componentsAdded: kb.components.filter((c) => c.since === r.version).map((c) => ({...componentRef(c), inferred: c.inferred.includes("since")})),
      componentsRemoved: before
        ? kb.components.filter((c) => c.until === before).map((c) => ({...componentRef(c), inferred: c.inferred.includes("until")}))
        : [],
      componentCount: kb.components.filter((c) => inDcosRelease(c, r.version)).length,
      source
    };
  });
}
