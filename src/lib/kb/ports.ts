// data/ports.yaml: the documented listening ports, per the ports tables of 1.8, 1.9, 1.10–1.13 and
// 2.1–2.2. A port whose entry changes between tables (owner, node types) has one record per span.
import {z} from "zod";
import {kbIdSchema, kbNodeTypesSchema, kbSourceListSchema, kbTextSchema, kbInferredSchema} from "./common.js";
import {checkDcosRange, dcosRangeFields} from "./releases.js";

const portNumberSchema = z.number().int().min(1).max(65535);

/** Who is expected to connect, where the tables say. */
export const KB_PORT_SCOPES = ["localhost", "master-to-master", "cluster", "external"] as const;
export type KbPortScope = (typeof KB_PORT_SCOPES)[number];

export const portRecordSchema = z
  .object({
    id: kbIdSchema,
    /** The port, or "ephemeral" where the tables give none (the Pkgpanda API). */
    port: z.union([portNumberSchema, z.literal("ephemeral")]),
    /** For a range: its last port (the Mesos task ports). */
    portEnd: portNumberSchema.optional(),
    /** Ports inside a range that are not part of it. */
    excludes: z.array(portNumberSchema).default([]),
    protocol: z.enum(["tcp", "udp"]),
    nodeTypes: kbNodeTypesSchema.min(1),
    /** The owning component's id. */
    component: kbIdSchema,
    purpose: kbTextSchema,
    scope: z.enum(KB_PORT_SCOPES).optional(),
    enterprise: z.boolean().default(false),
    /** Fields inferred rather than stated (see the note); for since: the earliest release seen. */
    inferred: kbInferredSchema,
    ...dcosRangeFields,
    source: kbSourceListSchema,
    note: kbTextSchema.optional()
  })
  .strict()
  .superRefine(checkDcosRange)
  .superRefine((record, ctx) => {
    if (record.portEnd === undefined) {
      if (record.excludes.length) ctx.addIssue({code: "custom", path: ["excludes"], message: "only a range (with portEnd) can exclude ports"});
      return;
    }
    if (record.port === "ephemeral" || record.portEnd <= record.port) {
      ctx.addIssue({code: "custom", path: ["portEnd"], message: "must be greater than port"});
      return;
    }
    const start = record.port;
    record.excludes.forEach((p, i) => {
      if (p <= start || p >= record.portEnd!) ctx.addIssue({code: "custom", path: ["excludes", i], message: `${p} is not inside ${start}-${record.portEnd}`});
    });
  });

export type PortRecord = z.output<typeof portRecordSchema>;

/** A port record's ports as contiguous ranges: the range minus its exclusions, or one port. */
export function portRecordRanges(record: Pick<PortRecord, "port" | "portEnd" | "excludes">): {from: number; to: number}[] {
  if (record.port === "ephemeral") return [];
  const end = record.portEnd ?? record.port;
  const cuts = [...new Set(record.excludes)].sort((a, b) => a - b);
  const ranges: {from: number; to: number}[] = [];
  let from = record.port;
  for (const cut of cuts) {
    if (cut > from) ranges.push({from, to: cut - 1});
    from = cut + 1;
  }
  if (from <= end) ranges.push({from, to: end});
  return ranges;
}

/** A port record as a label: "5050", "1025-32000", "ephemeral". */
export function portRecordLabel(record: Pick<PortRecord, "port" | "portEnd">): string {
  return record.portEnd === undefined ? String(record.port) : `${record.port}-${record.portEnd}`;
}
