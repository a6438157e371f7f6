// Browser tests of the player and the views of one moment (issue 7): step through ping-pong and
// a buffered pipeline and read the machine and channel views, seek back and forth, the
// deadlock picture, the console's links to moments, Step while running and Stop.
//
//   node --test tests/e2e/replay.mjs     (needs target/release/gopark, pkg/, pkg-st/, the bundle)
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, startServer, launchBrowser, openPlayground, runInPage } from './lib.mjs';

const OUT = join(ROOT, 'tests/e2e/out');
mkdirSync(OUT, { recursive: true });

const PIPELINE = `package main

import "fmt"

func main() {
	jobs := make(chan int, 3)
	results := make(chan int, 3)
	go func() {
		for j := range jobs {
			results <- j * 10
		}
		close(results)
	}()
	for i := 1; i <= 5; i++ {
		jobs <- i
	}
	close(jobs)
	for r := range results {
		fmt.Println(r)
	}
}
`;

const DEADLOCK = `package main

func main() {
	a := make(chan int)
	b := make(chan int)
	go func() {
		<-a
		b <- 1
	}()
	<-b
	a <- 1
}
`;

const INFINITE = `package main

func main() {
	n := 0
	for {
		n++
	}
}
`;

// What the views show now, read from the DOM only.
async function views(page) {
  // Source marks reach the editor in the next animation frame.
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  return page.evaluate(() => {
    const q = (root, sel) => [...root.querySelectorAll(sel)].map((e) => e.textContent);
    const mv = document.querySelector('[data-testid=machine-view]');
    const ps = [...mv.querySelectorAll('.p')].map((p) => ({
      running: q(p, '[data-role=running] .gchip'),
      runnext: q(p, '[data-role=runnext] .gchip'),
      runq: q(p, '[data-role=runq] .gchip'),
      m: p.querySelector('.p-m').textContent,
    }));
    const chans = {};
    for (const c of document.querySelectorAll('[data-testid=channel-view] .chan')) {
      chans[c.dataset.chan] = {
        buffer: q(c, '[data-role=buffer] .bslot:not(.empty)'),
        sendq: [...c.querySelectorAll('[data-role=sendq] .waiter')].map((w) => [...w.children].map((x) => x.textContent).join(' ')),
        recvq: q(c, '[data-role=recvq] .gchip'),
        closed: c.classList.contains('closed'),
      };
    }
    const gs = {};
    for (const tr of document.querySelectorAll('[data-testid=goroutine-table] tbody tr')) {
      gs[tr.dataset.g] = { state: tr.querySelector('.state').textContent, line: tr.querySelector('.line').textContent };
    }
    return {
      moment: window.gopark.moment(), ps, global: q(mv, '[data-role=global] .gchip'), chans, gs,
      marks: q(document, '.cm-gchips .gchip'),
    };
  });
}

const seek = (page, i) => page.evaluate((i) => window.gopark.seek(i), i);
// A few frames, then until the page owes no drawing (gopark.settled).
const frames = (page) => page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(ok))))).then(() => page.evaluate(() => window.gopark.settled()));

