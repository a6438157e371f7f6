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
//! 3. A G runs until sysmon asks its slice to end after 10 ms (checked between chunks of
//!    `Limits::fuel` instructions; preempted: back to the global queue, as Go's
//!    `goschedImpl` does), it yields (`Gosched`, same), it parks on a channel, WaitGroup or
//!    timer (status WAITING, recorded on that object under its lock), or it returns. A G
//!    taken from `runnext` inherits the slice of the G before it (Go's inheritTime).
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
mod context;
mod dump;
pub mod fs;
mod gc;
pub use gc::MemStats;
mod idle;
mod record;
mod runq;
pub mod signal;
mod stdin;
mod syscall;
mod sysmon;
mod timers;

use self::clock::Clock;
pub use self::dump::{Traceback, TRACEBACK_FRAMES};
use self::idle::{Idle, Note};
use self::runq::P;
pub use self::stdin::{Input, Stdin, StdinRead};
pub use self::sysmon::{FORCE_PREEMPT_NS, SYSCALL_RETAKE_NS};
use crate::rt::fmt::Env;
use crate::rt::g::{Frame, GState, DEAD, G, RUNNABLE, RUNNING, WAITING};
use crate::rt::obj::{AllocCache, Heap};
use crate::sys::{
    internal_error, lock, Arc, AtomicBool, AtomicU32, AtomicU64, AtomicUsize, Mutex, Ordering,
    RwLock,
};
use crate::trace::{self, Event, Kind, StopReason, WaitReason};
use crate::vm::op::FuncId;
use crate::vm::program::Program;
use crate::vm::value::{Handle, Value};
use std::collections::{BTreeMap, VecDeque};

/// Capacity of a P's local run queue (Go: 256); overflow moves half to the global queue.
#[cfg(not(loom))]
pub const RUNQ_CAP: usize = 256;
/// Under loom, small, so that the model tests (tests/loom_sched.rs) reach the overflow.
#[cfg(loom)]
pub const RUNQ_CAP: usize = 4;
/// Ms beyond one per P, for the Ps that sysmon retakes from Ms blocked in system calls.
pub const SPARE_MS: usize = 2;
/// Every this many schedules, a P looks at the global queue first (Go: 61).
const GLOBAL_CHECK_TICKS: u32 = 61;

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

/// A duration of whole milliseconds in Go's `time.Duration` syntax, as limits are written
/// (`1s`, `250ms`, `1.5s`, `2m30s`, `1h0m0s`).
pub fn format_duration_ms(ms: u64) -> String {
    if ms < 1000 {
        return format!("{ms}ms");
    }
    let (h, m, s, frac) = (ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    let mut secs = s.to_string();
    if frac > 0 {
        secs += format!(".{frac:03}").trim_end_matches('0');
    }
    match (h, m) {
        (0, 0) => format!("{secs}s"),
        (0, m) => format!("{m}m{secs}s"),
        (h, m) => format!("{h}h{m}m{secs}s"),
    }
}

/// Writes program output to the process's own descriptor (`Config::echo_output`), under
/// the output lock so the two streams interleave as the program wrote them.
fn echo(fd: u32, bytes: &[u8]) {
    use std::io::Write;
    let _ = if fd == 2 {
        std::io::stderr().write_all(bytes)
    } else {
        let mut out = std::io::stdout().lock();
        out.write_all(bytes).and_then(|_| out.flush())
    };
}

/// A byte count in the units limits are written in: `16MiB`, `64KiB`, or plain bytes.
pub fn format_bytes(n: u64) -> String {
    match n {
        0 => "0B".into(),
        n if n % (1 << 30) == 0 => format!("{}GiB", n >> 30),
        n if n % (1 << 20) == 0 => format!("{}MiB", n >> 20),
        n if n % (1 << 10) == 0 => format!("{}KiB", n >> 10),
        n => format!("{n}B"),
    }
}

/// Every limit ends the run with a clear message; none crashes the host.
#[derive(Clone, Debug)]
pub struct Limits {
    /// Instructions per time slice before a goroutine is preempted.
    pub fuel: u32,
    /// Live goroutines at once besides main (so a program may park exactly this many).
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
    /// Which goroutines a panic or fatal error prints (Go's GOTRACEBACK; not a limit, but
    /// set wherever the limits are).
    pub traceback: Traceback,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            fuel: 20_000,
            max_goroutines: 1_000_000,
            max_heap_bytes: 512 << 20,
            max_output_bytes: 8 << 20,
            max_stack_regs: 4 << 20,
            max_time_ms: 0,
            max_trace_events: 1_000_000,
            traceback: Traceback::Single,
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
    /// What the program reads: its arguments and its standard input.
    pub input: Input,
    /// Copy the program's output to the process's standard output and error as it is
    /// written (the CLI, so that a prompt shows before the program waits for input), besides
    /// keeping it in the outcome.
    pub echo_output: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            procs: 1,
            mode: Mode::Threads,
            seed: 1,
            limits: Limits::default(),
            trace: true,
            input: Input::default(),
            echo_output: false,
        }
    }
}

