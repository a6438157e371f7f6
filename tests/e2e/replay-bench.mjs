// The replay with a full recording: a program that makes more than 1,000,000 scheduling
// events runs in headless Chromium (threads mode, 2 Ps); the recording keeps the first
// 1,000,000 (Limits::max_trace_events) and says it was cut. Reports:
//   - the frame time while the run streams and the page folds (worst main-thread frame);
//   - the seek time: gopark.seek to random moments, views rendered (worst and median);
//   - the frame time while playing at full speed.
// Targets (issue 7): seek < 10 ms, frame < 16 ms.
//
//   node tests/e2e/replay-bench.mjs      (needs target/release/gopark, pkg/, the bundle)
import { loadavg } from 'node:os';
import { startServer, launchBrowser, openPlayground } from './lib.mjs';

// Each Gosched is GoStop + RunqPut + RunqGet + GoStart (+ steals): 4 x 70,000 of them make
// well over a million events.
const SRC = `package main

import (
	"fmt"
	"runtime"
)

func spin(id int, n int, done chan int) {
	for i := 0; i < n; i++ {
		runtime.Gosched()
	}
	done <- id
}

func main() {
	done := make(chan int)
	for w := 0; w < 4; w++ {
		go spin(w, 70000, done)
	}
	for w := 0; w < 4; w++ {
		<-done
	}
	fmt.Println("ok")
}
`;

const loadAvg = loadavg();
const server = await startServer({ isolation: true });
const browser = await launchBrowser();
let failed = false;
try {
  const page = await openPlayground(browser.context, server.url);
  await page.setViewportSize({ width: 1366, height: 768 });
  const m = await page.evaluate(async (src) => {
    const gp = window.gopark;
    gp.resetFrameStats();
    // rAF gaps while the run streams and the page folds.
    const gaps = [];
    let last = 0, stop = false;
    const tick = (ts) => { if (last) gaps.push(ts - last); last = ts; if (!stop) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
    const t0 = performance.now();
    const r = await gp.run(src, { procs: 2, mode: 'threads' });
    const runMs = performance.now() - t0;
    while (gp.folded() < gp.events()) await new Promise((ok) => requestAnimationFrame(ok));
    const foldedMs = performance.now() - t0;
    stop = true;
    const streamFrame = gp.frameStats();
    // Seeks: random moments, views rendered each time.
    const seeks = [], modelSeeks = [];
    gp.resetFrameStats();
    let seed = 12345;
    const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
    for (let k = 0; k < 100; k++) {
      const i = Math.floor(rnd() * gp.events());
      const t = performance.now();
      gp.seek(i);
      seeks.push(performance.now() - t);
      modelSeeks.push(gp.seekModel(Math.floor(rnd() * gp.events())));
    }
    const seekParts = gp.frameStats().parts;
    // Playing at full speed for two seconds.
    document.querySelector('[data-testid=speed]').value = '1000000';
    document.querySelector('[data-testid=speed]').dispatchEvent(new Event('change'));
    gp.seek(0);
    gp.resetFrameStats();
    gp.play();
    await new Promise((ok) => setTimeout(ok, 2000));
    gp.pause();
    const playFrame = gp.frameStats();
    const sorted = (a) => [...a].sort((x, y) => x - y);
    const pct = (a, q) => { const s = sorted(a); return s.length ? s[Math.min(s.length - 1, Math.floor(s.length * q))] : 0; };
    const gs = sorted(gaps), ss = sorted(seeks), ms = sorted(modelSeeks);
    return {
      exitCode: r.exitCode, stdout: r.stdout, events: r.events, truncated: r.truncated, runMs, foldedMs,
      streamFrameMax: streamFrame.max_ms, streamFrames: streamFrame.frames,
      gapP95: gs[Math.floor(gs.length * 0.95)] || 0, gapMax: gs[gs.length - 1] || 0,
      streamWorstAt: streamFrame.samples.indexOf(Math.max(...streamFrame.samples)), streamOver16: streamFrame.samples.filter((x) => x >= 16).length,
      streamP50: pct(streamFrame.samples, 0.5), streamP95: pct(streamFrame.samples, 0.95),
      playP50: pct(playFrame.samples, 0.5), playP95: pct(playFrame.samples, 0.95), seekP95: pct(seeks, 0.95),
      seekMax: ss[ss.length - 1], seekMedian: ss[ss.length >> 1], seekParts, streamParts: streamFrame.parts,
      modelSeekMax: ms[ms.length - 1], modelSeekMedian: ms[ms.length >> 1], playParts: playFrame.parts,
      playFrameMax: playFrame.max_ms, playFrames: playFrame.frames, moment: gp.moment(),
      cutShown: !document.querySelector('#cut').hidden,
    };
  }, SRC);
  console.log(`load average before the run: ${loadAvg.map((x) => x.toFixed(1)).join(' ')} (2 cores shared)`);
  console.log(`run: exit ${m.exitCode}, ${m.events} events recorded (cut: ${m.truncated}, notice shown: ${m.cutShown}), run ${m.runMs.toFixed(0)} ms, all folded after ${m.foldedMs.toFixed(0)} ms`);
  console.log(`frame while streaming+folding: page work per frame median ${m.streamP50.toFixed(1)} ms, p95 ${m.streamP95.toFixed(1)} ms, worst ${m.streamFrameMax.toFixed(1)} ms (frame ${m.streamWorstAt}) over ${m.streamFrames} frames, ${m.streamOver16} of them >= 16 ms; rAF gap p95 ${m.gapP95.toFixed(1)} ms, max ${m.gapMax.toFixed(1)} ms`);
  console.log(`seek (model only, Recording.stateAt), 100 random moments: median ${m.modelSeekMedian.toFixed(2)} ms, worst ${m.modelSeekMax.toFixed(2)} ms`);
  console.log(`seek (views rendered), 100 random moments: median ${m.seekMedian.toFixed(2)} ms, p95 ${m.seekP95.toFixed(2)} ms, worst ${m.seekMax.toFixed(2)} ms`);
  const fmt = (p) => Object.entries(p).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ');
  console.log(`worst part (ms) while streaming: ${fmt(m.streamParts)}; seeking: ${fmt(m.seekParts)}; playing: ${fmt(m.playParts)}`);
  console.log(`playing at full speed: page work per frame median ${m.playP50.toFixed(1)} ms, p95 ${m.playP95.toFixed(1)} ms, worst ${m.playFrameMax.toFixed(1)} ms over ${m.playFrames} frames (reached event ${m.moment})`);
  if (m.exitCode !== 0 || m.events !== 1000000 || !m.truncated || !m.cutShown) { console.error('unexpected run', m); failed = true; }
  if (m.modelSeekMax >= 10 || m.seekMax >= 10) console.log('# seek target (< 10 ms) missed');
  if (m.playFrameMax >= 16 || m.streamFrameMax >= 16) console.log('# frame target (< 16 ms) missed');
} finally {
  await browser.close();
  server.stop();
}
process.exit(failed ? 1 : 0);
