//! Goroutine dumps: what a panic, a fatal error and checkdead print, as Go 1.23 prints it
//! (runtime/traceback.go: goroutineheader, traceback1, printcreatedby, tracebackothers;
//! runtime/panic.go: dopanic_m).
//!
//! A dump is one section per goroutine (each location line starts with a tab):
//!
//! ```text
//! goroutine 7 [chan receive, 3 minutes]:
//! main.level2(...)
//!     prog.go:20
//! main.worker()
//!     prog.go:31
//! created by main.main in goroutine 1
//!     prog.go:40
//! ```
//!
//! Which goroutines are listed follows GOTRACEBACK (`Limits::traceback`):
//! - `none`: only the panic or fatal error line(s), no goroutine at all;
//! - `single` (Go's default): a panic lists the panicking goroutine only; a fatal error
//!   (`fatal error: ...`, deadlock included) lists every goroutine, because Go's
//!   gotraceback() turns on "all" whenever the runtime throws;
//! - `all`: the crashing goroutine first, then every other one.
//!
//! Other goroutines come in the order of `allgs`, which is id order here. Go walks its
//! allgs slice, where a new goroutine may reuse the g of a dead one and so its place: after
//! goroutines have exited, Go may list a newer goroutine before an older one. Ids differ
//! anyway (Go numbers user goroutines from wherever its per-P id caches stand, often 6, 18
//! or 33; gopark numbers them 2, 3, ... in creation order).
//!
//! Where gopark's frames differ from Go's, and why:
//! - Argument words: Go prints the raw words of a frame's arguments (`main.f(0xc000012345?,
//!   0x3)`), or `(...)` for an inlined call, even one without parameters; gopark prints
//!   `(...)` for every function with parameters (a receiver counts) and `()` otherwise, so
//!   an inlined `main.main.func2(...)` of Go's is gopark's `main.main.func2()`. The words
//!   are addresses and register spills that mean nothing here.
//! - Locations: Go prints the absolute source path and the pc offset within the function
//!   (`/home/u/prog.go:12 +0x1d`); gopark prints the program's name (`prog.go:12`) and no
//!   offset. scripts/go-expected.sh removes both from Go's output for the golden tests.
//! - Runtime-internal frames: Go hides runtime.* frames (chanrecv, selectgo, gopark, ...)
//!   and so does gopark, having none. Library frames that Go does show (sync and time are
//!   Go code) are synthesised from the wait reason or the failing instruction, with the
//!   names and lines of Go 1.23.5's sources under `GOROOT` (`LIB_*` below): WaitGroup.Wait
//!   (`[semacquire]`), Mutex.Lock (`[sync.Mutex.Lock]`), time.Sleep (`[sleep]`), a negative
//!   WaitGroup counter (Add's frame, and Done's under it for `wg.Done()`, its own
//!   instruction) and the unlock of an unlocked Mutex.
//! - Inlining: Go reports a `go` statement inside a function that was inlined into its
//!   caller as "created by CALLER"; gopark, which never inlines, names the function the
//!   statement is in.
//! - Wait time: Go records when a goroutine blocked only at the next garbage collection
//!   (mgcmark.go), so `, N minutes` appears only once a collection has run; gopark records
//!   it when the goroutine parks, so the minutes are those of the run's clock (virtual in
//!   deterministic mode).
//! - Method values: Go hides the wrapper (`main.(*T).M-fm`) between a goroutine's start
//!   and the method; so does gopark, unless the wrapper itself is the innermost frame.
//! - Size: gopark stops listing goroutines once the dump passes `Limits::max_output_bytes`
//!   and says how many it left out; Go lists them all.
//! - Runtime throws (stack overflow, out of memory) make Go print `gp=... m=...` in the
//!   header and a `runtime stack:` section; gopark prints its usual header.

use super::Runtime;
use crate::rt::g::{Frame, GState, G, RUNNABLE, RUNNING, SYSCALL, WAITING};
use crate::sys::{lock, Arc, Mutex, MutexGuard, Ordering};
use crate::trace::WaitReason;
use crate::vm::op::{Native, Op};
use crate::vm::program::{Func, ONCE_DO};

