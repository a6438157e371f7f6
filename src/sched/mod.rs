//! The scheduler: G, M and P after Go's runtime/proc.go.
//!
//! - G: a goroutine (g.rs). Plain data; any M may run it.
//! - M: a thread that runs goroutines: a std thread natively, a Web Worker in the browser,
//!   or a turn of the one host thread in deterministic mode. Its private state is `MCtx`.
//! - P: a processor, the right to run Go code. GOMAXPROCS of them; an M must hold a P to run
//!   a G. Each P has a local run queue (a bounded ring, `RUNQ_CAP`) and a `runnext` slot.
//!
//! Rejected designs: one global run queue (every schedule takes one lock, no locality, and
//! the views would have nothing to show); a thread per goroutine (goroutine bombs kill the
//! tab; Web Workers cost megabytes). As in Go, the protocol is:
//!
//! 1. A new G goes to its creator's P's `runnext` (the previous runnext moves to the runq
//!    tail); so does a G made runnable by a channel operation (`goready`): the woken
//!    receiver runs next, on the same P, which makes hand-offs cheap.
//! 2. `find_runnable`: every 61st schedule the global queue first (fairness), then due
//!    timers, then `runnext`, the local runq, the global queue (taking a batch), then steal
//!    half of another P's runq, visiting the Ps in a random order.
//! 3. A G runs until its fuel (instructions) runs out (preempted: back to the global queue,
//!    as Go's `goschedImpl` does), it yields (`Gosched`, same), it parks on a channel,
//!    WaitGroup or timer (status WAITING, recorded on that object under its lock), or it
//!    returns.
//! 4. An M that finds no work spins a little, then releases its P to the idle list and
//!    parks. Whoever makes work (`newproc`, `goready`) calls `wakep`, which unparks an idle
//!    M if a P is idle. The check for work and the parking happen under the `idle` lock, and
//!    `wakep` takes that lock after queueing the work, so no wake-up is lost.
//! 5. The last M to go idle owns time: it sleeps until the next timer, or, when there is no
//!    timer, runs `checkdead`: every goroutine is blocked forever, which Go reports as
//!    `fatal error: all goroutines are asleep - deadlock!`.
//!
//! Deterministic mode runs the same steps, but the Ms take turns on one thread in an order
//! drawn from a seeded generator, and the clock is virtual.

pub mod clock;
pub mod g;

use self::clock::Clock;
use self::g::{Frame, GState, DEAD, G, RUNNABLE, RUNNING, WAITING};
use crate::trace::{self, Event, Kind, StopReason, WaitReason};
use crate::vm::heap::{lock, AllocCache, Heap};
use crate::vm::interp::{self, Exit};
use crate::vm::op::FuncId;
use crate::vm::program::Program;
use crate::vm::value::{Handle, Value};
use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap, VecDeque};
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, RwLock};
use std::time::Duration;

/// Capacity of a P's local run queue (Go: 256); overflow moves half to the global queue.
pub const RUNQ_CAP: usize = 256;
/// Every this many schedules, a P looks at the global queue first (Go: 61).
const GLOBAL_CHECK_TICKS: u32 = 61;
/// find_runnable attempts an idle M makes before it parks (threads mode).
const SPIN_TRIES: u32 = 64;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Threads,
    Deterministic,
}

impl Mode {
    pub fn name(self) -> &'static str {
        match self {
            Mode::Threads => "threads",
            Mode::Deterministic => "deterministic",
        }
    }
    pub fn parse(s: &str) -> Option<Mode> {
        match s {
            "threads" => Some(Mode::Threads),
            "deterministic" | "det" => Some(Mode::Deterministic),
            _ => None,
        }
    }
}

/// Every limit ends the run with a clear message; none crashes the host.
#[derive(Clone, Debug)]
pub struct Limits {
    /// Instructions per time slice before a goroutine is preempted.
    pub fuel: u32,
    /// Live goroutines at once.
    pub max_goroutines: usize,
    /// Approximate live heap bytes.
    pub max_heap_bytes: usize,
    /// Bytes written to stdout and stderr together.
    pub max_output_bytes: usize,
    /// Registers (16 bytes each) in one goroutine's stack.
    pub max_stack_regs: usize,
    /// Wall-clock (threads) or virtual (deterministic) run time, in milliseconds; 0 = none.
    pub max_time_ms: u64,
    /// Trace events kept for export (the page streams them as they come).
    pub max_trace_events: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            fuel: 20_000,
            max_goroutines: 100_000,
            max_heap_bytes: 512 << 20,
            max_output_bytes: 8 << 20,
            max_stack_regs: 4 << 20,
            max_time_ms: 0,
            max_trace_events: 2_000_000,
        }
    }
}

#[derive(Clone, Debug)]
pub struct Config {
    pub procs: usize,
    pub mode: Mode,
    pub seed: u64,
    pub limits: Limits,
    /// Record scheduling events.
    pub trace: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            procs: 1,
            mode: Mode::Threads,
            seed: 1,
            limits: Limits::default(),
            trace: true,
        }
    }
}

