//! Scheduling events.
//!
//! Every event is a fixed-size record appended to the buffer of the M that saw it (no lock
//! shared between Ms on the hot path). A global sequence number orders the records of all
//! Ms, so merging the buffers gives one total order. The page receives the records as a
//! flat `Uint32Array` of `WORDS` words each (`Event::to_words`); the CLI writes Chrome Trace
//! Event JSON (`chrome_json`) or the replay export (`replay_json`); golden tests use the
//! stable text form (`Event::text`).
//!
//! The stream is complete enough that a pure fold rebuilds everything the page shows at any
//! moment (www/replay-model.js): run queues, Ms, Ps, timers, channel buffers and wait queues,
//! mutexes and WaitGroups, goroutine states and lines. For that, an event that changes a
//! queue is emitted while the queue's lock is held, so the sequence order of two events on
//! the same queue is the order in which the queue changed. Text (channel names, values sent)
//! goes into the run's string table; events carry its ids (`Strings`).
//!
//! The event kinds, wait reasons and constants below are the one definition the page uses:
//! `defs_json` exports them (through the wasm module and in every replay export).

pub mod chrome;
pub mod strings;

pub use self::strings::Strings;

/// Words per event in the flat encoding the page reads.
pub const WORDS: usize = 12;
/// "No P" / "no M" / "no string" in an event.
pub const NONE: u32 = u32::MAX;

/// Where a run-queue event puts or takes a G (`RunqPut` and `RunqGet`'s `a`).
pub const Q_RUNNEXT: u32 = 0;
pub const Q_RUNQ: u32 = 1;
pub const Q_GLOBAL: u32 = 2;
/// `Select`'s `b` when no case was ready and the select took its default.
pub const SELECT_DEFAULT: u32 = NONE - 1;
/// `SelectCase`'s `b`: the case index, with this bit for a send.
pub const CASE_SEND: u32 = 1 << 31;
/// Separates a channel's name from its type in `ChanMake`'s label ("ping\x1fchan string").
pub const LABEL_SEP: char = '\u{1f}';

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

