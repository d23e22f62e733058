// The architecture chapter's layer models, boot sequences and request flows, validated and checked against
// the knowledge base: every component, actor and source named must exist.
import {EXTRA_ACTORS} from "../lib/architecture/actors.js";
import {parseBoot, parseFlows, parseLayers} from "../lib/architecture/model.schema.js";
import {checkReferences} from "../lib/data/validate.js";
import {loadKnowledgeBase, readKnowledgeBaseFiles, resolveCitations} from "../lib/kb/index.js";
import {dataPath, emit, readData} from "./load.js";

emit(() => {
  const dir = process.env.DATA_DIR || "data";
  const kb = loadKnowledgeBase(readKnowledgeBaseFiles(dir, readData), {dir});
  const components = new Set(kb.components.map((c) => c.id));
  const actors = new Set([...components, ...EXTRA_ACTORS.map((a) => a.id)]);
  const bootFile = dataPath("architecture/boot.yaml");
  const flowFile = dataPath("architecture/flows.yaml");
  const layerFile = dataPath("architecture/layers.yaml");
  const boot = parseBoot(readData(bootFile), bootFile);
  const layers = parseLayers(readData(layerFile), layerFile);
  const categories = new Set<string>(kb.components.flatMap((c) => (c.category ? [c.category] : [])));
  checkReferences(
    layers.flatMap((m) => m.layers.map((l) => ({...l, id: `${m.id}/${l.id}`}))),
    (l) => ({components: l.components, categories: l.categories}),
    (field) => (field === "components" ? components : categories),
    {file: layerFile}
  );
  const flows = parseFlows(readData(flowFile), flowFile);
  checkReferences(
    boot.flatMap((b) => b.steps.map((s) => ({...s, id: `${b.id}/${s.id}`}))),
    (s) => ({components: s.components}),
    components,
    {file: bootFile}
  );
  checkReferences(
    flows.flatMap((f) => f.steps.map((s, i) => ({...s, id: `${f.id}/steps[${i}]`}))),
    (s) => ({from: s.from, to: s.to}),
    actors,
    {file: flowFile}
  );
  const sources = new Map(kb.sources.map((s) => [s.id, s]));
  checkReferences(flows, (f) => ({source: f.source.map((s) => s.key)}), new Set(sources.keys()), {file: flowFile});
  checkReferences(boot, (b) => ({source: b.source.map((s) => s.key)}), new Set(sources.keys()), {file: bootFile});
  const names = Object.fromEntries([...kb.components.map((c) => [c.id, c.name]), ...EXTRA_ACTORS.map((a) => [a.id, a.name])]);
  return {
    layers: layers.map((m) => ({...m, source: resolveCitations(m.source, sources)})),
    boot: boot.map((b) => ({...b, source: resolveCitations(b.source, sources)})),
    flows: flows.map((f) => ({...f, source: resolveCitations(f.source, sources)})),
    names
  };
});
