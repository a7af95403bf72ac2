import { oneProcess } from '../helpers/target.ts';
import { runSdkSuite } from './sdk.suite.ts';

runSdkSuite(oneProcess);
