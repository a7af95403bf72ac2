// The SDK suite on two gate+logic node processes (MariaDB shards, Redis, NATS), every sender on
// one node and its recipient on the other; the restart test restarts both node processes.
import { cluster } from '../helpers/target.ts';
import { runSdkSuite } from './sdk.suite.ts';

runSdkSuite(cluster);
