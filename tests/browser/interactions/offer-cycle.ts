import type {Page} from "playwright-core";
import {expect} from "vitest";

/** Frames per second the page paints while `during` runs, counted with requestAnimationFrame. */
async function framesPerSecond(page: Page, ms: number): Promise<number> {
  return page.evaluate(
    (duration) =>
      new Promise<number>((resolve) => {
        let frames = 0;
        let first = 0;
        const tick = (now: number) => {
          if (!first) first = now;
          else frames++;
          if (now - first < duration) requestAnimationFrame(tick);
          else resolve((frames * 1000) / (now - first));
        };
        requestAnimationFrame(tick);
      }),
    ms
  );
}

/** The three figures by keyboard and mouse, one predict-then-run check, and the 1,000-agent frame rate. */
export default async function offerCycle(page: Page): Promise<void> {
  // 1. The architecture example. Keyboard: 16 steps reach the offer to framework 2.
  const arch = page.locator("figure.offer-arch");
  await arch.locator(".offer-arch-stage").focus();
  for (let i = 0; i < 16; i++) await page.keyboard.press("ArrowRight");
  expect(await arch.locator(".offer-readout").textContent()).toBe("Step 16 of 25");
  expect(await arch.locator(".offer-arch-offered").allTextContents()).toEqual(["Offered to framework-2: 1 CPU, 1 GB"]);
  expect(await arch.locator(".offer-seq-row.is-current").textContent()).toContain("OFFER ‹1 CPU, 1 GB›");
  // Mouse: Back, then Step four times (past two acknowledgements) to the ACCEPT that uses all of it.
  await arch.locator('[data-action="back"]').click();
  expect(await arch.locator(".offer-arch-offered").allTextContents()).toEqual(["No outstanding offer"]);
  for (let i = 0; i < 4; i++) await arch.locator('[data-action="step"]').click();
  expect(await arch.locator(".offer-explain").textContent()).toMatch(/framework-2 accepts offer o-2 and launches 1 task \(<1 CPU, 1024 MB>\) on agent-1, using all of it\.$/);
  await arch.locator(".offer-arch-stage").focus();
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowRight");
  expect(await arch.locator(".offer-readout").textContent()).toBe("Step 19 of 25");
  expect(await arch.locator(".offer-arch-free").textContent()).toBe("Free: 0 CPUs, 0 GB");

  // 2. DRF. Mouse: five steps end at 2/3 and 2/3.
  const drf = page.locator("figure.offer-drf");
  for (let i = 0; i < 5; i++) await drf.locator('[data-action="step"]').click();
  expect(await drf.locator(".offer-drf-share").allTextContents()).toEqual(["2/3", "2/3"]);
  expect(await drf.locator(".offer-readout").textContent()).toBe("Step 5 of 5");
  // Keyboard: 12 CPUs instead of 9 gives a new allocation; Home goes back to the start.
  await drf.locator('input[data-field="total-cpus"]').focus();
  await page.keyboard.press("Control+A");
  await page.keyboard.type("12");
  expect(await drf.locator(".offer-readout").textContent()).toBe("Step 6 of 6");
  expect(await drf.locator(".offer-drf-share").allTextContents()).toEqual(["2/3", "3/4"]);
  await drf.locator(".offer-drf-charts").focus();
  await page.keyboard.press("Home");
  expect(await drf.locator(".offer-drf-share").allTextContents()).toEqual(["0", "0"]);
  await page.keyboard.press("ArrowRight");
  expect(await drf.locator(".offer-drf-share").allTextContents()).toEqual(["0", "1/4"]);
  await drf.locator('[data-action="paper"]').click();
  expect(await drf.locator(".offer-readout").textContent()).toBe("Step 5 of 5");

  // 3. Free play. Keyboard on the cluster steps to the first event after 0 s.
  const play = page.locator("figure.offer-play");
  await play.locator(".offer-cluster-box").focus();
  await page.keyboard.press("ArrowRight");
  expect(await play.locator('[data-readout="time"]').textContent()).toBe("0.1 s of 60 s");
  // Mouse: the starvation preset, scrubbed to the end.
  await play.locator('[data-control="preset"]').selectOption("greedy-decliner-starvation");
  await play.locator('[data-control="time"]').fill("15000");
  expect(await play.locator(".offer-roles tbody tr").evaluateAll((rows) => rows.map((r) => [r.getAttribute("data-role"), r.querySelector(".offer-share")!.textContent])))
    .toEqual([["analytics", "1/4"], ["greedy", "3/4"]]);
  // Remove an agent at 10 s in free play: its tasks are lost, the run forks from there.
  await play.locator('[data-control="preset"]').selectOption("free-play");
  await play.locator('[data-control="time"]').fill("10000");
  await play.locator('[data-control="agent"]').selectOption("agent-4");
  await play.locator('[data-action="remove-agent"]').click();
  await expect.poll(() => play.locator('[data-readout="faults"]').textContent()).toBe("Scheduled: agent-3 fails at 20 s; agent-4 removed at 10 s.");
  expect(await play.locator(".offer-agent-detail").textContent()).toMatch(/^agent-4 \(rack r2\) was removed at 10 s/);

  // 4. One predict-then-run check.
  const check = page.locator('[data-check="greedy-starves"]');
  await check.locator("label").nth(1).click();
  await check.locator("button").click();
  expect(await check.locator(".wb-outcome").textContent()).toContain("spark launched 1 task (at 0.1 s)");
  expect(await check.locator(".wb-feedback").textContent()).toMatch(/^Correct\. /);

  // 5. Smoothness with 1,000 agents, on a canvas, while playing.
  await play.locator('[data-control="preset"]').selectOption("scale-1000");
  await expect.poll(() => play.getAttribute("data-state"), {timeout: 60_000, interval: 200}).toBe("ready");
  expect(await play.locator(".offer-cluster").getAttribute("data-mode")).toBe("canvas");
  await play.locator('[data-control="speed"]').selectOption("1");
  await play.locator('[data-action="play"]').click();
  const before = await play.locator('[data-readout="time"]').textContent();
  const fps = await framesPerSecond(page, 2000);
  const after = await play.locator('[data-readout="time"]').textContent();
  await play.locator('[data-action="play"]').click();
  console.log(`offer-cycle: ${fps.toFixed(1)} frames per second with 1,000 agents playing (${before} → ${after})`);
  expect(after).not.toBe(before);
  expect(fps).toBeGreaterThanOrEqual(30);
  // Leave the default preset, part-way through, for the screenshots.
  await play.locator('[data-control="preset"]').selectOption("free-play");
  await play.locator('[data-control="time"]').fill("24000");
  await page.locator("figure.offer-arch .offer-arch-stage").scrollIntoViewIfNeeded();
}
