// "A majority decides": pick an ensemble size, switch servers off and on, and see whether
// ZooKeeper still has a quorum, how many more failures it can take, and what stops without one.
import {quorumSize, toleratedFailures} from "../lib/ha/index.js";
import {h, uniqueId} from "./dom.js";
import {figureFrame} from "./figure.js";

export interface HaQuorumOptions {
  /** Ensemble sizes offered (4 shows why DC/OS never uses an even number). */
  sizes?: readonly number[];
  initial?: number;
}

export function haQuorumFigure({sizes = [1, 3, 4, 5], initial = 3}: HaQuorumOptions = {}): HTMLElement {
  const frame = figureFrame({
    title: "A majority decides",
    description: "A ZooKeeper ensemble. Choose how many servers it has, then switch servers off and on: the figure says whether a majority is still up, and what ZooKeeper can still do.",
    keep: 4
  });
  const id = uniqueId("ha-quorum");
  let size = initial;
  let up: boolean[] = [];

  const sizeGroup = h(
    "fieldset",
    {class: "ha-sizes"},
    h("legend", {}, "Servers in the ensemble"),
    sizes.map((n) =>
      h("label", {}, h("input", {type: "radio", name: `${id}-size`, value: String(n), checked: n === initial, onchange: () => setSize(n)}), ` ${n}${n % 2 === 0 ? " (even)" : ""}`)
    )
  );
  const servers = h("div", {class: "ha-servers", role: "group", "aria-label": "ZooKeeper servers: press one to stop or start it"});
  const verdict = h("p", {class: "ha-verdict", "aria-live": "polite"});
  const table = h("table", {class: "ha-quorum-table"});

  function draw(): void {
    const alive = up.filter(Boolean).length;
    const need = quorumSize(size);
    const ok = alive >= need;
    servers.replaceChildren(
      ...up.map((on, i) => {
        const b = h("button", {type: "button", class: `ha-server${on ? "" : " is-down"}`, "aria-pressed": String(on), "data-server": `zk-${i + 1}`}, `zk-${i + 1} · ${on ? "up" : "down"}`);
        b.addEventListener("click", () => {
          up[i] = !up[i];
          draw();
          frame.narrate(`zk-${i + 1} ${up[i] ? "starts" : "stops"}: ${up.filter(Boolean).length} of ${size} up.`);
          servers.querySelector<HTMLElement>(`[data-server="zk-${i + 1}"]`)?.focus();
        });
        return b;
      })
    );
    verdict.className = `ha-verdict ${ok ? "is-ok" : "is-bad"}`;
    verdict.textContent = ok
      ? `${alive} of ${size} up. A majority is ${need}, so ZooKeeper serves: writes, leader elections and session expiry all work. ${alive === need ? "One more failure stops it." : `It can lose ${alive - need} more server${alive - need === 1 ? "" : "s"}.`}`
      : `${alive} of ${size} up, below the majority of ${need}. ZooKeeper stops serving: no writes, no new leader, and no session expires until ${need - alive} more server${need - alive === 1 ? " is" : "s are"} back.`;
    table.replaceChildren(
      h("caption", {}, "Majorities by ensemble size"),
      h("thead", {}, h("tr", {}, h("th", {scope: "col"}, "servers"), h("th", {scope: "col"}, "majority"), h("th", {scope: "col"}, "failures survived"))),
      h(
        "tbody",
        {},
        [1, 2, 3, 4, 5, 6, 7].map((n) =>
          h("tr", {class: n === size ? "is-current" : "", "aria-current": n === size ? "true" : null}, h("td", {}, String(n)), h("td", {}, String(quorumSize(n))), h("td", {}, String(toleratedFailures(n))))
        )
      )
    );
  }

  function setSize(n: number): void {
    size = n;
    up = Array.from({length: n}, () => true);
    draw();
    frame.narrate(`An ensemble of ${n}: a majority is ${quorumSize(n)}, so it survives ${toleratedFailures(n)} failure${toleratedFailures(n) === 1 ? "" : "s"}.`);
  }

  frame.controls.append(sizeGroup);
  frame.body.append(servers, verdict, table);
  size = initial;
  up = Array.from({length: initial}, () => true);
  draw();
  return frame.root;
}