/// What a `go` statement costs on the virtual clock (deterministic mode), beyond its one
/// instruction: about what Go's newproc takes (200-300 ns). At one nanosecond, a loop of `go`
/// statements made a million goroutines in one 10 ms slice, before any could run, where Go
/// makes some tens of thousands and the other Ps run them meanwhile (a program that starts
/// 1<<20 short goroutines hit the goroutine limit in deterministic mode only).
pub const NEWPROC_NS: u64 = 250;

/// An M's private state; owned by the thread (or, in deterministic mode, the turn) running it.
pub struct MCtx {
    pub id: usize,
    pub p: Option<usize>,
    pub cache: AllocCache,
    pub(crate) schedtick: u32,
    rng: u64,
    /// Instructions run in the last slice (for the virtual clock).
    pub used_fuel: u32,
    /// Virtual nanoseconds the last chunk cost beyond its instructions: the `go` statements
    /// it ran (`NEWPROC_NS` each). Taken by the M loop when it advances the virtual clock.
    pub extra_ns: u64,
    /// The instruction running now is a retry after a collection: an allocation that still
    /// does not fit is out of memory.
    pub gc_retry: bool,
    /// runtime.GOMAXPROCS(n) asked for `n` Ps: the M runs procresize after the slice.
    pub want_procs: Option<usize>,
    /// The G `find_runnable` returned came from its P's runnext, and so goes on with the time
    /// slice of the G that put it there (Go's inheritTime): `execute_begin` does not start a
    /// new slice for sysmon.
    pub inherit_time: bool,
    /// The source line of the instruction the M is running, set by the interpreter before
    /// the operations that record events (block, wake, channel, sync), which carry it.
    pub line: u32,
    /// Strong references to the goroutines of the M's last slices (see `waiter_ref`).
    spare_gs: [Option<Arc<G>>; 2],
}

impl MCtx {
    /// A strong reference to `g`, the running goroutine, for the wait queue it parks on.
    /// Taken from `spare_gs` when the M still holds one from an earlier slice of `g`, so an
    /// unbuffered ping-pong (two goroutines taking turns on one M) parks and readies without
    /// touching `g`'s reference count: each clone and drop is an atomic read-modify-write,
    /// and they were a tenth of a hand-off. Any strong reference will do: they are equal.
    pub fn waiter_ref(&mut self, g: &Arc<G>) -> Arc<G> {
        for spare in &mut self.spare_gs {
            if spare.as_ref().is_some_and(|s| Arc::ptr_eq(s, g)) {
                if let Some(s) = spare.take() {
                    return s;
                }
            }
        }
        g.clone()
    }

    /// The M is done with its reference to `g` (its slice ended): keep it for `waiter_ref`,
    /// in place of the oldest spare. A finished goroutine's reference is dropped at once, so
    /// spares delay freeing only live goroutines (at most two per M, which a collection does
    /// not look at: it finds goroutines through `allgs`).
    pub fn release_g(&mut self, g: Arc<G>) {
        if g.status.load(Ordering::Relaxed) == DEAD {
            return;
        }
        if self.spare_gs[1].is_some() {
            self.spare_gs.rotate_left(1); // [newer, oldest]: the oldest is replaced below
        }
        self.spare_gs[1] = Some(g);
    }

    pub fn new(id: usize, seed: u64) -> MCtx {
        MCtx {
            id,
            p: None,
            cache: AllocCache::default(),
            schedtick: 0,
            rng: splitmix(seed ^ (id as u64 + 1) * 0x9E37_79B9),
            used_fuel: 0,
            extra_ns: 0,
            gc_retry: false,
            want_procs: None,
            inherit_time: false,
            line: 0,
            spare_gs: [None, None],
        }
    }
    pub fn rand(&mut self) -> u64 {
        self.rng = splitmix(self.rng);
        self.rng
    }
}

