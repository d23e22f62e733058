// The real knowledge base, joined as the loaders print it, for the views and component tests.
import {readData} from "../../../src/data/load.js";
import {joinComponents, joinConcepts, joinFeatures, joinPorts, joinReleases, loadKnowledgeBase, readKnowledgeBaseFiles} from "../../../src/lib/kb/index.js";
import type {CourseChapter} from "../../../src/lib/course/parts.js";

const kb = loadKnowledgeBase(readKnowledgeBaseFiles("data", readData));

export const components = joinComponents(kb);
export const ports = joinPorts(kb);
export const concepts = joinConcepts(kb);
export const features = joinFeatures(kb);
export const releases = joinReleases(kb);

export const component = (id: string) => {
  const c = components.find((x) => x.id === id);
  if (!c) throw new Error(`no component ${id}`);
  return c;
};

/** A course outline where only the named chapters have a page. */
export function chaptersWith(...available: string[]): CourseChapter[] {
  const ids = ["index", "what-is-dcos", "architecture", "components", "concepts", "features", "offer-cycle", "high-availability", "service-discovery", "design"];
  return ids.map((id) => ({
    id,
    title: `Chapter ${id}`,
    part: id === "index" || id === "what-is-dcos" ? "start" : ["offer-cycle", "high-availability", "service-discovery"].includes(id) ? "mechanisms" : id === "design" ? "evolution" : "system",
    minutes: 10,
    summary: `About ${id}.`,
    available: available.includes(id),
    path: id === "index" ? "/" : `/${id}`
  }));
}
