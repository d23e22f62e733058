import type {Page} from "playwright-core";
import {expect} from "vitest";

/**
 * The masters' simulator: scrub the timeline by keyboard and by mouse, strike ZooKeeper by
 * keyboard (K on a focused server) and bring it back by mouse (select, Restart), with the exact
 * outcome; then the predict-then-run check runs the model.
 */
export default async function highAvailability(page: Page): Promise<void> {
  const sim = page.locator("figure", {has: page.locator("h3", {hasText: "Masters and ZooKeeper"})});
  const status = sim.locator(".ha-status");
  const readout = sim.locator(".ha-readout");
  const faults = () => sim.locator(".ha-faults li").evaluateAll((lis) => lis.map((li) => li.firstChild?.textContent));

  // Keyboard scrubbing: End, Home, then one step of 100 ms.
  const range = sim.locator("input.ha-range");
  await range.focus();
  await page.keyboard.press("End");
  await expect.poll(() => readout.textContent()).toBe("60 s of 60 s");
  expect(await status.textContent()).toBe("t = 60 s. Leading master: master-2. Marathon leader: marathon-2. ZooKeeper: 2 of 3 up, quorum, zk-3 leads. web: 3 of 3 serving.");
  await page.keyboard.press("Home");
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => readout.textContent()).toBe("0.1 s of 60 s");

  // Mouse scrubbing: a click a quarter of the way along the plotted time axis (0–60 s) seeks to 15 s.
  const lanes = sim.locator(".ha-timeline svg").first();
  const box = (await lanes.boundingBox())!;
  const width = Number(await lanes.getAttribute("width"));
  const left = 104;
  const right = 16;
  const x = box.x + ((left + 0.25 * (width - left - right)) * box.width) / width;
  await page.mouse.click(x, box.y + box.height / 2);
  await expect.poll(() => readout.textContent()).toBe("15 s of 60 s");
  expect(await status.textContent()).toBe("t = 15 s. Leading master: master-1. Marathon leader: marathon-1. ZooKeeper: 3 of 3 up, quorum, zk-3 leads. web: 3 of 3 serving.");

  // Keyboard fault: focus ZooKeeper zk-2 and press K. With master-1 dying at 20 s, only zk-3 is left.
  await sim.locator('.ha-cluster [data-target="zk-2"]').focus();
  await page.keyboard.press("k");
  await expect.poll(faults).toEqual(["15 s: kill zk-2", "20 s: kill master-1"]);
  expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.target)).toBe("zk-2");
  await sim.getByRole("button", {name: "Next event ▶"}).click();
  await expect.poll(() => status.textContent()).toBe("t = 20 s. Leading master: none. Marathon leader: none. ZooKeeper: 1 of 3 up, no quorum. web: 3 of 3 serving.");
  expect(await sim.locator('[role="log"] p').last().textContent()).toBe(
    "20 s: ZooKeeper loses its quorum: only 1 of 3 servers can reach each other, and a majority is 2. No writes, no session expiry and no new leader until a majority is back."
  );

  // Mouse fault: at 40 s select zk-2 and restart it. The quorum returns at 40.2 s; the old sessions
  // expire at 50.2 s and master-2, first to rejoin, leads from 50.3 s.
  const setTime = (ms: number) =>
    range.evaluate((el, v) => {
      (el as HTMLInputElement).value = String(v);
      el.dispatchEvent(new Event("input", {bubbles: true}));
    }, ms);
  await setTime(40_000);
  await expect.poll(() => readout.textContent()).toBe("40 s of 60 s");
  await sim.locator('.ha-cluster [data-target="zk-2"]').click();
  await sim.locator('.ha-action[data-action="restart"]').click();
  await expect.poll(faults).toEqual(["15 s: kill zk-2", "20 s: kill master-1", "40 s: restart zk-2"]);
  await setTime(50_300);
  await expect.poll(() => status.textContent()).toBe("t = 50.3 s. Leading master: master-2. Marathon leader: marathon-2. ZooKeeper: 2 of 3 up, quorum, zk-3 leads. web: 3 of 3 serving.");
  expect(await sim.locator('[data-measure="leader"] dd').textContent()).toBe("for 30.3 s, then master-2 leads");

  // The predict-then-run check runs the model.
  const check = page.locator('[data-check="two-of-five"]');
  await check.locator("label").nth(1).click();
  await check.getByRole("button", {name: "Kill two of five masters"}).click();
  await expect.poll(() => check.locator(".wb-outcome").textContent()).toBe(
    "What happened: ZooKeeper at 60 s: 3 of 5 servers up; it has a quorum. The leading master was lost at 20 s; master-3 took over at 30.1 s, 10.1 s later. At 60 s the leading master is master-3."
  );
  await expect.poll(() => check.locator(".wb-feedback").textContent()).toMatch(/^Correct\. /);
}
