// The free-play simulator's settings: how many agents and how big, each framework's role, weight,
// task shape, number of tasks and how it answers offers, and how long to run. It starts from a
// preset and builds a new scenario from it; what the form does not show (racks, constraints, task
// durations, faults, join times) carries over from the preset.
import {resolveMesosScenario} from "../lib/mesos/resolve.js";
import type {MesosFrameworkSpec, MesosScenario} from "../lib/mesos/scenario-schema.js";
import type {PlayForm} from "../lib/mesos/url.js";
import {h} from "./dom.js";
import {FRAMEWORK_COLOURS, frameworkColour, numberField, readNumber} from "./offerShared.js";

/** The most agents the form accepts (a run of 1,000 takes about two seconds to compute). */
export const MAX_AGENTS = 2000;
export const MAX_RUN_SECONDS = 300;

type FrameworkInput = MesosScenario["frameworks"] extends (infer F)[] | undefined ? F : never;

export interface SettingsForm {
  readonly element: HTMLElement;
  /** Fills the form from a scenario (the new base). */
  load(scenario: MesosScenario): void;
  /** The scenario the form describes, or what is wrong with it (one line per problem). */
  read(): {scenario: MesosScenario} | {problems: string[]};
  /** The form's values as numbers (for a link), or undefined while one is not a number. */
  snapshot(): PlayForm | undefined;
  /** Sets the form to `form`, on top of the scenario last loaded. */
  fill(form: PlayForm): void;
}

const BEHAVIOURS = [
  {value: "launch", text: "launch tasks"},
  {value: "decline", text: "decline every offer"},
  {value: "hold", text: "hold offers, never answer"}
];

interface Row {
  base: FrameworkInput;
  /** The loaded scenario's framework this row started from (null: added by the reader). */
  baseIndex: number | null;
  tr: HTMLTableRowElement;
  name: HTMLInputElement;
  role: HTMLInputElement;
  weight: HTMLInputElement;
  cpus: HTMLInputElement;
  mem: HTMLInputElement;
  instances: HTMLInputElement;
  behaviour: HTMLSelectElement;
  refuse: HTMLInputElement;
}

const input = (type: string, value: string | number, attrs: Record<string, string | number> = {}) => h("input", {type, value: String(value), ...attrs});

