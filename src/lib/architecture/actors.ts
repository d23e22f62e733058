// Who takes part in the request flows: DC/OS components (ids of data/components.yaml) and a few
// actors that are not components, each placed where it runs so a figure can draw it.
export type Place = "outside" | "master" | "private-agent" | "public-agent";

export interface ExtraActor {
  id: string;
  name: string;
  place: Place;
  /** What the actor is, for a tooltip. */
  about: string;
}

export const EXTRA_ACTORS: readonly ExtraActor[] = [
  {id: "client", name: "Client (GUI or CLI)", place: "outside", about: "You, in a browser or the DC/OS CLI on your own machine."},
  {id: "allocator", name: "Allocator", place: "master", about: "The part of the leading Mesos master that decides which framework is offered which resources."},
  {id: "executor", name: "Executor", place: "private-agent", about: "Started by the agent; launches and watches a framework's tasks."},
  {id: "task", name: "Task", place: "private-agent", about: "A program running in a container on an agent."},
  {id: "service-scheduler", name: "Service scheduler", place: "private-agent", about: "The scheduler a package brings (for example Kafka's), itself run as a Marathon app."},
  {id: "universe", name: "Package repository (Universe)", place: "outside", about: "The catalog of packages that Cosmos installs from."}
];

/** Where the components that take part in the flows run. */
export const COMPONENT_PLACES: Readonly<Record<string, Place>> = {
  "admin-router": "master",
  marathon: "master",
  "mesos-master": "master",
  "mesos-dns": "master",
  cosmos: "master",
  "mesos-agent": "private-agent",
  "dcos-net": "private-agent"
};

export function placeOf(actor: string): Place {
  return EXTRA_ACTORS.find((a) => a.id === actor)?.place ?? COMPONENT_PLACES[actor] ?? "master";
}