/// A P's queues. `runnext` holds the G that runs next (a just-woken receiver, a new G).
#[derive(Default)]
struct LocalQ {
    runnext: Option<Arc<G>>,
    runq: VecDeque<Arc<G>>,
}

struct P {
    q: Mutex<LocalQ>,
}

/// Idle Ps and parked Ms, under one lock (Go's sched.lock for pidle/midle).
#[derive(Default)]
struct Idle {
    ps: Vec<usize>,
    ms: Vec<usize>,
}

/// A one-shot wake-up for a parked M (Go's note).
#[derive(Default)]
struct Note {
    woken: Mutex<bool>,
    cv: Condvar,
}

/// A sleeping goroutine: wake `g` at `when_ns`. `seq` keeps equal deadlines in FIFO order.
struct Timer {
    when_ns: u64,
    seq: u64,
    what: TimerAction,
}

/// What a timer does when it fires.
enum TimerAction {
    /// time.Sleep: make the goroutine runnable.
    Wake(Arc<G>),
    /// time.After / time.Tick: send the time on a channel without blocking (a tick nobody
    /// has room for is dropped, as Go's tickers do); re-arm every `period_ns` if non-zero.
    Send { ch: Handle, period_ns: u64 },
}
impl PartialEq for Timer {
    fn eq(&self, o: &Self) -> bool {
        (self.when_ns, self.seq) == (o.when_ns, o.seq)
    }
}
impl Eq for Timer {}
impl PartialOrd for Timer {
    fn partial_cmp(&self, o: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(o))
    }
}
impl Ord for Timer {
    fn cmp(&self, o: &Self) -> std::cmp::Ordering {
        (self.when_ns, self.seq).cmp(&(o.when_ns, o.seq))
    }
}

/// An M's private state; owned by the thread (or, in deterministic mode, the turn) running it.
pub struct MCtx {
    pub id: usize,
    pub p: Option<usize>,
    pub cache: AllocCache,
    schedtick: u32,
    rng: u64,
    /// Instructions run in the last slice (for the virtual clock).
    pub used_fuel: u32,
}

impl MCtx {
    fn new(id: usize, seed: u64) -> MCtx {
        MCtx {
            id,
            p: None,
            cache: AllocCache::default(),
            schedtick: 0,
            rng: splitmix(seed ^ (id as u64 + 1) * 0x9E37_79B9),
            used_fuel: 0,
        }
    }
    pub fn rand(&mut self) -> u64 {
        self.rng = splitmix(self.rng);
        self.rng
    }
}

fn splitmix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = x;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

#[derive(Default)]
struct Output {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    total: usize,
}

/// State of the deterministic turn-taker.
struct Det {
    ms: Vec<MCtx>,
    rng: u64,
}

/// The result of a whole run (CLI and tests).
#[derive(Debug, Clone)]
pub struct Outcome {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub exit_code: i32,
    pub events: Vec<Event>,
}

pub struct Runtime {
    pub prog: Arc<Program>,
    pub heap: Heap,
    pub cfg: Config,
    pub clock: Clock,
    /// Heap strings for `Program::strings`, made once per run.
    pub str_consts: Vec<Value>,
    pub globals: Vec<Mutex<Value>>,
    allgs: Mutex<BTreeMap<u32, Arc<G>>>,
    next_goid: AtomicU32,
    ps: Vec<P>,
    /// runtime.GOMAXPROCS: how many of `ps` may be used.
    pub gomaxprocs: AtomicUsize,
    global: Mutex<VecDeque<Arc<G>>>,
    idle: Mutex<Idle>,
    notes: Vec<Note>,
    timers: Mutex<BinaryHeap<Reverse<Timer>>>,
    timer_seq: AtomicU64,
    /// The earliest timer's deadline (u64::MAX when none), written under the timers lock so
    /// find_runnable can skip the lock when nothing is due.
    timer_next: AtomicU64,
    done: AtomicBool,
    exit: Mutex<Option<i32>>,
    out: Mutex<Output>,
    bufs: Vec<Mutex<Vec<Event>>>,
    seq: AtomicU64,
    history: Mutex<Vec<Event>>,
    det: Mutex<Option<Det>>,
    deadline_ns: u64,
    /// Held shared by every M while it runs a time slice and exclusively by the collector:
    /// taking it for writing stops the world at the next slice boundary of every M.
    world: RwLock<()>,
    /// Collect when the heap's approximate live bytes pass this (GOGC=100: twice the live
    /// bytes after the last collection, at least `MIN_GC_BYTES`).
    next_gc_bytes: AtomicUsize,
    gc_running: AtomicBool,
    /// Completed collections (for tests and the views).
    pub gc_count: AtomicUsize,
}

/// The first collection happens once this many bytes have been allocated.
const MIN_GC_BYTES: usize = 4 << 20;

