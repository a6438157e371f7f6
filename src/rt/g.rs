//! The goroutine (G).
//!
//! A G is plain heap data: its frames, register stack and program counter live in `GState`,
//! which holds no Rc, RefCell or JsValue, so a G is Send and any M may run it.
//!
//! Status is an ownership contract, as in Go's runtime2.go:
//! - `RUNNABLE`: on exactly one run queue (a P's runnext or runq, or the global queue);
//!   only the M that dequeues it may change the status (to RUNNING).
//! - `RUNNING`: owned by one M, which holds `state` locked for the whole time slice.
//! - `WAITING`: parked on exactly one wait queue (a channel, a WaitGroup, a timer) or, for
//!   nil-channel operations, on nothing at all; set by the G itself while it holds that
//!   object's lock, so a waker that finds it there may ready it at once (CAS WAITING ->
//!   RUNNABLE). The parking M never touches the G again after returning from the slice.
//! - `DEAD`: finished; removed from `allgs`.
//!
//! Size. A program may park a million goroutines, so a parked G is kept small (Go's own
//! take about 2.6 KB each): one allocation for the `G` itself (an `Arc`, 120 bytes with its
//! counts), one for its register stack, which starts exactly as large as its function's
//! frame and grows on calls, and a boxed list of callers only once it has called a function.
//! The wake-up value is three atomics rather than a locked struct, the flags share a word,
//! and what a parked channel operation still has to do is read back from the instruction it
//! parked in (`GState::resume`), so it needs no storage of its own.

use crate::sys::{AtomicU32, AtomicU64, Mutex, Ordering};
use crate::trace::WaitReason;
use crate::vm::op::FuncId;
use crate::vm::program::Program;
use crate::vm::value::{Handle, Value};
use std::sync::Arc;

pub const RUNNABLE: u32 = 1;
pub const RUNNING: u32 = 2;
pub const WAITING: u32 = 3;
pub const DEAD: u32 = 4;
/// In a blocking system call on its M (see sched/syscall.rs).
pub const SYSCALL: u32 = 5;

/// A call frame: a window onto the goroutine's register stack.
#[derive(Clone, Copy, Debug, Default)]
pub struct Frame {
    pub func: FuncId,
    /// Next instruction to run (for a caller: the instruction after the call).
    pub pc: u32,
    /// Index of this frame's register 0 in `GState::regs`.
    pub base: u32,
    /// The running closure (for LoadCapture), 0 for plain functions, or `CAPS_ON_STACK`.
    pub closure: Handle,
}

/// `Frame::closure` of a goroutine's entry closure (`go func() { ... }()`): its captured
/// values were copied to the bottom of the goroutine's register stack, below the frame's
/// window, so the goroutine holds no closure object and loads them without the heap.
pub const CAPS_ON_STACK: Handle = Handle::MAX;

/// The frames below the running one, outermost first, and the captured values of those
/// that run closures (fetched from the closure's heap object once, when it was entered, so
/// that returning to it does not touch the heap).
#[derive(Default, Debug)]
pub struct Callers {
    pub frames: Vec<Frame>,
    /// One entry for each frame of `frames` whose `closure` is a closure object (not 0, not
    /// `CAPS_ON_STACK`), in the same order.
    pub caps: Vec<Arc<[Value]>>,
    /// fmt calls waiting for the Error or String methods they called (rt/methods.rs),
    /// innermost last. Here, in the box a goroutine gets once it calls, since calling a
    /// method is a call: a G that never formats a value with methods pays nothing.
    pub fmt: Vec<FmtCall>,
    /// Deferred calls not yet run, the latest last (Go's _defer list).
    pub defers: Vec<DeferRec>,
    /// Panics under way, the oldest first (Go's _panic list, which links newest first).
    pub panics: Vec<PanicRec>,
    /// Library calls that call Go code (sort.Slice's less, strings.Map's mapping), waiting
    /// for the Go call they made, innermost last (see interp/task.rs).
    pub tasks: Vec<TaskRec>,
}

