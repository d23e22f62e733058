import type {Page} from "playwright-core";
import {expect} from "vitest";

/** The design notes: add an agent to the overlay, pick a container, step the DNS proxy by keyboard, answer a check. */
export default async function designPage(page: Page): Promise<void> {
  const overlay = page.locator(".des-overlay");
  expect(await overlay.locator(".des-agent").count()).toBe(2);
  await overlay.getByRole("button", {name: "Add an agent"}).click();
  await expect.poll(() => overlay.locator('[data-agent="3"] .des-subnet').textContent()).toBe("9.0.3.0/24");
  await expect.poll(() => overlay.locator(".wb-log p").last().textContent()).toBe(
    "Agent 3 joins and gets 9.0.3.0/24: m-dcos 9.0.3.0/25, d-dcos 9.0.3.128/25, VTEP 44.128.0.3 (70:B3:D5:00:00:03)."
  );
  // Keyboard: make a container on agent 3 the sender; the destination stays on agent 2, so the path crosses VXLAN.
  await overlay.locator('[data-address="9.0.3.2"]').focus();
  await page.keyboard.press("Enter");
  await expect.poll(() => overlay.locator(".des-hops li").count()).toBe(6);
  expect(await overlay.locator(".des-hops li").nth(2).textContent()).toBe(
    "VTEP 44.128.0.3 wraps it in VXLAN (VNI 1024) addressed to 44.128.0.2, MAC 70:B3:D5:00:00:02, and sends it over the host network."
  );
  await overlay.locator(".des-to").selectOption("3-docker-1");
  await expect.poll(() => overlay.locator(".des-hops li").count()).toBe(4);

  // The DNS proxy, by keyboard: the fallback when the proxy is down.
  const dns = page.locator(".des-dns");
  await dns.locator(".des-dns-preset").selectOption("proxy-down");
  await dns.locator(".des-dns-stage").focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => dns.locator(".wb-log p").last().textContent()).toBe("It rewrites resolv.conf to list the upstream resolvers 203.0.113.53 and 203.0.113.54 directly.");
  await page.keyboard.press("End");
  await expect.poll(() => dns.locator(".des-dns-steps li").count()).toBe(4);

  const check = page.locator('[data-check="third-agent-docker"]');
  await check.locator("label").nth(1).click();
  await expect.poll(() => check.locator(".wb-feedback").textContent()).toMatch(/^Correct\. /);
}
