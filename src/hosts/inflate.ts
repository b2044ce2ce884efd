/**
 * Raw-DEFLATE for the fast reader in the browser (the task pane's preview): the platform's
 * DecompressionStream, read chunk by chunk with a byte counter that cancels the stream as soon as the
 * output passes the part's bound, so a bomb never fills the pane's memory.
 */
import type { InflateRaw } from "./zip";

type StreamCtor = new (format: string) => TransformStream<Uint8Array, Uint8Array>;

/** Over the bound: the stream was cancelled. */
export class InflateBoundError extends Error {}

export function streamInflate(): InflateRaw | undefined {
  const Stream = (globalThis as { DecompressionStream?: StreamCtor }).DecompressionStream;
  if (typeof Stream !== "function" || typeof Blob !== "function") return undefined;
  return async (data, maxBytes) => {
    const reader = new Blob([data as BlobPart]).stream().pipeThrough(new Stream("deflate-raw")).getReader();
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > maxBytes) {
        await reader.cancel();
        throw new InflateBoundError(`more than ${maxBytes} bytes`);
      }
      chunks.push(value);
    }
    if (chunks.length === 1) return chunks[0];
    const out = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  };
}

/** Node's zlib, capped at the bound (zlib stops and throws past maxOutputLength). */
export function nodeInflate(inflateRawSync: (data: Uint8Array, options: { maxOutputLength: number }) => Uint8Array): InflateRaw {
  return (data, maxBytes) => inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) });
}