/// A library function's frame as a traceback shows it: (function, whether it has
/// arguments, file under GOROOT/src, line).
pub type LibFrame = (&'static str, bool, &'static str, u32);

/// A library call that runs Go code (see interp/task.rs and library/task.rs): its
/// suspended state between the Go calls it makes.
pub struct TaskRec {
    /// The number of callers of the frame the library call is in.
    pub depth: u32,
    /// A Go call it asked for has been made (its results are in the registers when the
    /// instruction runs again); false while it waits to run again after a collection.
    pub awaiting: bool,
    /// The library frames between the Go function it called and its caller, innermost
    /// first, as Go's traceback shows them (`sort.insertionSort_func`, `sort.Slice`).
    pub frames: Vec<LibFrame>,
    /// Heap values the suspended call holds besides its arguments (which stay in the
    /// caller's registers): a collection keeps them.
    pub roots: Vec<Value>,
    /// The library's state (a `library::task::Task`); rt does not know its type.
    pub state: Box<dyn std::any::Any + Send>,
}

impl std::fmt::Debug for TaskRec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "TaskRec {{ depth: {}, awaiting: {} }}", self.depth, self.awaiting)
    }
}

/// A deferred call: the function, its closure (0 for none) and the arguments evaluated at
/// the defer statement.
#[derive(Debug)]
pub struct DeferRec {
    /// The number of callers of the frame that deferred it.
    pub depth: u32,
    pub func: FuncId,
    pub closure: Handle,
    pub args: Box<[Value]>,
}

/// A panic under way (see interp/panics.rs).
#[derive(Debug, Default)]
pub struct PanicRec {
    /// The value panic was called with (an interface value; runtime errors carry the
    /// program's runtime error type).
    pub value: Value,
    /// recover() has returned the value; the deferred call that called it has not returned.
    pub recovered: bool,
    /// The number of frames below the frame that runs the deferred calls (Go's gopanic).
    pub frame_depth: u32,
    /// The number of callers of the frame whose deferred call runs now (where execution
    /// resumes if it recovers).
    pub defer_depth: u32,
    /// The text of the value's Error or String method, for the fatal message.
    pub text: Option<String>,
    /// runtime.Goexit, not a panic: recover does not stop it, and when no deferred call is
    /// left the goroutine ends quietly.
    pub goexit: bool,
    /// For a nil dereference: the fault address its signal line reports.
    pub fault_addr: u32,
}
/// A fmt instruction that called an Error or String method (see rt/methods.rs).
#[derive(Default, Debug)]
pub struct FmtCall {
    /// The number of callers of the frame the instruction is in.
    pub depth: u32,
    /// The methods' results so far.
    pub results: Vec<String>,
    /// The receiver of the method being called (a nil pointer that panics prints <nil>).
    pub recv: Value,
    /// For a Format method: the fmt.State it writes to (rt/methods.rs `state_obj`), whose
    /// bytes are the result; zero otherwise.
    pub state: Value,
    /// The method panicked: what fmt prints in place of its result (see interp/panics.rs).
    pub panicked: Option<String>,
}

#[derive(Default)]
pub struct GState {
    /// The register stack: every frame's window, the outermost at 0. Registers above the
    /// running frame's window are dead (and zeroed when a call makes them a window).
    pub regs: Box<[Value]>,
    /// The running (innermost) frame.
    pub top: Frame,
    /// The frames below `top`: None until the goroutine first calls a function (boxed, so
    /// that a goroutine that never calls costs one pointer).
    pub callers: Option<Box<Callers>>,
    /// The goroutine parked in the channel operation or select just before `top.pc`, whose
    /// result its waker left in `G::param`: the interpreter finishes it when the goroutine
    /// next runs.
    pub resume: bool,
    /// The instruction at pc asked for a collection and runs again after it (see
    /// `run::run_slice`).
    pub gc_retry: bool,
    /// runtime.Goexit is ending the goroutine (for main: the program does not exit then).
    pub goexited: bool,
}

