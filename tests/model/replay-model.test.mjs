// Unit tests of the replay model (www/replay-model.js) against traces made by the CLI:
//
//   node --test tests/model/        (needs target/release/gopark)
//
// Each program runs with `gopark run --replay`, and the model folds the export. The checks
// are on what the views show: who sits in runnext, what is in a channel's buffer, who waits
// in a receive queue, the goroutines' states and lines; and that a seek gives the same state
// however it is reached (from a snapshot, stepping forward, or folding from the start).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Recording, State, waitGraph } from '../../www/replay-model.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = process.env.GOPARK_BIN || join(ROOT, 'target/release/gopark');
const TMP = mkdtempSync(join(tmpdir(), 'gopark-model-'));

export const PROGRAMS = {
  pingpong: `package main

import "fmt"

func main() {
	ping := make(chan string)
	pong := make(chan string)
	done := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			msg := <-ping
			fmt.Println(msg)
			pong <- "pong"
		}
		done <- true
	}()
	for i := 0; i < 3; i++ {
		ping <- "ping"
		fmt.Println(<-pong)
	}
	<-done
}
`,
  pipeline: `package main

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
`,
  deadlock: `package main

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
`,
  sync: `package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	n := 0
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			n++
			time.Sleep(time.Millisecond)
			mu.Unlock()
		}()
	}
	wg.Wait()
	c := make(chan int, 1)
	select {
	case v := <-c:
		fmt.Println(v)
	case <-time.After(2 * time.Millisecond):
		fmt.Println("timeout", n)
	}
}
`,
  // 3000 goroutines: three chunks of the copy-on-write goroutine map, written after snapshots.
  many: `package main

import "fmt"

func main() {
	gate := make(chan int)
	done := make(chan int, 10)
	for i := 0; i < 3000; i++ {
		go func() {
			v := <-gate
			done <- v
		}()
	}
	close(gate)
	n := 0
	for i := 0; i < 3000; i++ {
		n += 1 + <-done
	}
	fmt.Println(n)
}
`,
};

// Runs a program with the CLI and loads its replay export.
export function record(name, { procs = 2, mode = 'deterministic', seed = 1 } = {}) {
  assert.ok(existsSync(BIN), `${BIN} not found: run cargo build --release first`);
  const src = join(TMP, `${name}.go`), out = join(TMP, `${name}-${procs}-${mode}-${seed}.json`);
  writeFileSync(src, PROGRAMS[name]);
  try {
    execFileSync(BIN, ['run', src, '--procs', String(procs), '--mode', mode, '--seed', String(seed), '--replay', out], { stdio: 'pipe' });
  } catch (e) {
    if (!existsSync(out)) throw e; // a non-zero exit (the deadlock) still writes the export
  }
  const x = JSON.parse(readFileSync(out, 'utf8'));
  assert.equal(x.format, 'gopark-replay/1');
  return { x, rec: Recording.fromExport(x) };
}

// A state as plain data, for deep comparisons.
function plain(s) {
  const m = (map) => [...map.entries()].sort((a, b) => a[0] - b[0]).map(([k, v]) => [k, { ...v, users: v.users ? [...v.users].sort() : undefined }]);
  return {
    i: s.i, ps: s.ps, global: s.global, ms: m(s.ms), gs: m(s.gs), chans: m(s.chans),
    mutexes: m(s.mutexes), wgs: m(s.wgs), timers: m(s.timers), out: s.out, gomaxprocs: s.gomaxprocs,
  };
}

// Folds events [0, i) from scratch, without snapshots.
function foldFromScratch(rec, i) {
  const r = new Recording(rec.defs, rec.procs, rec.funcs);
  r.strings = rec.strings;
  r.append(rec.words(0, i));
  r.foldAll();
  return r.head;
}

