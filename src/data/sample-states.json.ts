// Sample cluster states for the "Your cluster" chapter: the real documents from public test suites
// that the tests use (tests/fixtures, see its SOURCES.md), passed through as text so the page reads
// them with the same parser as a reader's own files.
import {readFileSync} from "node:fs";

const dir = "tests/fixtures";
const file = (name: string) => ({name, text: readFileSync(`${dir}/${name}`, "utf8")});

const samples = [
  {id: "mesos-0.28", title: "Mesos 0.28 /state with a VIP-labelled Marathon app", origin: "dcos/mesos_state tests", files: [file("mesos-state-state3-0.28.json")]},
  {id: "mesos-0.19", title: "Mesos 0.19 /state.json with four frameworks and an IPv6 agent", origin: "Mesos-DNS tests", files: [file("mesos-dns-fake-state.json")]},
  {id: "operator-stream", title: "Operator API SUBSCRIBE stream: 12 tasks on host, bridge, overlay and IPv6 networks", origin: "dcos-net tests", files: [file("dcos-net-operator-api-stream.jsonl")]},
  {id: "marathon", title: "Marathon /v2/apps and /v2/tasks only", origin: "Marathon REST API examples", files: [file("marathon-app_list.json"), file("marathon-tasks.json")]}
];

process.stdout.write(JSON.stringify(samples));
