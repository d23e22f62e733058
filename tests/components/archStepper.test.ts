// @vitest-environment jsdom
import {afterEach, beforeEach, describe, expect, it, vi} from "vitest";
import {createStepper, type StepChange} from "../../src/components/archStepper.js";

const key = (target: Element, k: string) => {
  const event = new KeyboardEvent("keydown", {key: k, bubbles: true, cancelable: true});
  target.dispatchEvent(event);
  return event;
};

describe("createStepper", () => {
  let changes: StepChange[];
  let stepper: ReturnType<typeof createStepper>;
  const button = (cls: string) => stepper.controls.querySelector<HTMLButtonElement>(`.arch-${cls}`)!;
  const status = () => stepper.controls.querySelector(".arch-status")!.textContent;

  beforeEach(() => {
    changes = [];
    stepper = createStepper({count: 4, noun: "hop", interval: 1000, label: "Flow", onChange: (c) => changes.push(c)});
    document.body.replaceChildren(stepper.controls);
    stepper.controls.addEventListener("keydown", (e) => stepper.handleKey(e));
  });
  afterEach(() => {
    stepper.destroy();
    vi.useRealTimers();
    delete (window as {matchMedia?: unknown}).matchMedia;
  });

  it("has labelled Back, Step, Play and Reset buttons, a speed and a status", () => {
    expect([...stepper.controls.querySelectorAll("button")].map((b) => `${b.textContent}|${b.title}`)).toEqual([
      "◀ Back|Back one hop (left arrow)",
      "Step ▶|Next hop (right arrow)",
      "Play|Play or pause (P)",
      "Reset|Back to the start (Home)"
    ]);
    expect(stepper.controls.getAttribute("role")).toBe("group");
    expect(stepper.controls.getAttribute("aria-label")).toBe("Flow step player");
    expect(stepper.controls.querySelector("label")?.textContent).toBe("Speed SlowNormalFast");
    expect(status()).toBe("Ready: 4 hops");
    expect(button("back").disabled).toBe(true);
    expect(button("reset").disabled).toBe(true);
  });

  it("steps forward and back, and stops at both ends", () => {
    button("step").click();
    button("step").click();
    expect(stepper.position()).toBe(2);
    expect(status()).toBe("Hop 2 of 4");
    button("back").click();
    expect(changes.map((c) => `${c.position}${c.direction}${c.cause}`)).toEqual(["11step", "21step", "1-1back"]);
    stepper.goTo(4);
    expect(button("step").disabled).toBe(true);
    button("step").click();
    expect(stepper.position()).toBe(4);
    button("reset").click();
    expect(stepper.position()).toBe(0);
    expect(changes.at(-1)).toEqual({position: 0, direction: 0, animate: false, cause: "reset"});
  });

  it("animates forward steps only, and never with reduced motion", () => {
    button("step").click();
    expect(changes.at(-1)!.animate).toBe(true);
    button("back").click();
    expect(changes.at(-1)!.animate).toBe(false);
    (window as {matchMedia?: unknown}).matchMedia = (q: string) => ({matches: q === "(prefers-reduced-motion: reduce)"});
    button("step").click();
    expect(changes.at(-1)).toEqual({position: 1, direction: 1, animate: false, cause: "step"});
  });

  it("plays one step at once, then one per interval, and stops at the end", () => {
    vi.useFakeTimers();
    button("play").click();
    expect(stepper.position()).toBe(1);
    expect(button("play").textContent).toBe("Pause");
    vi.advanceTimersByTime(999);
    expect(stepper.position()).toBe(1);
    vi.advanceTimersByTime(1);
    expect(stepper.position()).toBe(2);
    vi.advanceTimersByTime(5000);
    expect(stepper.position()).toBe(4);
    expect(stepper.playing()).toBe(false);
    expect(button("play").textContent).toBe("Play");
    expect(changes.map((c) => c.cause)).toEqual(["play", "play", "play", "play"]);
  });

  it("pauses, plays slower at Slow speed, and restarts from the top when played at the end", () => {
    vi.useFakeTimers();
    const speed = stepper.controls.querySelector("select")!;
    speed.value = "2";
    speed.dispatchEvent(new Event("change"));
    button("play").click();
    vi.advanceTimersByTime(1000);
    expect(stepper.position()).toBe(1);
    vi.advanceTimersByTime(1000);
    expect(stepper.position()).toBe(2);
    button("play").click(); // pause
    vi.advanceTimersByTime(10000);
    expect(stepper.position()).toBe(2);
    stepper.goTo(4);
    button("play").click();
    expect(changes.slice(-2).map((c) => `${c.position}${c.cause}`)).toEqual(["0reset", "1play"]);
  });

  it("keys: arrows step and go back, Home resets, End jumps, P and Space play", () => {
    vi.useFakeTimers();
    const status = stepper.controls.querySelector(".arch-status")!;
    expect(key(status, "ArrowRight").defaultPrevented).toBe(true);
    key(status, "ArrowDown");
    expect(stepper.position()).toBe(2);
    key(status, "ArrowLeft");
    expect(stepper.position()).toBe(1);
    key(status, "End");
    expect(stepper.position()).toBe(4);
    key(status, "Home");
    expect(stepper.position()).toBe(0);
    key(status, "p");
    expect(stepper.playing()).toBe(true);
    key(status, " ");
    expect(stepper.playing()).toBe(false);
    // Space on a button is the button's own; keys in the speed select are the select's.
    expect(key(button("step"), " ").defaultPrevented).toBe(false);
    expect(key(stepper.controls.querySelector("select")!, "ArrowDown").defaultPrevented).toBe(false);
    expect(key(status, "x").defaultPrevented).toBe(false);
  });

  it("setCount starts a new story at 0 without calling onChange", () => {
    stepper.goTo(3);
    const before = changes.length;
    stepper.setCount(7);
    expect([stepper.position(), stepper.count(), changes.length]).toEqual([0, 7, before]);
    expect(status()).toBe("Ready: 7 hops");
  });
});
