// The cluster the "Your cluster" chapter opens with: the embedded demo cluster, and, when the build is
// given one with `DCOS_STATE=path npm run build` (or a URL: `DCOS_STATE=https://...`), that cluster too,
// read by parseClusterState. A path may name several files, comma separated: a Mesos state and
// Marathon's /v2/apps or /v2/tasks. A URL is fetched only because the reader named it, and
// scripts/network-guard.mjs lets exactly its host through. A bad state stops the build with its problems.
import {bakedClusters} from "./baked-cluster.js";

const out = await bakedClusters(process.env.DCOS_STATE);
process.stdout.write(JSON.stringify(out));