export function settingsForm({onRun}: {onRun: () => void}): SettingsForm {
  let base: MesosScenario = {agents: [{id: "agent-1", resources: {cpus: 1, mem: 1024}}]};
  let baseAgents: ReturnType<typeof resolveMesosScenario>["agents"] = [];
  let loaded = "";
  const agentFields = () => [count.input.value, cpus.input.value, mem.input.value].map((v) => v.trim()).join("|");
  const count = numberField("Agents", 1, {min: 1, max: MAX_AGENTS, step: 1, "data-field": "agents"});
  const cpus = numberField("CPUs each", "", {min: 0.1, step: "any", "data-field": "agent-cpus", placeholder: "mixed"});
  const mem = numberField("Memory each (GB)", "", {min: 0.25, step: "any", "data-field": "agent-mem", placeholder: "mixed"});
  const until = numberField("Run for (s)", 60, {min: 1, max: MAX_RUN_SECONDS, step: 1, "data-field": "until"});
  const agentNote = h("p", {class: "offer-note"});
  const tbody = h("tbody");
  const rows: Row[] = [];
  const add = h("button", {type: "button", class: "wb-button", "data-action": "add-framework"}, "+ Add a framework");
  const run = h("button", {type: "button", class: "wb-button offer-run", "data-action": "run"}, "Run with these settings");

  const renumber = () => {
    rows.forEach((r, i) => {
      r.tr.querySelector<HTMLElement>(".offer-swatch")!.setAttribute("style", `--swatch:${frameworkColour(i)}`);
      r.name.setAttribute("aria-label", `Framework ${i + 1}: name`);
    });
    add.disabled = rows.length >= FRAMEWORK_COLOURS;
  };

  const addRow = (fw: FrameworkInput, baseIndex: number | null = null) => {
    const shape = Array.isArray(fw.task) ? fw.task[0]! : fw.task;
    const name = input("text", fw.name, {size: 10, "data-col": "name", spellcheck: "false"});
    const row: Row = {
      base: fw,
      baseIndex,
      tr: h("tr"),
      name,
      role: input("text", fw.role ?? "*", {size: 9, "data-col": "role", spellcheck: "false"}),
      weight: input("number", fw.weight ?? 1, {min: 0.1, step: "any", "data-col": "weight", class: "offer-num"}),
      cpus: input("number", shape.cpus, {min: 0.1, step: "any", "data-col": "cpus", class: "offer-num"}),
      mem: input("number", shape.mem / 1024, {min: 0.1, step: "any", "data-col": "mem", class: "offer-num"}),
      instances: input("number", fw.instances ?? 1, {min: 0, step: 1, "data-col": "instances", class: "offer-num"}),
      behaviour: h("select", {"data-col": "behaviour"}, BEHAVIOURS.map((b) => h("option", {value: b.value, selected: (fw.behaviour ?? "launch") === b.value}, b.text))),
      refuse: input("number", fw.refuseSeconds ?? 5, {min: 0, step: "any", "data-col": "refuse", class: "offer-num"})
    };
    // Every input is labelled with the framework's name, kept up to date as it is renamed.
    const relabel = () => {
      const who = name.value.trim() || "new framework";
      name.setAttribute("aria-label", `Framework ${rows.indexOf(row) + 1}: name`);
      for (const [el, what] of [
        [row.role, "role"],
        [row.weight, "role weight"],
        [row.cpus, "CPUs per task"],
        [row.mem, "memory per task in GB"],
        [row.instances, "tasks to launch"],
        [row.behaviour, "answer to offers"],
        [row.refuse, "refuse_seconds"]
      ] as const)
        el.setAttribute("aria-label", `${who}: ${what}`);
      remove.setAttribute("aria-label", `Remove ${who}`);
    };
    name.addEventListener("input", relabel);
    const remove = h("button", {type: "button", class: "wb-button offer-remove", "aria-label": `Remove ${fw.name}`, "data-action": "remove-framework"}, "✕");
    remove.addEventListener("click", () => {
      rows.splice(rows.indexOf(row), 1);
      row.tr.remove();
      renumber();
    });
    row.tr.append(
      h("th", {scope: "row"}, h("span", {class: "offer-swatch"}), name),
      ...[row.role, row.weight, row.cpus, row.mem, row.instances, row.behaviour, row.refuse].map((el) => h("td", {}, el)),
      h("td", {}, remove)
    );
    rows.push(row);
    tbody.append(row.tr);
    relabel();
    renumber();
  };

  const newFramework = (k: number): FrameworkInput => ({name: `fw-${k}`, role: `role-${k}`, task: {cpus: 1, mem: 1024, durationMs: {min: 4000, max: 12000}}, instances: 6});
  add.addEventListener("click", () => {
    let k = rows.length + 1;
    while (rows.some((r) => r.name.value === `fw-${k}`)) k++;
    addRow(newFramework(k));
    rows.at(-1)!.name.focus();
  });
  run.addEventListener("click", onRun);

  const element = h(
    "div",
    {class: "offer-settings"},
    h("fieldset", {}, h("legend", {}, "Agents"), h("div", {class: "offer-field-row"}, count.label, cpus.label, mem.label, until.label), agentNote),
    h(
      "fieldset",
      {},
      h("legend", {}, "Frameworks (one colour each)"),
      h(
        "div",
        {class: "offer-scroll"},
        h(
          "table",
          {class: "offer-frameworks"},
          h(
            "thead",
            {},
            h("tr", {}, ...["Framework", "Role", "Weight", "CPUs / task", "GB / task", "Tasks", "Answers offers by", "refuse_seconds", ""].map((t) => h("th", {scope: "col"}, t)))
          ),
          tbody
        )
      ),
      h("div", {class: "wb-controls"}, add, run)
    )
  );

  const uniform = (key: "cpus" | "mem") => {
    const values = new Set(baseAgents.map((a) => a.resources[key]));
    return values.size === 1 ? [...values][0]! : undefined;
  };

  return {
    element,
    load(scenario) {
      base = scenario;
      baseAgents = resolveMesosScenario(scenario).agents;
      count.input.value = String(baseAgents.length);
      const c = uniform("cpus");
      const m = uniform("mem");
      cpus.input.value = c === undefined ? "" : String(c);
      mem.input.value = m === undefined ? "" : String(m / 1024);
      until.input.value = String((scenario.parameters?.untilMs ?? 60000) / 1000);
      loaded = agentFields();
      const racks = new Set(baseAgents.map((a) => a.attributes.rack).filter((r) => r !== undefined));
      agentNote.textContent = [
        c === undefined || m === undefined ? `Agent sizes differ in this preset; type a size to make them all the same.` : "",
        racks.size ? `Agents spread over racks ${[...racks].join(", ")}; more agents repeat the preset's agents in turn (size, rack, join time).` : "",
        baseAgents.some((a) => a.addAt > 0) ? "Some agents join late: " + baseAgents.filter((a) => a.addAt > 0).map((a) => `${a.id} at ${a.addAt / 1000} s`).join(", ") + "." : ""
      ]
        .filter(Boolean)
        .join(" ");
      rows.length = 0;
      tbody.replaceChildren();
      (scenario.frameworks ?? []).forEach((fw, i) => addRow(fw, i));
    },
    snapshot() {
      const n = (i: HTMLInputElement) => readNumber(i);
      const values = rows.map((r) => [n(r.weight), n(r.cpus), n(r.mem), n(r.instances), n(r.refuse)]);
      const agents = n(count.input);
      const untilS = n(until.input);
      if (agents === undefined || untilS === undefined || values.some((v) => v.some((x) => x === undefined))) return undefined;
      return {
        agents,
        cpus: n(cpus.input) ?? null,
        mem: n(mem.input) ?? null,
        untilS,
        frameworks: rows.map((r, i) => {
          const [weight, c, m, instances, refuseSeconds] = values[i] as number[];
          return {base: r.baseIndex, name: r.name.value.trim(), role: r.role.value.trim(), weight: weight!, cpus: c!, mem: m!, instances: instances!, behaviour: r.behaviour.value as "launch", refuseSeconds: refuseSeconds!};
        })
      };
    },
    fill(form) {
      count.input.value = String(form.agents);
      cpus.input.value = form.cpus === null ? "" : String(form.cpus);
      mem.input.value = form.mem === null ? "" : String(form.mem);
      until.input.value = String(form.untilS);
      rows.length = 0;
      tbody.replaceChildren();
      form.frameworks.forEach((f, i) => {
        const from = f.base === null ? undefined : base.frameworks?.[f.base];
        addRow(from ?? newFramework(i + 1), from ? f.base : null);
        const r = rows.at(-1)!;
        r.name.value = f.name;
        r.role.value = f.role;
        r.weight.value = String(f.weight);
        r.cpus.value = String(f.cpus);
        r.mem.value = String(f.mem);
        r.instances.value = String(f.instances);
        r.behaviour.value = f.behaviour;
        r.refuse.value = String(f.refuseSeconds);
        r.name.dispatchEvent(new Event("input"));
      });
    },
    read() {
      const problems: string[] = [];
      const all = [count.input, cpus.input, mem.input, until.input, ...rows.flatMap((r) => [r.name, r.role, r.weight, r.cpus, r.mem, r.instances, r.refuse])];
      all.forEach((i) => i.removeAttribute("aria-invalid"));
      const bad = (i: HTMLInputElement, message: string) => {
        i.setAttribute("aria-invalid", "true");
        problems.push(message);
      };
      const n = readNumber(count.input);
      if (n === undefined || !Number.isInteger(n) || n < 1 || n > MAX_AGENTS) bad(count.input, `Agents: a whole number from 1 to ${MAX_AGENTS.toLocaleString("en")}.`);
      const c = readNumber(cpus.input);
      if (cpus.input.value.trim() !== "" && !(c! > 0)) bad(cpus.input, "CPUs each: a number above 0, or empty to keep the preset's sizes.");
      const m = readNumber(mem.input);
      if (mem.input.value.trim() !== "" && !(m! > 0)) bad(mem.input, "Memory each: a number of GB above 0, or empty to keep the preset's sizes.");
      const u = readNumber(until.input);
      if (u === undefined || !(u > 0) || u > MAX_RUN_SECONDS) bad(until.input, `Run for: a number of seconds above 0, at most ${MAX_RUN_SECONDS}.`);
      const frameworks = rows.map((r, i): FrameworkInput => {
        const who = `Framework ${i + 1} (${r.name.value || "no name"})`;
        const num = (el: HTMLInputElement, what: string, ok: (v: number) => boolean, rule: string) => {
          const v = readNumber(el);
          if (v === undefined || !ok(v)) {
            bad(el, `${who}, ${what}: ${rule}.`);
            return 1;
          }
          return v;
        };
        const weight = num(r.weight, "weight", (v) => v > 0, "a number above 0");
        const taskCpus = num(r.cpus, "CPUs per task", (v) => v > 0, "a number above 0");
        const taskMem = num(r.mem, "memory per task", (v) => v > 0, "a number of GB above 0");
        const instances = num(r.instances, "tasks", (v) => Number.isInteger(v) && v >= 0, "a whole number, 0 or more");
        const refuse = num(r.refuse, "refuse_seconds", (v) => v >= 0, "a number of seconds, 0 or more");
        const shapes = Array.isArray(r.base.task) ? r.base.task : [r.base.task];
        const first = shapes[0]!;
        const same = first.cpus === taskCpus && first.mem === Math.round(taskMem * 1024);
        return {
          ...r.base,
          name: r.name.value.trim(),
          role: r.role.value.trim(),
          weight,
          task: same ? r.base.task : {...first, cpus: taskCpus, mem: Math.round(taskMem * 1024)},
          instances,
          behaviour: r.behaviour.value as MesosFrameworkSpec["behaviour"],
          refuseSeconds: refuse
        };
      });
      if (problems.length) return {problems};
      const agents =
        agentFields() === loaded
          ? base.agents
          : Array.from({length: n!}, (_, i) => {
              const b = baseAgents[i % baseAgents.length]!;
              return {
                id: `agent-${i + 1}`,
                resources: {cpus: c ?? b.resources.cpus, mem: m === undefined ? b.resources.mem : Math.round(m * 1024), disk: b.resources.disk, ports: b.ports.map((p) => [p[0], p[1]] as [number, number])},
                attributes: {...b.attributes},
                addAt: b.addAt
              };
            });
      const ids = new Set(agents.flatMap((a) => ("count" in a && a.count !== undefined ? Array.from({length: a.count}, (_, k) => `${a.id}-${k + 1}`) : [a.id])));
      const scenario: MesosScenario = {
        ...base,
        name: base.name ? `${base.name} (edited)` : "edited",
        agents,
        frameworks,
        parameters: {...base.parameters, untilMs: Math.round(u! * 1000)},
        faults: (base.faults ?? []).filter((f) => f.action === "kill-task" || ids.has(f.target))
      };
      return {scenario};
    }
  };
}
