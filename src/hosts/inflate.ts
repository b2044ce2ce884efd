/**
 * Raw-DEFLATE for the fast reader. In the browser (the task pane's preview): the platform's
 * DecompressionStream, read chunk by chunk with a byte counter that cancels the stream as soon as the
 * output passes the part's bound, so a bomb never fills the pane's memory; the sheet reader scans
 * those chunks as they come. In Node: zlib, whole or streaming.
 */
import { concat } from "./byte-scan";
import type { InflateRaw } from "./zip";

type StreamCtor = new (format: string) => TransformStream<Uint8Array, Uint8Array>;

/** Over the bound: the stream was cancelled. */
export class InflateBoundError extends Error {}

export function streamInflate(): InflateRaw | undefined {
  const Stream = (globalThis as { DecompressionStream?: StreamCtor }).DecompressionStream;
  if (typeof Stream !== "function" || typeof Blob !== "function") return undefined;
  async function* stream(data: Uint8Array, maxBytes: number): AsyncIterable<Uint8Array> {
    const reader = new Blob([data as BlobPart]).stream().pipeThrough(new Stream!("deflate-raw")).getReader();
    let total = 0;
    let done = false;
    try {
      for (;;) {
        const next = await reader.read();
        if (next.done) {
          done = true;
          return;
        }
        total += next.value.length;
        if (total > maxBytes) throw new InflateBoundError(`more than ${maxBytes} bytes`);
        yield next.value;
      }
    } finally {
      if (!done) await reader.cancel();
    }
  }
  const whole = async (data: Uint8Array, maxBytes: number): Promise<Uint8Array> => {
    const chunks: Uint8Array[] = [];
    for await (const c of stream(data, maxBytes)) chunks.push(c);
    return chunks.length === 0 ? new Uint8Array(0) : concat(chunks);
  };
  return Object.assign(whole, { stream });
}

interface NodeZlib {
  inflateRawSync(data: Uint8Array, options: { maxOutputLength: number }): Uint8Array;
  createInflateRaw?(options: { chunkSize: number }): AsyncIterable<Uint8Array> & { end(data: Uint8Array): void; destroy(): void };
}

/** Chunks of Node's streaming inflate: big enough that a chunk costs little, small enough to stay in cache. */
const NODE_CHUNK = 64 * 1024;

/**
 * Node's zlib, capped at the bound (zlib stops and throws past maxOutputLength); given the zlib module
 * itself, also streaming (createInflateRaw, its output counted against the bound as it comes).
 */
export function nodeInflate(zlib: NodeZlib["inflateRawSync"] | NodeZlib): InflateRaw {
  const sync = typeof zlib === "function" ? zlib : zlib.inflateRawSync.bind(zlib);
  const whole: InflateRaw = (data, maxBytes) => sync(data, { maxOutputLength: Math.max(1, maxBytes) });
  const create = typeof zlib === "function" ? undefined : zlib.createInflateRaw?.bind(zlib);
  if (!create) return whole;
  async function* stream(data: Uint8Array, maxBytes: number): AsyncIterable<Uint8Array> {
    const z = create!({ chunkSize: NODE_CHUNK });
    z.end(data);
    let total = 0;
    try {
      for await (const chunk of z) {
        total += chunk.length;
        if (total > maxBytes) throw new InflateBoundError(`more than ${maxBytes} bytes`);
        yield chunk;
      }
    } finally {
      z.destroy();
    }
  }
  return Object.assign(whole, { stream });
}
