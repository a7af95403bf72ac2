import { LocalBus } from '../../src/route/bus-local.ts';
import { runBusContract } from '../contract/bus.contract.ts';

runBusContract({ name: 'in-process', create: async () => new LocalBus() });
