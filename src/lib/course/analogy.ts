// The operating-system analogy: each part of one computer's OS paired with its DC/OS counterpart.
import type {KbSourceRef} from "../kb/common.js";

export const COMPUTER_GROUPS = [
  {id: "kernel", title: "Kernel"},
  {id: "services", title: "System services"},
  {id: "interface", title: "What you touch"}
] as const;

export const DCOS_GROUPS = [
  {id: "kernel", title: "Mesos, the kernel"},
  {id: "system", title: "System components"},
  {id: "schedulers", title: "Built-in schedulers"},
  {id: "user", title: "User space and interfaces"}
] as const;

export interface AnalogySide {
  name: string;
  group: string;
  text: string;
}

export interface AnalogyPair {
  id: string;
  computer: AnalogySide;
  dcos: AnalogySide & {components: string[]};
  differs: string;
  concepts: string[];
  /** Where the facts come from; `title` is filled in by the loader from data/sources.yaml. */
  source: (KbSourceRef & {title?: string})[];
}

export interface AnalogySlot {
  id: string;
  side: "computer" | "dcos";
  group: string;
  groupTitle: string;
  /** Index among the items of this side, in display order. */
  index: number;
}

/** Orders one side of the analogy by its groups (data order within a group). */
export function analogyColumn(pairs: readonly AnalogyPair[], side: "computer" | "dcos"): AnalogySlot[] {
  const groups = side === "computer" ? COMPUTER_GROUPS : DCOS_GROUPS;
  const slots: AnalogySlot[] = [];
  for (const group of groups) {
    for (const pair of pairs) {
      if (pair[side].group === group.id) slots.push({id: pair.id, side, group: group.id, groupTitle: group.title, index: slots.length});
    }
  }
  return slots;
}
