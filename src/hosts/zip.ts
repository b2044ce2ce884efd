/**
 * A minimal .zip directory reader for the fast .xlsx path: lists entries from the central directory and
 * inflates one on demand with the `inflate` it is given (Node's zlib in the CLI, DecompressionStream in
 * the browser). No file system: it runs in the browser too.
 *
 * Bounds (read-limits.ts) are checked before anything is inflated: every declared size, and their sum.
 * Inflating is then capped at the declared size of the part, so a directory that lies about a part
 * (a "zip bomb") costs at most what it declared. A container it cannot list (encrypted entries, other
 * compression methods, a broken directory) makes openZip return undefined: ExcelJS then decides.
 */
import { InputError } from "./input-error";
import { checkLimit, type ReadLimits } from "./read-limits";

/**
 * Inflates raw DEFLATE data (no zlib header), producing at most `maxBytes` bytes: past that it throws
 * (or returns more, which the caller treats the same way). `stream`, when the platform has one, gives
 * the same bytes in chunks as they are inflated, under the same bound.
 */
export type InflateRaw = ((data: Uint8Array, maxBytes: number) => Uint8Array | Promise<Uint8Array>) & { stream?: InflateStream };
export type InflateStream = (data: Uint8Array, maxBytes: number) => AsyncIterable<Uint8Array>;

export interface ZipEntries {
  names: string[];
  has(name: string): boolean;
  /** the entry's inflated bytes, or undefined when there is no such entry. */
  bytes(name: string): Promise<Uint8Array | undefined>;
  /**
   * The inflated bytes of an entry that exists, in chunks as they are inflated (streaming inflate), or
   * cut into `chunkSize` pieces (tests of chunk boundaries); unset and no stream: one chunk.
   */
  chunks(name: string, chunkSize?: number): AsyncIterable<Uint8Array>;
  /** the entry's text (UTF-8), or undefined when there is no such entry. */
  text(name: string): Promise<string | undefined>;
  /** inflates every entry within its declared size (before a library that inflates all of them). */
  verifyAll(): Promise<void>;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_EXTRA = 0x0001;
const MAX32 = 0xffffffff;

interface Entry {
  method: number;
  compressed: number;
  size: number;
  offset: number;
}

function corrupt(part: string, zh: string, en: string): InputError {
  return new InputError("corrupt", `工作簿已损坏：${part} ${zh}`, `the workbook is corrupt: ${part} ${en}`);
}

function cannotInflate(name: string): InputError {
  return corrupt(name, "无法解压（数据损坏或大于目录声明的大小）", "cannot be inflated (damaged, or larger than its directory declares)");
}

function tooLarge(name: string): InputError {
  return corrupt(name, "解压后大于目录声明的大小", "inflates to more than its directory declares");
}

/** Sizes and offset from a zip64 extended-information field, for those the record marks 0xFFFFFFFF. */
function zip64(view: DataView, from: number, to: number, e: Entry): boolean {
  for (let p = from; p + 4 <= to; ) {
    const id = view.getUint16(p, true);
    const length = view.getUint16(p + 2, true);
    if (id === ZIP64_EXTRA) {
      let q = p + 4;
      const next = (): number | undefined => {
        if (q + 8 > p + 4 + length) return undefined;
        const v = view.getUint32(q, true) + view.getUint32(q + 4, true) * 2 ** 32;
        q += 8;
        return v;
      };
      if (e.size === MAX32) e.size = next() ?? -1;
      if (e.compressed === MAX32) e.compressed = next() ?? -1;
      if (e.offset === MAX32) e.offset = next() ?? -1;
      return e.size >= 0 && e.compressed >= 0 && e.offset >= 0;
    }
    p += 4 + length;
  }
  return false;
}

export function openZip(bytes: Uint8Array, inflate: InflateRaw, limits: ReadLimits): ZipEntries | undefined {
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
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL) return undefined;
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const e: Entry = { method, compressed: view.getUint32(p + 20, true), size: view.getUint32(p + 24, true), offset: view.getUint32(p + 42, true) };
    if (flags & 1 || (method !== 0 && method !== 8) || p + 46 + nameLength + extraLength > bytes.length) return undefined;
    if ((e.size === MAX32 || e.compressed === MAX32 || e.offset === MAX32) && !zip64(view, p + 46 + nameLength, p + 46 + nameLength + extraLength, e)) return undefined;
    const name = utf8.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    // the declared sizes bound everything inflated later: check them before inflating anything
    checkLimit(limits, "entryBytes", e.size, name);
    total += e.size;
    checkLimit(limits, "totalBytes", total);
    entries.set(name, e);
    p += 46 + nameLength + extraLength + commentLength;
  }

  /** The entry's stored (compressed) bytes, where its local header says. */
  function stored(name: string, e: Entry): Uint8Array {
    if (e.offset + 30 > bytes.length || view.getUint32(e.offset, true) !== LOCAL) throw corrupt(name, "的位置无效", "is not where the directory says");
    const start = e.offset + 30 + view.getUint16(e.offset + 26, true) + view.getUint16(e.offset + 28, true);
    if (start + e.compressed > bytes.length) throw corrupt(name, "在文件末尾被截断", "is cut off at the end of the file");
    return bytes.subarray(start, start + e.compressed);
  }

  async function read(name: string): Promise<Uint8Array | undefined> {
    const e = entries.get(name);
    if (!e) return undefined;
    const data = stored(name, e);
    if (e.method === 0) {
      if (e.compressed !== e.size) throw corrupt(name, "的大小与目录不符", "does not have the size its directory declares");
      return data;
    }
    let out: Uint8Array;
    try {
      out = await inflate(data, e.size);
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw cannotInflate(name);
    }
    if (out.length > e.size) throw tooLarge(name);
    return out;
  }

  async function* chunks(name: string, chunkSize?: number): AsyncIterable<Uint8Array> {
    const e = entries.get(name);
    const stream = inflate.stream;
    if (e && e.method !== 0 && stream && chunkSize === undefined) {
      const data = stored(name, e);
      // the bound is a running count: a part inflating past its declared size stops there
      let total = 0;
      const inflated = stream(data, e.size)[Symbol.asyncIterator]();
      let done = false;
      try {
        for (;;) {
          let next: IteratorResult<Uint8Array>;
          try {
            next = await inflated.next();
          } catch (error) {
            done = true;
            if (error instanceof InputError) throw error;
            throw cannotInflate(name);
          }
          if (next.done) {
            done = true;
            return;
          }
          total += next.value.length;
          if (total > e.size) throw tooLarge(name);
          yield next.value;
        }
      } finally {
        // the reader stopped early (a decline, an error): stop inflating
        if (!done) await inflated.return?.();
      }
    }
    const out = await read(name);
    if (!out) return;
    const size = chunkSize ?? Math.max(1, out.length);
    for (let at = 0; at < out.length; at += size) yield out.subarray(at, at + size);
  }

  return {
    names: [...entries.keys()],
    has: (name) => entries.has(name),
    bytes: read,
    chunks,
    async text(name) {
      const out = await read(name);
      return out === undefined ? undefined : utf8.decode(out);
    },
    async verifyAll() {
      for (const name of entries.keys()) await read(name);
    },
  };
}