// Invariants that hold at every moment of any run.
function checkInvariants(rec, s) {
  const where = new Map();
  const put = (g, q) => {
    assert.ok(!where.has(g), `event ${s.i}: G${g} is on two run queues (${where.get(g)} and ${q})`);
    where.set(g, q);
  };
  s.ps.forEach((p, k) => {
    if (p.runnext) put(p.runnext, `P${k} runnext`);
    for (const g of p.runq) put(g, `P${k} runq`);
  });
  for (const g of s.global) put(g, 'global');
  for (const [g, q] of where) {
    const r = s.gs.get(g);
    assert.ok(r && r.state === 'runnable', `event ${s.i}: G${g} on ${q} is ${r && r.state}`);
  }
  s.ps.forEach((p, k) => {
    if (p.g) assert.equal(s.gs.get(p.g).state, 'running', `event ${s.i}: P${k} runs G${p.g}`);
  });
  // A G in a wait queue is waiting, or it is a select still enqueueing itself on its cases
  // (as in the runtime, it parks after its last case).
  const waiting = (g, q) => {
    const r = s.gs.get(g);
    const selecting = r.state === 'running' && s.last && s.last.g === g && ['Select', 'SelectCase'].includes(rec.defs.kindName[s.last.kind]);
    assert.ok(r.state === 'waiting' || selecting, `event ${s.i}: G${g} in ${q} is ${r.state}`);
  };
  for (const c of s.chans.values()) {
    assert.ok(c.buf.length <= Math.max(c.cap, 0), `event ${s.i}: ${c.name} holds ${c.buf.length} > cap ${c.cap}`);
    for (const g of c.recvq) waiting(g, `${c.name}.recvq`);
    for (const w of c.sendq) waiting(w.g, `${c.name}.sendq`);
    if (c.recvq.length) assert.equal(c.buf.length, 0, `event ${s.i}: receivers wait on a non-empty ${c.name}`);
  }
}

test('ping-pong: channels are named after their variables and hand-offs go through runnext', () => {
  const { x, rec } = record('pingpong');
  assert.equal(x.exitCode, 0);
  assert.equal(x.stdout, 'ping\npong\nping\npong\nping\npong\n');
  const end = rec.stateAt(rec.n);
  assert.deepEqual([...end.chans.values()].map((c) => `${c.name}:${c.type}:${c.cap}`),
    ['ping:chan string:0', 'pong:chan string:0', 'done:chan bool:0']);
  // The first time main blocks sending "ping", it waits in ping's sendq with its value.
  const block = rec.find(0, 1, (i) => rec.event(i).kind === 'GoBlock' && rec.event(i).g === 1);
  const atBlock = rec.stateAt(block + 1);
  const ping = [...atBlock.chans.values()].find((c) => c.name === 'ping');
  assert.deepEqual(ping.sendq.map((w) => [w.g, rec.string(w.val)]), [[1, '"ping"']]);
  assert.equal(atBlock.gs.get(1).state, 'waiting');
  assert.equal(rec.defs.waitReason(atBlock.gs.get(1).reason), 'chan send');
  assert.equal(atBlock.gs.get(1).line, 18);
  // G2's receive hands the value over and readies main into its P's runnext.
  const wake = rec.find(block, 1, (i) => rec.event(i).kind === 'GoUnblock' && rec.event(i).g === 1);
  const w = rec.event(wake);
  assert.equal(w.a, 2, 'woken by G2');
  const afterPut = rec.stateAt(wake + 2);
  assert.equal(afterPut.ps[w.b].runnext, 1, 'main sits in runnext of the waker\'s P');
  assert.equal(afterPut.gs.get(1).waker, 2);
  assert.equal(afterPut.gs.get(2).parent, 1);
  assert.equal(afterPut.gs.get(2).createLine, 9);
  assert.equal(rec.stateAt(block + 1).chans.get(ping.h).sendq.length, 1, 'seeking back shows main in sendq again');
  assert.equal(rec.stateAt(wake).chans.get(ping.h).sendq.length, 0, 'the receive took main off sendq');
});

