import type {Page} from "playwright-core";
import {expect} from "vitest";

/** Telemetry: step the data flow by keyboard to Segment, play it, and answer the opt-out check. */
export default async function telemetryPage(page: Page): Promise<void> {
  const flow = page.locator(".tel-flow");
  await flow.locator(".tel-stage").focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowRight");
  await expect.poll(() => flow.locator(".tel-caption").textContent()).toBe("Step 4 of 5: The events leave the cluster.");
  await expect.poll(() => flow.locator(".wb-log p").last().textContent()).toBe(
    "The events leave the cluster: Signal sends the health, mesos_track and package_list events, each stamped with the anonymous cluster ID, to Segment."
  );
  expect(await flow.locator(".tel-edge.is-active").getAttribute("data-step")).toBe("send");
  await page.keyboard.press("Home");
  await expect.poll(() => flow.locator(".tel-caption").textContent()).toBe("Ready: 5 steps.");
  expect(await page.locator(".tel-events tbody tr").count()).toBe(5);

  const check = page.locator('[data-check="opt-out-key"]');
  await check.locator("label").nth(1).click();
  await expect.poll(() => check.locator(".wb-feedback").textContent()).toMatch(/^Correct\. /);
}
