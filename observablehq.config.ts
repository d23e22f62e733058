// Observable Framework configuration. The sidebar is made from data/chapters.yaml: the parts of
// the course in order, listing only the chapters whose page exists.
import {COURSE_PARTS} from "./src/lib/course/parts.js";
import {loadCourse} from "./src/data/course.js";

const chapters = loadCourse();

const pages = COURSE_PARTS.map((part) => ({
  name: part.title,
  open: true,
  pages: chapters
    .filter((c) => c.part === part.id && c.available && c.id !== "index")
    .map((c) => ({name: c.title, path: c.path}))
})).filter((section) => section.pages.length > 0);

export default {
  title: "The DC/OS Workbook",
  root: "src",
  output: "dist",
  pages,
  pager: true,
  toc: {show: true, label: "On this page"},
  search: true,
  // No web fonts and no CDN: our stylesheet imports Framework's default and themes locally.
  globalStylesheets: [],
  style: "style.css",
  // Framework 1.13 writes <html> with no language: set it at once in the head, and
  // scripts/postbuild.mjs writes <html lang="en"> into the built pages.
  head: `<script>document.documentElement.lang = "en";</script>
<meta name="description" content="An interactive course on how DC/OS and Apache Mesos work: resource offers, DRF, leader election, service discovery, with live simulations.">
<meta name="color-scheme" content="light dark">
<link rel="icon" href="favicon.svg" type="image/svg+xml">`,
  footer: `The DC/OS Workbook: an independent course on DC/OS 1.7 to 2.2 and Apache Mesos. Facts carry their sources; DC/OS reached end of life on 31 October 2021. This site collects nothing and loads nothing from other sites.`
};
