// packages/protocol uses Node's Buffer where there is one (`typeof globalThis.Buffer`); a browser
// has none, and this project has no Node types, so only that use is declared.
declare global {
  var Buffer: { allocUnsafe(size: number): Uint8Array };
}

export {};