impl GState {
    /// A goroutine about to run `top` (pc 0) in the register stack `regs`.
    pub fn new(regs: Box<[Value]>, top: Frame) -> GState {
        GState { regs, top, ..Default::default() }
    }

    /// Makes `f` the running frame, as if the running one (a plain function, not a
    /// closure) had called it; the registers of its window must already exist.
    pub fn push_frame(&mut self, f: Frame) {
        let caller = std::mem::replace(&mut self.top, f);
        self.callers.get_or_insert_with(Default::default).frames.push(caller);
    }

    fn caller_frames(&self) -> &[Frame] {
        self.callers.as_deref().map_or(&[], |c| c.frames.as_slice())
    }

    /// Every frame, outermost first (a traceback walks it backwards).
    pub fn frames(&self) -> impl DoubleEndedIterator<Item = &Frame> {
        self.caller_frames().iter().chain(std::iter::once(&self.top))
    }

    pub fn frame_count(&self) -> usize {
        self.caller_frames().len() + 1
    }

    /// The handles a collection must keep: the live registers (up to the end of the running
    /// frame's window) and every frame's closure.
    pub fn roots(&self, prog: &Program, out: &mut Vec<Handle>) {
        let nregs = prog.funcs.get(self.top.func as usize).map_or(0, |f| f.nregs as usize);
        let live = (self.top.base as usize + nregs).min(self.regs.len());
        out.extend(self.regs[..live].iter().map(|v| v.h).filter(|h| *h != 0));
        out.extend(self.frames().map(|f| f.closure).filter(|h| *h != 0 && *h != CAPS_ON_STACK));
        if let Some(c) = &self.callers {
            // Zero handles are left out as they are pushed: `out` holds every goroutine's roots
            // so far, and filtering all of it here made a collection quadratic in the number
            // of goroutines with a deferred call (262,144 of them took 15 s instead of 0.1).
            let defers = c
                .defers
                .iter()
                .flat_map(|d| std::iter::once(d.closure).chain(d.args.iter().map(|v| v.h)));
            let rest = c.panics.iter().map(|p| p.value.h).chain(c.fmt.iter().map(|f| f.state.h));
            let tasks = c.tasks.iter().flat_map(|t| t.roots.iter().map(|v| v.h));
            out.extend(defers.chain(rest).chain(tasks).filter(|h| *h != 0));
        }
    }
}

/// What a waker hands to a parked goroutine.
#[derive(Clone, Copy, Debug, Default)]
pub struct Param {
    pub v: Value,
    pub ok: bool,
    /// For a select: the index of the case that completed.
    pub case: Option<u32>,
}

/// `G::param_okcase`: the ok flag.
const PARAM_OK: u32 = 1 << 31;

/// `G::flags` bits.
const WOKE_BY_CLOSE: u32 = 1;
const SELECT_DONE: u32 = 2;

pub struct G {
    pub id: u32,
    pub status: AtomicU32,
    /// While WAITING: the WaitReason in the low 8 bits and, above them, the second of the
    /// run's clock at which it parked (Go's waitsince, for "[chan receive, 3 minutes]" in
    /// dumps; 24 bits of seconds reach 194 days). One word, so that a G stays 104 bytes.
    wait: AtomicU32,
    /// WOKE_BY_CLOSE: set by close() for a parked sender, which panics when it resumes.
    /// SELECT_DONE: set once a case of the select this goroutine is blocked in has completed.
    flags: AtomicU32,
    /// Who created it and where: "created by main.main in goroutine 1".
    pub parent: u32,
    /// (function, line) of the go statement; line 0 for goroutine 1, which no go statement made.
    creator: (FuncId, u32),
    /// The wake-up value (`Param`), written by the one waker that readies the G before its
    /// `goready`, whose compare-and-swap of `status` publishes it; taken by the G when it next
    /// runs. `param_ht` holds h (low half) and t, `param_okcase` the ok flag (top bit) and
    /// the select case + 1 (0: none). Atomics rather than a lock: a million parked
    /// goroutines each save the lock's word and padding.
    param_okcase: AtomicU32,
    param_w: AtomicU64,
    param_ht: AtomicU64,
    pub state: Mutex<GState>,
}

