// What the page's main thread does while a program runs: traces one window.gopark.run of the
// parallel-speed-up program (primes.mjs) with Chrome's tracing and prints, for the renderer's
// main thread, the number of top-level tasks and their CPU, and the CPU of each kind of trace
// event inside them (nested kinds overlap). Used with cpu-by-thread.mjs (issue 6).
//
//   node tests/e2e/main-tasks.mjs [procs]    (needs target/release/gopark, pkg/)
import { startServer, launchBrowser, openPlayground } from './lib.mjs';
import { PRIMES, EXPECTED } from './primes.mjs';

const procs = Number(process.argv[2] || 2);
const server = await startServer({ isolation: true });
const browser = await launchBrowser();
try {
  const page = await openPlayground(browser.context, server.url);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.evaluate(([src, procs]) => window.gopark.run(src, { procs, mode: 'threads' }), [PRIMES, procs]);
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const complete = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.start', { categories: 'disabled-by-default-devtools.timeline,devtools.timeline,v8', transferMode: 'ReportEvents' });
  const r = await page.evaluate(async ([src, procs]) => {
    const t0 = performance.now();
    const r = await window.gopark.run(src, { procs, mode: 'threads' });
    return { ms: performance.now() - t0, stdout: r.stdout };
  }, [PRIMES, procs]);
  await cdp.send('Tracing.end');
  await complete;
  if (r.stdout.trim() !== String(EXPECTED)) throw new Error(`unexpected output ${r.stdout}`);
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain').map((e) => `${e.pid}/${e.tid}`));
  const count = new Map();
  for (const e of events) if (e.name === 'RunTask' && mains.has(`${e.pid}/${e.tid}`)) count.set(`${e.pid}/${e.tid}`, (count.get(`${e.pid}/${e.tid}`) || 0) + 1);
  const main = [...count.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const onMain = events.filter((e) => `${e.pid}/${e.tid}` === main && e.ph === 'X');
  const tasks = onMain.filter((e) => e.name === 'RunTask');
  const cpu = (e) => (e.tdur ?? e.dur) / 1000;
  console.log(`procs=${procs}: wall ${r.ms.toFixed(0)} ms; main thread: ${tasks.length} tasks, CPU ${tasks.reduce((a, e) => a + cpu(e), 0).toFixed(1)} ms`);
  const byName = new Map();
  for (const e of onMain) {
    if (e.name === 'RunTask') continue;
    const k = e.name === 'FunctionCall' && e.args?.data?.functionName ? `FunctionCall ${e.args.data.functionName}` : e.name;
    const v = byName.get(k) || { n: 0, ms: 0 };
    v.n++; v.ms += cpu(e);
    byName.set(k, v);
  }
  for (const [k, v] of [...byName].sort((a, b) => b[1].ms - a[1].ms).slice(0, 25)) console.log(`  ${k.padEnd(40)} ${String(v.n).padStart(5)}  ${v.ms.toFixed(1).padStart(7)} ms`);
} finally {
  await browser.close();
  server.stop();
}
