import { oneProcess } from '../helpers/target.ts';
import { runMessagingRawSuite } from './messaging-raw.suite.ts';

runMessagingRawSuite(oneProcess);
