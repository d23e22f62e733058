import {describe, expect, it} from "vitest";
import {
  addScalars,
  dominantResource,
  dominantShare,
  formatScalars,
  formatScalarsShort,
  isAllocatable,
  MIN_ALLOCATABLE_RESOURCES,
  mesosAddPorts,
  mesosFormatPorts,
  mesosPortCount,
  mesosPortsContain,
  mesosSubtractPorts,
  mesosTakePorts,
  subtractScalars
} from "../../../src/lib/index.js";

describe("scalar resources", () => {
  it("add and subtract with Mesos's three-decimal fixed point", () => {
    const a = addScalars({cpus: 0.1, mem: 1, disk: 0}, {cpus: 0.2, mem: 2, disk: 0});
    expect(a).toEqual({cpus: 0.3, mem: 3, disk: 0});
    expect(subtractScalars(a, {cpus: 0.3, mem: 3, disk: 0})).toEqual({cpus: 0, mem: 0, disk: 0});
  });

  it("compute dominant shares and resources", () => {
    const total = {cpus: 9, mem: 18432, disk: 0};
    expect(dominantShare({cpus: 3, mem: 12288, disk: 0}, total)).toBeCloseTo(2 / 3, 12);
    expect(dominantResource({cpus: 3, mem: 12288, disk: 0}, total)).toBe("mem");
    expect(dominantResource({cpus: 6, mem: 2048, disk: 0}, total)).toBe("cpus");
    expect(dominantShare({cpus: 6, mem: 0, disk: 0}, total, 2)).toBeCloseTo(1 / 3, 12);
  });

  it("apply --min_allocatable_resources cpus:0.01|mem:32", () => {
    expect(isAllocatable({cpus: 0.01, mem: 0, disk: 0}, MIN_ALLOCATABLE_RESOURCES)).toBe(true);
    expect(isAllocatable({cpus: 0, mem: 32, disk: 0}, MIN_ALLOCATABLE_RESOURCES)).toBe(true);
    expect(isAllocatable({cpus: 0.009, mem: 31, disk: 500}, MIN_ALLOCATABLE_RESOURCES)).toBe(false);
    expect(isAllocatable({cpus: 1, mem: 0, disk: 0}, [{cpus: 1, mem: 64}])).toBe(false);
  });

  it("format for learners", () => {
    expect(formatScalars({cpus: 4, mem: 4096, disk: 0})).toBe("4 CPUs and 4096 MB");
    expect(formatScalars({cpus: 1, mem: 512, disk: 100})).toBe("1 CPU, 512 MB and 100 MB disk");
    expect(formatScalarsShort({cpus: 2, mem: 1024, disk: 0})).toBe("<2 CPUs, 1024 MB>");
  });
});

describe("port ranges", () => {
  it("count, add, subtract, contain, take and format", () => {
    const ports = [[31000, 31004], [31010, 31010]] as const;
    expect(mesosPortCount(ports)).toBe(6);
    expect(mesosTakePorts(ports, 6)).toEqual([[31000, 31004], [31010, 31010]]);
    expect(mesosTakePorts(ports, 2)).toEqual([[31000, 31001]]);
    expect(mesosTakePorts(ports, 7)).toEqual([]);
    const rest = mesosSubtractPorts(ports, [[31001, 31002]]);
    expect(rest).toEqual([[31000, 31000], [31003, 31004], [31010, 31010]]);
    expect(mesosAddPorts(rest, [[31001, 31002], [31005, 31009]])).toEqual([[31000, 31010]]);
    expect(mesosPortsContain(ports, [[31003, 31004]])).toBe(true);
    expect(mesosPortsContain(ports, [[31004, 31005]])).toBe(false);
    expect(mesosFormatPorts(rest)).toBe("31000, 31003-31004, 31010");
  });
});
