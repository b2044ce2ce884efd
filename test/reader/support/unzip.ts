/** The entries of a .zip (names and inflated data), for scripts that rewrite a part of a workbook. */
import { inflateRawSync } from "zlib";
import type { ZipInput } from "./zip-writer";

export function unzip(bytes: Buffer): ZipInput[] {
  let eocd = bytes.length - 22;
  while (bytes.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  const out: ZipInput[] = [];
  let p = bytes.readUInt32LE(eocd + 16);
  for (let i = bytes.readUInt16LE(eocd + 10); i > 0; i--) {
    const method = bytes.readUInt16LE(p + 10);
    const compressed = bytes.readUInt32LE(p + 20);
    const nameLength = bytes.readUInt16LE(p + 28);
    const name = bytes.toString("utf8", p + 46, p + 46 + nameLength);
    const offset = bytes.readUInt32LE(p + 42);
    const start = offset + 30 + bytes.readUInt16LE(offset + 26) + bytes.readUInt16LE(offset + 28);
    const data = bytes.subarray(start, start + compressed);
    out.push({ name, data: method === 0 ? data : inflateRawSync(data) });
    p += 46 + nameLength + bytes.readUInt16LE(p + 30) + bytes.readUInt16LE(p + 32);
  }
  return out;
}
