// Shared helpers for the browser tests: a free port, the gopark server, headless Chromium.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

// Flags that work for Debian's Chromium as root in a container (TOOLCHAIN.md).
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

// Starts `gopark serve` on a free port and resolves once it answers. GOPARK_BIN overrides the
// binary (default target/release/gopark).
export async function startServer({ isolation = true } = {}) {
  const bin = process.env.GOPARK_BIN || join(ROOT, 'target/release/gopark');
  if (!existsSync(bin)) throw new Error(`${bin} not found: run cargo build --release first`);
  const port = await freePort();
  const args = ['serve', '--port', String(port)];
  if (!isolation) args.push('--no-isolation');
  const proc = spawn(bin, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  proc.stdout.on('data', (d) => { log += d; });
  proc.stderr.on('data', (d) => { log += d; });
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 15000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`gopark serve exited (${proc.exitCode}): ${log}`);
    try {
      const r = await fetch(url);
      if (r.ok) break;
    } catch (_) { /* not listening yet */ }
    if (Date.now() > deadline) { proc.kill(); throw new Error(`gopark serve did not answer on ${url}: ${log}`); }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, proc, log: () => log, stop: () => proc.kill() };
}

// Launches Chromium with a fresh profile; returns {context, page, close}.
export async function launchBrowser() {
  const userDataDir = mkdtempSync(join(tmpdir(), 'gopark-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
  });
  const close = async () => {
    await context.close().catch(() => {});
    rmSync(userDataDir, { recursive: true, force: true });
  };
  return { context, close };
}

// Opens the playground and waits until its host worker has loaded wasm. Console messages and
// page errors are collected so a failing test can show them.
export async function openPlayground(context, url) {
  const page = await context.newPage();
  const logs = [];
  page.on('console', (m) => logs.push(`[${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => logs.push(`[pageerror] ${e.message}`));
  await page.goto(url);
  await page.waitForFunction(() => window.gopark !== undefined, null, { timeout: 15000 });
  await page.evaluate(() => window.gopark.ready);
  page.logs = logs;
  return page;
}

// Runs a program through window.gopark.run and returns its result.
// Runs a program in the page; resolves with gopark.run's result once the page shows the run's
// final state (its events folded, the views drawn: gopark.settled).
export async function runInPage(page, source, opts) {
  const r = await page.evaluate(([s, o]) => window.gopark.run(s, o), [source, opts]);
  await page.evaluate(() => window.gopark.settled());
  return r;
}