/// Frames printed in a traceback before eliding, as Go does for deep stacks: the innermost
/// and the outermost half of them (Go's tracebackInnerFrames and tracebackOuterFrames).
pub const TRACEBACK_FRAMES: usize = 100;

/// GOROOT as the library frames show it: where Go's official installs put it.
pub const GOROOT: &str = "/usr/local/go";

/// How much a panic or fatal error prints, as Go's GOTRACEBACK (which also takes 0, 1, 2).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Traceback {
    /// Only the panic or fatal error line(s).
    None,
    /// The crashing goroutine (every goroutine for a fatal error).
    #[default]
    Single,
    /// Every goroutine, the crashing one first.
    All,
}

impl Traceback {
    pub fn parse(s: &str) -> Option<Traceback> {
        match s {
            "none" | "0" => Some(Traceback::None),
            "single" | "1" => Some(Traceback::Single),
            "all" | "2" => Some(Traceback::All),
            _ => None,
        }
    }
    pub fn name(self) -> &'static str {
        match self {
            Traceback::None => "none",
            Traceback::Single => "single",
            Traceback::All => "all",
        }
    }
}

/// A frame of Go's library, printed above the user's frames: (name, has arguments, file
/// under GOROOT/src, line), innermost first.
type LibFrame = (&'static str, bool, &'static str, u32);

/// Where Go 1.23's gopanic calls a deferred function.
const LIB_PANIC: &str = "runtime/panic.go";
const LIB_PANIC_LINE: u32 = 785;

const LIB_SLEEP: &[LibFrame] = &[("time.Sleep", true, "runtime/time.go", 300)];
const LIB_WG_WAIT: &[LibFrame] = &[
    ("sync.runtime_Semacquire", true, "runtime/sema.go", 71),
    ("sync.(*WaitGroup).Wait", true, "sync/waitgroup.go", 118),
];
const LIB_MUTEX_LOCK: &[LibFrame] = &[
    ("sync.runtime_SemacquireMutex", true, "runtime/sema.go", 95),
    ("sync.(*Mutex).lockSlow", true, "sync/mutex.go", 173),
    ("sync.(*Mutex).Lock", true, "sync/mutex.go", 92),
];
const LIB_WG_ADD_NEGATIVE: &[LibFrame] =
    &[("sync.(*WaitGroup).Add", true, "sync/waitgroup.go", 64)];
const LIB_WG_DONE_NEGATIVE: &[LibFrame] = &[
    ("sync.(*WaitGroup).Add", true, "sync/waitgroup.go", 64),
    ("sync.(*WaitGroup).Done", true, "sync/waitgroup.go", 89),
];
const LIB_MUTEX_UNLOCK_FATAL: &[LibFrame] = &[
    ("sync.fatal", true, "runtime/panic.go", 1031),
    ("sync.(*Mutex).unlockSlow", true, "sync/mutex.go", 231),
    ("sync.(*Mutex).Unlock", true, "sync/mutex.go", 225),
];

const LIB_RWMUTEX_UNLOCK_FATAL: &[LibFrame] = &[
    ("sync.fatal", true, "runtime/panic.go", 1031),
    ("sync.(*RWMutex).Unlock", true, "sync/rwmutex.go", 210),
];
const LIB_RWMUTEX_RUNLOCK_FATAL: &[LibFrame] = &[
    ("sync.fatal", true, "runtime/panic.go", 1031),
    ("sync.(*RWMutex).rUnlockSlow", true, "sync/rwmutex.go", 130),
    ("sync.(*RWMutex).RUnlock", true, "sync/rwmutex.go", 120),
];

const LIB_RWMUTEX_LOCK: &[LibFrame] = &[
    ("sync.runtime_SemacquireRWMutex", true, "runtime/sema.go", 105),
    ("sync.(*RWMutex).Lock", true, "sync/rwmutex.go", 153),
];
/// RWMutex.Lock waiting for the writer before it, in the writers' Mutex.
const LIB_RWMUTEX_WRITER_LOCK: &[LibFrame] = &[
    ("sync.runtime_SemacquireMutex", true, "runtime/sema.go", 95),
    ("sync.(*Mutex).lockSlow", true, "sync/mutex.go", 173),
    ("sync.(*Mutex).Lock", true, "sync/mutex.go", 92),
    ("sync.(*RWMutex).Lock", true, "sync/rwmutex.go", 148),
];
const LIB_RWMUTEX_RLOCK: &[LibFrame] = &[
    ("sync.runtime_SemacquireRWMutexR", true, "runtime/sema.go", 100),
    ("sync.(*RWMutex).RLock", true, "sync/rwmutex.go", 72),
];