impl Runtime {
    pub fn new(prog: Arc<Program>, mut cfg: Config) -> Arc<Runtime> {
        cfg.procs = cfg.procs.clamp(1, 256);
        let n = cfg.procs;
        let clock = match cfg.mode {
            Mode::Threads => Clock::real(),
            Mode::Deterministic => Clock::virtual_clock(),
        };
        let heap = Heap::new();
        let mut cache = AllocCache::default();
        let str_consts = prog
            .strings
            .iter()
            .map(|s| heap.new_str(&mut cache, s).unwrap_or(Value::ZERO))
            .collect();
        heap.flush(&mut cache);
        let det = (cfg.mode == Mode::Deterministic).then(|| Det {
            ms: (0..n).map(|i| MCtx::new(i, cfg.seed)).collect(),
            rng: splitmix(cfg.seed),
        });
        let rt = Arc::new(Runtime {
            globals: (0..prog.nglobals)
                .map(|_| Mutex::new(Value::ZERO))
                .collect(),
            str_consts,
            heap,
            clock,
            allgs: Mutex::new(BTreeMap::new()),
            next_goid: AtomicU32::new(1),
            ps: (0..n)
                .map(|_| P {
                    q: Mutex::new(LocalQ::default()),
                })
                .collect(),
            gomaxprocs: AtomicUsize::new(n),
            global: Mutex::new(VecDeque::new()),
            idle: Mutex::new(Idle {
                ps: (0..n).rev().collect(),
                ms: Vec::new(),
            }),
            notes: (0..n).map(|_| Note::default()).collect(),
            timers: Mutex::new(BinaryHeap::new()),
            timer_seq: AtomicU64::new(0),
            timer_next: AtomicU64::new(u64::MAX),
            done: AtomicBool::new(false),
            exit: Mutex::new(None),
            out: Mutex::new(Output::default()),
            bufs: (0..n).map(|_| Mutex::new(Vec::new())).collect(),
            seq: AtomicU64::new(0),
            history: Mutex::new(Vec::new()),
            det: Mutex::new(det),
            deadline_ns: cfg.limits.max_time_ms.saturating_mul(1_000_000),
            world: RwLock::new(()),
            next_gc_bytes: AtomicUsize::new(MIN_GC_BYTES.min(cfg.limits.max_heap_bytes / 2)),
            gc_running: AtomicBool::new(false),
            gc_count: AtomicUsize::new(0),
            prog,
            cfg,
        });
        rt.spawn_main();
        rt
    }

    /// Goroutine 1 runs package initialisation, then main.main.
    fn spawn_main(&self) {
        let prog = &self.prog;
        let main = prog.main;
        let main_regs = prog
            .funcs
            .get(main as usize)
            .map(|f| f.nregs as usize)
            .unwrap_or(0);
        let mut st = GState {
            frames: vec![Frame {
                func: main,
                pc: 0,
                base: 0,
                closure: 0,
            }],
            regs: vec![Value::ZERO; main_regs],
            ..Default::default()
        };
        if let Some(init) = prog.init {
            // As if main called init before its first instruction.
            let base = main_regs;
            let n = prog.funcs[init as usize].nregs as usize;
            st.regs.resize(base + n, Value::ZERO);
            st.frames.push(Frame {
                func: init,
                pc: 0,
                base: base as u32,
                closure: 0,
            });
        }
        let id = self.next_goid.fetch_add(1, Ordering::Relaxed);
        let g = Arc::new(G::new(id, 0, main, None, st));
        lock(&self.allgs).insert(id, g.clone());
        self.emit_raw(0, Kind::GoCreate, trace::NONE, id, 0, main);
        lock(&self.global).push_back(g);
    }

    /// How many Ms to start in threads mode (one per P).
    pub fn m_count(&self) -> usize {
        self.ps.len()
    }

    pub fn is_done(&self) -> bool {
        self.done.load(Ordering::Acquire)
    }

    pub fn exit_code(&self) -> Option<i32> {
        *lock(&self.exit)
    }

    /// The Stop button: ends the run at the next time slice of every M.
    pub fn stop(&self) {
        self.finish(1, Some("gopark: program stopped\n".to_string()));
    }

    pub fn take_stdout(&self) -> Vec<u8> {
        std::mem::take(&mut lock(&self.out).stdout)
    }

    pub fn take_stderr(&self) -> Vec<u8> {
        std::mem::take(&mut lock(&self.out).stderr)
    }

    /// New events since the last call, in sequence order, with no gaps: every M's buffer is
    /// locked while the batch is cut, and an M takes its sequence number under its own lock.
    pub fn take_events(&self) -> Vec<Event> {
        let mut guards: Vec<_> = self.bufs.iter().map(lock).collect();
        let mut batch: Vec<Event> = guards.iter_mut().flat_map(|b| b.drain(..)).collect();
        drop(guards);
        batch.sort_by_key(|e| e.seq);
        let mut hist = lock(&self.history);
        let room = self.cfg.limits.max_trace_events.saturating_sub(hist.len());
        hist.extend_from_slice(&batch[..batch.len().min(room)]);
        batch
    }

    /// Every event kept so far (after draining the buffers), for export.
    pub fn all_events(&self) -> Vec<Event> {
        self.take_events();
        lock(&self.history).clone()
    }

    pub fn chrome_json(&self) -> String {
        trace::chrome::chrome_json(&self.all_events(), &self.prog)
    }

    // ---- events