impl G {
    pub fn new(id: u32, parent: u32, created_by: Option<(FuncId, u32)>, st: GState) -> G {
        G {
            id,
            status: AtomicU32::new(RUNNABLE),
            wait: AtomicU32::new(0),
            flags: AtomicU32::new(0),
            parent,
            creator: created_by.unwrap_or((0, 0)),
            param_okcase: AtomicU32::new(0),
            param_w: AtomicU64::new(0),
            param_ht: AtomicU64::new(0),
            state: Mutex::new(st),
        }
    }

    /// The function and line of the go statement that started this goroutine (None for
    /// goroutine 1).
    pub fn created_by(&self) -> Option<(FuncId, u32)> {
        (self.creator.1 != 0).then_some(self.creator)
    }

    pub fn set_param(&self, v: Value, ok: bool, case: Option<u32>) {
        self.param_w.store(v.w, Ordering::Relaxed);
        self.param_ht.store(v.h as u64 | (v.t as u64) << 32, Ordering::Relaxed);
        let okcase = if ok { PARAM_OK } else { 0 } | case.map_or(0, |c| c + 1);
        self.param_okcase.store(okcase, Ordering::Release);
    }

    /// Takes the wake-up value, leaving the default. Only the goroutine itself calls this,
    /// when it runs again; its waker wrote the value before readying it (which orders the
    /// writes before this run), and no one else writes while it runs: a waker writes only
    /// to a waiter it popped from a queue (or, for select, whose claim it won), and the
    /// goroutine was on no queue once readied (stale select waiters are dropped when it
    /// resumes). So plain loads and stores do, where swaps cost two atomic
    /// read-modify-writes on every channel hand-off.
    pub fn take_param(&self) -> Param {
        let okcase = self.param_okcase.load(Ordering::Acquire);
        self.param_okcase.store(0, Ordering::Relaxed);
        let v = self.peek_param();
        self.param_w.store(0, Ordering::Relaxed);
        self.param_ht.store(0, Ordering::Relaxed);
        Param { v, ok: okcase & PARAM_OK != 0, case: (okcase & !PARAM_OK).checked_sub(1) }
    }

    /// The undelivered wake-up value (a root for the collector: its handle).
    pub fn peek_param(&self) -> Value {
        let ht = self.param_ht.load(Ordering::Relaxed);
        Value { w: self.param_w.load(Ordering::Relaxed), h: ht as u32, t: (ht >> 32) as u32 }
    }

    /// Arms a new select: no case has completed yet.
    pub fn begin_select(&self) {
        self.flags.fetch_and(!SELECT_DONE, Ordering::Release);
    }

    /// Claims this goroutine's select for the caller's case. Only one claim ever succeeds,
    /// so exactly one channel operation completes the select.
    pub fn claim_select(&self) -> bool {
        self.flags.fetch_or(SELECT_DONE, Ordering::AcqRel) & SELECT_DONE == 0
    }

    pub fn select_claimed(&self) -> bool {
        self.flags.load(Ordering::Acquire) & SELECT_DONE != 0
    }

    pub fn set_closed(&self) {
        self.flags.fetch_or(WOKE_BY_CLOSE, Ordering::Relaxed);
    }