const LIB_COND_WAIT: &[LibFrame] = &[
    ("sync.runtime_notifyListWait", true, "runtime/sema.go", 587),
    ("sync.(*Cond).Wait", true, "sync/cond.go", 71),
];
/// errors.As's three panics, by the line of errors/wrap.go that raises each.
const LIB_ERRORS_AS: [&[LibFrame]; 3] = [
    &[("errors.As", true, "errors/wrap.go", 102)],
    &[("errors.As", true, "errors/wrap.go", 107)],
    &[("errors.As", true, "errors/wrap.go", 111)],
];

/// The frame of a library function that panicked with a string, by the panic's text.
const LIB_PANIC_TEXTS: &[(&str, &[LibFrame])] = &[
    ("errors: target cannot be nil", LIB_ERRORS_AS[0]),
    ("errors: target must be a non-nil pointer", LIB_ERRORS_AS[1]),
    ("errors: *target must be interface or implement error", LIB_ERRORS_AS[2]),
    ("bytes: negative Repeat count", &[("bytes.Repeat", true, "bytes/bytes.go", 595)]),
    ("bytes: Repeat output length overflow", &[("bytes.Repeat", true, "bytes/bytes.go", 598)]),
    ("strings: negative Repeat count", &[("strings.Repeat", true, "strings/strings.go", 569)]),
    (
        "strings: Repeat output length overflow",
        &[("strings.Repeat", true, "strings/strings.go", 572)],
    ),
    (
        "bytes.Buffer.Grow: negative count",
        &[("bytes.(*Buffer).Grow", true, "bytes/buffer.go", 166)],
    ),
    (
        "bytes.Buffer: truncation out of range",
        &[("bytes.(*Buffer).Truncate", true, "bytes/buffer.go", 98)],
    ),
    (
        "strings.Builder.Grow: negative count",
        &[("strings.(*Builder).Grow", true, "strings/builder.go", 72)],
    ),
];

/// The lines of library frames.
fn lib_lines(lib: &[LibFrame]) -> Vec<Line> {
    lib.iter()
        .map(|&(name, args, file, line)| Line {
            name: name.into(),
            args,
            file: format!("{GOROOT}/src/{file}"),
            line,
        })
        .collect()
}

/// One printed frame.
struct Line {
    name: String,
    args: bool,
    file: String,
    line: u32,
}

/// Locks another goroutine's state if it is free or soon free; None when an M holds it
/// (the goroutine is running a time slice elsewhere).
fn try_lock_state(m: &Mutex<GState>) -> Option<MutexGuard<'_, GState>> {
    for _ in 0..10_000 {
        if let Ok(st) = m.try_lock() {
            return Some(st);
        }
        std::hint::spin_loop();
    }
    None
}

impl Runtime {
    /// `goroutine N [status]:` (goroutineheader), without the newline.
    fn goroutine_header(&self, g: &G) -> String {
        let status = g.status.load(Ordering::Acquire);
        let mut s = format!("goroutine {} [", g.id);
        match status {
            WAITING => {
                s.push_str(g.wait_reason().map(|r| r.as_str()).unwrap_or("waiting"));
                let since = g.wait_since_ns();
                let minutes = self.clock.now_ns().saturating_sub(since) / 60_000_000_000;
                if minutes >= 1 {
                    s.push_str(&format!(", {minutes} minutes"));
                }
            }
            RUNNABLE => s.push_str("runnable"),
            RUNNING => s.push_str("running"),
            SYSCALL => s.push_str("syscall"),
            _ => s.push_str("dead"),
        }
        s.push_str("]:");
        s
    }

