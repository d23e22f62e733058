// The outcome of the predict-then-run check on scaling: the SRV answer for an app before and after
// scaling it through a list of instance counts, with the model doing the work (lib/discovery/mutate.ts,
// Mesos-DNS records, resolver). Returns an element for checksList's `run` callback.
import {scaleApp} from "../lib/discovery/mutate.js";
import {resolveDns} from "../lib/discovery/resolver.js";
import type {MesosState} from "../lib/state/types.js";
import {clusterDns, describeValue} from "../lib/discovery/view/cluster-dns.js";
import {h} from "./dom.js";

/** The SRV answer values for `qname` after scaling `app` through each count in `steps`, in order. */
export function srvAfterScaling(state: MesosState, app: string, steps: readonly number[], qname: string): {before: string[]; after: string[]} {
  const answer = (s: MesosState) => resolveDns(clusterDns(s).mesos, qname, "SRV").answers.map(describeValue);
  const end = steps.reduce((s, n) => scaleApp(s, app, n), state);
  return {before: answer(state), after: answer(end)};
}

export function scaleCheckOutcome(state: MesosState, app: string, steps: readonly number[], qname: string): HTMLElement {
  const {before, after} = srvAfterScaling(state, app, steps, qname);
  const old = new Set(before);
  const list = (values: string[], mark: boolean) =>
    h("ul", {class: "check-srv"}, values.map((v) => h("li", {}, h("code", {}, v), mark && !old.has(v) ? " (new)" : "")));
  return h(
    "span",
    {class: "check-outcome"},
    `Before, ${before.length} SRV records:`,
    list(before, false),
    `After scaling ${app} to ${steps.join(", then ")}, ${after.length} SRV records:`,
    list(after, true)
  );
}
