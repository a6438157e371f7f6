//! Scheduling events.
//!
//! Every event is a fixed-size record appended to the buffer of the M that saw it (no lock
//! shared between Ms on the hot path). A global sequence number orders the records of all
//! Ms, so merging the buffers gives one total order. The page receives the records as a
//! flat `Uint32Array` of `WORDS` words each (`Event::to_words`); the CLI writes Chrome Trace
//! Event JSON (`chrome_json`); golden tests use the stable text form (`Event::text`).

pub mod chrome;

/// Words per event in the flat encoding the page reads.
pub const WORDS: usize = 10;
/// "No P" / "no M" in an event.
pub const NONE: u32 = u32::MAX;

/// Defines `Kind` once: the variants, their numbers, `from_u32` and `name` (the text form
/// and the page use the names).
macro_rules! kinds {
    ($($(#[doc = $doc:literal])* $name:ident = $n:literal,)*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[repr(u8)]
        pub enum Kind {
            $($(#[doc = $doc])* $name = $n,)*
        }

        impl Kind {
            pub const ALL: &'static [Kind] = &[$(Kind::$name),*];

            pub fn from_u32(v: u32) -> Option<Kind> {
                Kind::ALL.iter().copied().find(|k| *k as u32 == v)
            }

            pub fn name(self) -> &'static str {
                match self {
                    $(Kind::$name => stringify!($name),)*
                }
            }
        }
    };
}

kinds! {
    /// M `m` acquired P `p` and starts scheduling.
    ProcStart = 1,
    /// M `m` released P `p` (idle, or the run ended).
    ProcStop = 2,
    /// Goroutine `g` was created by goroutine `a` (0: the runtime), running function id `b`.
    GoCreate = 3,
    /// `g` starts running on P `p`, M `m`.
    GoStart = 4,
    /// `g` stopped running but stays runnable; `a` is a `StopReason`.
    GoStop = 5,
    /// `g` parked; `a` is a `WaitReason`, `b` the object it waits on (a channel handle, 0 if none).
    GoBlock = 6,
    /// `g` was made runnable by goroutine `a` (0: the runtime, e.g. a timer); `b` is the P
    /// whose run queue received it.
    GoUnblock = 7,
    /// `g` returned from its function.
    GoEnd = 8,
    /// P `p` stole `b` goroutines from P `a`'s run queue.
    Steal = 9,
    /// `g` wrote `a` bytes of output (stdout when b = 1, stderr when b = 2).
    Output = 10,
    /// runtime.GOMAXPROCS changed the number of Ps from `a` to `b` (the world was stopped).
    ProcResize = 11,
    /// `g` entered a blocking system call on M `m`; its P `p` may be handed off.
    SyscallEnter = 12,
    /// `g` returned from its system call on M `m`; `a` is 1 if it got a P back (P `p`), 0 if
    /// it had to queue itself on the global run queue.
    SyscallExit = 13,
    /// sysmon (on its own M, `m`) retook P `a` from M `b`, blocked in a system call, and
    /// handed it to the idle list, waking an M for it (Go's retake + handoffp).
    Handoff = 14,
    /// sysmon asked `g`, running for longer than 10 ms on P `p`, to stop (forcePreemptNS).
    PreemptRequest = 15,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u32)]
pub enum StopReason {
    /// The time slice ran out (Go: preempted).
    Preempted = 0,
    /// runtime.Gosched.
    Yielded = 1,
}

/// Go's wait reasons (runtime2.go), exactly as Go prints them in goroutine dumps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u32)]
pub enum WaitReason {
    ChanSend = 1,
    ChanReceive = 2,
    ChanSendNilChan = 3,
    ChanReceiveNilChan = 4,
    Sleep = 5,
    WaitGroupWait = 6,
    Select = 7,
    SelectNoCases = 8,
    MutexLock = 9,
    RWMutexRLock = 10,
    RWMutexLock = 11,
}

impl WaitReason {
    pub fn as_str(self) -> &'static str {
        match self {
            WaitReason::ChanSend => "chan send",
            WaitReason::ChanReceive => "chan receive",
            WaitReason::ChanSendNilChan => "chan send (nil chan)",
            WaitReason::ChanReceiveNilChan => "chan receive (nil chan)",
            WaitReason::Sleep => "sleep",
            // Go 1.23, the reference here, parks WaitGroup.Wait in a semaphore.
            WaitReason::WaitGroupWait => "semacquire",
            WaitReason::Select => "select",
            WaitReason::SelectNoCases => "select (no cases)",
            WaitReason::MutexLock => "sync.Mutex.Lock",
            WaitReason::RWMutexRLock => "sync.RWMutex.RLock",
            WaitReason::RWMutexLock => "sync.RWMutex.Lock",
        }
    }
    pub fn from_u32(v: u32) -> Option<WaitReason> {
        use WaitReason::*;
        [
            ChanSend,
            ChanReceive,
            ChanSendNilChan,
            ChanReceiveNilChan,
            Sleep,
            WaitGroupWait,
            Select,
            SelectNoCases,
            MutexLock,
            RWMutexRLock,
            RWMutexLock,
        ]
        .into_iter()
        .find(|r| *r as u32 == v)
    }
}

/// One scheduling event. `m`, `p` are `NONE` when not applicable; `g` is 0 when none.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Event {
    /// Global order across all Ms.
    pub seq: u64,
    /// Nanoseconds since the run started (virtual time in deterministic mode).
    pub ts_ns: u64,
    pub kind: Kind,
    pub m: u32,
    pub p: u32,
    pub g: u32,
    pub a: u32,
    pub b: u32,
}

