import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { CDPSession } from 'playwright-core';

/**
 * Memory of the Chromium that the e2e harness launched, read from /proc (Linux): every process
 * descending from this one whose command line is Chromium's. The renderer process holds the
 * page, its waveform worker and WebCodecs' software decoders, so its resident set is what
 * "peaks with bounded memory" is about; the sum over all Chromium processes is given too.
 */

interface Proc {
  pid: number;
  ppid: number;
}

function processes(): Proc[] {
  const out: Proc[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name may hold spaces and parentheses: the fields after the last ')' are safe.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      out.push({ pid: Number(entry), ppid });
    } catch {
      // Gone between readdir and read.
    }
  }
  return out;
}

function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const { pid, ppid } of processes()) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const found: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    for (const child of children.get(queue.shift()!) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

function cmdline(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

function statusKiB(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

function chromiumProcesses(): { pid: number; renderer: boolean }[] {
  return descendants(process.pid)
    .map((pid) => ({ pid, line: cmdline(pid) }))
    .filter(({ line }) => /chrom/i.test(line.split(' ')[0] ?? ''))
    .map(({ pid, line }) => ({ pid, renderer: line.includes('--type=renderer') }));
}

export interface ChromiumMemoryPeak {
  /** Highest resident set of one renderer process, sampled. */
  rendererPeakRssBytes: number;
  /** The kernel's own peak (VmHWM) of the renderer processes since the phase began (when it could be reset). */
  rendererHwmBytes: number;
  hwmResetWorked: boolean;
  /** Highest sum of the resident sets of all Chromium processes (browser, GPU, utility, renderers), sampled. */
  allProcessesPeakRssBytes: number;
  /** Resident set of the page's renderer process when the phase began. */
  rendererStartRssBytes: number;
  /** Highest V8 heap of the page itself (CDP Performance.getMetrics; the worker's heap is not in it). */
  pageJsHeapPeakBytes: number;
  /** The page's V8 heap after a full collection at the end: what the phase left alive (the rest was garbage). */
  pageJsHeapAfterGcBytes: number;
  samples: number;
}

/** Samples Chromium's memory from start() to stop(): one phase of a benchmark. */
export class ChromiumMemory {
  private timer: NodeJS.Timeout | null = null;
  private heapLoop: Promise<void> | null = null;
  private running = false;
  private peak: ChromiumMemoryPeak = { rendererPeakRssBytes: 0, rendererHwmBytes: 0, hwmResetWorked: false, allProcessesPeakRssBytes: 0, rendererStartRssBytes: 0, pageJsHeapPeakBytes: 0, pageJsHeapAfterGcBytes: 0, samples: 0 };

  constructor(private readonly cdp: CDPSession) {}

  async start(intervalMs = 50): Promise<void> {
    await this.cdp.send('Performance.enable');
    // Linux ≥ 4.0: writing 5 to clear_refs resets VmHWM, so the peak is this phase's.
    let reset = true;
    for (const { pid } of chromiumProcesses().filter((p) => p.renderer)) {
      try {
        writeFileSync(`/proc/${pid}/clear_refs`, '5');
      } catch {
        reset = false;
      }
    }
    const start = Math.max(0, ...chromiumProcesses().filter((p) => p.renderer).map((p) => statusKiB(p.pid, 'VmRSS') * 1024));
    this.peak = { ...this.peak, hwmResetWorked: reset, rendererStartRssBytes: start };
    this.running = true;
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.heapLoop = (async () => {
      while (this.running) {
        const { metrics } = await this.cdp.send('Performance.getMetrics').catch(() => ({ metrics: [] as { name: string; value: number }[] }));
        const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
        this.peak.pageJsHeapPeakBytes = Math.max(this.peak.pageJsHeapPeakBytes, used);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    })();
  }

  private sample(): void {
    let total = 0;
    for (const { pid, renderer } of chromiumProcesses()) {
      const rss = statusKiB(pid, 'VmRSS') * 1024;
      total += rss;
      if (renderer) this.peak.rendererPeakRssBytes = Math.max(this.peak.rendererPeakRssBytes, rss);
    }
    this.peak.allProcessesPeakRssBytes = Math.max(this.peak.allProcessesPeakRssBytes, total);
    this.peak.samples++;
  }

  async stop(): Promise<ChromiumMemoryPeak> {
    this.running = false;
    if (this.timer) clearInterval(this.timer);
    this.sample();
    await this.heapLoop;
    await this.cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await this.cdp.send('Performance.getMetrics');
    this.peak.pageJsHeapAfterGcBytes = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
    for (const { pid } of chromiumProcesses().filter((p) => p.renderer)) {
      this.peak.rendererHwmBytes = Math.max(this.peak.rendererHwmBytes, statusKiB(pid, 'VmHWM') * 1024);
    }
    return { ...this.peak };
  }
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

/**
 * Where a CPU profile's time went (CDP Profiler.stop's profile), by function: the `top` with
 * the most self time, in milliseconds, named `function (file:line)`.
 */
export function profileTop(profile: { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] }, top = 15): { where: string; selfMs: number }[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const frame = byId.get(samples[i]!)?.callFrame;
    if (!frame) continue;
    const file = frame.url ? frame.url.slice(frame.url.lastIndexOf('/') + 1) : '';
    const where = file ? `${frame.functionName || '(anonymous)'} (${file}:${frame.lineNumber + 1})` : frame.functionName;
    // A sample's time is the gap to the next one.
    self.set(where, (self.get(where) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  }
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([where, ms]) => ({ where, selfMs: Math.round(ms * 10) / 10 }));
}