test('buffered pipeline: values sit in the buffer and a receiver waits in recvq', () => {
  const { x, rec } = record('pipeline', { procs: 1 });
  assert.equal(x.exitCode, 0);
  assert.equal(x.stdout, '10\n20\n30\n40\n50\n');
  const end = rec.stateAt(rec.n);
  const chan = (name) => [...end.chans.values()].find((c) => c.name === name).h;
  const jobs = chan('jobs'), results = chan('results');
  const text = (s, h) => s.chans.get(h).buf.map((v) => rec.string(v));
  // With one P, main fills jobs (cap 3) and blocks sending 4, with its value in sendq.
  const blocked = rec.find(0, 1, (i) => rec.event(i).kind === 'GoBlock' && rec.event(i).g === 1);
  let s = rec.stateAt(blocked + 1);
  assert.deepEqual(text(s, jobs), ['1', '2', '3']);
  assert.deepEqual(s.chans.get(jobs).sendq.map((w) => [w.g, rec.string(w.val)]), [[1, '4']]);
  // The worker's first receive takes 1 from the head and moves main's 4 into the tail.
  const recv = rec.find(blocked, 1, (i) => rec.event(i).kind === 'ChanRecv' && rec.event(i).a === jobs);
  s = rec.stateAt(recv + 1);
  assert.deepEqual(text(s, jobs), ['2', '3', '4']);
  assert.deepEqual(s.chans.get(jobs).sendq, []);
  assert.equal(s.ps[0].runnext, 0, 'main is readied by the GoUnblock that follows');
  s = rec.stateAt(recv + 3);
  assert.equal(s.ps[0].runnext, 1, 'main sits in runnext');
  // Later main waits in results' receive queue with the buffer drained.
  const waits = rec.find(0, 1, (i) => {
    const e = rec.event(i);
    return e.kind === 'GoBlock' && e.g === 1 && e.b === results;
  });
  assert.ok(waits >= 0, 'main blocks receiving on results');
  s = rec.stateAt(waits + 1);
  assert.deepEqual(s.chans.get(results).recvq, [1]);
  assert.deepEqual(s.chans.get(results).buf, []);
  assert.equal(rec.stateAt(rec.n).chans.get(jobs).closed, true);
});

test('every moment satisfies the invariants, and seeking gives identical states', () => {
  for (const [name, opts] of [['pingpong', { procs: 2 }], ['pipeline', { procs: 3, seed: 4 }], ['sync', { procs: 2 }], ['pipeline', { procs: 2, mode: 'threads' }]]) {
    const { rec } = record(name, opts);
    assert.ok(rec.n > 20, `${name}: ${rec.n} events`);
    for (let i = 0; i <= rec.n; i++) checkInvariants(rec, rec.stateAt(i));
    // Back and forth: the same moment reached three ways is the same state.
    const moments = [rec.n, 3, Math.floor(rec.n / 2), 0, rec.n - 1, Math.floor(rec.n / 3)];
    for (const i of moments) {
      const a = plain(rec.stateAt(i));
      const b = plain(rec.stateAt(Math.max(0, i - 1)));
      const c = plain(rec.stateAt(i));
      assert.deepEqual(c, a, `${name}: seek to ${i} twice`);
      assert.notEqual(b.i, a.i === 0 ? -1 : a.i);
      assert.deepEqual(plain(foldFromScratch(rec, i)), a, `${name}: seek to ${i} vs folding from scratch`);
    }
  }
});

