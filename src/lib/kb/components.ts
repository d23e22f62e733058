// data/components.yaml: every DC/OS component of 1.7 to 2.2 — where it runs, its systemd units,
// what it is for, and how it was renamed, merged or replaced between releases.
import {z} from "zod";
import {COMPONENT_CATEGORIES, kbIdSchema, kbNodeTypesSchema, kbSourceListSchema, kbTextSchema, kbInferredSchema} from "./common.js";
import {checkDcosRange, dcosRangeFields, dcosReleaseSchema} from "./releases.js";

export const componentCategorySchema = z.enum(COMPONENT_CATEGORIES);

const unitNameSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_.@-]*\.(service|socket|timer)$/, "expected a systemd unit such as dcos-net.service");

/**
 * A systemd unit. Written as a plain name when it belongs to the whole component; as an object
 * when it runs on fewer node types or in fewer releases than the component.
 */
export const componentUnitSchema = z.union([
  unitNameSchema,
  z
    .object({
      name: unitNameSchema,
      nodeTypes: kbNodeTypesSchema.optional(),
      since: dcosReleaseSchema.optional(),
      until: dcosReleaseSchema.nullable().optional(),
      note: kbTextSchema.optional()
    })
    .strict()
]);

/** A change of identity that takes effect in release `in`. */
const changeSchema = z.object({id: kbIdSchema, in: dcosReleaseSchema}).strict();

export const componentRecordSchema = z
  .object({
    id: kbIdSchema,
    name: kbTextSchema,
    aliases: z.array(kbTextSchema).default([]),
    /** The upstream project or maker, e.g. "Apache Mesos", "NGINX (OpenResty)", "Mesosphere". */
    upstream: kbTextSchema,
    /** Source repository (owner/name) where the reference names one. */
    repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/, "expected owner/name").optional(),
    purpose: kbTextSchema,
    category: componentCategorySchema,
    /** Node types it runs on; empty for something that runs off the cluster (the CLI). */
    nodeTypes: kbNodeTypesSchema,
    units: z.array(componentUnitSchema),
    ...dcosRangeFields,
    enterprise: z.boolean(),
    /** Folded into another component from release `in` (this record's `until` is the release before). */
    mergedInto: changeSchema.optional(),
    /** Superseded by a different component from release `in`. */
    replacedBy: changeSchema.optional(),
    /** Known under an earlier name until release `in`, when it took this name. */
    renamedFrom: z.object({name: kbTextSchema, in: dcosReleaseSchema}).strict().optional(),
    /** Components it needs, where the sources say so. */
    dependsOn: z.array(kbIdSchema).default([]),
    /** Fields inferred rather than stated (see the note); for since: the earliest release seen. */
    inferred: kbInferredSchema,
    source: kbSourceListSchema,
    /** Doubts and contradictions between sources, and which one the data follows. */
    note: kbTextSchema.optional()
  })
  .strict()
  .superRefine(checkDcosRange);

export type ComponentRecord = z.output<typeof componentRecordSchema>;
export type ComponentUnitInput = z.output<typeof componentUnitSchema>;
