// Browser tests of the page features for teaching (issue 8): the gallery, share links, embeds,
// the static build on a host without isolation headers, themes, keys and accessible names.
//
//   node --test tests/e2e/page.mjs     (needs target/release/gopark, pkg/, pkg-st/, the bundle;
//                                       the dist/ test runs scripts/build-dist.sh --no-build)
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, startServer, launchBrowser, openPlayground, runInPage, freePort } from './lib.mjs';

const OUT = join(ROOT, 'tests/e2e/out');
mkdirSync(OUT, { recursive: true });

const matches = (text, want) => want === undefined || (want.startsWith('^') ? new RegExp(want).test(text) : text === want);
// Two frames, then until the page owes no drawing (gopark.settled).
const frame = (page) => page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)))).then(() => page.evaluate(() => window.gopark.settled()));

describe('gallery, share links, keys and themes (isolated page)', { timeout: 600000 }, () => {
  let server, browser, page;
  before(async () => {
    server = await startServer({ isolation: true });
    browser = await launchBrowser();
    page = await openPlayground(browser.context, server.url);
    await page.setViewportSize({ width: 1366, height: 768 });
  });
  after(async () => {
    await browser?.close();
    server?.stop();
  });

  test('the gallery lists at least 16 examples in groups, each with an explanation', async () => {
    await page.click('[data-testid=gallery]');
    const items = page.locator('[data-testid=gallery-item]');
    assert.ok(await items.count() >= 16, `${await items.count()} items`);
    const groups = await page.locator('#gallery .gallery-group h3').allTextContents();
    assert.ok(groups.length >= 5, groups.join());
    for (const text of await items.allTextContents()) assert.ok(text.length > 80, text);
    await page.screenshot({ path: join(OUT, 'gallery.png') });
    await page.click('[data-testid=gallery-item][data-example=buffered]');
    assert.equal(await page.locator('#gallery').isVisible(), false);
    assert.match(await page.locator('[data-testid=example-about]').textContent(), /Buffered vs unbuffered/);
    const src = await page.evaluate(() => window.gopark.getSource());
    assert.match(src, /buffered := make\(chan int, 3\)/);
    assert.equal(await page.evaluate(() => window.gopark.events()), 0, 'choosing an example runs nothing');
    // The explanation follows the program: an edited run says so, another program closes it.
    const about = page.locator('[data-testid=example-about]');
    await runInPage(page, src.replace('make(chan int, 3)', 'make(chan int, 2)'), { mode: 'deterministic' });
    assert.match(await about.textContent(), /\(edited\)/);
    await runInPage(page, 'package main\n\nfunc main() {\n\tprintln("other")\n}\n', { mode: 'deterministic' });
    assert.equal(await about.isVisible(), false);
  });

  test('every gallery example runs in the page with its settings and ends as expected', async () => {
    const index = await page.evaluate(() => window.gopark.gallery());
    for (const x of index.examples) {
      const source = await page.evaluate((id) => window.gopark.examples[id], x.id);
      const t0 = Date.now();
      const r = await runInPage(page, source, { ...x.settings, seed: 3 });
      const where = `${x.id} (${x.settings.mode}, ${x.settings.procs} Ps, ${Date.now() - t0} ms)`;
      assert.equal(r.exitCode, x.expect.exit, `${where}: ${r.stderr}`);
      assert.ok(matches(r.stdout, x.expect.stdout), `${where}: stdout ${JSON.stringify(r.stdout)}`);
      assert.ok(matches(r.stderr, x.expect.stderr ?? (x.expect.exit === 0 ? '' : undefined)), `${where}: stderr ${r.stderr}`);
      assert.equal(r.mode, x.settings.mode, where);
    }
  });

  test('Download trace asks the host for the Chrome JSON of a run made without it', async () => {
    const src = await page.evaluate(() => window.gopark.examples['ping-pong']);
    const r = await runInPage(page, src, { procs: 2, mode: 'deterministic' });
    assert.equal(r.trace, null);
    assert.equal(await page.locator('#trace').isEnabled(), true);
    const json = JSON.parse(await page.evaluate(() => window.gopark.traceJSON()));
    assert.ok(json.traceEvents.some((e) => e.ph === 'X'), 'run slices in the exported trace');
  });

  test('an IMAGE: line (golang.org/x/tour/pic) shows as a picture, and its text stays copyable', async () => {
    const src = `package main

import "golang.org/x/tour/pic"

func Pic(dx, dy int) [][]uint8 {
	p := make([][]uint8, dy)
	for y := range p {
		p[y] = make([]uint8, dx)
		for x := range p[y] {
			p[y][x] = uint8(x ^ y)
		}
	}
	return p
}

func main() {
	println("drawing")
	pic.Show(Pic)
}
`;
    const r = await runInPage(page, src, { procs: 1, mode: 'deterministic' });
    assert.equal(r.exitCode, 0, r.stderr);
    assert.match(r.stdout, /^IMAGE:iVBORw0KGgo[A-Za-z0-9+/]+=*\n$/);
    await page.waitForFunction(() => document.querySelector('#output img.picture')?.complete);
    const got = await page.locator('#output img.picture').evaluate((img) => {
      const c = document.createElement('canvas');
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      const g = c.getContext('2d');
      g.drawImage(img, 0, 0);
      return {
        size: [img.naturalWidth, img.naturalHeight],
        alt: img.alt,
        // Pixel (3, 5): x^y = 6, bluescale (6, 6, 255).
        pixel: [...g.getImageData(3, 5, 1, 1).data],
        text: img.closest('.line').textContent,
        shown: img.getBoundingClientRect().width,
      };
    });
    assert.deepEqual(got.size, [256, 256]);
    assert.equal(got.alt, 'picture printed by the program, 256 by 256 pixels');
    assert.deepEqual(got.pixel, [6, 6, 255, 255]);
    assert.equal(got.text, r.stdout, 'the line keeps its whole text');
    assert.ok(got.shown > 0 && got.shown <= 258, `shown ${got.shown} px wide`);
    assert.match(await page.locator('#output').textContent(), /drawing\n/);
    await page.screenshot({ path: join(OUT, 'picture.png') });
  });

  test('a share link restores program, settings and moment, and runs nothing until Run', async () => {
    await page.evaluate(() => window.gopark.loadExample('pipeline'));
    await page.selectOption('[data-testid=procs]', '3');
    await page.selectOption('[data-testid=mode]', 'deterministic');
    await page.fill('[data-testid=seed]', '42');
    const edited = (await page.evaluate(() => window.gopark.getSource())).replace('gen(5)', 'gen(4)');
    await page.evaluate((s) => window.gopark.setSource(s), edited);
    await page.click('[data-testid=run]');
    await page.waitForFunction(() => document.querySelector('#status').textContent.startsWith('Program exited'));
    await page.waitForFunction(() => window.gopark.folded() === window.gopark.events());
    const events = await page.evaluate(() => window.gopark.events());
    const at = Math.floor(events / 2);
    await page.evaluate((i) => window.gopark.seek(i), at);
    const want = await page.evaluate(() => ({ machine: document.querySelector('[data-testid=machine-view]').textContent, chans: document.querySelector('[data-testid=channel-view]').textContent }));
    await page.click('[data-testid=share]');
    const url = await page.evaluate(() => window.gopark.shareURL());
    assert.match(url, /#s=[A-Za-z0-9_-]+$/);
    assert.equal(await page.evaluate(() => location.href), url, 'Share puts the link in the address bar');

    const other = await openPlayground(browser.context, url);
    await other.setViewportSize({ width: 1366, height: 768 });
    assert.equal(await other.evaluate(() => window.gopark.getSource()), edited);
    assert.deepEqual(await other.evaluate(() => window.gopark.settings()), { procs: 3, mode: 'deterministic', seed: 42, example: 'pipeline' });
    await other.waitForTimeout(300);
    assert.equal(await other.evaluate(() => window.gopark.events()), 0, 'nothing ran');
    assert.equal(await other.evaluate(() => window.gopark.state()), 'idle');
    await other.click('[data-testid=run]');
    await other.waitForFunction((i) => window.gopark.moment() === i && window.gopark.state() === 'paused', at, { timeout: 20000 });
    assert.equal(await other.evaluate(() => window.gopark.events()), events, 'the same deterministic run');
    await frame(other);
    const got = await other.evaluate(() => ({ machine: document.querySelector('[data-testid=machine-view]').textContent, chans: document.querySelector('[data-testid=channel-view]').textContent }));
    assert.deepEqual(got, want, 'the same moment in the views');
    await other.close();
  });

  test('opening an example clears the last run from every view', async () => {
    await page.evaluate(() => window.gopark.loadExample('pipeline'));
    await page.click('[data-testid=run]');
    await page.waitForFunction(() => document.querySelector('#status').textContent.startsWith('Program exited'));
    await page.waitForFunction(() => window.gopark.folded() === window.gopark.events());
    const text = (id) => page.evaluate((id) => document.querySelector(`[data-testid=${id}]`).textContent, id);
    assert.notEqual(await text('output'), '');
    assert.notEqual(await text('machine-view'), '');
    await page.evaluate(() => window.gopark.loadExample('ping-pong'));
    await frame(page);
    assert.equal(await text('output'), '', 'console');
    assert.match(await text('machine-view'), /^Press Run/, 'machine');
    assert.match(await text('channel-view'), /^Channels appear here/, 'channels');
    assert.equal(await text('goroutine-table').then((t) => t.includes('G1')), false, 'goroutines');
    assert.equal(await page.evaluate(() => window.gopark.events()), 0, 'no recording shown');
    assert.equal(await page.evaluate(() => window.gopark.timelineStats().events), 0, 'timeline');
    assert.equal(await page.locator('#moment').textContent(), 'no run yet');
    assert.equal(await page.locator('[data-testid=play]').isDisabled(), true);
  });

  test('keys: Ctrl-Enter runs, Space plays and pauses, arrows step', async () => {
    await page.evaluate(() => window.gopark.loadExample('ping-pong'));
    await page.selectOption('[data-testid=mode]', 'deterministic');
    await page.click('[data-testid=output]');
    await page.keyboard.press('Control+Enter');
    await page.waitForFunction(() => document.querySelector('#status').textContent.startsWith('Program exited'));
    await page.evaluate(() => window.gopark.seek(0));
    await page.click('[data-testid=output]');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.evaluate(() => window.gopark.moment()), 2);
    await page.keyboard.press('ArrowLeft');
    assert.equal(await page.evaluate(() => window.gopark.moment()), 1);
    await page.keyboard.press(' ');
    assert.equal(await page.evaluate(() => window.gopark.state()), 'running');
    await page.keyboard.press(' ');
    assert.equal(await page.evaluate(() => window.gopark.state()), 'paused');
  });

  test('exercises: the task beside the editor, Check fails the starter and passes a solution', async () => {
    await page.click('[data-testid=gallery]');
    // One item per exercise file the page ships.
    const files = readdirSync(join(ROOT, 'exercises')).filter((f) => f.endsWith('.toml'));
    assert.ok(files.length >= 8);
    assert.equal(await page.locator('[data-testid=exercise-item]').count(), files.length);
    await page.click('[data-testid=exercise-item][data-exercise=close-range]');
    await page.waitForSelector('[data-testid=exercise-task]:visible');
    assert.match(await page.locator('[data-testid=exercise-task]').textContent(), /Close the channel so range ends/);
    assert.match(await page.evaluate(() => window.gopark.getSource()), /for v := range ch/);
    // The starter deadlocks: Check says so.
    await page.click('[data-testid=check]');
    await page.waitForSelector('[data-testid=check-result] li.summary');
    assert.equal(await page.locator('[data-testid=check-result]').getAttribute('data-passed'), 'false');
    const failed = await page.locator('[data-testid=check-result] li.fail').allTextContents();
    assert.ok(failed.some((t) => /deadlock/i.test(t)), failed.join(' | '));
    await page.screenshot({ path: join(OUT, 'exercise-fail.png') });
    // A solution (the file tests/exercises.rs passes) passes every check.
    const solution = readFileSync(join(ROOT, 'tests/exercises/02-close-range.go'), 'utf8');
    await page.evaluate((s) => window.gopark.setSource(s), solution);
    await page.click('[data-testid=check]');
    await page.waitForFunction(() => document.querySelector('[data-testid=check-result]').dataset.passed === 'true', null, { timeout: 30000 });
    assert.equal(await page.locator('[data-testid=check-result] li.fail').count(), 0);
    assert.ok(await page.locator('[data-testid=check-result] li.pass').count() >= 3);
    await page.screenshot({ path: join(OUT, 'exercise-pass.png') });
    // A link to the exercise (teacher) and a share link with the learner's program both reopen it.
    const url = await page.evaluate(() => window.gopark.shareURL());
    const other = await openPlayground(browser.context, url);
    assert.match(await other.locator('[data-testid=exercise-task]').textContent(), /Close the channel so range ends/);
    assert.equal(await other.evaluate(() => window.gopark.getSource()), solution);
    await other.goto(`${server.url}?exercise=fix-deadlock`);
    await other.waitForFunction(() => window.gopark !== undefined);
    await other.evaluate(() => window.gopark.ready);
    assert.match(await other.locator('[data-testid=exercise-task]').textContent(), /Fix the deadlock/);
    await other.close();
    // Choosing an example leaves the exercise.
    await page.evaluate(() => window.gopark.loadExample('ping-pong'));
    assert.equal(await page.locator('[data-testid=check]').isVisible(), false);
  });

  test('every control has an accessible name', async () => {
    const nameless = await page.evaluate(() => {
      const out = [];
      for (const e of document.querySelectorAll('button, select, input, a[href], canvas[tabindex]')) {
        if (e.closest('[hidden]')) continue;
        const name = (e.getAttribute('aria-label') || (e.labels && [...e.labels].map((l) => l.textContent).join('')) ||
          (e.getAttribute('aria-labelledby') && document.getElementById(e.getAttribute('aria-labelledby'))?.textContent) || e.textContent || e.title || '').trim();
        if (!name) out.push(e.outerHTML.slice(0, 80));
      }
      return out;
    });
    assert.deepEqual(nameless, []);
  });

  test('dark theme: page, editor and timeline change, and the choice is kept', async () => {
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await bg();
    await page.click('[data-testid=theme]');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    assert.notEqual(await bg(), light);
    const editorBg = await page.evaluate(() => getComputedStyle(document.querySelector('.cm-editor')).backgroundColor);
    assert.equal(editorBg, 'rgb(22, 27, 34)');
    await frame(page);
    await page.screenshot({ path: join(OUT, 'dark.png') });
    await page.reload();
    await page.evaluate(() => window.gopark.ready);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    await page.click('[data-testid=theme]');
  });
});