// Every event has `m` (the M that saw it), `p` (that M's P, or NONE) and `g` (0: none);
// `a`, `b`, `c`, `d` mean what each kind says. A line is a source line (0: unknown); a
// "text" is an id in the string table (NONE: none or the table was full).
kinds! {
    /// M `m` acquired P `p` and starts scheduling.
    ProcStart = 1,
    /// M `m` released P `p` (idle, or the run ended).
    ProcStop = 2,
    /// Goroutine `g` was created by goroutine `a` (0: the runtime), running function id `b`,
    /// by the go statement at line `c`.
    GoCreate = 3,
    /// `g` starts running on P `p`, M `m`, at line `c`.
    GoStart = 4,
    /// `g` stopped running but stays runnable; `a` is a `StopReason`.
    GoStop = 5,
    /// `g` parked; `a` is a `WaitReason`, `b` the object it waits on (a channel handle, 0 if
    /// none), `c` the line; for a channel send `d` is the text of the value it offers.
    GoBlock = 6,
    /// `g` was made runnable by goroutine `a` (0: the runtime, e.g. a timer); `b` is the P
    /// whose run queue received it; `c` the waker's line.
    GoUnblock = 7,
    /// `g` returned from its function.
    GoEnd = 8,
    /// P `p` stole `g` from P `a`'s run queue (`b` = 1: onto its own runq; 0: to run now).
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
    /// `g` was put on a run queue: `a` is Q_RUNNEXT, Q_RUNQ (tail) or Q_GLOBAL (tail); `b`
    /// is the P that owns the queue (NONE for the global queue).
    RunqPut = 16,
    /// `g` was taken off a run queue to run on P `p`: `a` as for RunqPut, `b` its P.
    RunqGet = 17,
    /// M `m` is spinning: it has a P and looks for work (its own queues were empty).
    MSpin = 18,
    /// M `m` parked (no work, or no idle P).
    MPark = 19,
    /// M `a` was unparked by M `m` (wakep: there is work and an idle P).
    MUnpark = 20,
    /// `g` armed timer `a`: `b` is the channel it will send on (0: time.Sleep wakes `g`),
    /// `c` the line, `d` its deadline in microseconds of the run's clock.
    TimerAdd = 21,
    /// Timer `a` fired: `b` the channel it sent on (0: it woke `g`).
    TimerFire = 22,
    /// `g` made channel `a` with capacity `b` at line `c`; `d` is its label text, the name of
    /// the variable or expression it was made for, LABEL_SEP, and its type.
    ChanMake = 23,
    /// `g` sent on channel `a` at line `c` the value with text `d`: to receiver `b`, which was
    /// waiting, or into the buffer's tail (b = 0).
    ChanSend = 24,
    /// `g` received on channel `a` at line `c` the value with text `d`: from the buffer's
    /// head (b = 0), or from sender `b`, which was waiting (a buffered channel then moves the
    /// sender's value to its tail).
    ChanRecv = 25,
    /// `g` received the zero value from channel `a` at line `c`: it is closed and drained.
    ChanRecvClosed = 26,
    /// `g` closed channel `a` at line `c`.
    ChanClose = 27,
    /// `g` ran a select with `a` cases at line `c`: `b` is the case that completed now,
    /// SELECT_DEFAULT, or NONE when it blocks on every case (SelectCase events follow).
    Select = 28,
    /// `g`, blocking in a select, waits on channel `a` in case `b` (with CASE_SEND for a
    /// send, whose value has text `d`).
    SelectCase = 29,
    /// `g` called Lock on mutex `a` at line `c`: `b` = 1 it got it, 0 it waits.
    MutexLock = 30,
    /// `g` unlocked mutex `a` at line `c`, waking goroutine `b` (0: none): with `d` = 1 it
    /// handed `b` the mutex (starvation mode), with 0 `b` competes for it (normal mode).
    MutexUnlock = 31,
    /// `g` added `b` (signed) to WaitGroup `a` at line `c`; the counter is now `d` (signed).
    WgAdd = 32,
    /// `g` called Wait on WaitGroup `a` at line `c`, whose counter was `b` (0: it goes on).
    WgWait = 33,
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
    SyncCondWait = 12,
    /// RWMutex.Lock behind another writer: Go's Lock takes the writers' Mutex first, so it
    /// waits (and prints) as a Mutex.Lock.
    RWMutexWriterLock = 13,
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
            WaitReason::SyncCondWait => "sync.Cond.Wait",
            WaitReason::RWMutexWriterLock => "sync.Mutex.Lock",
        }
    }
    pub const ALL: &'static [WaitReason] = &[
        WaitReason::ChanSend,
        WaitReason::ChanReceive,
        WaitReason::ChanSendNilChan,
        WaitReason::ChanReceiveNilChan,
        WaitReason::Sleep,
        WaitReason::WaitGroupWait,
        WaitReason::Select,
        WaitReason::SelectNoCases,
        WaitReason::MutexLock,
        WaitReason::RWMutexRLock,
        WaitReason::RWMutexLock,
        WaitReason::SyncCondWait,
        WaitReason::RWMutexWriterLock,
    ];
    pub fn from_u32(v: u32) -> Option<WaitReason> {
        WaitReason::ALL.iter().copied().find(|r| *r as u32 == v)
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
    pub c: u32,
    pub d: u32,
}

impl Event {
    /// The flat encoding: seq, ts_lo, ts_hi, kind, m, p, g, a, b, seq_hi, c, d.
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
            self.c,
            self.d,
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
            c: w[10],
            d: w[11],
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
            Kind::Steal => format!(" victim={} to_runq={}", self.a, self.b),
            Kind::Output => format!(" bytes={} fd={}", self.a, self.b),
            Kind::ProcResize => format!(" from={} to={}", self.a, self.b),
            Kind::SyscallExit => format!(" got_p={}", self.a),
            Kind::Handoff => format!(" p={} from_m={}", self.a, self.b),
            _ if self.a | self.b | self.c | self.d == 0 => String::new(),
            _ => format!(" a={} b={} c={} d={}", self.a, self.b, slot(self.c), slot(self.d)),
        };
        let line = match self.kind {
            Kind::GoCreate | Kind::GoStart | Kind::GoBlock | Kind::GoUnblock if self.c != 0 => {
                format!(" line={}", self.c)
            }
            _ => String::new(),
        };
        format!(
            "{} {} {} m={} p={} g={}{}{}",
            self.seq,
            self.ts_ns,
            self.kind.name(),
            slot(self.m),
            slot(self.p),
            self.g,
            detail,
            line
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

/// The definitions the page and the replay export share: every event kind's name and
/// number, every wait reason's number and Go text, and the constants events use.
pub fn defs() -> serde_json::Value {
    let kinds: serde_json::Map<String, serde_json::Value> =
        Kind::ALL.iter().map(|k| (k.name().to_string(), (*k as u32).into())).collect();
    let reasons: serde_json::Map<String, serde_json::Value> =
        WaitReason::ALL.iter().map(|r| ((*r as u32).to_string(), r.as_str().into())).collect();
    serde_json::json!({
        "words": WORDS,
        "none": NONE,
        "kinds": kinds,
        "waitReasons": reasons,
        "queues": {"runnext": Q_RUNNEXT, "runq": Q_RUNQ, "global": Q_GLOBAL},
        "selectDefault": SELECT_DEFAULT,
        "caseSend": CASE_SEND,
        "labelSep": "\u{1f}",
        "stopReasons": {
            "preempted": StopReason::Preempted as u32,
            "yielded": StopReason::Yielded as u32,
        },
    })
}

/// `defs` as JSON text (the wasm module hands it to the page).
pub fn defs_json() -> String {
    defs().to_string()
}

/// The replay export (`gopark run --replay OUT.json`): everything a replay needs, in the
/// form the page's model reads (www/replay-model.js `Recording.fromExport`):
/// `{"format":"gopark-replay/1","defs":..,"procs":N,"funcs":[names],"strings":[texts],
///   "events":[WORDS numbers per event],"truncated":bool,"stdout":..,"stderr":..,"exitCode":N}`.
pub struct Export<'a> {
    pub procs: usize,
    pub funcs: Vec<&'a str>,
    pub strings: &'a [Box<str>],
    pub events: &'a [Event],
    pub truncated: bool,
    pub stdout: &'a str,
    pub stderr: &'a str,
    pub exit_code: i32,
    pub source: &'a str,
}

