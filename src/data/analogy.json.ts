// The operating-system analogy of the "What is DC/OS?" chapter, validated and checked against
// the knowledge base: every component, concept and source it names must exist there. Sources
// are resolved to their titles for the figure.
import {checkReferences} from "../lib/data/validate.js";
import {parseAnalogy} from "../lib/course/analogy.schema.js";
import {loadKnowledgeBase, readKnowledgeBaseFiles, resolveCitations} from "../lib/kb/index.js";
import {dataPath, emit, readData} from "./load.js";

emit(() => {
  const file = dataPath("analogy.yaml");
  const pairs = parseAnalogy(readData(file), file);
  const dir = process.env.DATA_DIR || "data";
  const kb = loadKnowledgeBase(readKnowledgeBaseFiles(dir, readData), {dir});
  const known = {
    "dcos.components": new Set(kb.components.map((c) => c.id)),
    concepts: new Set(kb.concepts.map((c) => c.id)),
    source: new Set(kb.sources.map((s) => s.id))
  };
    checkReferences(
    pairs,
    (p) => ({"dcos.components": p.dcos.components, concepts: p.concepts, source: p.source.map((s) => s.key)}),
    (field) => known[field as keyof typeof known],
    {file}
  );
  const sources = new Map(kb.sources.map((s) => [s.id, s]));
  return pairs.map((p) => ({...p, source: resolveCitations(p.source, sources)}));
});
