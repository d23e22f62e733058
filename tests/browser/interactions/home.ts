import type {Page} from "playwright-core";
import {expect} from "vitest";

/** The course map: arrow keys move along the course; hovering a planned chapter describes it. */
export default async function home(page: Page): Promise<void> {
  const first = page.locator(".course-map svg .course-card").first();
  await first.focus();
  await page.keyboard.press("ArrowRight");
  const focused = await page.evaluate(() => document.activeElement?.textContent ?? "");
  expect(focused).toBe("What is DC/OS?20 min · open");
  await expect.poll(() => page.locator(".course-map-detail").textContent()).toMatch(/^What is DC\/OS\? \(Start, 20 min\)/);
  await page.locator(".course-map svg .course-card.is-planned").first().hover();
  await expect.poll(() => page.locator(".course-map-detail").textContent()).toMatch(/planned/);
}
