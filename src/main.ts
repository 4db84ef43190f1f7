import { loadConfig } from './config';
import { runServer } from './server/lifecycle';

await runServer(loadConfig());
