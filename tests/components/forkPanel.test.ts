// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {forkPanel} from "../../src/components/forkPanel.js";

describe("forkPanel", () => {
  it("offers the changes, shows both runs with the sentence over them, reports a problem and closes", () => {
    const said: string[] = [];
    const log: string[] = [];
    const panel = forkPanel<{at: number; change: string}>({
      id: "f",
      panes: [[document.createTextNode("left")], [document.createTextNode("right")]],
      titles: ["Original", "Fork"],
      narrate: (t) => said.push(t),
      onRun: () => log.push(`run ${panel.select.value}`),
      onChange: () => log.push("change")
    });
    document.body.replaceChildren(panel.element);
    const $ = (sel: string) => document.querySelector<HTMLElement>(sel)!;
    const visible = () => [".wb-fork-chooser", ".wb-fork-pair", '[data-action="fork-close"]'].map((sel) => !$(sel).hidden);
    expect(visible()).toEqual([false, false, false]);
    expect([...document.querySelectorAll(".wb-fork-view")].map((v) => v.textContent)).toEqual(["Originalleft", "Forkright"]);

    panel.choose([{value: "a", text: "Change a"}, {value: "b", text: "Change b"}], "Fork at 2 s: choose.");
    expect(visible()).toEqual([true, false, true]);
    expect([...panel.select.options].map((o) => `${o.value} ${o.text}`)).toEqual(["a Change a", "b Change b"]);
    expect(document.activeElement).toBe(panel.select);
    expect($('label[for="f-what"]').textContent).toBe("Change one thing");
    panel.select.value = "b";
    $('[data-action="fork-run"]').click();
    expect(log).toEqual(["run b"]);
    panel.fail("This change cannot run: no such agent.");
    expect([...document.querySelectorAll('.wb-error[role="alert"]')].map((e) => e.textContent)).toEqual(["This change cannot run: no such agent."]);

    panel.compare({at: 2000, change: "b"}, "Original", "Fork at 2 s: b");
    expect(visible()).toEqual([false, true, true]);
    expect([...document.querySelectorAll(".wb-fork-view h4")].map((h) => h.textContent)).toEqual(["Original", "Fork at 2 s: b"]);
    expect(document.querySelectorAll(".wb-error")).toHaveLength(0);
    expect(panel.current()).toEqual({at: 2000, change: "b"});
    panel.summarise(1500, (ms) => `${ms / 1000} s`, () => "differs");
    expect($(".wb-fork-summary").textContent).toBe("Before the fork (2 s) both runs are the same.");
    panel.summarise(2000, (ms) => `${ms / 1000} s`, () => "differs");
    expect($(".wb-fork-summary").textContent).toBe("differs");

    $('[data-action="fork-close"]').click();
    expect(visible()).toEqual([false, false, false]);
    expect(panel.current()).toBeUndefined();
    expect($(".wb-fork-summary").textContent).toBe("");
    expect(log).toEqual(["run b", "change", "change"]);
    expect(said).toEqual(["Fork at 2 s: choose.", "The fork is closed."]);
  });
});
