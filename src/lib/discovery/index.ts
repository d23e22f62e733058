// Service discovery models: Mesos-DNS records and lookups, dcos-dns names, VIPs and the layer-4 balancer.
export * from "./records.js";
export * from "./ip.js";
export * from "./labels.js";
export * from "./dcosnet-labels.js";
export * from "./sha1.js";
export * from "./zbase32.js";
export * from "./mesosdns-ips.js";
export * from "./mesosdns-cluster.js";
export * from "./mesosdns.js";
export * from "./resolver.js";
export * from "./dcosnet-ports.js";
export * from "./dcosnet-tasks.js";
export * from "./vip-ips.js";
export * from "./vips.js";
export * from "./dcosdns.js";
export * from "./l4lb.js";
export * from "./mutate.js";