describe('embeds: an article with three demos', { timeout: 240000 }, () => {
  let server, browser, page;
  before(async () => {
    server = await startServer({ isolation: true });
    browser = await launchBrowser();
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
  });
  after(async () => {
    await browser?.close();
    server?.stop();
  });

  const status = (p) => Promise.all(['demo-ping', 'demo-deadlock', 'demo-procs'].map(async (id) => {
    const f = await (await p.$(`#${id} iframe`))?.contentFrame();
    if (!f) return { id, loaded: false };
    return { id, loaded: true, ...(await f.evaluate(() => window.gopark ? { host: window.gopark.hostStarted(), events: window.gopark.events(), isolated: window.gopark.isolated } : { host: false, events: 0 }).catch(() => ({ host: false, events: 0 }))) };
  }));

  test('only the demo scrolled into view starts workers; the others start when they run', async () => {
    await page.goto(`${server.url}www/article-example.html`);
    await page.waitForFunction(() => document.querySelectorAll('gopark-embed iframe').length === 3);
    const ping = await (await page.$('#demo-ping iframe')).contentFrame();
    await ping.waitForFunction(() => window.gopark && window.gopark.events() > 0, null, { timeout: 30000 });
    let s = await status(page);
    assert.equal(s[0].host, true, 'the visible autoplay demo runs');
    assert.equal(s[0].isolated, true);
    assert.equal(s[1].host, false, 'the demo without autoplay waits for Run');
    assert.equal(s[2].host, false, 'the autoplay demo below the fold waits');
    await page.screenshot({ path: join(OUT, 'article.png') });
    // Scroll the third into view: it starts by itself.
    await page.$eval('#demo-procs', (e) => e.scrollIntoView());
    const procs = await (await page.$('#demo-procs iframe')).contentFrame();
    await procs.waitForFunction(() => window.gopark && window.gopark.hostStarted() && window.gopark.events() > 0, null, { timeout: 30000 });
    await procs.waitForFunction(() => /primes below 300000 = 25997/.test(document.querySelector('[data-testid=output]').textContent), null, { timeout: 30000 });
    s = await status(page);
    assert.equal(s[1].host, false, 'still waiting for Run');
    // The read-only inline demo runs when its Run is pressed, and deadlocks as written.
    await page.$eval('#demo-deadlock', (e) => e.scrollIntoView());
    const dl = await (await page.$('#demo-deadlock iframe')).contentFrame();
    await dl.waitForFunction(() => window.gopark !== undefined);
    await dl.evaluate(() => window.gopark.ready);
    assert.match(await dl.evaluate(() => window.gopark.getSource()), /^package main\n\nfunc main\(\) \{\n\ta := make\(chan int\)/);
    assert.equal(await dl.evaluate(() => window.gopark.hostStarted()), false);
    await dl.click('[data-testid=run]');
    await dl.waitForFunction(() => /all goroutines are asleep - deadlock!/.test(document.querySelector('[data-testid=output]').textContent), null, { timeout: 30000 });
    await page.screenshot({ path: join(OUT, 'article-deadlock.png') });
  });

  test('a loading indicator shows while the wasm downloads and compiles', async () => {
    const p = await browser.context.newPage();
    // Hold the wasm back for a second, as a slow network would.
    await p.route('**/gopark_bg.wasm', async (route) => { await new Promise((r) => setTimeout(r, 1000)); await route.continue(); });
    await p.goto(`${server.url}embed.html?example=ping-pong`);
    await p.waitForFunction(() => window.gopark !== undefined);
    await p.evaluate(() => window.gopark.ready);
    assert.equal(await p.locator('[data-testid=loading]').isVisible(), false, 'nothing loads before Run');
    await p.click('[data-testid=run]');
    await p.waitForSelector('[data-testid=loading]:visible', { timeout: 2000 });
    assert.match(await p.locator('[data-testid=loading]').textContent(), /loading gopark/);
    await p.screenshot({ path: join(OUT, 'embed-loading.png') });
    await p.waitForFunction(() => /Program exited/.test(document.querySelector('#status').textContent), null, { timeout: 30000 });
    assert.equal(await p.locator('[data-testid=loading]').isVisible(), false);
    await p.close();
  });

  test('an idle embed releases its workers, and loads them again for the next run', async () => {
    const p = await browser.context.newPage();
    await p.setViewportSize({ width: 700, height: 450 });
    await p.goto(`${server.url}embed.html?example=ping-pong&panels=editor,machine,channels&idle=500`);
    await p.waitForFunction(() => window.gopark !== undefined);
    await p.evaluate(() => window.gopark.ready);
    assert.equal(await p.evaluate(() => window.gopark.hostStarted()), false, 'no runtime before the first run');
    await p.click('[data-testid=run]');
    await p.waitForFunction(() => /Program exited/.test(document.querySelector('#status').textContent), null, { timeout: 30000 });
    assert.equal(await p.evaluate(() => window.gopark.hostStarted()), true);
    await p.screenshot({ path: join(OUT, 'embed-700x450.png') });
    await p.waitForFunction(() => window.gopark.hostReleases() === 1 && !window.gopark.hostStarted(), null, { timeout: 5000 });
    await p.click('[data-testid=run]');
    await p.waitForFunction(() => /Program exited: exit status 0/.test(document.querySelector('#status').textContent) && window.gopark.hostStarted(), null, { timeout: 30000 });
    assert.equal(await p.locator('[data-testid=output]').textContent(), 'ping\npong\nping\npong\nping\npong\n');
    await p.close();
  });
});

describe('static build on a host without isolation headers', { timeout: 240000 }, () => {
  let proc, url, browser;
  before(async () => {
    const b = spawnSync(join(ROOT, 'scripts/build-dist.sh'), ['--no-build'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(b.status, 0, b.stderr);
    const port = await freePort();
    proc = spawn(join(ROOT, 'target/release/gopark'), ['serve', '--port', String(port), '--root', 'dist', '--no-isolation'], { cwd: ROOT, stdio: 'ignore' });
    url = `http://127.0.0.1:${port}/`;
    for (let k = 0; k < 100; k++) {
      try { if ((await fetch(url)).ok) break; } catch (_) { /* not yet */ }
      await new Promise((r) => setTimeout(r, 100));
    }
    const h = (await fetch(url)).headers;
    assert.equal(h.get('cross-origin-opener-policy'), null, 'the server sends no isolation headers');
    // The wasm goes out compressed (dist/ holds .gz copies; gopark serve sends them).
    const w = await fetch(`${url}pkg/gopark_bg.wasm`, { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(w.headers.get('content-encoding'), 'gzip');
    assert.equal(w.headers.get('content-type'), 'application/wasm');
    assert.equal(new Uint8Array(await w.arrayBuffer())[0], 0, 'decompressed: the wasm magic');
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    proc?.kill();
  });

  test('the service worker adds the headers after one reload: threads', async () => {
    const page = await openPlayground(browser.context, url);
    assert.deepEqual(await page.evaluate(() => window.gopark.isolation), { isolated: true, how: 'service worker' });
    assert.equal(await page.locator('[data-testid=isolation]').textContent(), 'threads · isolated by a service worker');
    const src = await page.evaluate(() => window.gopark.examples.gomaxprocs);
    const r = await runInPage(page, src, { procs: 2, mode: 'threads' });
    assert.equal(r.mode, 'threads');
    assert.match(r.stdout, /^primes below 300000 = 25997\nGOMAXPROCS 2 took \d+ ms\n$/);
    await page.screenshot({ path: join(OUT, 'dist-service-worker.png') });
    await page.close();
  });

  // The example article on this host: each of its three embeds runs, with threads once the
  // service worker has reloaded the page, and on the single-thread build with ?isolation=off.
  async function articleEmbedsRun(context, query, want) {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${url}www/article-example.html${query}`);
    // Isolation by the service worker reloads the page once: wait for the page that stays.
    const deadline = Date.now() + 30000;
    for (;;) {
      const ok = await page.evaluate((isolated) => crossOriginIsolated === isolated && document.readyState === 'complete', want.article.isolated).catch(() => false);
      if (ok) break;
      assert.ok(Date.now() < deadline, 'the article did not reach its isolation');
      await new Promise((r) => setTimeout(r, 100));
    }
    await page.waitForFunction(() => document.querySelectorAll('gopark-embed iframe').length === 3, null, { timeout: 30000 });
    assert.deepEqual(await page.evaluate(() => window.goparkIsolation), want.article);
    const frameOf = async (id) => {
      await page.$eval(`#${id}`, (e) => e.scrollIntoView());
      const f = await (await page.$(`#${id} iframe`)).contentFrame();
      await f.waitForFunction(() => window.gopark !== undefined, null, { timeout: 30000 });
      await f.evaluate(() => window.gopark.ready);
      return f;
    };
    const exited = (f, status) => f.waitForFunction((st) => document.querySelector('#status').textContent === `Program exited: exit status ${st}.`, status, { timeout: 60000 });
    const ping = await frameOf('demo-ping');        // autoplay
    await exited(ping, 0);
    const dl = await frameOf('demo-deadlock');      // waits for Run
    await dl.click('[data-testid=run]');
    await exited(dl, 2);
    assert.match(await dl.locator('[data-testid=output]').textContent(), /fatal error: all goroutines are asleep - deadlock!/);
    const procs = await frameOf('demo-procs');      // autoplay, below the fold
    await exited(procs, 0);
    assert.match(await procs.locator('[data-testid=output]').textContent(), /^primes below 300000 = 25997\n/);
    for (const [id, f] of [['demo-ping', ping], ['demo-deadlock', dl], ['demo-procs', procs]]) {
      const got = await f.evaluate(() => ({ isolation: window.gopark.isolation, events: window.gopark.events(), label: document.querySelector('[data-testid=isolation]').textContent }));
      assert.deepEqual(got.isolation, want.embed, id);
      assert.equal(got.label, want.label, id);
      assert.ok(got.events > 0, `${id}: a recording`);
    }
    await page.screenshot({ path: join(OUT, `article-static-${want.embed.isolated ? 'threads' : 'single'}.png`) });
    await page.close();
  }

  test('the example article: each embed runs with threads after the service worker reload', async () => {
    const fresh = await launchBrowser();
    try {
      await articleEmbedsRun(fresh.context, '', {
        article: { isolated: true, how: 'service worker' }, embed: { isolated: true, how: 'service worker' },
        label: 'threads · isolated by a service worker',
      });
    } finally {
      await fresh.close();
    }
  });

  test('the example article with ?isolation=off: each embed runs on the single-thread build', async () => {
    const fresh = await launchBrowser();
    try {
      await articleEmbedsRun(fresh.context, '?isolation=off', {
        article: { isolated: false, how: 'off' }, embed: { isolated: false, how: 'off' },
        label: 'single thread · isolation off',
      });
    } finally {
      await fresh.close();
    }
  });

  test('?isolation=off falls back to the single-thread build and says so', async () => {
    // A fresh profile: no service worker from the test above.
    const fresh = await launchBrowser();
    try {
      const page = await openPlayground(fresh.context, `${url}?isolation=off`);
      assert.equal(await page.evaluate(() => crossOriginIsolated), false);
      assert.equal(await page.evaluate(() => navigator.serviceWorker.controller), null, 'no worker registered');
      assert.equal(await page.locator('[data-testid=isolation]').textContent(), 'single thread · isolation off');
      const r = await runInPage(page, 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hi") }\n', { procs: 2, mode: 'threads' });
      assert.equal(r.mode, 'deterministic');
      assert.equal(r.stdout, 'hi\n');
    } finally {
      await fresh.close();
    }
  });
});