    fn emit_raw(&self, m: usize, kind: Kind, p: u32, g: u32, a: u32, b: u32) {
        if !self.cfg.trace {
            return;
        }
        let mut buf = lock(&self.bufs[m]);
        let seq = self.seq.fetch_add(1, Ordering::Relaxed);
        let ts_ns = self.clock.now_ns();
        buf.push(Event {
            seq,
            ts_ns,
            kind,
            m: m as u32,
            p,
            g,
            a,
            b,
        });
    }

    pub fn emit(&self, m: &MCtx, kind: Kind, g: u32, a: u32, b: u32) {
        let p = m.p.map(|p| p as u32).unwrap_or(trace::NONE);
        self.emit_raw(m.id, kind, p, g, a, b);
    }

    // ---- output

    /// Writes program output (fd 1 or 2). Past the output limit the run ends.
    pub fn write(&self, m: &MCtx, g: u32, fd: u32, bytes: &[u8]) {
        // Once the program has exited (main returned, os.Exit, a fatal error), other
        // goroutines still finishing their time slice print nothing more, as in Go.
        if self.is_done() {
            return;
        }
        let over = {
            let mut out = lock(&self.out);
            out.total += bytes.len();
            if out.total > self.cfg.limits.max_output_bytes {
                true
            } else {
                if fd == 2 {
                    &mut out.stderr
                } else {
                    &mut out.stdout
                }
                .extend_from_slice(bytes);
                false
            }
        };
        if over {
            self.finish(
                1,
                Some(format!(
                    "\ngopark: output limit exceeded ({} bytes)\n",
                    self.cfg.limits.max_output_bytes
                )),
            );
            return;
        }
        self.emit(m, Kind::Output, g, bytes.len() as u32, fd);
    }

    /// Ends the run (the first call wins): exit code plus a message for stderr.
    pub fn finish(&self, code: i32, msg: Option<String>) {
        {
            let mut exit = lock(&self.exit);
            if exit.is_some() {
                return;
            }
            *exit = Some(code);
            if let Some(msg) = msg {
                lock(&self.out).stderr.extend_from_slice(msg.as_bytes());
            }
            self.done.store(true, Ordering::Release);
        }
        for note in &self.notes {
            *lock(&note.woken) = true;
            note.cv.notify_all();
        }
    }

    // ---- goroutines

    pub fn goroutine_count(&self) -> usize {
        lock(&self.allgs).len()
    }

    /// `go f(args)`: a new G on the current P's runnext.
    pub fn newproc(
        &self,
        m: &mut MCtx,
        parent: &G,
        caller: (FuncId, u32),
        func: FuncId,
        closure: Handle,
        args: &[Value],
    ) -> Result<(), String> {
        let f = self
            .prog
            .funcs
            .get(func as usize)
            .ok_or("bad function id")?;
        if self.goroutine_count() >= self.cfg.limits.max_goroutines {
            return Err(format!(
                "too many goroutines (limit {})",
                self.cfg.limits.max_goroutines
            ));
        }
        let mut regs = vec![Value::ZERO; (f.nregs as usize).max(args.len())];
        regs[..args.len()].copy_from_slice(args);
        let st = GState {
            frames: vec![Frame {
                func,
                pc: 0,
                base: 0,
                closure,
            }],
            regs,
            ..Default::default()
        };
        let id = self.next_goid.fetch_add(1, Ordering::Relaxed);
        let g = Arc::new(G::new(id, parent.id, func, Some(caller), st));
        lock(&self.allgs).insert(id, g.clone());
        self.emit(m, Kind::GoCreate, id, parent.id, func);
        self.runqput(m, g, true);
        self.wakep();
        Ok(())
    }

    /// goready: make a parked G runnable on the current P (in runnext, as Go does).
    pub fn goready(&self, m: &mut MCtx, g: Arc<G>, waker: u32) {
        if g.status
            .compare_exchange(WAITING, RUNNABLE, Ordering::AcqRel, Ordering::Acquire)
            .is_err()
        {
            crate::vm::heap::internal_error("goready of a goroutine that is not waiting");
        }
        g.wait_reason.store(0, Ordering::Relaxed);
        self.emit(
            m,
            Kind::GoUnblock,
            g.id,
            waker,
            m.p.map(|p| p as u32).unwrap_or(trace::NONE),
        );
        self.runqput(m, g, true);
        self.wakep();
    }

    /// gopark's first half, called by the G itself while it holds the lock of the object it
    /// waits on (or nothing, for nil channels): after this, a waker may ready it at once.
    pub fn park_current(&self, m: &MCtx, g: &G, reason: WaitReason, obj: Handle) {
        g.wait_reason.store(reason as u32, Ordering::Relaxed);
        g.status.store(WAITING, Ordering::Release);
        self.emit(m, Kind::GoBlock, g.id, reason as u32, obj);
    }

    /// time.Sleep: park `g` until now + d.
    pub fn sleep(&self, m: &MCtx, g: &Arc<G>, d_ns: u64) {
        let when_ns = self.clock.now_ns().saturating_add(d_ns);
        let mut timers = lock(&self.timers);
        self.push_timer(&mut timers, when_ns, TimerAction::Wake(g.clone()));
        // Still under the timers lock: no M can fire the timer before g is WAITING.
        self.park_current(m, g, WaitReason::Sleep, 0);
    }