test('many goroutines: snapshots share goroutine chunks and stay unchanged as the head moves', () => {
  const { x, rec } = record('many', { procs: 2 });
  assert.equal(x.stdout, '3000\n');
  assert.ok(rec.snaps.length > 4, `${rec.snaps.length} snapshots`);
  const before = rec.snaps.map((s) => plain(s));
  // Seek around (clones snapshots, folds forward, writes goroutine records) ...
  for (const f of [0.9, 0.1, 0.5, 0.3, 1, 0.7]) {
    const i = Math.floor(rec.n * f);
    assert.deepEqual(plain(rec.stateAt(i)), plain(foldFromScratch(rec, i)), `seek to ${i}`);
  }
  // ... and no snapshot was changed by it.
  assert.deepEqual(rec.snaps.map((s) => plain(s)), before);
  assert.equal(rec.stateAt(rec.n).gs.size, 3001);
});

test('sync: mutex waiters, WaitGroup counter, timers and select', () => {
  const { x, rec } = record('sync', { procs: 2 });
  assert.equal(x.exitCode, 0, x.stderr);
  assert.equal(x.stdout, 'timeout 4\n');
  let sawMutexWaiters = 0, sawTimer = false, sawCounter = 0, sawSelect = false;
  for (let i = 0; i <= rec.n; i++) {
    const s = rec.stateAt(i);
    for (const mx of s.mutexes.values()) sawMutexWaiters = Math.max(sawMutexWaiters, mx.waiters.length);
    for (const w of s.wgs.values()) sawCounter = Math.max(sawCounter, w.counter);
    if (s.timers.size) sawTimer = true;
    for (const r of s.gs.values()) if (r.state === 'waiting' && rec.defs.waitReason(r.reason) === 'select') sawSelect = true;
  }
  assert.ok(sawMutexWaiters >= 1, 'goroutines waited on the mutex');
  assert.equal(sawCounter, 4);
  assert.ok(sawTimer, 'a timer was pending');
  assert.ok(sawSelect, 'main waited in select');
  const end = rec.stateAt(rec.n);
  assert.equal(end.timers.size, 0);
  assert.equal([...end.wgs.values()][0].counter, 0);
});

test('deadlock: the wait graph draws only the waits the events show', () => {
  const { x, rec } = record('deadlock', { procs: 2 });
  assert.equal(x.exitCode, 2);
  assert.match(x.stderr, /all goroutines are asleep - deadlock!/);
  const s = rec.stateAt(rec.n);
  const g = waitGraph(s, rec.defs);
  const label = (id) => g.nodes.find((n) => n.id === id).label;
  const edges = g.edges.map((e) => `${label(e.from)}->${label(e.to)}`).sort();
  // G2 would send on b but never reached that line, and main never reached `a <- 1`: no
  // event ties b to G2 or a to G1, so no edge is guessed for them.
  assert.deepEqual(edges, ['G1->b', 'G2->a']);
});

test('console lines map to the moment they were printed', () => {
  const { x, rec } = record('pingpong');
  // "pong" of the first round is bytes 5..9 of stdout, printed by main (G1).
  const at = rec.momentOfOutput(1, 5);
  const e = rec.event(at - 1);
  assert.equal(e.kind, 'Output');
  assert.equal(e.g, 1);
  assert.equal(rec.stateAt(at).out[1], 10);
  assert.equal(rec.momentOfOutput(1, x.stdout.length), -1);
});

test('a seek in a long recording costs a few milliseconds', () => {
  // A synthetic long recording from a real one: the ping-pong events repeated with fresh
  // goroutine ids would not fold consistently, so use a program with many events instead.
  const { rec } = record('pipeline', { procs: 2 });
  const big = new Recording(rec.defs, rec.procs, rec.funcs);
  big.strings = rec.strings;
  const reps = Math.ceil(200000 / rec.n);
  for (let k = 0; k < reps; k++) big.append(rec.words());
  const t0 = performance.now();
  big.foldAll();
  const foldMs = performance.now() - t0;
  let worst = 0;
  for (let k = 0; k < 50; k++) {
    const i = Math.floor(Math.random() * big.n);
    const t = performance.now();
    big.stateAt(i);
    worst = Math.max(worst, performance.now() - t);
  }
  console.log(`# ${big.n} events: fold ${foldMs.toFixed(0)} ms, worst of 50 random seeks ${worst.toFixed(2)} ms, ${big.snaps.length} snapshots`);
  // The events sit in blocks of 65,536: every event reads back as appended, across blocks.
  assert.ok(big.blocks.length >= 3, `${big.blocks.length} blocks`);
  for (const i of [0, 65535, 65536, 65537, 131071, 131072, big.n - 1]) {
    assert.deepEqual(big.event(i), { ...rec.event(i % rec.n), i }, `event ${i}`);
  }
  assert.ok(worst < 50, `seek took ${worst} ms`);
});

