import path from 'node:path';
import { configureRuntime } from '../../electron/core/runtime';

// Tests run core from source, with the workers that global-setup bundled into dist/workers.
configureRuntime({ workerDir: path.resolve(import.meta.dirname, '../../dist/workers') });