    /// Adds a timer to the (locked) heap and keeps `timer_next` current.
    fn push_timer(&self, timers: &mut BinaryHeap<Reverse<Timer>>, when_ns: u64, what: TimerAction) {
        let seq = self.timer_seq.fetch_add(1, Ordering::Relaxed);
        timers.push(Reverse(Timer { when_ns, seq, what }));
        self.timer_next.fetch_min(when_ns, Ordering::Release);
    }

    /// time.After / time.Tick: send on channel `ch` after `d_ns`, then every `period_ns`.
    pub fn start_chan_timer(&self, ch: Handle, d_ns: u64, period_ns: u64) {
        let when_ns = self.clock.now_ns().saturating_add(d_ns);
        self.push_timer(&mut lock(&self.timers), when_ns, TimerAction::Send { ch, period_ns });
    }

    fn runqput(&self, m: &MCtx, g: Arc<G>, next: bool) {
        let Some(p) = m.p else {
            lock(&self.global).push_back(g);
            return;
        };
        let mut q = lock(&self.ps[p].q);
        let g = if next {
            match q.runnext.replace(g) {
                Some(old) => old,
                None => return,
            }
        } else {
            g
        };
        if q.runq.len() < RUNQ_CAP {
            q.runq.push_back(g);
        } else {
            // Full: move half of the local queue and g to the global queue (runqputslow).
            let half: Vec<_> = q.runq.drain(..RUNQ_CAP / 2).collect();
            drop(q);
            let mut global = lock(&self.global);
            global.extend(half);
            global.push_back(g);
        }
    }

    /// Unpark an idle M if a P is idle, so new work gets a thread.
    fn wakep(&self) {
        let m = {
            let mut idle = lock(&self.idle);
            if idle.ps.is_empty() {
                return;
            }
            match idle.ms.pop() {
                Some(m) => m,
                None => return,
            }
        };
        let note = &self.notes[m];
        *lock(&note.woken) = true;
        note.cv.notify_one();
    }

    fn acquire_p(&self, m: &mut MCtx) -> bool {
        let p = {
            let mut idle = lock(&self.idle);
            let max = self.gomaxprocs.load(Ordering::Relaxed);
            match idle.ps.iter().rposition(|&p| p < max) {
                Some(i) => idle.ps.remove(i),
                None => return false,
            }
        };
        m.p = Some(p);
        self.emit(m, Kind::ProcStart, 0, 0, 0);
        true
    }

    fn release_p(&self, m: &mut MCtx) {
        if let Some(p) = m.p {
            self.emit(m, Kind::ProcStop, 0, 0, 0);
            m.p = None;
            lock(&self.idle).ps.push(p);
        }
    }

    /// Moves due timers' goroutines to the current P.
    fn run_timers(&self, m: &mut MCtx) {
        let now = self.clock.now_ns();
        // Every schedule passes here; most find nothing due, so check without the lock.
        if now < self.timer_next.load(Ordering::Acquire) {
            return;
        }
        loop {
            let t = {
                let mut timers = lock(&self.timers);
                let due = match timers.peek() {
                    Some(Reverse(t)) if t.when_ns <= now => timers.pop().map(|Reverse(t)| t),
                    _ => None,
                };
                let next = timers.peek().map_or(u64::MAX, |Reverse(t)| t.when_ns);
                self.timer_next.store(next, Ordering::Release);
                due
            };
            let Some(t) = t else { break };
            match t.what {
                TimerAction::Wake(g) => self.goready(m, g, 0),
                TimerAction::Send { ch, period_ns } => {
                    // The value is the time in nanoseconds since the run started.
                    let woken = match &mut *self.heap.lock(ch) {
                        crate::vm::heap::Obj::Chan(c) => match c.send(Value::int(now as i64)) {
                            crate::rt::chan::SendOutcome::HandedOff(g) => Some(g),
                            _ => None,
                        },
                        _ => None,
                    };
                    if let Some(g) = woken {
                        self.goready(m, g, 0);
                    }
                    if period_ns > 0 {
                        // A slow receiver makes a ticker skip ticks rather than burst.
                        let mut next = t.when_ns.saturating_add(period_ns);
                        if next <= now {
                            next = now + period_ns - (now - t.when_ns) % period_ns;
                        }
                        self.push_timer(&mut lock(&self.timers), next, TimerAction::Send { ch, period_ns });
                    }
                }
            }
        }
    }

    fn next_timer_ns(&self) -> Option<u64> {
        lock(&self.timers).peek().map(|Reverse(t)| t.when_ns)
    }