describe('replay: player and views', { timeout: 240000 }, () => {
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

  test('page API and test ids', async () => {
    for (const id of ['editor', 'run', 'stop', 'play', 'pause', 'step', 'back', 'scrubber', 'speed', 'procs', 'mode', 'seed', 'output', 'machine-view', 'channel-view', 'goroutine-table', 'timeline']) {
      assert.equal(await page.locator(`[data-testid=${id}]`).count(), 1, id);
    }
    const modes = await page.locator('[data-testid=mode] option').evaluateAll((os) => os.map((o) => o.value));
    assert.deepEqual(modes, ['threads', 'deterministic']);
    const procs = await page.locator('[data-testid=procs] option').evaluateAll((os) => os.map((o) => o.value));
    assert.deepEqual(procs.slice(0, 3), ['1', '2', '3']);
    assert.equal(await page.evaluate(() => window.gopark.state()), 'idle');
    await page.evaluate(() => window.gopark.setSource('package main\n\nfunc main() {}\n'));
    assert.equal(await page.evaluate(() => window.gopark.getSource()), 'package main\n\nfunc main() {}\n');
  });

  test('ping-pong: step by step, runnext and the waiting sender', async () => {
    const src = await page.evaluate(() => window.gopark.examples['ping-pong']);
    const r = await runInPage(page, src, { procs: 2, mode: 'deterministic', seed: 1 });
    assert.equal(r.exitCode, 0);
    assert.equal(r.trace, null, 'no Chrome JSON unless asked for');
    // After the run the player starts from the beginning when Play is pressed.
    await seek(page, 0);
    assert.equal(await page.evaluate(() => window.gopark.state()), 'paused');
    // Step until main blocks sending "ping" (its first GoBlock), with the Step button.
    let v;
    for (let n = 0; n < 40; n++) {
      await page.click('[data-testid=step]');
      v = await views(page);
      if (v.chans.ping && v.chans.ping.sendq.length) break;
    }
    assert.deepEqual(v.chans.ping.sendq, ['G1 "ping"'], JSON.stringify(v.chans));
    assert.equal(v.gs['1'].state, 'waiting (chan send)');
    assert.equal(v.gs['1'].line, '18');
    assert.ok(v.marks.includes('G1'), 'G1 is marked in the source');
    // Step on until G2's receive readies main: main sits in runnext of G2's P.
    for (let n = 0; n < 20; n++) {
      await page.click('[data-testid=step]');
      v = await views(page);
      if (v.ps.some((p) => p.runnext.includes('G1'))) break;
    }
    const p = v.ps.findIndex((p) => p.runnext.includes('G1'));
    assert.ok(p >= 0, JSON.stringify(v.ps));
    assert.deepEqual(v.ps[p].running, ['G2']);
    assert.deepEqual(v.chans.ping.sendq, []);
    // Back one step and forward again: identical views.
    const at = v.moment;
    await page.click('[data-testid=back]');
    const before = await views(page);
    assert.equal(before.moment, at - 1);
    await page.click('[data-testid=step]');
    assert.deepEqual(await views(page), v);
    await page.screenshot({ path: join(OUT, 'replay-pingpong.png') });
  });

  test('timeline: one model with the views, a readable axis in deterministic mode, click to seek', async () => {
    const src = await page.evaluate(() => window.gopark.examples['ping-pong']);
    const r = await runInPage(page, src, { procs: 2, mode: 'deterministic', seed: 1 });
    await page.waitForFunction(() => window.gopark.folded() === window.gopark.events());
    await frames(page);
    // Virtual time makes hand-off runs nanoseconds wide beside the run: 'auto' shows events.
    let st = await page.evaluate(() => window.gopark.timelineStats());
    assert.equal(st.scale, 'events');
    assert.equal(await page.locator('[data-testid=timeline-scale]').inputValue(), 'auto');
    // A click at event k of a lane's span shows the moment right after it, and the machine view
    // then runs, on that P, the G whose span was clicked (both read the same fold).
    const box = await page.locator('[data-testid=timeline]').boundingBox();
    // The lane of the P that ran the most goroutine runs (a hand-off keeps both Gs on one P
    // most of the time, as in Go: the woken M comes too late to take the runnext G).
    const { p, spans } = await page.evaluate(() => {
      const rec = window.gopark.event;  // decoded events: GoStarts by P
      const byP = [[], []];
      for (let i = 0; i < window.gopark.events(); i++) { const e = rec(i); if (e.kind === 'GoStart' && e.p < 2) byP[e.p].push({ i, g: e.g }); }
      const p = byP[1].length > byP[0].length ? 1 : 0;
      return { p, spans: byP[p] };
    });
    const lane = st.lanes[p];
    assert.ok(spans.length >= 2, JSON.stringify(spans));
    const target = spans[1];
    // Inside the span, just before the event after its start: the click lands on a whole CSS
    // pixel, a few hundredths of an event away, and must still round to that event (at
    // half an event it rounded either way).
    const at = target.i + 0.9;
    const x = lane.left_px + (at - st.view.start) / st.view.per_px;
    await page.mouse.click(box.x + x, box.y + lane.top_px + 8);
    assert.equal(await page.evaluate(() => window.gopark.moment()), target.i + 2, JSON.stringify({ p, spans, st, box, x }));
    const v = await views(page);
    assert.deepEqual(v.ps[p].running, [`G${target.g}`]);
    // The time axis on request, drawn in virtual time.
    await page.selectOption('[data-testid=timeline-scale]', 'time');
    await frames(page);
    st = await page.evaluate(() => window.gopark.timelineStats());
    assert.equal(st.scale, 'time');
    await page.selectOption('[data-testid=timeline-scale]', 'auto');
    await frames(page);
    assert.equal((await page.evaluate(() => window.gopark.timelineStats())).scale, 'events');
    await page.screenshot({ path: join(OUT, 'replay-timeline-events.png') });
  });

  test('buffered pipeline: buffer contents and the receiver in recvq', async () => {
    const r = await runInPage(page, PIPELINE, { procs: 1, mode: 'deterministic', seed: 1 });
    assert.equal(r.stdout, '10\n20\n30\n40\n50\n');
    const n = r.events;
    // Find by stepping from the start the moment main waits to send 4 with jobs full.
    await seek(page, 0);
    let v;
    for (let k = 0; k < n; k++) {
      await page.click('[data-testid=step]');
      v = await views(page);
      if (v.chans.jobs && v.chans.jobs.sendq.length) break;
    }
    assert.deepEqual(v.chans.jobs.buffer, ['1', '2', '3']);
    assert.deepEqual(v.chans.jobs.sendq, ['G1 4']);
    const full = v.moment;
    // Later main waits in results' recvq with the buffer empty.
    for (let k = full; k < n; k++) {
      await page.click('[data-testid=step]');
      v = await views(page);
      if (v.chans.results && v.chans.results.recvq.length) break;
    }
    assert.deepEqual(v.chans.results.recvq, ['G1']);
    assert.deepEqual(v.chans.results.buffer, []);
    await page.screenshot({ path: join(OUT, 'replay-pipeline.png') });
    // Seek back and forward: identical view states.
    const later = v;
    await seek(page, full);
    const atFull = await views(page);
    assert.deepEqual(atFull.chans.jobs.buffer, ['1', '2', '3']);
    await seek(page, 0);
    await seek(page, later.moment);
    assert.deepEqual(await views(page), later);
    await seek(page, full);
    assert.deepEqual(await views(page), atFull);
    // The scrubber sets the moment too.
    await page.locator('[data-testid=scrubber]').fill(String(full));
    assert.equal((await views(page)).moment, full);
  });

  test('clicking a console line jumps to the moment it was printed', async () => {
    const lines = page.locator('[data-testid=output] .line');
    assert.equal(await lines.count(), 5);
    await lines.nth(2).click();
    const at = await page.evaluate(() => window.gopark.moment());
    const e = await page.evaluate((i) => window.gopark.event(i - 1), at);
    assert.equal(e.kind, 'Output');
    assert.equal(e.g, 1);
    // Before that moment the console line had not been printed: two earlier Output events.
    const outputsBefore = await page.evaluate((at) => {
      let n = 0;
      for (let i = 0; i < at; i++) if (window.gopark.event(i).kind === 'Output') n++;
      return n;
    }, at);
    assert.equal(outputsBefore, 3);
    // The console shows what had been printed by then; the later lines are dimmed, and
    // none once the replay is back at the end.
    const dimmed = () => lines.evaluateAll((ls) => ls.map((l) => getComputedStyle(l).opacity !== '1'));
    assert.deepEqual(await dimmed(), [false, false, false, true, true]);
    await seek(page, await page.evaluate(() => window.gopark.events()));
    assert.deepEqual(await dimmed(), [false, false, false, false, false]);
  });

  test('play from the beginning advances the moment, pause stops it', async () => {
    await page.selectOption('[data-testid=speed]', '100');
    await seek(page, (await page.evaluate(() => window.gopark.events())));
    await page.click('[data-testid=play]');
    assert.equal(await page.evaluate(() => window.gopark.state()), 'running');
    await page.waitForTimeout(150);
    await page.click('[data-testid=pause]');
    const m = await page.evaluate(() => window.gopark.moment());
    assert.ok(m > 0 && m < 60, `played from the start to ${m}`);
    await page.waitForTimeout(100);
    assert.equal(await page.evaluate(() => window.gopark.moment()), m);
    await page.selectOption('[data-testid=speed]', '10');
  });

  test('deadlock: the dump and the picture of who waits on what', async () => {
    const r = await runInPage(page, DEADLOCK, { procs: 2, mode: 'threads' });
    assert.equal(r.exitCode, 2);
    assert.match(r.stderr, /all goroutines are asleep - deadlock!/);
    await page.waitForSelector('[data-testid=wait-graph] svg');
    const nodes = await page.locator('[data-testid=wait-graph] .wg-node').evaluateAll((ns) => ns.map((n) => n.dataset.node).sort());
    assert.deepEqual(nodes, ['G1', 'G2', 'a', 'b']);
    assert.equal(await page.locator('[data-testid=wait-graph] .wg-edge').count(), 2, 'only the waits the events show');
    const v = await views(page);
    assert.deepEqual(v.chans.b.recvq, ['G1']);
    assert.deepEqual(v.chans.a.recvq, ['G2']);
    await page.screenshot({ path: join(OUT, 'replay-deadlock.png') });
  });

  test('a compile error is underlined in the source', async () => {
    const r = await runInPage(page, 'package main\n\nfunc main() {\n\tx := undefinedName + 1\n\t_ = x\n}\n', { procs: 1 });
    assert.equal(r.exitCode, 1);
    await page.waitForSelector('.cm-lintRange-error');
    assert.equal(await page.locator('.cm-lintRange-error').first().textContent(), 'undefinedName');
  });

  test('deterministic mode: Step while running advances one scheduling step', async () => {
    const src = await page.evaluate(() => window.gopark.examples['ping-pong']);
    await page.evaluate((s) => window.gopark.start(s, { procs: 2, mode: 'deterministic', seed: 3, paused: true }), src);
    await page.waitForFunction(() => window.gopark.state() === 'paused');
    let last = await page.evaluate(() => window.gopark.events());
    for (let k = 0; k < 6; k++) {
      await page.click('[data-testid=step]');
      await page.waitForFunction((m) => window.gopark.moment() > m, (await page.evaluate(() => window.gopark.moment())) - 1);
    }
    const now = await page.evaluate(() => window.gopark.events());
    assert.ok(now > last, `the run advanced: ${last} -> ${now} events`);
    assert.equal(await page.evaluate(() => window.gopark.state()), 'paused');
    await page.click('[data-testid=play]');
    await page.waitForFunction(() => document.querySelector('#status').textContent.startsWith('Program exited'), null, { timeout: 10000 });
    assert.equal(await page.locator('[data-testid=output]').textContent(), 'ping\npong\nping\npong\nping\npong\n');
  });

  for (const mode of ['threads', 'deterministic']) {
    test(`Stop answers within 200 ms during for {} (${mode})`, async () => {
      await page.evaluate(([s, mode]) => window.gopark.start(s, { procs: 2, mode }), [INFINITE, mode]);
      await page.waitForFunction(() => document.querySelector('#status').textContent.startsWith('running'), null, { timeout: 10000 });
      await page.waitForTimeout(300);
      const ms = await page.evaluate(async () => {
        const t0 = performance.now();
        document.querySelector('[data-testid=stop]').click();
        while (!document.querySelector('#status').textContent.startsWith('Program exited')) {
          await new Promise((r) => setTimeout(r, 5));
          if (performance.now() - t0 > 5000) break;
        }
        return performance.now() - t0;
      });
      assert.ok(ms < 200, `stopped after ${ms.toFixed(0)} ms`);
    });
  }
});
