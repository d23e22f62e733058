import type {Page} from "playwright-core";
import {expect} from "vitest";

/** The analogy figure by mouse and keyboard, and one check answered. */
export default async function whatIsDcos(page: Page): Promise<void> {
  // Mouse: select the init system; its partner Marathon lights up.
  await page.locator('.analogy-item[data-side="computer"][data-id="init"]').click();
  expect(await page.locator('.analogy-item[data-side="dcos"][data-id="init"]').getAttribute("aria-pressed")).toBe("true");
  await expect.poll(() => page.locator(".analogy-detail").textContent()).toContain("In DC/OS: Marathon");
  // Keyboard: right arrow jumps to the partner, down moves within DC/OS's side.
  await page.keyboard.press("ArrowRight");
  expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.side)).toBe("dcos");
  await page.keyboard.press("ArrowDown");
  const id = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.id);
  expect(await page.locator(`.analogy-item[data-side="computer"][data-id="${id}"]`).getAttribute("aria-pressed")).toBe("true");
  // A check answered gives feedback that explains.
  await page.locator('[data-check="two-schedulers"] label').first().click();
  await expect.poll(() => page.locator('[data-check="two-schedulers"] .wb-feedback').textContent()).toMatch(/^Correct\. /);
}