    /// `steal_runnext`: whether stealing may take another P's `runnext`. A spinning M leaves
    /// it alone until its last try before parking, as Go's findRunnable does: the G there was
    /// just readied by the goroutine running on that P, which usually blocks a moment later
    /// and runs it on the same thread; stealing it would bounce every hand-off between
    /// threads (an unbuffered ping-pong ran 5x slower with 2 Ps than with 1).
    fn find_runnable(&self, m: &mut MCtx, steal_runnext: bool) -> Option<Arc<G>> {
        let p = m.p?;
        m.schedtick = m.schedtick.wrapping_add(1);
        if m.schedtick % GLOBAL_CHECK_TICKS == 0 {
            if let Some(g) = lock(&self.global).pop_front() {
                return Some(g);
            }
        }
        self.run_timers(m);
        {
            let mut q = lock(&self.ps[p].q);
            if let Some(g) = q.runnext.take().or_else(|| q.runq.pop_front()) {
                return Some(g);
            }
        }
        if let Some(g) = self.globrunqget(p) {
            return Some(g);
        }
        self.steal(m, steal_runnext)
    }

    /// Takes a batch from the global queue: one to run, the rest onto P's runq.
    fn globrunqget(&self, p: usize) -> Option<Arc<G>> {
        let mut global = lock(&self.global);
        let first = global.pop_front()?;
        let n = (global.len() / self.ps.len()).min(RUNQ_CAP / 2);
        if n > 0 {
            let batch: Vec<_> = global.drain(..n).collect();
            drop(global);
            lock(&self.ps[p].q).runq.extend(batch);
        }
        Some(first)
    }

    /// Steals half of another P's run queue (or its runnext), visiting Ps in random order.
    fn steal(&self, m: &mut MCtx, steal_runnext: bool) -> Option<Arc<G>> {
        let me = m.p?;
        let n = self.ps.len();
        if n < 2 {
            return None;
        }
        let start = (m.rand() % n as u64) as usize;
        for i in 0..n {
            let victim = (start + i) % n;
            if victim == me {
                continue;
            }
            let mut stolen: VecDeque<Arc<G>> = {
                let mut vq = lock(&self.ps[victim].q);
                let take = vq.runq.len() - vq.runq.len() / 2;
                if take > 0 {
                    vq.runq.drain(..take).collect()
                } else if let Some(g) = vq.runnext.take_if(|_| steal_runnext) {
                    VecDeque::from([g])
                } else {
                    continue;
                }
            };
            self.emit(m, Kind::Steal, 0, victim as u32, stolen.len() as u32);
            let g = stolen.pop_front();
            if !stolen.is_empty() {
                lock(&self.ps[me].q).runq.extend(stolen);
            }
            return g;
        }
        None
    }

    /// Runs one time slice of `g` on M `m` (which holds a P).
    fn execute(&self, m: &mut MCtx, g: Arc<G>) {
        let world = self.world.read().unwrap_or_else(|e| e.into_inner());
        self.execute_slice(m, g);
        drop(world);
        if self.heap.live_bytes.load(Ordering::Relaxed) > self.next_gc_bytes.load(Ordering::Relaxed)
        {
            self.collect();
        }
    }

    fn execute_slice(&self, m: &mut MCtx, g: Arc<G>) {
        g.status.store(RUNNING, Ordering::Release);
        self.emit(m, Kind::GoStart, g.id, 0, 0);
        let mut st = lock(&g.state);
        let exit = interp::run(self, m, &g, &mut st, self.cfg.limits.fuel);
        self.clock.advance(m.used_fuel as u64);
        match exit {
            Exit::Preempted | Exit::Yielded => {
                drop(st);
                let reason = if matches!(exit, Exit::Yielded) {
                    StopReason::Yielded
                } else {
                    StopReason::Preempted
                };
                g.status.store(RUNNABLE, Ordering::Release);
                self.emit(m, Kind::GoStop, g.id, reason as u32, 0);
                // No wakep: this M schedules again at once and will usually take g back;
                // waking another M here would only bounce the P between threads.
                lock(&self.global).push_back(g);
            }
            Exit::NeedGc => {
                // An allocation found the heap over its limit. Collect, then let the G
                // retry the instruction; if the heap is still full, it is out of memory.
                drop(st);
                g.status.store(RUNNABLE, Ordering::Release);
                self.emit(m, Kind::GoStop, g.id, StopReason::Preempted as u32, 0);
                self.next_gc_bytes.store(0, Ordering::Relaxed);
                self.runqput(m, g, true);
            }
            Exit::Parked => {
                // The G is on a wait queue and may already be running elsewhere: hands off.
            }
            Exit::Done => {
                drop(st);
                g.status.store(DEAD, Ordering::Release);
                self.emit(m, Kind::GoEnd, g.id, 0, 0);
                lock(&self.allgs).remove(&g.id);
                if g.id == 1 {
                    // main returned: the program exits, whatever other goroutines do.
                    self.finish(0, None);
                }
            }
            Exit::Panic(msg) => {
                let mut text = format!("panic: {msg}\n\ngoroutine {} [running]:\n", g.id);
                text.push_str(&self.traceback(&g, &st));
                drop(st);
                self.finish(2, Some(text));
            }
            Exit::Fatal(msg) => {
                let mut text = format!("{msg}\n\ngoroutine {} [running]:\n", g.id);
                text.push_str(&self.traceback(&g, &st));
                drop(st);
                self.finish(2, Some(text));
            }
        }
        self.check_deadline();
    }