impl Event {
    /// The flat encoding: seq, ts_lo, ts_hi, kind, m, p, g, a, b, seq_hi.
    pub fn to_words(&self) -> [u32; WORDS] {
        [
            self.seq as u32,
            self.ts_ns as u32,
            (self.ts_ns >> 32) as u32,
            self.kind as u32,
            self.m,
            self.p,
            self.g,
            self.a,
            self.b,
            (self.seq >> 32) as u32,
        ]
    }

    pub fn from_words(w: &[u32]) -> Option<Event> {
        if w.len() < WORDS {
            return None;
        }
        Some(Event {
            seq: w[0] as u64 | (w[9] as u64) << 32,
            ts_ns: w[1] as u64 | (w[2] as u64) << 32,
            kind: Kind::from_u32(w[3])?,
            m: w[4],
            p: w[5],
            g: w[6],
            a: w[7],
            b: w[8],
        })
    }

    /// Stable one-line text form, for golden tests and debugging.
    pub fn text(&self) -> String {
        let slot = |v: u32| {
            if v == NONE {
                "-".to_string()
            } else {
                v.to_string()
            }
        };
        let detail = match self.kind {
            Kind::GoBlock => format!(
                " reason={:?} obj={}",
                WaitReason::from_u32(self.a).map(|r| r.as_str()).unwrap_or("?"),
                self.b
            ),
            Kind::GoStop => format!(
                " reason={}",
                if self.a == StopReason::Yielded as u32 { "yielded" } else { "preempted" }
            ),
            Kind::GoUnblock => format!(" waker={} to_p={}", self.a, slot(self.b)),
            Kind::GoCreate => format!(" parent={} func={}", self.a, self.b),
            Kind::Steal => format!(" victim={} n={}", self.a, self.b),
            Kind::Output => format!(" bytes={} fd={}", self.a, self.b),
            Kind::ProcResize => format!(" from={} to={}", self.a, self.b),
            Kind::SyscallExit => format!(" got_p={}", self.a),
            Kind::Handoff => format!(" p={} from_m={}", self.a, self.b),
            _ => String::new(),
        };
        format!(
            "{} {} {} m={} p={} g={}{}",
            self.seq,
            self.ts_ns,
            self.kind.name(),
            slot(self.m),
            slot(self.p),
            self.g,
            detail
        )
    }
}

/// Flatten events into the page's encoding.
pub fn to_words(events: &[Event]) -> Vec<u32> {
    let mut out = Vec::with_capacity(events.len() * WORDS);
    for e in events {
        out.extend_from_slice(&e.to_words());
    }
    out
}
