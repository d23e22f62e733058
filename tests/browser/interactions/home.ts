import type {Page} from "playwright-core";
import {expect} from "vitest";

/** The course map: arrow keys move along the course; hovering a chapter describes it. */
export default async function home(page: Page): Promise<void> {
  const first = page.locator(".course-map svg .course-card").first();
  await first.focus();
  await page.keyboard.press("ArrowRight");
  const focused = await page.evaluate(() => document.activeElement?.textContent ?? "");
  expect(focused).toBe("What is DC/OS?20 min · open");
  await expect.poll(() => page.locator(".course-map-detail").textContent()).toMatch(/^What is DC\/OS\? \(Start, 20 min\)/);
  // Every chapter has its page now, so none is planned: hover the last one, Your cluster.
  expect(await page.locator(".course-map svg .course-card.is-planned").count()).toBe(0);
  await page.locator(".course-map svg .course-card").last().hover();
  await expect.poll(() => page.locator(".course-map-detail").textContent()).toMatch(/^Your cluster \(Practice, 20 min\)/);
}
