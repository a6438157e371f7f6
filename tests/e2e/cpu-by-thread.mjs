// Where the CPU goes while the page runs a program: samples /proc/PID/task/*/stat of every
// Chromium process before and after one window.gopark.run and prints the CPU time of each
// thread (grouped by thread name), beside the run's wall time. Linux only. Used to find the
// page's own cost during the parallel-speed-up bench (issue 6).
//
//   node tests/e2e/cpu-by-thread.mjs [procs]    (needs target/release/gopark, pkg/)
import { readFileSync, readdirSync } from 'node:fs';
import { startServer, launchBrowser, openPlayground } from './lib.mjs';
import { PRIMES, EXPECTED } from './primes.mjs';

const TICK_MS = 10; // USER_HZ = 100 on Linux
function chromiumPids() {
  return readdirSync('/proc').filter((d) => /^\d+$/.test(d)).filter((pid) => {
    try { return readFileSync(`/proc/${pid}/comm`, 'utf8').trim().startsWith('chrom'); } catch { return false; }
  });
}
// The process's role from its command line (--type=renderer, gpu-process, utility; none: browser).
function processType(pid) {
  try {
    const m = readFileSync(`/proc/${pid}/cmdline`, 'utf8').match(/--type=([a-z-]+)/);
    return m ? m[1] : 'browser';
  } catch { return '?'; }
}
function sample() {
  const out = new Map();
  for (const pid of chromiumPids()) {
    let tasks = [];
    try { tasks = readdirSync(`/proc/${pid}/task`); } catch { continue; }
    for (const tid of tasks) {
      try {
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        out.set(`${pid}/${tid}`, { name: `${processType(pid)}: ${name}`, ms: (Number(f[11]) + Number(f[12])) * TICK_MS });
      } catch { /* the thread ended */ }
    }
  }
  return out;
}

const procs = Number(process.argv[2] || 2);
const server = await startServer({ isolation: true });
const browser = await launchBrowser();
try {
  const page = await openPlayground(browser.context, server.url);
  // One run first: workers started, code warm.
  await page.evaluate(([src, procs]) => window.gopark.run(src, { procs, mode: 'threads' }), [PRIMES, procs]);
  await new Promise((r) => setTimeout(r, 500));
  const before = sample();
  const r = await page.evaluate(async ([src, procs]) => {
    const t0 = performance.now();
    const r = await window.gopark.run(src, { procs, mode: 'threads' });
    return { ms: performance.now() - t0, stdout: r.stdout };
  }, [PRIMES, procs]);
  const after = sample();
  if (r.stdout.trim() !== String(EXPECTED)) throw new Error(`unexpected output ${r.stdout}`);
  const byName = new Map();
  for (const [k, v] of after) {
    const d = v.ms - (before.get(k)?.ms ?? 0);
    if (d <= 0) continue;
    const key = process.env.PER_THREAD ? `${v.name} ${k}` : v.name;
    const e = byName.get(key) || { ms: 0, threads: 0 };
    e.ms += d; e.threads++;
    byName.set(key, e);
  }
  console.log(`procs=${procs}: wall ${r.ms.toFixed(0)} ms`);
  let total = 0;
  for (const [name, e] of [...byName].sort((a, b) => b[1].ms - a[1].ms)) {
    console.log(`  ${name.padEnd(36)} ${String(e.ms).padStart(6)} ms  (${e.threads} thread${e.threads > 1 ? 's' : ''})`);
    total += e.ms;
  }
  console.log(`  ${'total'.padEnd(36)} ${String(total).padStart(6)} ms`);
} finally {
  await browser.close();
  server.stop();
}
