/**
 * A minimal .zip directory reader for the fast .xlsx path: lists entries from the central directory and
 * inflates one on demand with the `inflate` it is given (Node's zlib in the CLI). No file system: it
 * runs in the browser too. Anything it does not handle (zip64, encryption, other methods) makes it
 * return undefined, and the caller reads the file with ExcelJS instead.
 */

/** Inflates raw DEFLATE data (no zlib header). */
export type InflateRaw = (data: Uint8Array) => Uint8Array | Promise<Uint8Array>;

export interface ZipEntries {
  names: string[];
  /** the entry's text (UTF-8), or undefined when it cannot be read here. */
  text(name: string): Promise<string | undefined>;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

interface Entry {
  method: number;
  size: number;
  offset: number;
}

export function openZip(bytes: Uint8Array, inflate: InflateRaw): ZipEntries | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const entries = new Map<string, Entry>();
  const utf8 = new TextDecoder("utf-8");
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL) return undefined;
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const size = view.getUint32(p + 20, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const offset = view.getUint32(p + 42, true);
    if (flags & 1 || size === 0xffffffff || offset === 0xffffffff || (method !== 0 && method !== 8)) return undefined;
    entries.set(utf8.decode(bytes.subarray(p + 46, p + 46 + nameLength)), { method, size, offset });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return {
    names: [...entries.keys()],
    async text(name) {
      const e = entries.get(name);
      if (!e || e.offset + 30 > bytes.length || view.getUint32(e.offset, true) !== LOCAL) return undefined;
      const start = e.offset + 30 + view.getUint16(e.offset + 26, true) + view.getUint16(e.offset + 28, true);
      const data = bytes.subarray(start, start + e.size);
      try {
        return utf8.decode(e.method === 0 ? data : await inflate(data));
      } catch {
        return undefined;
      }
    },
  };
}
