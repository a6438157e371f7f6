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

use crate::trace::WaitReason;
use crate::sys::lock;
use crate::vm::op::{FuncId, Reg};
use crate::vm::value::{Handle, Value};
use crate::sys::{AtomicBool, AtomicU32, AtomicU64, Mutex, Ordering};

pub const RUNNABLE: u32 = 1;
pub const RUNNING: u32 = 2;
pub const WAITING: u32 = 3;
pub const DEAD: u32 = 4;

/// A call frame: a window onto the goroutine's register stack.
#[derive(Clone, Copy, Debug)]
pub struct Frame {
    pub func: FuncId,
    /// Next instruction to run.
    pub pc: u32,
    /// Index of this frame's register 0 in `GState::regs`.
    pub base: u32,
    /// The running closure (for LoadCapture), 0 for plain functions.
    pub closure: Handle,
}

/// What a parked G must finish when it resumes.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub enum Pending {
    #[default]
    None,
    /// A receive: write the delivered value to dst (and ok, if asked).
    Recv { dst: Reg, ok: Option<Reg> },
    /// A send: panic if the channel was closed while we waited.
    Send,
    /// A select over the n channels at base, 2 apart (`Op::Select`).
    Select { dst: Reg, base: Reg, n: u8, sends: u32 },
}

#[derive(Default)]
pub struct GState {
    pub frames: Vec<Frame>,
    pub regs: Vec<Value>,
    /// The captured values of each frame's closure (parallel to `frames`, filled lazily
    /// by the interpreter; `None` for plain functions).
    pub caps: Vec<Option<std::sync::Arc<[Value]>>>,
    pub pending: Pending,
    /// The instruction at pc asked for a collection and runs again after it (see
    /// `run::run_slice`).
    pub gc_retry: bool,
}

/// What a waker hands to a parked goroutine.
#[derive(Clone, Copy, Debug, Default)]
pub struct Param {
    pub v: Value,
    pub ok: bool,
    /// For a select: the index of the case that completed.
    pub case: Option<u32>,
}

pub struct G {
    pub id: u32,
    pub status: AtomicU32,
    /// The WaitReason (as u32) while WAITING, for dumps and the views.
    pub wait_reason: AtomicU32,
    /// When it last parked, in nanoseconds of the run's clock (Go's waitsince): a dump
    /// shows "[chan receive, 3 minutes]" for a goroutine waiting a minute or more.
    pub wait_since: AtomicU64,
    pub state: Mutex<GState>,
    param: Mutex<Param>,
    /// Set by close() for a parked sender: it panics when it resumes.
    woke_by_close: AtomicBool,
    /// Set once a case of the select this goroutine is blocked in has completed.
    select_done: AtomicBool,
    /// Who created it and where: "created by main.main in goroutine 1".
    pub parent: u32,
    pub created_by: Option<(FuncId, u32)>,
    pub start_func: FuncId,
}

impl G {
    pub fn new(
        id: u32,
        parent: u32,
        start_func: FuncId,
        created_by: Option<(FuncId, u32)>,
        st: GState,
    ) -> G {
        G {
            id,
            status: AtomicU32::new(RUNNABLE),
            wait_reason: AtomicU32::new(0),
            wait_since: AtomicU64::new(0),
            state: Mutex::new(st),
            param: Mutex::new(Param::default()),
            woke_by_close: AtomicBool::new(false),
            select_done: AtomicBool::new(false),
            parent,
            created_by,
            start_func,
        }
    }

    pub fn set_param(&self, v: Value, ok: bool, case: Option<u32>) {
        *lock(&self.param) = Param { v, ok, case };
    }

    /// Arms a new select: no case has completed yet.
    pub fn begin_select(&self) {
        self.select_done.store(false, Ordering::Release);
    }

    /// Claims this goroutine's select for the caller's case. Only one claim ever succeeds,
    /// so exactly one channel operation completes the select.
    pub fn claim_select(&self) -> bool {
        self.select_done.compare_exchange(false, true, Ordering::AcqRel, Ordering::Acquire).is_ok()
    }

    pub fn select_claimed(&self) -> bool {
        self.select_done.load(Ordering::Acquire)
    }

    pub fn take_param(&self) -> Param {
        std::mem::take(&mut *lock(&self.param))
    }

    /// The undelivered wake-up value (a root for the collector).
    pub fn peek_param(&self) -> Value {
        lock(&self.param).v
    }

    pub fn set_closed(&self) {
        self.woke_by_close.store(true, Ordering::Relaxed);
    }

    pub fn take_closed(&self) -> bool {
        self.woke_by_close.swap(false, Ordering::Relaxed)
    }

    pub fn wait_reason(&self) -> Option<WaitReason> {
        WaitReason::from_u32(self.wait_reason.load(Ordering::Relaxed))
    }
}