    /// Whether close woke this goroutine (and clears that). Called by the goroutine when it
    /// runs again, after close set the flag and readied it: a plain load sees the flag, and
    /// the read-modify-write (other bits of `flags` change concurrently) is paid only when
    /// it is set, not on every resumed send.
    pub fn take_closed(&self) -> bool {
        if self.flags.load(Ordering::Relaxed) & WOKE_BY_CLOSE == 0 {
            return false;
        }
        self.flags.fetch_and(!WOKE_BY_CLOSE, Ordering::Relaxed) & WOKE_BY_CLOSE != 0
    }

    pub fn wait_reason(&self) -> Option<WaitReason> {
        WaitReason::from_u32(self.wait.load(Ordering::Relaxed) & 0xff)
    }

    /// When it parked, in nanoseconds of the run's clock (to the second).
    pub fn wait_since_ns(&self) -> u64 {
        (self.wait.load(Ordering::Relaxed) >> 8) as u64 * 1_000_000_000
    }

    /// Records why and when (`now_ns` of the run's clock) the G parks.
    pub fn set_wait(&self, reason: WaitReason, now_ns: u64) {
        let secs = (now_ns / 1_000_000_000).min(0xff_ffff) as u32;
        self.wait.store(secs << 8 | reason as u32 & 0xff, Ordering::Relaxed);
    }

    /// A parked G now waits for something else (`set_wait`'s time kept): Go's RWMutex
    /// writer that got the writers' Mutex and now waits for the readers to leave.
    pub fn change_wait_reason(&self, reason: WaitReason) {
        let since = self.wait.load(Ordering::Relaxed) & !0xff;
        self.wait.store(since | reason as u32 & 0xff, Ordering::Relaxed);
    }

    pub fn clear_wait(&self) {
        self.wait.store(0, Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A goroutine's roots are appended to what the collector gathered from the goroutines
    /// before it, and only its own are filtered: filtering all of `out` for every goroutine
    /// with a deferred call made a collection quadratic in the number of goroutines.
    #[test]
    fn roots_filter_only_their_own_handles() {
        let prog = Program::default();
        let mut st = GState::default();
        st.callers = Some(Box::new(Callers {
            defers: vec![DeferRec {
                depth: 0,
                func: 0,
                closure: 0,
                args: vec![Value { h: 7, ..Value::ZERO }, Value::ZERO].into_boxed_slice(),
            }],
            ..Default::default()
        }));
        let mut out = vec![0, 5];
        st.roots(&prog, &mut out);
        assert_eq!(out, vec![0, 5, 7], "the earlier entries untouched, this one's zeros gone");
    }

    #[test]
    fn param_round_trips_ok_and_case() {
        let g = G::new(1, 0, None, GState::default());
        for (ok, case) in [(true, None), (false, None), (true, Some(0)), (false, Some(31))] {
            g.set_param(Value::int(7), ok, case);
            let p = g.take_param();
            assert_eq!((p.v, p.ok, p.case), (Value::int(7), ok, case));
            assert_eq!(g.take_param().case, None, "taking leaves the default");
        }
    }

    #[test]
    fn select_claims_once_and_close_flag_is_separate() {
        let g = G::new(1, 0, None, GState::default());
        g.begin_select();
        g.set_closed();
        assert!(g.claim_select());
        assert!(!g.claim_select());
        assert!(g.select_claimed());
        assert!(g.take_closed());
        assert!(!g.take_closed());
        assert!(g.select_claimed(), "taking the close flag leaves the select claimed");
        g.begin_select();
        assert!(!g.select_claimed());
    }
}

#[cfg(all(test, target_pointer_width = "64", not(loom)))]
mod size_tests {
    use super::*;

    /// Each parked goroutine costs this, so growing it should be a decision (see the module
    /// comment and bench/parked.go).
    #[test]
    fn a_g_stays_small() {
        assert_eq!(std::mem::size_of::<G>(), 104);
        assert_eq!(std::mem::size_of::<GState>(), 48);
    }
}