    /// The library frames above the innermost user frame: those of the call the goroutine
    /// waits in, or of the instruction that failed (`crashed`: the first line of its
    /// message).
    fn lib_frames(&self, g: &G, st: &GState, crashed: Option<&str>) -> &'static [LibFrame] {
        let Some(first) = crashed else {
            if g.status.load(Ordering::Acquire) != WAITING {
                return &[];
            }
            return match g.wait_reason() {
                Some(WaitReason::Sleep) => LIB_SLEEP,
                Some(WaitReason::WaitGroupWait) => LIB_WG_WAIT,
                Some(WaitReason::MutexLock) => LIB_MUTEX_LOCK,
                Some(WaitReason::RWMutexLock) => LIB_RWMUTEX_LOCK,
                Some(WaitReason::RWMutexWriterLock) => LIB_RWMUTEX_WRITER_LOCK,
                Some(WaitReason::RWMutexRLock) => LIB_RWMUTEX_RLOCK,
                Some(WaitReason::SyncCondWait) => LIB_COND_WAIT,
                _ => &[],
            };
        };
        // A panic's frame (interp/panics.rs) sits above the instruction that failed.
        let Some(fr) = st.frames().rev().find(|f| self.prog.panic_func != Some(f.func)) else {
            return &[];
        };
        let op = fr
            .pc
            .checked_sub(1)
            .and_then(|pc| self.prog.funcs.get(fr.func as usize)?.code.get(pc as usize));
        match op {
            Some(Op::WgAdd { .. }) => LIB_WG_ADD_NEGATIVE,
            Some(Op::WgDone { .. }) => LIB_WG_DONE_NEGATIVE,
            Some(Op::MutexUnlock { .. }) => LIB_MUTEX_UNLOCK_FATAL,
            Some(Op::CallNative { native: Native::TimeSleep, .. }) => LIB_SLEEP,
            Some(Op::CallNative { native: Native::Lib(_), .. }) => match first {
                // The scheduler does not know the library's natives by name: the text says
                // which RWMutex method threw.
                "fatal error: sync: Unlock of unlocked RWMutex" => LIB_RWMUTEX_UNLOCK_FATAL,
                "fatal error: sync: RUnlock of unlocked RWMutex" => LIB_RWMUTEX_RUNLOCK_FATAL,
                _ => self.panic_text_frames(st),
            },
            _ => &[],
        }
    }

    /// The frame of the library function that panicked, when its string says which one (the
    /// scheduler does not know the library's natives by name): errors.As's checks,
    /// Repeat, Grow and Buffer.Truncate.
    fn panic_text_frames(&self, st: &GState) -> &'static [LibFrame] {
        let Some(p) = st.callers.as_deref().and_then(|c| c.panics.last()) else { return &[] };
        if p.value.h == 0 {
            return &[];
        }
        let text = self.heap.str(p.value);
        LIB_PANIC_TEXTS.iter().find(|(t, _)| **t == *text).map_or(&[], |(_, frames)| frames)
    }

    /// The frames Go would show, innermost first.
    fn frames(&self, g: &G, st: &GState, crashed: Option<&str>) -> Vec<Line> {
        let mut out = lib_lines(self.lib_frames(g, st, crashed));
        let frames: Vec<&Frame> = st.frames().collect();
        out.extend(self.go_frames(st, &frames));
        out
    }

    /// The lines of the Go frames `frames` (outermost first) of a goroutine whose state,
    /// but for its frames, is `st`; innermost first.
    fn go_frames(&self, st: &GState, frames: &[&Frame]) -> Vec<Line> {
        let prog = &self.prog;
        let mut out = Vec::new();
        let n = frames.len();
        for (i, fr) in frames.iter().enumerate().rev() {
            let Some(f) = prog.funcs.get(fr.func as usize) else { continue };
            // The frame a panic runs deferred calls in is Go's gopanic: shown as
            // `panic(...)` below a deferred call, hidden when the panic ends the program.
            if prog.panic_func == Some(fr.func) {
                if i + 1 < n {
                    out.push(Line {
                        name: "panic".into(),
                        args: true,
                        file: format!("{GOROOT}/src/{LIB_PANIC}"),
                        line: LIB_PANIC_LINE,
                    });
                }
                continue;
            }
            // A frame below the innermost that has not started: main.main under the package
            // initialisation gopark runs as if main called it first. Go runs init from
            // runtime.main, so main.main is not on the stack yet.
            if fr.pc == 0 && i + 1 < n {
                continue;
            }
            // gopark's main.init calls each `func init()` (main.init.0, ...); Go's runtime
            // calls them itself, so main.init is not their caller.
            if f.name == "main.init" && i + 1 < n {
                let callee = &prog.funcs[frames[i + 1].func as usize].name;
                if callee.starts_with("main.init.") {
                    continue;
                }
            }
            // The wrapper of a method value (`f := q.Pop`) is hidden, as Go hides wrappers
            // (showfuncinfo, elideWrapperCalling). So is the thunk of `go`/`defer` of a
            // library call (`defer mu.Unlock()`), even innermost: Go's gowrap/deferwrap is a
            // wrapper whose callee is the library function, never gopanic itself.
            let thunk = f.wrapper && f.name.contains(".gowrap");
            if (f.name.ends_with("-fm") || f.wrapper) && (i + 1 < n || thunk) {
                continue;
            }
            if f.name == ONCE_DO {
                out.extend(self.once_frames(f, fr));
                continue;
            }
            let line = fr
                .pc
                .checked_sub(1)
                .and_then(|pc| f.lines.get(pc as usize))
                .copied()
                .unwrap_or(f.line);
            // A library call suspended in this frame while the Go function above runs
            // (interp/task.rs): its own frames come between.
            if i + 1 < n {
                out.extend(self.task_frames(st, i as u32));
            }
            out.push(Line {
                name: f.name.clone(),
                args: f.nparams > 0,
                file: prog.file.clone(),
                line,
            });
        }
        out
    }

    /// once.Do's frame as Go's two: doSlow, in its Lock (line 72) or its call of f (76),
    /// and Do.
    fn once_frames(&self, f: &Func, fr: &Frame) -> [Line; 2] {
        let op = fr.pc.checked_sub(1).and_then(|pc| f.code.get(pc as usize));
        let slow = if matches!(op, Some(Op::MutexLock { .. })) { 72 } else { 76 };
        let file = format!("{GOROOT}/src/sync/once.go");
        [
            Line { name: "sync.(*Once).doSlow".into(), args: true, file: file.clone(), line: slow },
            Line { name: ONCE_DO.into(), args: true, file, line: 67 },
        ]
    }

    /// The library frames of the call suspended (waiting for a Go function it called) in
    /// the frame with `depth` callers, innermost first.
    fn task_frames(&self, st: &GState, depth: u32) -> Vec<Line> {
        let Some(c) = st.callers.as_deref() else { return Vec::new() };
        let Some(t) = c.tasks.iter().find(|t| t.depth == depth && t.awaiting) else {
            return Vec::new();
        };
        lib_lines(&t.frames)
    }

    /// `created by F in goroutine P` and its location (printcreatedby); nothing for
    /// goroutine 1.
    fn created_by(&self, g: &G) -> String {
        let Some((func, line)) = g.created_by() else { return String::new() };
        let name = self.prog.funcs.get(func as usize).map(|f| f.name.as_str()).unwrap_or("?");
        format!("created by {name} in goroutine {}\n\t{}:{line}\n", g.parent, self.prog.file)
    }

    /// The stack of a goroutine as Go prints it: frames, innermost first, the middle of a
    /// deep stack elided, then where it was created. `crashed`: `g` is the goroutine whose
    /// instruction at pc-1 panicked or threw (its library frames come from that
    /// instruction, not from a wait reason).
    pub fn traceback(&self, g: &G, st: &GState, crashed: Option<&str>) -> String {
        self.print_frames(g, &self.frames(g, st, crashed))
    }

    /// runtime.Stack and runtime/debug.Stack, called by the running goroutine `g`: its
    /// section as Go prints it (`lib`, the library's frames, above its Go frames `frames`,
    /// outermost first, which are out of its state `st` for the time slice), and with
    /// `all` every other goroutine's after it.
    pub fn stack_of_running(
        &self,
        g: &G,
        st: &GState,
        frames: &[Frame],
        lib: &[LibFrame],
        all: bool,
    ) -> String {
        let mut lines = lib_lines(lib);
        lines.extend(self.go_frames(st, &frames.iter().collect::<Vec<_>>()));
        let mut text = format!("goroutine {} [running]:\n", g.id);
        text.push_str(&self.print_frames(g, &lines));
        if all {
            let others: Vec<Arc<G>> = self.all_gs().into_iter().filter(|o| o.id != g.id).collect();
            self.dump_others(&others, &mut text);
        }
        text
    }

    fn print_frames(&self, g: &G, frames: &[Line]) -> String {
        let mut s = String::new();
        let n = frames.len();
        let half = TRACEBACK_FRAMES / 2;
        for (i, fr) in frames.iter().enumerate() {
            if n > TRACEBACK_FRAMES && i >= half && i < n - half {
                if i == half {
                    s.push_str(&format!("...{} frames elided...\n", n - 2 * half));
                }
                continue;
            }
            let args = if fr.args { "..." } else { "" };
            s.push_str(&format!("{}({args})\n\t{}:{}\n", fr.name, fr.file, fr.line));
        }
        s.push_str(&self.created_by(g));
        s
    }

    /// One goroutine's section of a dump, for a goroutine other than the crashing one.
    fn dump_other(&self, g: &G, text: &mut String) {
        text.push('\n');
        text.push_str(&self.goroutine_header(g));
        text.push('\n');
        // A goroutine running on another M holds its state for the whole time slice.
        let st = if g.status.load(Ordering::Acquire) == RUNNING {
            None
        } else {
            try_lock_state(&g.state)
        };
        match st {
            Some(st) => text.push_str(&self.traceback(g, &st, None)),
            None => {
                text.push_str("\tgoroutine running on other thread; stack unavailable\n");
                text.push_str(&self.created_by(g));
            }
        }
    }

    /// The sections of `gs`, until the dump passes the output limit (Go has none; a run
    /// with a hundred thousand goroutines would dump megabytes).
    fn dump_others(&self, gs: &[Arc<G>], text: &mut String) {
        let max = self.cfg.limits.max_output_bytes;
        for (i, g) in gs.iter().enumerate() {
            if text.len() > max {
                text.push_str(&format!(
                    "\ngopark: goroutine dump cut short at the output limit ({max} bytes): {} more goroutines\n",
                    gs.len() - i
                ));
                return;
            }
            self.dump_other(g, text);
        }
    }

    fn all_gs(&self) -> Vec<Arc<G>> {
        lock(&self.allgs).values().cloned().collect()
    }

    /// An unrecovered panic or a fatal error in `g` (whose state `st` the caller holds):
    /// print `first` (the panic or fatal error line(s)), then the goroutines GOTRACEBACK asks
    /// for (see the module comment), and end the run with status 2.
    pub fn crash(&self, g: &G, st: &GState, first: &str) {
        let mut text = format!("{first}\n");
        let fatal = !first.starts_with("panic: ");
        let level = self.cfg.limits.traceback;
        if level != Traceback::None {
            text.push_str(&format!("\ngoroutine {} [running]:\n", g.id));
            text.push_str(&self.traceback(g, st, Some(first)));
            if fatal || level == Traceback::All {
                let others: Vec<Arc<G>> =
                    self.all_gs().into_iter().filter(|o| o.id != g.id).collect();
                self.dump_others(&others, &mut text);
            }
        }
        self.finish(2, Some(text));
    }

    /// checkdead: every M is idle, no timer is pending, and goroutines remain. A fatal error,
    /// so every goroutine is listed (unless GOTRACEBACK=none).
    pub fn checkdead(&self) {
        if self.main_goexited.load(Ordering::Relaxed) && self.goroutine_count() == 0 {
            let msg = "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n";
            self.finish(2, Some(msg.to_string()));
            return;
        }
        let mut text = String::from("fatal error: all goroutines are asleep - deadlock!\n");
        if self.cfg.limits.traceback != Traceback::None {
            self.dump_others(&self.all_gs(), &mut text);
        }
        self.finish(2, Some(text));
    }
}
