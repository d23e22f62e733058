// "A VIP at work" as a shareable moment (format: course/scenarioUrl.ts):
//   vip=v1,v:0,s:42,t:12,h:5~1~0;9~1~1
// v which VIP (its place in the menu), s seed, t seconds stepped, h health changes as
// second~backend~healthy (backend by its place in the list, healthy 1 or 0), in time order.
// `replayVip` steps a fresh simulation to the moment, applying the changes when they happened.
import {decodeWith, formatFields, MomentProblem, parseFields, readList, readNumber, type MomentCodec} from "../../course/scenarioUrl.js";
import {VIP_SIM_DEFAULTS, VipSim, type VipSimOptions} from "./vip-sim.js";

export interface VipMoment {
  vip: number;
  seed: number;
  /** Seconds stepped. */
  time: number;
  health: {at: number; backend: number; healthy: boolean}[];
}

export const MAX_VIP_SECONDS = 3600;
export const MAX_VIP_CHANGES = 30;

export function vipCodec(vips: number, backends: (vip: number) => number, param = "vip"): MomentCodec<VipMoment> {
  return {
    param,
    encode: (m) =>
      formatFields(1, [
        ["v", String(m.vip)],
        ["s", String(m.seed)],
        ["t", String(m.time)],
        ["h", m.health.length ? m.health.map((c) => `${c.at}~${c.backend}~${c.healthy ? 1 : 0}`).join(";") : undefined]
      ]),
    decode: (raw) =>
      decodeWith(() => {
        const f = parseFields(raw, 1, ["v", "s", "t", "h"]);
        const vip = readNumber(f.get("v") ?? "0", "VIP (v)", 0, vips - 1);
        const time = readNumber(f.get("t") ?? "0", "seconds (t)", 0, MAX_VIP_SECONDS);
        let last = 0;
        const health = readList(f.get("h"), "health change", MAX_VIP_CHANGES, 3).map((p, i) => {
          const at = readNumber(p[0], `health change ${i + 1} second`, 0, time);
          if (at < last) throw new MomentProblem(`health change ${i + 1}: the changes must be in time order`);
          last = at;
          return {at, backend: readNumber(p[1], `health change ${i + 1} backend`, 0, backends(vip) - 1), healthy: readNumber(p[2], `health change ${i + 1} healthy`, 0, 1) === 1};
        });
        return {vip, seed: readNumber(f.get("s") ?? String(VIP_SIM_DEFAULTS.seed), "seed (s)", 0, 2 ** 31 - 1), time, health};
      })
  };
}

/** A simulation of `ids` stepped to the moment, each health change applied at its second. */
export function replayVip(ids: readonly string[], options: VipSimOptions, moment: VipMoment): VipSim {
  const sim = new VipSim(ids, {...options, seed: moment.seed});
  let k = 0;
  for (;;) {
    while (k < moment.health.length && moment.health[k]!.at === sim.time) {
      const c = moment.health[k++]!;
      sim.setHealthy(ids[c.backend]!, c.healthy);
    }
    if (sim.time >= moment.time) break;
    sim.step();
  }
  return sim;
}
