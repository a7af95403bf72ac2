// The raw-protocol suite on two gate+logic node processes (MariaDB shards, Redis, NATS), every
// sender on one node and its recipient on the other.
import { cluster } from '../helpers/target.ts';
import { runMessagingRawSuite } from './messaging-raw.suite.ts';

runMessagingRawSuite(cluster);
