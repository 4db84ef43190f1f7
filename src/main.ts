import { runCluster } from './cluster';
import { loadConfig } from './config';
import { runServer } from './server/lifecycle';

const config = loadConfig();
// WORKERS>1: this process only forks and watches the servers (cluster.ts); they run what follows.
await runCluster(config);
await runServer(config);