    /// Ends the run once the run-time limit has passed.
    fn check_deadline(&self) {
        if self.deadline_ns > 0 && self.clock.now_ns() > self.deadline_ns && !self.is_done() {
            self.finish(
                1,
                Some(format!(
                    "\ngopark: time limit exceeded ({} ms)\n",
                    self.cfg.limits.max_time_ms
                )),
            );
        }
    }

    /// Stop-the-world mark-sweep. Roots: every goroutine's live registers, running closures
    /// and undelivered wake-up values, the globals and the string constants. Channel
    /// buffers and parked senders' values are reached through the channels themselves.
    pub fn collect(&self) {
        if self.gc_running.swap(true, Ordering::AcqRel) {
            return; // another M is collecting; this one will wait at its next slice
        }
        {
            let _world = self.world.write().unwrap_or_else(|e| e.into_inner());
            let gs: Vec<Arc<G>> = lock(&self.allgs).values().cloned().collect();
            let mut roots: Vec<Handle> = Vec::new();
            for g in &gs {
                let st = lock(&g.state);
                let top = st
                    .frames
                    .last()
                    .map(|f| f.base as usize + self.prog.funcs[f.func as usize].nregs as usize)
                    .unwrap_or(0);
                roots.extend(st.regs[..top.min(st.regs.len())].iter().map(|v| v.h));
                roots.extend(st.frames.iter().map(|f| f.closure));
                roots.push(g.peek_param().h);
            }
            roots.extend(self.globals.iter().map(|v| lock(v).h));
            roots.extend(self.str_consts.iter().map(|v| v.h));
            roots.extend(lock(&self.timers).iter().filter_map(|Reverse(t)| match t.what {
                TimerAction::Send { ch, .. } => Some(ch),
                TimerAction::Wake(_) => None,
            }));
            self.heap.mark_from(roots);
            let (_freed, live) = self.heap.sweep();
            let next = (live * 2)
                .max(MIN_GC_BYTES)
                .min(self.cfg.limits.max_heap_bytes.max(live + 1));
            self.next_gc_bytes.store(next, Ordering::Relaxed);
            self.gc_count.fetch_add(1, Ordering::Relaxed);
        }
        self.gc_running.store(false, Ordering::Release);
    }

    /// The stack of a goroutine as Go prints it (without argument words and pc offsets).
    pub fn traceback(&self, g: &G, st: &GState) -> String {
        let prog = &self.prog;
        let file = &prog.file;
        let mut s = String::new();
        // Like Go, print the innermost and outermost frames of a deep stack and elide the
        // middle.
        let n = st.frames.len();
        let half = interp::TRACEBACK_FRAMES / 2;
        for (i, fr) in st.frames.iter().rev().enumerate() {
            if n > interp::TRACEBACK_FRAMES && i >= half && i < n - half {
                if i == half {
                    s.push_str(&format!("...{} frames elided...\n", n - 2 * half));
                }
                continue;
            }
            let f = &prog.funcs[fr.func as usize];
            let line = fr
                .pc
                .checked_sub(1)
                .and_then(|pc| f.lines.get(pc as usize))
                .copied()
                .unwrap_or(f.line);
            let args = if f.nparams == 0 { "" } else { "..." };
            s.push_str(&format!("{}({})\n\t{}:{}\n", f.name, args, file, line));
        }
        if let Some((func, line)) = g.created_by {
            let name = prog
                .funcs
                .get(func as usize)
                .map(|f| f.name.as_str())
                .unwrap_or("?");
            s.push_str(&format!(
                "created by {} in goroutine {}\n\t{}:{}\n",
                name, g.parent, file, line
            ));
        }
        s
    }

    /// checkdead: every M is idle, no timer is pending, and goroutines remain.
    fn checkdead(&self) {
        let gs: Vec<Arc<G>> = lock(&self.allgs).values().cloned().collect();
        let mut text = String::from("fatal error: all goroutines are asleep - deadlock!\n");
        for g in &gs {
            let reason = g.wait_reason().map(|r| r.as_str()).unwrap_or("runnable");
            text.push_str(&format!("\ngoroutine {} [{}]:\n", g.id, reason));
            text.push_str(&self.traceback(g, &lock(&g.state)));
        }
        self.finish(2, Some(text));
    }

    // ---- the M loops

    /// Threads mode: the body of M `id` (a std thread or a Web Worker). Returns when the run ends.
    pub fn run_m(&self, id: usize) {
        let mut m = MCtx::new(id, self.cfg.seed);
        let mut spins = 0;
        while !self.is_done() {
            self.check_deadline();
            if m.p.is_none() && !self.acquire_p(&mut m) {
                self.park_m(&mut m);
                continue;
            }
            if let Some(g) = self.find_runnable(&mut m, spins == SPIN_TRIES - 1) {
                spins = 0;
                self.execute(&mut m, g);
                continue;
            }
            spins += 1;
            if spins < SPIN_TRIES {
                std::hint::spin_loop();
                if spins % 8 == 0 {
                    std::thread::yield_now();
                }
                continue;
            }
            spins = 0;
            self.release_p(&mut m);
            self.park_m(&mut m);
        }
        self.release_p(&mut m);
        self.heap.flush(&mut m.cache);
    }

