// What the HA simulator needs only when a reader shares, opens a link or forks: loaded on demand
// (dynamic import), so the chapter's first load stays within its JavaScript budget.
export {haCodec, haMomentScenario, type HaMoment} from "../lib/ha/url.js";
export {haFork, type HaFork} from "./haFork.js";
export {copyLink, linkNotice, momentFromPage} from "./shareLink.js";