pub fn splitmix(mut x: u64) -> u64 {
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

/// The result of a whole run (CLI and tests).
#[derive(Debug, Clone)]
pub struct Outcome {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub exit_code: i32,
    pub events: Vec<Event>,
    /// The string table the events refer to (`trace::Strings`).
    pub strings: Vec<Box<str>>,
    /// More events happened than were recorded (`Limits::max_trace_events`).
    pub truncated: bool,
    /// The clock when the run ended (virtual in deterministic mode), in ns.
    pub end_ns: u64,
    /// Goroutines other than main still alive when the run ended (leaked, for exercises).
    pub goroutines_left: usize,
    /// Goroutines the program started (main not counted).
    pub goroutines_started: usize,
}

pub struct Runtime {
    pub prog: Arc<Program>,
    pub heap: Heap,
    pub cfg: Config,
    pub clock: Clock,
    /// Heap strings for `Program::strings`, made once per run.
    pub str_consts: Vec<Value>,
    /// One closure per function that captures nothing and is made a value somewhere
    /// (`Op::MakeClosure`), by FuncId (0 elsewhere): made once per run and shared, so such a
    /// func value allocates nothing, as in Go (whose func values cannot be compared).
    pub static_closures: Vec<Value>,
    pub globals: Vec<Mutex<Value>>,
    allgs: Mutex<BTreeMap<u32, Arc<G>>>,
    next_goid: AtomicU32,
    /// Goroutine 1 ended in runtime.Goexit (see `goexit`, `checkdead`).
    pub(crate) main_goexited: AtomicBool,
    /// `end_state`, recorded by `finish`.
    end: Mutex<(u64, usize)>,
    ps: Vec<P>,
    /// runtime.GOMAXPROCS: how many of `ps` may be used.
    pub gomaxprocs: AtomicUsize,
    global: Mutex<VecDeque<Arc<G>>>,
    idle: Mutex<Idle>,
    notes: Vec<Note>,
    /// sysmon sleeps on this between rounds; `finish` wakes it.
    sysmon_note: Note,
    /// Orders timers with equal deadlines (FIFO) across all Ps.
    timer_seq: AtomicU64,
    done: AtomicBool,
    exit: Mutex<Option<i32>>,
    out: Mutex<Output>,
    /// Standard input read so far and not yet consumed (see stdin.rs).
    pub(crate) stdin: Arc<stdin::StdinShared>,
    /// The environment os.Getenv reads and os.Setenv changes ("KEY=value", in order), made
    /// from `Input::env` on first use.
    pub(crate) environ: Mutex<Option<Vec<String>>>,
    /// The run's file system (fs.rs), made at first use.
    fs: Mutex<Option<fs::Fs>>,
    /// Bytes its files hold, counted against the heap limit (`heap_in_use`).
    fs_bytes: AtomicUsize,
    bufs: Vec<Mutex<Vec<Event>>>,
    /// Texts the events refer to (channel labels, values): see `trace::strings`.
    strings: Mutex<trace::Strings>,
    seq: AtomicU64,
    history: Mutex<Vec<Event>>,
    deadline_ns: u64,
    /// Held shared by every M while it runs a time slice and exclusively by the collector
    /// and procresize: taking it for writing (`stop_the_world`) stops the world at the next
    /// chunk boundary of every M.
    world: RwLock<()>,
    /// How many Ms wait to stop the world. An M keeps its shared hold on `world` from chunk
    /// to chunk of a slice while this is 0 (run/mod.rs `step`), and lets go at its next chunk
    /// boundary once it is not.
    stw_wanted: AtomicUsize,
    /// Collect when the heap's approximate live bytes pass this (GOGC=100: twice the live
    /// bytes after the last collection, at least `MIN_GC_BYTES`).
    next_gc_bytes: AtomicUsize,
    gc_running: AtomicBool,
    /// Bytes of every goroutine's register stack together: stacks grow after creation, so
    /// they count against the heap limit beside the heap's objects (`heap_in_use`).
    stack_bytes: AtomicUsize,
    /// The last collection left the heap nearly full (see `collect`).
    pub heap_exhausted: AtomicBool,
    /// Completed collections (for tests and the views).
    pub gc_count: AtomicUsize,
    /// The log package's standard logger (log.SetFlags, log.SetPrefix): run state, since
    /// each run is a program of its own.
    pub std_logger: Mutex<StdLogger>,
    /// Objects the library keeps for the whole run, by name (flag.CommandLine): roots for
    /// the collector.
    pub lib_globals: Mutex<Vec<(&'static str, Value)>>,
    /// The Location of time.Now's Times and of the times timers send: Local with the
    /// monotonic clock's origin (rt/timefmt.rs `mono_of`); 0 when the program has no
    /// time.Time. A root of the collector.
    pub now_loc: Handle,
    /// signal.Notify's registrations (signal.rs).
    signals: signal::Signals,
}

/// The settings of the log package's standard logger; it writes to standard error.
#[derive(Debug, Clone)]
pub struct StdLogger {
    pub prefix: String,
    /// log.LstdFlags (Ldate | Ltime) until the program sets them.
    pub flags: i64,
}

impl Default for StdLogger {
    fn default() -> Self {
        StdLogger { prefix: String::new(), flags: 3 }
    }
}

impl Runtime {
    pub fn new(prog: Arc<Program>, mut cfg: Config) -> Arc<Runtime> {
        // The interpreter relies on this (register operands in range, no running off the
        // end of a function) instead of checking every instruction.
        if let Err(e) = crate::vm::op::check_program(&prog) {
            internal_error(&format!("malformed program: {e}"));
        }
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
            .map(|s| heap.new_bytes(&mut cache, s).unwrap_or(Value::ZERO))
            .collect();
        let static_closures = static_closures(&prog, &heap, &mut cache);
        let now_loc = now_location(&prog, &heap, &mut cache, &clock);
        heap.flush(&mut cache);
        let rt = Arc::new(Runtime {
            static_closures,
            globals: (0..prog.nglobals).map(|_| Mutex::new(Value::ZERO)).collect(),
            str_consts,
            heap,
            clock,
            allgs: Mutex::new(BTreeMap::new()),
            next_goid: AtomicU32::new(1),
            end: Mutex::new((0, 0)),
            main_goexited: AtomicBool::new(false),
            ps: (0..n).map(|_| P::new()).collect(),
            gomaxprocs: AtomicUsize::new(n),
            global: Mutex::new(VecDeque::new()),
            idle: Mutex::new(Idle { ps: (0..n).rev().collect(), ms: Vec::new() }),
            notes: (0..n + SPARE_MS).map(|_| Note::default()).collect(),
            timer_seq: AtomicU64::new(0),
            sysmon_note: Note::default(),
            done: AtomicBool::new(false),
            exit: Mutex::new(None),
            out: Mutex::new(Output::default()),
            stdin: Arc::default(),
            environ: Mutex::new(None),
            fs: Mutex::new(None),
            fs_bytes: AtomicUsize::new(0),
            // One buffer per M, and one for sysmon.
            bufs: (0..n + SPARE_MS + 1).map(|_| Mutex::new(Vec::new())).collect(),
            seq: AtomicU64::new(0),
            strings: Mutex::new(trace::Strings::default()),
            history: Mutex::new(Vec::new()),
            deadline_ns: cfg.limits.max_time_ms.saturating_mul(1_000_000),
            world: RwLock::new(()),
            stw_wanted: AtomicUsize::new(0),
            next_gc_bytes: AtomicUsize::new(gc::MIN_GC_BYTES.min(cfg.limits.max_heap_bytes / 2)),
            gc_running: AtomicBool::new(false),
            gc_count: AtomicUsize::new(0),
            heap_exhausted: AtomicBool::new(false),
            std_logger: Mutex::new(StdLogger::default()),
            now_loc,
            lib_globals: Mutex::new(Vec::new()),
            signals: signal::Signals::default(),
            stack_bytes: AtomicUsize::new(0),
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
        let main_regs = prog.funcs.get(main as usize).map(|f| f.nregs as usize).unwrap_or(0);
        let init_regs = prog.init.map_or(0, |init| prog.funcs[init as usize].nregs as usize);
        let regs = vec![Value::ZERO; main_regs + init_regs].into_boxed_slice();
        let mut st = GState::new(regs, Frame { func: main, ..Frame::default() });
        if let Some(init) = prog.init {
            // As if main called init before its first instruction.
            st.push_frame(Frame { func: init, base: main_regs as u32, ..Frame::default() });
        }
        let id = self.next_goid.fetch_add(1, Ordering::Relaxed);
        let g = Arc::new(G::new(id, 0, None, st));
        lock(&self.allgs).insert(id, g.clone());
        self.emit_raw(0, Kind::GoCreate, trace::NONE, id, 0, main);
        self.globrunqput(0, trace::NONE, g);
    }

    /// How many Ms the run has: one per P, and `SPARE_MS` more to take over the Ps of Ms
    /// blocked in system calls (Go makes Ms on demand; a Web Worker cannot be started
    /// from inside a running M, so the pool is made at the start).
    pub fn m_count(&self) -> usize {
        self.notes.len()
    }

    /// The Ps the run started with (runtime.NumCPU: the page's and the CLI's P setting).
    pub fn nprocs(&self) -> usize {
        self.ps.len()
    }

    /// The id sysmon's events carry as their M (it runs on an M of its own, without a P).
    pub fn sysmon_id(&self) -> usize {
        self.notes.len()
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

    // ---- output

    /// Writes program output (fd 1 or 2). Past the output limit the run ends.
    pub fn write(&self, m: &MCtx, g: u32, fd: u32, bytes: &[u8]) {
        // Once the program has exited (main returned, os.Exit, a fatal error), other
        // goroutines still finishing their time slice print nothing more, as in Go.
        if self.is_done() {
            return;
        }
        if fd > 2 {
            // A file of the run's file system (fmt.Fprint and friends write here; os's
            // Write reports errors itself).
            let grow = self.with_fs(|fs| fs.growth(fd, bytes.len()));
            if self.heap_in_use().saturating_add(grow) > self.cfg.limits.max_heap_bytes {
                self.finish(2, Some(format!("{}\n", self.out_of_memory_message())));
                return;
            }
            let now = self.wall_now();
            let _ = self.with_fs(|fs| fs.write(fd, bytes, now));
            return;
        }
        let over = {
            let mut out = lock(&self.out);
            out.total += bytes.len();
            if out.total > self.cfg.limits.max_output_bytes {
                true
            } else {
                if fd == 2 { &mut out.stderr } else { &mut out.stdout }.extend_from_slice(bytes);
                if self.cfg.echo_output {
                    echo(fd, bytes);
                }
                // Under the output's lock, so Output events come in the order of the bytes:
                // the console maps each line to the event that printed it by counting bytes.
                self.emit(m, Kind::Output, g, bytes.len() as u32, fd);
                false
            }
        };
        if over {
            let limit = format_bytes(self.cfg.limits.max_output_bytes as u64);
            self.finish_with_line(1, &format!("gopark: output limit of {limit} reached"));
            return;
        }
    }

    /// Ends the run with one line of gopark's own (a limit Go has no words for), on a line of
    /// its own: after a newline when the output so far ends in the middle of a line.
    fn finish_with_line(&self, code: i32, line: &str) {
        let mid_line = {
            let out = lock(&self.out);
            [&out.stdout, &out.stderr].iter().any(|b| b.last().is_some_and(|&c| c != b'\n'))
        };
        self.finish(code, Some(format!("{}{line}\n", if mid_line { "\n" } else { "" })));
    }

    /// Ends the run (the first call wins): exit code plus a message for stderr.
    pub fn finish(&self, code: i32, msg: Option<String>) {
        {
            let mut exit = lock(&self.exit);
            if exit.is_some() {
                return;
            }
            *exit = Some(code);
            let left = lock(&self.allgs).keys().filter(|&&id| id != 1).count();
            *lock(&self.end) = (self.clock.now_ns(), left);
            if let Some(msg) = msg {
                lock(&self.out).stderr.extend_from_slice(msg.as_bytes());
                if self.cfg.echo_output {
                    echo(2, msg.as_bytes());
                }
            }
            self.done.store(true, Ordering::Release);
        }
        for note in self.notes.iter().chain([&self.sysmon_note]) {
            *lock(&note.woken) = true;
            note.cv.notify_all();
        }
        self.ring_signal_bell();
    }

    // ---- goroutines

    pub fn goroutine_count(&self) -> usize {
        lock(&self.allgs).len()
    }

    /// (clock ns, goroutines other than main alive) when the run ended.
    pub fn end_state(&self) -> (u64, usize) {
        *lock(&self.end)
    }

    /// Goroutines started by `go` statements so far.
    pub fn goroutines_started(&self) -> usize {
        (self.next_goid.load(Ordering::Relaxed) as usize).saturating_sub(2)
    }

    /// `go f(args)`: a new G on the current P's runnext, about to run `st` (its stack laid
    /// out by the interpreter).
    pub fn newproc(
        &self,
        m: &mut MCtx,
        parent: &G,
        caller: (FuncId, u32),
        st: GState,
    ) -> Result<(), String> {
        self.newproc_from(m, parent.id, caller, st)
    }

    /// newproc for a goroutine whose creator is goroutine `parent` (0 for the runtime
    /// itself: a timer that starts an AfterFunc function).
    pub fn newproc_from(
        &self,
        m: &mut MCtx,
        parent: u32,
        caller: (FuncId, u32),
        st: GState,
    ) -> Result<(), String> {
        if self.goroutine_count() > self.cfg.limits.max_goroutines {
            return Err(format!("too many goroutines (limit {})", self.cfg.limits.max_goroutines));
        }
        // The stack counts against the heap limit (`stack_grow`), as it will when it grows.
        if !self.stack_grow(st.regs.len()) {
            return Err("runtime: out of memory".into());
        }
        let func = st.top.func;
        let id = self.next_goid.fetch_add(1, Ordering::Relaxed);
        let g = Arc::new(G::new(id, parent, Some(caller), st));
        lock(&self.allgs).insert(id, g.clone());
        self.emit4(m, Kind::GoCreate, id, parent, func, caller.1, 0);
        m.extra_ns += NEWPROC_NS;
        self.runqput(m, g, true);
        self.wakep();
        Ok(())
    }

    /// goready: make a parked G runnable on the current P (in runnext, as Go does).
    pub fn goready(&self, m: &mut MCtx, g: Arc<G>, waker: u32) {
        // The waker owns the wake-up: it took `g` off the one wait queue it was on, under
        // that queue's lock (or won its select claim), after `g` stored WAITING under the same
        // lock. So no one else writes the status now, and a load and a store do what a
        // compare-and-swap would (one atomic read-modify-write less per hand-off).
        if g.status.load(Ordering::Acquire) != WAITING {
            internal_error("goready of a goroutine that is not waiting");
        }
        g.status.store(RUNNABLE, Ordering::Release);
        g.clear_wait();
        let to_p = m.p.map(|p| p as u32).unwrap_or(trace::NONE);
        let line = if waker == 0 { 0 } else { m.line };
        self.emit4(m, Kind::GoUnblock, g.id, waker, to_p, line, 0);
        self.runqput(m, g, true);
        // With GOMAXPROCS 1 and this M holding P 0, the one usable P is busy (this M runs
        // the readied G itself), so wakep would only take the idle lock to find no P to
        // wake an M for (Go's wakep checks sched.npidle first, for the same reason).
        if !(m.p == Some(0) && self.gomaxprocs.load(Ordering::Relaxed) == 1) {
            self.wakep();
        }
    }

    /// gopark's first half, called by the G itself while it holds the lock of the object it
    /// waits on (or nothing, for nil channels): after this, a waker may ready it at once.
    pub fn park_current(&self, m: &MCtx, g: &G, reason: WaitReason, obj: Handle) {
        self.park_current_with(m, g, reason, obj, trace::NONE);
    }

    /// `park_current` for a channel send: `val` is the text id of the value it offers.
    pub fn park_current_with(&self, m: &MCtx, g: &G, reason: WaitReason, obj: Handle, val: u32) {
        g.set_wait(reason, self.clock.coarse_ns());
        g.status.store(WAITING, Ordering::Release);
        self.emit4(m, Kind::GoBlock, g.id, reason as u32, obj, m.line, val);
    }

    /// Bytes counted against the heap limit: live heap objects and goroutine stacks.
    pub fn heap_in_use(&self) -> usize {
        self.heap.live_bytes.load(Ordering::Relaxed)
            + self.stack_bytes.load(Ordering::Relaxed)
            + self.fs_bytes.load(Ordering::Relaxed)
    }

    /// Runs `f` on the run's file system (made at the first call), then updates the bytes
    /// its files hold.
    pub fn with_fs<T>(&self, f: impl FnOnce(&mut fs::Fs) -> T) -> T {
        let mut guard = lock(&self.fs);
        let fs = guard.get_or_insert_with(|| fs::Fs::new(self.clock.wall_ns(self.clock.now_ns())));
        let r = f(fs);
        self.fs_bytes.store(fs.bytes, Ordering::Relaxed);
        r
    }

    /// The wall clock of the run now, in Unix nanoseconds (a file's modification time).
    pub fn wall_now(&self) -> i64 {
        self.clock.wall_ns(self.clock.now_ns())
    }

    /// A goroutine's register stack grows by `regs` registers. False (and nothing counted)
    /// when that would pass the heap limit: the program is out of memory.
    pub fn stack_grow(&self, regs: usize) -> bool {
        let bytes = regs.saturating_mul(std::mem::size_of::<Value>());
        if self.heap_in_use().saturating_add(bytes) > self.cfg.limits.max_heap_bytes {
            return false;
        }
        self.stack_bytes.fetch_add(bytes, Ordering::Relaxed);
        true
    }

    /// What fmt needs to format values.
    pub fn fmt_env(&self) -> Env<'_> {
        Env { heap: &self.heap, prog: &self.prog, methods: None }
    }

    // ---- the edges of a time slice, called by the M loop (`crate::run`)

    /// execute: `g`, taken from a run queue, now runs on `m`.
    pub fn execute_begin(&self, m: &MCtx, g: &G) {
        g.status.store(RUNNING, Ordering::Release);
        if let Some(p) = m.p {
            let p = &self.ps[p];
            // sysmon notices the new slice by the tick (Go's schedtick): no clock read here.
            // Only the M holding the P writes it (sysmon reads), so no read-modify-write.
            // A G from runnext goes on with the slice (and any preemption request) of the G
            // before it, as in Go: otherwise two goroutines that hand the P to each other
            // through runnext (a channel ping-pong, or a G requeued after the collection its
            // allocation asked for) would start a fresh slice each time and starve the rest
            // of the run queue, never running 10 ms in one slice.
            if !m.inherit_time {
                p.schedtick
                    .store(p.schedtick.load(Ordering::Relaxed).wrapping_add(1), Ordering::Relaxed);
                p.preempt.store(false, Ordering::Relaxed);
            }
            p.curg.store(g.id, Ordering::Relaxed);
        }
        let line = if self.tracing() { self.resume_line(g) } else { 0 };
        self.emit4(m, Kind::GoStart, g.id, 0, 0, line, 0);
    }

    /// The source line at which `g` goes on: the instruction it parked in (whose result it
    /// is about to finish) or the next one.
    fn resume_line(&self, g: &G) -> u32 {
        let st = lock(&g.state);
        let f = &st.top;
        let pc = if st.resume { f.pc.saturating_sub(1) } else { f.pc } as usize;
        let func = self.prog.funcs.get(f.func as usize);
        func.map(|func| func.lines.get(pc).copied().unwrap_or(func.line)).unwrap_or(0)
    }

    /// The slice of the G running on `m` is over (it stopped, blocked or ended).
    pub fn slice_end(&self, m: &MCtx) {
        if let Some(p) = m.p {
            self.ps[p].curg.store(0, Ordering::Relaxed);
        }
    }

    /// The G running on P `p`, if any.
    pub(super) fn p_running_g(&self, p: usize) -> Option<u32> {
        Some(self.ps[p].curg.load(Ordering::Relaxed)).filter(|&g| g != 0)
    }

    /// goschedImpl: a preempted or yielding G goes to the global queue, and an idle M is
    /// woken to take it if a P is idle, so two CPU-bound goroutines never take turns on one
    /// M while another M sleeps.
    pub fn gosched(&self, m: &MCtx, g: Arc<G>, reason: StopReason) {
        self.stop_running(m, &g, reason);
        self.globrunqput(m.id, m.p.map_or(trace::NONE, |p| p as u32), g);
        self.wakep();
    }

    /// `g` stops running but stays runnable; the caller queues it.
    pub fn stop_running(&self, m: &MCtx, g: &G, reason: StopReason) {
        g.status.store(RUNNABLE, Ordering::Release);
        self.emit(m, Kind::GoStop, g.id, reason as u32, 0);
    }

    /// The G that called runtime.GOMAXPROCS goes on first: in its P's runnext if the P
    /// survived the resize, else on the global queue.
    pub fn runqput_after_resize(&self, m: &MCtx, g: Arc<G>) {
        if self.must_release_p(m) {
            self.globrunqput(m.id, m.p.map_or(trace::NONE, |p| p as u32), g);
            self.wakep();
        } else {
            self.runqput(m, g, true);
        }
    }

    /// goexit0: the G's function returned. When it is main, the program exits.
    pub fn goexit(&self, m: &MCtx, g: &G, st: &GState) {
        let bytes = st.regs.len() * std::mem::size_of::<Value>();
        self.stack_bytes
            .fetch_sub(bytes.min(self.stack_bytes.load(Ordering::Relaxed)), Ordering::Relaxed);
        g.status.store(DEAD, Ordering::Release);
        self.emit(m, Kind::GoEnd, g.id, 0, 0);
        lock(&self.allgs).remove(&g.id);
        if g.id == 1 && st.goexited {
            // main called runtime.Goexit: the others go on; when none is left, checkdead
            // says so (Go: "no goroutines (main called runtime.Goexit) - deadlock!").
            self.main_goexited.store(true, Ordering::Relaxed);
        } else if g.id == 1 {
            // main returned: the program exits, whatever other goroutines do.
            self.finish(0, None);
        }
    }

    /// Ends the run once the run-time limit has passed. Reads the coarse clock: sysmon
    /// publishes it at least every 10 ms and checks the limit itself on every tick, so this
    /// (called by the Ms between chunks) only needs to notice sooner. Reading the host clock
    /// here was a call into JavaScript per chunk in the browser.
    pub fn check_deadline(&self) {
        if self.deadline_ns > 0 && self.clock.coarse_ns() > self.deadline_ns && !self.is_done() {
            self.time_limit_reached();
        }
    }

    fn time_limit_reached(&self) {
        let limit = format_duration_ms(self.cfg.limits.max_time_ms);
        self.finish_with_line(1, &format!("gopark: time limit of {limit} reached"));
    }
}

/// `Runtime::now_loc`: made before the run (a timer's send cannot allocate) when the
/// program has time.Time values at all.
fn now_location(prog: &Program, heap: &Heap, cache: &mut AllocCache, clock: &Clock) -> Handle {
    if !prog.types.iter().any(|t| t.name == "time.Time") {
        return 0;
    }
    let (Ok(name), Ok(abbrev)) = (heap.new_str(cache, "Local"), heap.new_str(cache, "UTC")) else {
        return 0;
    };
    // The monotonic clock reads 1 ns at the start, as the Go playground's first time.Now.
    let origin = Value::int(clock.wall_ns(0) - 1);
    let obj = crate::rt::obj::Obj::Struct(vec![name, Value::int(0), abbrev, origin]);
    heap.alloc(cache, obj).unwrap_or(0)
}

/// `Runtime::static_closures`: a closure object for each function without captures that
/// some `Op::MakeClosure` names.
fn static_closures(prog: &Program, heap: &Heap, cache: &mut AllocCache) -> Vec<Value> {
    let mut out = vec![Value::ZERO; prog.funcs.len()];
    for op in prog.funcs.iter().flat_map(|f| &f.code) {
        let crate::vm::op::Op::MakeClosure { func, .. } = *op else { continue };
        let f = func as usize;
        if out.get(f).is_some_and(|v| v.h == 0) && prog.funcs[f].captures.is_empty() {
            let obj = crate::rt::obj::Obj::Closure { func, caps: Arc::from([]) };
            out[f] = heap.alloc(cache, obj).map(Value::handle).unwrap_or(Value::ZERO);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(id: u32) -> Arc<G> {
        Arc::new(G::new(id, 0, None, GState::default()))
    }

    /// A parked goroutine's wait-queue reference comes from the M's spares when the M kept
    /// one from the goroutine's earlier slice, and the M keeps the two newest only.
    #[test]
    fn waiter_ref_reuses_the_spare_of_an_earlier_slice() {
        let mut m = MCtx::new(0, 1);
        let (a, b, c) = (g(1), g(2), g(3));
        let fresh = m.waiter_ref(&a);
        assert_eq!(Arc::strong_count(&a), 2, "no spare yet: a clone");
        drop(fresh);
        m.release_g(a.clone());
        m.release_g(b.clone());
        let reused = m.waiter_ref(&a);
        assert!(Arc::ptr_eq(&reused, &a));
        assert_eq!(Arc::strong_count(&a), 2, "the spare itself, no new reference");
        drop(reused);
        m.release_g(c.clone());
        m.release_g(a.clone());
        assert_eq!(Arc::strong_count(&b), 1, "b was the oldest of three: dropped");
        assert_eq!((Arc::strong_count(&c), Arc::strong_count(&a)), (2, 2));
        a.status.store(DEAD, Ordering::Relaxed);
        m.release_g(a.clone());
        assert_eq!(Arc::strong_count(&a), 2, "a finished goroutine is not kept");
    }
}
