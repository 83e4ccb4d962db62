import path from 'node:path';
import { configureRuntime } from '../core/runtime';
import { run } from './index';

// Entry of the bundled command (dist/cli/testimony-vault.cjs); its workers are in dist/workers.
configureRuntime({ workerDir: path.join(__dirname, '..', 'workers') });
void run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
