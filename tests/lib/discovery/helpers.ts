// Test helpers: fixture loading and record lookups. Fixtures are copies in tests/fixtures (see SOURCES.md).
import {readFileSync} from "node:fs";
import type {DnsRecord, DnsRecordType, MesosState} from "../../../src/lib/index.js";

export function fixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), "utf8");
}

export function fixtureState(name: string): MesosState {
  return JSON.parse(fixture(name)) as MesosState;
}

/** The values of the records with this name and type, sorted. */
export function values(records: readonly DnsRecord[], name: string, type: DnsRecordType): string[] {
  return records
    .filter((r) => r.name === name && r.type === type)
    .map((r) => r.value)
    .sort();
}
