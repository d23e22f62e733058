// z-base-32 (Zooko's human-oriented base-32), as github.com/tv42/zbase32 `EncodeToString`, used by
// mesosphere/mesos-dns records/generator.go `hashString`: the first 5 characters of
// zbase32(sha1(taskID)) name a task's canonical host (generator_test.go: hashString("test") = "iffe9").
import {sha1} from "./sha1.js";

const ALPHABET = "ybndrfg8ejkmcpqxot1uwisza345h769";

/** Encodes bytes most-significant bit first, 5 bits per character, no padding. */
export function zbase32Encode(bytes: readonly number[]): string {
  let out = "";
  let buffer = 0;
  let bits = 0;
  for (const b of bytes) {
    buffer = ((buffer << 8) | (b & 0xff)) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

/** Mesos-DNS `hashString`: the first 5 z-base-32 characters of the SHA-1 of the task ID. */
export function mesosDnsTaskHash(taskId: string): string {
  return zbase32Encode(sha1(taskId)).slice(0, 5);
}