impl Export<'_> {
    pub fn to_json(&self) -> String {
        #[derive(serde::Serialize)]
        #[serde(rename_all = "camelCase")]
        struct Out<'a> {
            format: &'static str,
            defs: serde_json::Value,
            procs: usize,
            funcs: &'a [&'a str],
            strings: &'a [Box<str>],
            truncated: bool,
            exit_code: i32,
            stdout: &'a str,
            stderr: &'a str,
            source: &'a str,
            events: Vec<u32>,
        }
        let out = Out {
            format: "gopark-replay/1",
            defs: defs(),
            procs: self.procs,
            funcs: &self.funcs,
            strings: self.strings,
            truncated: self.truncated,
            exit_code: self.exit_code,
            stdout: self.stdout,
            stderr: self.stderr,
            source: self.source,
            events: to_words(self.events),
        };
        // Serializing plain data to a String cannot fail.
        serde_json::to_string(&out).unwrap_or_default() + "\n"
    }
}

/// The label of a channel made at a source line: the variable or expression on the left of
/// `=` or `:=` (`ping` in `ping := make(chan string)`), the field in a composite literal
/// (`jobs: make(chan int)`), else `chan@LINE`. The name is what the learner wrote, so the
/// channel views can say "ping" rather than a handle.
pub fn chan_name(line_text: &str, line: u32) -> String {
    let text = line_text.trim();
    let Some(at) = text.find("make(") else {
        return format!("chan@{line}");
    };
    let before = text[..at].trim_end();
    let lhs = before
        .strip_suffix(":=")
        .or_else(|| before.strip_suffix('='))
        .or_else(|| before.strip_suffix(':'))
        .map(str::trim_end);
    let Some(lhs) = lhs else {
        return format!("chan@{line}");
    };
    // The last name on the left (`a, b := ...` names b only if there is one make; `var c =`).
    let name = lhs.rsplit([',', ' ', '\t', '(', '{']).next().unwrap_or("").trim();
    let ok = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == '.' || c == '[' || c == ']');
    if ok {
        name.to_string()
    } else {
        format!("chan@{line}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chan_names_come_from_the_source_line() {
        assert_eq!(chan_name("\tping := make(chan string)", 6), "ping");
        assert_eq!(chan_name("jobs := make(chan int, 10)", 3), "jobs");
        assert_eq!(chan_name("var done = make(chan bool)", 3), "done");
        assert_eq!(chan_name("s.out = make(chan int)", 3), "s.out");
        assert_eq!(chan_name("w := worker{in: make(chan int)}", 9), "in");
        assert_eq!(chan_name("go f(make(chan int))", 4), "chan@4");
        assert_eq!(chan_name("", 0), "chan@0");
    }

    #[test]
    fn events_round_trip_through_words_and_defs_name_every_kind() {
        let e = Event {
            seq: 5 << 32 | 7,
            ts_ns: 1 << 40,
            kind: Kind::ChanSend,
            m: 1,
            p: 0,
            g: 3,
            a: 9,
            b: 0,
            c: 12,
            d: 4,
        };
        assert_eq!(Event::from_words(&e.to_words()), Some(e));
        let defs = defs_json();
        for k in Kind::ALL {
            assert!(defs.contains(&format!("\"{}\":{}", k.name(), *k as u32)), "{defs}");
        }
        assert!(defs.contains("\"2\":\"chan receive\""));
    }
}
