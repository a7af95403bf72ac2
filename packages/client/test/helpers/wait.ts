import type { ParleyClient } from '../../src/client.ts';
import type { ChatMessage, ClientEvents } from '../../src/types.ts';

/** Polls `probe` until it returns something truthy; fails after `timeoutMs`. */
export async function waitFor<T>(
  probe: () => T | undefined | null | false,
  timeoutMs = 5000,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(5);
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Resolves with the next payload of `event`. */
export function nextEvent<K extends keyof ClientEvents>(
  client: ParleyClient,
  event: K,
  timeoutMs = 5000,
): Promise<ClientEvents[K]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(new Error(`no '${String(event)}' event within ${timeoutMs} ms`));
    }, timeoutMs);
    const off = client.once(event, (payload) => {
      clearTimeout(timer);
      resolve(payload);
    });
  });
}

/** Records every 'message' event of `client`. */
export function collect(client: ParleyClient): ChatMessage[] {
  const out: ChatMessage[] = [];
  client.on('message', (m) => out.push(m));
  return out;
}

/** Records every event of the given kinds, in order, as [name, payload]. */
export function record(client: ParleyClient, ...events: (keyof ClientEvents)[]): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const e of events) client.on(e, (p) => out.push([e, p]));
  return out;
}