    /// Parks an M with no P, unless work appeared meanwhile. The last M to park sleeps until
    /// the next timer, or declares the deadlock.
    fn park_m(&self, m: &mut MCtx) {
        let timeout = {
            let mut idle = lock(&self.idle);
            if self.is_done() || self.has_work() {
                return;
            }
            idle.ms.push(m.id);
            if idle.ms.len() == self.notes.len() {
                // Sleep until the next timer (or the run-time limit, whichever is first).
                let wake = match (self.next_timer_ns(), self.deadline_ns) {
                    (Some(t), 0) => Some(t),
                    (Some(t), d) => Some(t.min(d + 1)),
                    (None, _) => None,
                };
                match wake {
                    Some(when) => Some(when.saturating_sub(self.clock.now_ns())),
                    None => {
                        drop(idle);
                        self.checkdead();
                        return;
                    }
                }
            } else {
                None
            }
        };
        let note = &self.notes[m.id];
        let mut woken = lock(&note.woken);
        match timeout {
            None => {
                while !*woken {
                    woken = note.cv.wait(woken).unwrap_or_else(|e| e.into_inner());
                }
            }
            Some(ns) => {
                if !*woken && ns > 0 {
                    woken = note
                        .cv
                        .wait_timeout(woken, Duration::from_nanos(ns))
                        .unwrap_or_else(|e| e.into_inner())
                        .0;
                }
            }
        }
        *woken = false;
        drop(woken);
        // After a timeout we are still listed as idle: take ourselves off.
        lock(&self.idle).ms.retain(|&x| x != m.id);
    }

    /// Work an idle M could take. A P's `runnext` does not count: only a P held by a running
    /// M has one (goready and newproc fill the current M's own P), and that M runs it next.
    fn has_work(&self) -> bool {
        !lock(&self.global).is_empty() || self.ps.iter().any(|p| !lock(&p.q).runq.is_empty())
    }

    /// Deterministic mode: runs up to `max_slices` turns on this thread. Returns true once
    /// the run has ended.
    pub fn run_deterministic(&self, max_slices: usize) -> bool {
        let mut guard = lock(&self.det);
        let Some(det) = guard.as_mut() else {
            crate::vm::heap::internal_error("run_deterministic on a threads-mode runtime");
        };
        for _ in 0..max_slices {
            if self.is_done() {
                break;
            }
            let parked: Vec<usize> = lock(&self.idle).ms.clone();
            let active: Vec<usize> = (0..det.ms.len()).filter(|i| !parked.contains(i)).collect();
            if active.is_empty() {
                match self.next_timer_ns() {
                    Some(when) => {
                        // Every goroutine is blocked: time jumps to the next timer.
                        self.clock.jump_to(when);
                        let mut idle = lock(&self.idle);
                        let pick = (splitmix(det.rng) % idle.ms.len() as u64) as usize;
                        idle.ms.remove(pick);
                    }
                    None => self.checkdead(),
                }
                continue;
            }
            det.rng = splitmix(det.rng);
            let mi = active[(det.rng % active.len() as u64) as usize];
            let m = &mut det.ms[mi];
            if m.p.is_none() && !self.acquire_p(m) {
                lock(&self.idle).ms.push(mi);
                continue;
            }
            match self.find_runnable(m, true) {
                Some(g) => self.execute(m, g),
                None => {
                    self.release_p(m);
                    lock(&self.idle).ms.push(mi);
                }
            }
        }
        if self.is_done() {
            for m in det.ms.iter_mut() {
                self.release_p(m);
                self.heap.flush(&mut m.cache);
            }
        }
        self.is_done()
    }
}

/// Runs a program to completion on this machine: std threads in threads mode, this thread in
/// deterministic mode. Used by the CLI and the tests.
#[cfg(not(target_arch = "wasm32"))]
pub fn run_native(prog: Arc<Program>, cfg: Config) -> Outcome {
    use std::panic::{catch_unwind, AssertUnwindSafe};
    let mode = cfg.mode;
    let rt = Runtime::new(prog, cfg);
    // A Rust panic on an M is our bug. It must end the run with a message, not leave the
    // other Ms parked forever: catch it and finish the run (which wakes every M).
    let guarded = |f: &dyn Fn()| {
        if let Err(payload) = catch_unwind(AssertUnwindSafe(f)) {
            let msg = payload
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_else(|| "unknown panic".into());
            rt.finish(2, Some(format!("\n{msg}\n")));
        }
    };
    match mode {
        Mode::Threads => {
            std::thread::scope(|s| {
                for i in 0..rt.m_count() {
                    let (rt, guarded) = (&rt, &guarded);
                    std::thread::Builder::new()
                        .name(format!("gopark-m{i}"))
                        .spawn_scoped(s, move || guarded(&|| rt.run_m(i)))
                        .expect("spawning an M thread");
                }
            });
        }
        Mode::Deterministic => guarded(&|| while !rt.run_deterministic(10_000) {}),
    }
    Outcome {
        stdout: rt.take_stdout(),
        stderr: rt.take_stderr(),
        exit_code: rt.exit_code().unwrap_or(2),
        events: rt.all_events(),
    }
}
