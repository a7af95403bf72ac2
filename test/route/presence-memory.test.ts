import { MemoryPresence } from '../../src/route/presence-memory.ts';
import { runPresenceContract } from '../contract/presence.contract.ts';

runPresenceContract({ name: 'in-memory', create: async () => new MemoryPresence() });
