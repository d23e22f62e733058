import {readFileSync} from "node:fs";
import type {Page} from "playwright-core";
import {expect} from "vitest";
import {parse} from "yaml";

type Hop = {from: string; to: string; message: string; explain: string; docStep?: number};
const flows = parse(readFileSync("data/architecture/flows.yaml", "utf8")) as {id: string; title: string; steps: Hop[]}[];
const boot = parse(readFileSync("data/architecture/boot.yaml", "utf8")) as {id: string; steps: {id: string; title: string; waitsFor: string; does: string}[]}[];

/**
 * The architecture chapter: every request flow chosen, stepped hop by hop, played and paused by
 * keyboard; the boot stepper by keyboard and its buttons; a component selected in the layers; a
 * public agent selected over the demo cluster.
 */
export default async function architecture(page: Page): Promise<void> {
  // Request flows.
  const flowsFigure = page.locator(".arch-flows-figure");
  const select = flowsFigure.locator(".arch-flow-select");
  const stage = flowsFigure.locator(".arch-flow-stage");
  const lastLog = (figure = flowsFigure) => figure.locator('[role="log"] p').last().textContent();
  const currentHop = () => flowsFigure.locator('.arch-flow-item[aria-current="step"]').getAttribute("data-hop", {timeout: 500}).catch(() => null);
  const active = () => flowsFigure.locator(".arch-flow-actor.is-active").evaluateAll((gs) => gs.map((g) => (g as SVGGElement).dataset.actor).sort());

  expect(await select.locator("option").allTextContents()).toEqual(flows.map((f) => f.title));
  for (const [i, flow] of flows.entries()) {
    if (i > 0) {
      await select.focus();
      await page.keyboard.press("ArrowDown");
      await expect.poll(() => select.inputValue()).toBe(flow.id);
      expect((await lastLog())!.startsWith(`${flow.title}: ${flow.steps.length} hops. `)).toBe(true);
    }
    expect(await select.inputValue()).toBe(flow.id);
    await stage.focus();
    for (const [k, hop] of flow.steps.entries()) {
      await page.keyboard.press("ArrowRight");
      expect(await currentHop()).toBe(String(k + 1));
      expect(await flowsFigure.locator(".arch-flow-hop.is-current").getAttribute("data-hop")).toBe(String(k + 1));
      expect(await active()).toEqual([...new Set([hop.from, hop.to])].sort());
      const log = (await lastLog())!;
      expect(log.startsWith(`Hop ${k + 1} of ${flow.steps.length}${hop.docStep ? ` (documented step ${hop.docStep} of ` : ""}`)).toBe(true);
      expect(log.endsWith(`“${hop.message}”. ${hop.explain}`)).toBe(true);
    }
    await page.keyboard.press("ArrowLeft");
    expect(await currentHop()).toBe(String(flow.steps.length - 1));
    await page.keyboard.press("Home");
    expect(await currentHop()).toBeNull();
    // Play by keyboard: the first hop at once, the next one an interval later; P pauses.
    await page.keyboard.press("p");
    expect(await currentHop()).toBe("1");
    await expect.poll(currentHop, {timeout: 6000}).toBe("2");
    await page.keyboard.press("p");
    expect(await flowsFigure.locator(".arch-play").textContent()).toBe("Play");
    await page.waitForTimeout(2600);
    expect(await currentHop()).toBe("2");
  }

  // The boot sequence.
  const bootFigure = page.locator(".arch-boot-figure");
  const master = boot.find((b) => b.id === "master")!;
  const agent = boot.find((b) => b.id === "agent")!;
  const bootCurrent = () => bootFigure.locator('.arch-boot-step[aria-current="step"]').getAttribute("data-step", {timeout: 500}).catch(() => null);
  await bootFigure.locator(".arch-boot-node-box").focus();
  for (let k = 0; k < 3; k++) await page.keyboard.press("ArrowRight");
  expect(await bootCurrent()).toBe(master.steps[2]!.id);
  const s3 = master.steps[2]!;
  expect(await lastLog(bootFigure)).toBe(`Step 3 of ${master.steps.length}: ${s3.title}. Waits for ${s3.waitsFor}. ${s3.does}`);
  expect(await bootFigure.locator(".arch-health").textContent()).toBe(`Diagnostics: unhealthy, 3 of ${master.steps.length} ready`);
  await page.keyboard.press("End");
  expect(await bootCurrent()).toBe("admin-router");
  expect(await bootFigure.locator(".arch-health").textContent()).toBe("Diagnostics: healthy");
  await bootFigure.locator('.arch-boot-node[data-sequence="agent"]').focus();
  await page.keyboard.press("Enter");
  expect(await bootFigure.locator(".arch-boot-step").evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.step))).toEqual(agent.steps.map((s) => s.id));
  await bootFigure.locator(".arch-play").focus();
  await page.keyboard.press("Enter");
  expect(await bootCurrent()).toBe(agent.steps[0]!.id);
  await expect.poll(bootCurrent, {timeout: 6000}).toBe(agent.steps[1]!.id);
  await page.keyboard.press("Enter"); // pause
  expect(await bootFigure.locator(".arch-play").textContent()).toBe("Play");
  await bootFigure.locator(".arch-back").click();
  expect(await bootCurrent()).toBe(agent.steps[0]!.id);

  // Layers: select Admin Router, marked in both models.
  const layers = page.locator(".arch-layers-figure");
  await layers.locator('[data-layer="platform"] .arch-chip[data-component="admin-router"]').click();
  expect(await layers.locator('.arch-chip[aria-pressed="true"]').count()).toBe(2);
  expect(await lastLog(layers)).toBe("Admin Router: in the 1.9 to 2.2 model, the platform layer (Networking); in the 1.7 and 1.8 model, user space.");

  // Node types: the public agent differs from a private agent only in its Mesos agent.
  const nodes = page.locator(".arch-nodes-figure");
  await nodes.locator('.arch-node[data-node-type="public-agent"]').click();
  expect(await nodes.locator(".arch-runs-contrast").textContent()).toBe(
    "Compared with a private agent, the only difference: Mesos agent (public) here, Mesos agent on a private agent. Everything else is the same."
  );
  await nodes.locator('.arch-runs .arch-chip[data-component="dcos-net"]').hover();
  await expect.poll(() => nodes.locator(".arch-info .arch-info-title").textContent()).toBe("DC/OS Net");
}
