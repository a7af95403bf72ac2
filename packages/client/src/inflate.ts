/**
 * Inflates a raw-deflate body (Flag.compressed) with the web-standard DecompressionStream, which
 * browsers and Node ≥ 20 both have. Asynchronous, so the connection queues frames behind it.
 */
export async function inflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const input =
    bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
  const stream = new Blob([input]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
