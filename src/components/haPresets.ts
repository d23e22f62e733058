// Short button labels for the HA presets, in the order the simulator shows them.
import type {HaPresetName} from "../lib/ha/index.js";

export const HA_PRESET_LABELS: Readonly<Record<HaPresetName, string>> = {
  "ha-kill-leader": "Kill the leading master",
  "ha-partition-leader": "Cut off the leader",
  "ha-rolling-restart": "Rolling restart",
  "ha-lose-quorum": "Lose the quorum (2 of 3)",
  "ha-kill-two-of-five": "Kill 2 of 5 masters",
  "ha-single-master": "Only one master",
  "ha-agent-dies": "An agent dies",
  "ha-zone-spread": "Zone fails: spread",
  "ha-zone-packed": "Zone fails: packed",
  "ha-separate-tiers": "Separate tiers",
  "ha-hung-task": "A task hangs",
  "ha-hung-no-check": "A task hangs, no check",
  "ha-marathon-failover": "Marathon fails over",
  "ha-failover-timeout-zero": "failover_timeout 0"
};

export const HA_PRESET_NAMES = Object.keys(HA_PRESET_LABELS) as HaPresetName[];
