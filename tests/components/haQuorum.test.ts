// @vitest-environment jsdom
import {beforeEach, describe, expect, it} from "vitest";
import {haQuorumFigure} from "../../src/components/haQuorum.js";

const $ = <T extends Element = HTMLElement>(sel: string) => document.querySelector<T>(sel)!;
const $$ = (sel: string) => [...document.querySelectorAll<HTMLElement>(sel)];
const server = (id: string) => $<HTMLButtonElement>(`[data-server="${id}"]`);
const log = () => $$('[role="log"] p').map((p) => p.textContent);

describe("haQuorumFigure", () => {
  beforeEach(() => document.body.replaceChildren(haQuorumFigure()));

  it("is a labelled figure with a size choice, one button per server and the majority table", () => {
    expect(document.getElementById($("figure").getAttribute("aria-labelledby")!)?.textContent).toBe("A majority decides");
    expect($("legend").textContent).toBe("Servers in the ensemble");
    expect($$(".ha-sizes label").map((l) => l.textContent)).toEqual([" 1", " 3", " 4 (even)", " 5"]);
    expect($$(".ha-server").map((b) => `${b.textContent} ${b.getAttribute("aria-pressed")}`)).toEqual(["zk-1 · up true", "zk-2 · up true", "zk-3 · up true"]);
    expect($(".ha-verdict").textContent).toBe("3 of 3 up. A majority is 2, so ZooKeeper serves: writes, leader elections and session expiry all work. It can lose 1 more server.");
    expect($$(".ha-quorum-table tbody tr").map((r) => r.textContent)).toEqual(["110", "220", "321", "431", "532", "642", "743"]);
    expect($(".ha-quorum-table tr.is-current").textContent).toBe("321");
  });

  it("says what stops when a majority is gone, and comes back", () => {
    server("zk-1").click();
    expect($(".ha-verdict").textContent).toBe("2 of 3 up. A majority is 2, so ZooKeeper serves: writes, leader elections and session expiry all work. One more failure stops it.");
    server("zk-2").click();
    expect(server("zk-2").getAttribute("aria-pressed")).toBe("false");
    expect($(".ha-verdict").className).toBe("ha-verdict is-bad");
    expect($(".ha-verdict").textContent).toBe("1 of 3 up, below the majority of 2. ZooKeeper stops serving: no writes, no new leader, and no session expires until 1 more server is back.");
    server("zk-2").click();
    expect($(".ha-verdict").className).toBe("ha-verdict is-ok");
    expect(log()).toEqual(["zk-1 stops: 2 of 3 up.", "zk-2 stops: 1 of 3 up.", "zk-2 starts: 2 of 3 up."]);
  });

  it("shows that four servers survive no more failures than three", () => {
    const four = $$('.ha-sizes input').find((i) => (i as HTMLInputElement).value === "4") as HTMLInputElement;
    four.checked = true;
    four.dispatchEvent(new Event("change", {bubbles: true}));
    expect($$(".ha-server")).toHaveLength(4);
    server("zk-1").click();
    server("zk-2").click();
    expect($(".ha-verdict").textContent).toBe("2 of 4 up, below the majority of 3. ZooKeeper stops serving: no writes, no new leader, and no session expires until 1 more server is back.");
    expect(log()[0]).toBe("An ensemble of 4: a majority is 3, so it survives 1 failure.");
  });
});
