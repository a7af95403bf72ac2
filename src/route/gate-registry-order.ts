import type { GateLoad } from './types.ts';

/** Least loaded first: fewer connections, then nodeId (code-unit order), so every reader agrees. */
export function byLoad(a: GateLoad, b: GateLoad): number {
  return a.connections - b.connections || (a.nodeId < b.nodeId ? -1 : a.nodeId > b.nodeId ? 1 : 0);
}
