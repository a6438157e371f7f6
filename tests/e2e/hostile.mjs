// A sample of the hostile corpus (tests/hostile) in the browser, threads on: each program
// ends with the outcome its header records (Go's, checked against Go 1.23), and no task on
// the page's main thread runs longer than 50 ms meanwhile (a long-task observer watches the
// whole run). Programs that rely on small limits (`// limits:`) stay in the native suite.
//   node --test tests/e2e/hostile.mjs
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, startServer, launchBrowser, openPlayground, runInPage } from './lib.mjs';

const DIR = join(ROOT, 'tests/hostile');

// The header fields of a hostile program (see tests/hostile.rs).
function header(src) {
  const h = {};
  for (const line of src.split('\n')) {
    const m = /^\/\/ ([a-z-]+): ?(.*)$/.exec(line);
    if (m) h[m[1]] = m[2];
  }
  return h;
}

function utf8(bytes) {
  try { return new TextDecoder('utf-8', { fatal: true }).decode(bytes); } catch { return null; }
}

// Every 4th eligible program, by name: panics, deadlocks, compile errors, bounded runs.
function sample(n) {
  const eligible = readdirSync(DIR)
    .filter((f) => f.endsWith('.go'))
    .sort()
    .map((f) => ({ name: f.slice(0, -3), bytes: readFileSync(join(DIR, f)) }))
    // The page's editor holds text: files that are not UTF-8, or carry a BOM, test the
    // compiler's reading of bytes, which the native suite covers.
    .filter((p) => !p.bytes.includes(0xef) && utf8(p.bytes) !== null)
    .map((p) => ({ name: p.name, src: utf8(p.bytes) }))
    .map((p) => ({ ...p, h: header(p.src) }))
    .filter((p) => p.h.exit !== undefined && p.h.stderr && !p.h.limits && !p.h.limit && !p.h.gap)
    // Binary garbage stays in the native suite: putting control characters into the editor
    // costs the page one task of about 100 ms (CodeMirror draws each as a widget), a known
    // cost of showing such a file rather than of running it.
    .filter((p) => !/[\x00-\x08\x0e-\x1f\x7f]/.test(p.src));
  const step = Math.max(1, Math.floor(eligible.length / n));
  return eligible.filter((_, i) => i % step === 0).slice(0, n);
}

describe('hostile programs in the browser', () => {
  let server, browser, page;
  before(async () => {
    server = await startServer({ isolation: true });
    browser = await launchBrowser();
    page = await openPlayground(browser.context, server.url);
    // Warm up (the first run and the first compile error pay for loading and JIT): the
    // measurement is about the runs, not the page's start.
    await runInPage(page, 'package main\n\nfunc main() {}\n', { procs: 2, mode: 'threads' });
    await runInPage(page, 'package main\n\nfunc main() { x }\n', { procs: 2, mode: 'threads' });
    await runInPage(page, 'package main\n\nfunc main() { panic(1) }\n', { procs: 2, mode: 'threads' });
    await runInPage(page, 'package main\n\nfunc main() { select {} }\n', { procs: 2, mode: 'threads' });
    await page.waitForTimeout(1000);
    await page.evaluate(() => {
      window.__longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
  });
  after(async () => {
    await browser?.close();
    server?.stop();
  });

  const programs = sample(20);
  test('the sample has 20 programs', () => assert.equal(programs.length, 20));
  for (const p of programs) {
    test(`${p.name}: exit ${p.h.exit}, ${p.h.stderr.slice(0, 50)}`, async () => {
      await page.evaluate(() => { window.__longest = 0; });
      const r = await runInPage(page, p.src, { procs: 2, mode: 'threads' });
      // The page draws the run's views after gopark.run resolves: let that finish, so the
      // measurement covers the whole run and nothing of it leaks into the next one.
      await page.waitForTimeout(300);
      const first = r.stderr.split('\n').find((l) => l.trim() !== '') ?? '';
      assert.equal(r.exitCode, Number(p.h.exit), `${p.name}: ${r.stderr.slice(0, 300)}`);
      assert.equal(first, p.h.stderr, p.name);
      const longest = await page.evaluate(() => window.__longest);
      console.log(`# ${p.name}: longest main-thread task ${longest.toFixed(0)} ms`);
      assert.ok(longest <= 50, `${p.name}: a main-thread task took ${longest} ms`);
    });
  }

  // Output, compile errors, goroutine function names and URL options are shown as text:
  // markup in any of them must not become elements or run script.
  test('program output, errors and URL options cannot inject markup or script', async () => {
    const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const prog = `package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println(${JSON.stringify(evil)})\n\tpanic(${JSON.stringify(evil)})\n}\n`;
    const r = await runInPage(page, prog, { procs: 2, mode: 'threads' });
    assert.equal(r.exitCode, 2);
    const bad = `package main\n\nvar _ int = ${JSON.stringify(evil)}\n\nfunc main() {}\n`;
    const c = await runInPage(page, bad, { procs: 1, mode: 'threads' });
    assert.equal(c.exitCode, 1);
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.equal(await page.locator('[data-testid=output] img').count(), 0, 'no element from output');
    const q = encodeURIComponent(evil);
    for (const path of [`embed.html?theme=${q}&panels=${q}&height=${q}`, `?example=${q}&exercise=${q}`]) {
      const p2 = await page.context().newPage();
      await p2.goto(server.url + path);
      await p2.waitForTimeout(1000);
      assert.equal(await p2.evaluate(() => window.__pwned), undefined, path);
      assert.equal(await p2.locator('img[src=x]').count(), 0, path);
      await p2.close();
    }
  });
});