// The timeline draws the History that the head's fold writes: at every moment, the open run on
// a P's lane is the G the machine view shows running there (one model, so they cannot differ).
test('the timeline lanes and the machine view come from one fold and agree at every moment', () => {
  for (const [name, opts] of [['pingpong', { procs: 2 }], ['pipeline', { procs: 3, seed: 4 }], ['sync', { procs: 2 }], ['many', { procs: 2 }], ['pipeline', { procs: 2, mode: 'threads' }]]) {
    const { x } = record(name, opts);
    const rec = new Recording(x.defs, x.procs, x.funcs);
    rec.addStrings(x.strings);
    rec.append(Uint32Array.from(x.events));
    let spans = 0;
    for (let i = 1; i <= rec.n; i++) {
      rec.foldHeadTo(i);
      const s = rec.head;
      s.ps.forEach((P, p) => {
        const lane = rec.hist.lanes[p];
        const open = lane.open >= 0 ? lane.spans.g[lane.open] : 0;
        if (!P.syscall) assert.equal(open, P.g, `${name}: event ${i - 1} (${rec.event(i - 1).kind}): P${p} runs G${P.g}, its lane G${open}`);
      });
      for (const lane of rec.hist.lanes) {
        const S = lane.spans;
        for (let k = 1; k < S.n; k++) {
          assert.ok(S.start_i[k] >= S.end_i[k - 1] && S.start_ns[k] >= S.end_ns[k - 1], `${name}: lane spans overlap`);
        }
      }
      spans = rec.hist.lanes.reduce((n, l) => n + l.spans.n, 0);
    }
    // Every GoStart on a P opened one span.
    let starts = 0;
    for (let i = 0; i < rec.n; i++) if (rec.event(i).kind === 'GoStart' && rec.event(i).p < rec.procs) starts++;
    assert.equal(spans, starts, name);
  }
});

// The timeline's columns grow incrementally past GROW_AHEAD rows (copied a few rows per push
// while the last row, a lane's open span, may still change): every row must survive the
// growths, including the open span closed after its push.
test('history lanes keep every span across incremental growth', async () => {
  const { History } = await import('../../www/replay-model.js');
  const h = new History(2);
  const want = [[], []];
  let ts = 0;
  for (let i = 0; i < 300000; i++) {
    const p = i % 3 === 0 ? 1 : 0;
    ts += 1 + (i % 7);
    h.start(p, 1 + (i % 11), p, ts, i);
    want[p].push([ts, i, 1 + (i % 11)]);
    ts += 2;
    h.stop(1 + (i % 11), p, ts, i + 1, 3);
    want[p][want[p].length - 1].push(ts, i + 1);
  }
  for (const p of [0, 1]) {
    const S = h.lanes[p].spans;
    assert.equal(S.n, want[p].length);
    for (let k = 0; k < S.n; k++) {
      const [start, si, g, end, ei] = want[p][k];
      if (S.start_ns[k] !== start || S.start_i[k] !== si || S.g[k] !== g || S.end_ns[k] !== end || S.end_i[k] !== ei || S.why[k] !== 3) {
        assert.fail(`lane ${p} span ${k}: got ${[S.start_ns[k], S.start_i[k], S.g[k], S.end_ns[k], S.end_i[k], S.why[k]]}, want ${want[p][k]},3`);
      }
    }
  }
});
