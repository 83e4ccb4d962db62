import { z } from 'zod';

// Must be the first module the entry imports: zod probes `new Function` when a schema is
// first built (at import time of shared/), and under our CSP (no 'unsafe-eval') that probe
// is reported as a violation even though zod catches it. jitless skips the probe.
z.config({ jitless: true });
