//! The interpreter: runs one goroutine for one time slice.
//!
//! `run(rt, m, g, state, fuel)` executes at most `fuel` instructions and returns why it
//! stopped (`Exit`). Go-to-Go calls push a `Frame` and continue in the same loop, so they
//! never recurse on the Rust stack: a goroutine can stop between any two instructions, and
//! deep Go recursion is bounded by the register-stack limit, not by the host's stack.
//!
//! A blocking operation (send, receive, WaitGroup.Wait, Sleep) that cannot proceed records
//! the goroutine on the object's wait queue and marks it WAITING *while holding that
//! object's lock* (`Runtime::park_current`), saves the pc past the instruction and returns
//! `Exit::Parked`. What remains of the operation (storing the received value) is finished at
//! the start of the next slice (`GState::resume`). The thread itself never
//! blocks on a Go operation.
//!
//! The dispatch loop in this file holds the instructions that are a line or two of
//! arithmetic, moves, jumps, calls and returns; every other instruction goes through one call
//! to `ops::exec`, which hands it to a named helper, as Lua's lvm.c does, grouped by concern:
//!
//! - `calls`: frames, closures, `go` statements;
//! - `chan`: send, receive, close, select, and finishing a parked operation (`resume`);
//! - `alloc`: allocation under the heap limit, strings, arrays, interface values;
//! - `slices`, `strings`, `structs`, `maps`, `ptr`: the operations on each kind of value;
//! - `sync`: WaitGroup and Mutex;
//! - `natives`: the library functions written in Rust (fmt, runtime, time, os).
//!
//! Keeping the loop's own body small matters for speed: its state (pc, base, the register
//! stack, the fuel) then stays in machine registers instead of the host stack.
//!
//! Helpers return `Result<_, Exit>`. `Err(Exit::NeedGc)` means "run this instruction again
//! after a collection": the loop leaves the pc on it, so a helper that allocates must not
//! change anything visible before its last allocation succeeds. Any other `Err` ends the
//! slice with the pc past the instruction.

mod alloc;
mod callback;
mod calls;
mod chan;
mod complex;
mod iface;
mod maps;
mod natives;
mod ops;
mod panics;
mod ptr;
mod slices;
mod strings;
mod structs;
mod sync;
mod task;

pub use self::structs::values_equal;
use crate::rt::g::{Callers, Frame, GState, CAPS_ON_STACK, G};
use crate::sched::{MCtx, Runtime};
use crate::sys::internal_error;
use crate::vm::op::{FuncId, Op, PENDING_CALL};
use crate::vm::program::Func;
use crate::vm::value::{Handle, Value};
use std::sync::Arc;

/// The text of a run-time or fatal error, boxed so that `Exit` is two words: then the
/// `Result<(), Exit>` most instructions return comes back in two registers. With a
/// `String` (three words) it went through memory, and the caller's wide reload of what
/// the callee had just stored narrowly stalled on every parked channel operation.
#[derive(Debug, PartialEq, Clone, Default)]
pub struct Text(Box<String>);

impl Text {
    pub fn into_string(self) -> String {
        *self.0
    }
}

impl std::ops::Deref for Text {
    type Target = String;
    fn deref(&self) -> &String {
        &self.0
    }
}

impl std::fmt::Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<String> for Text {
    fn from(s: String) -> Text {
        Text(Box::new(s))
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Text {
        Text(Box::new(s.to_string()))
    }
}

/// Why a time slice ended.
#[derive(Debug, PartialEq)]
pub enum Exit {
    /// Out of fuel (Go: preempted).
    Preempted,
    /// runtime.Gosched.
    Yielded,
    /// Blocked; the G is already on a wait queue.
    Parked,
    /// The goroutine's function returned.
    Done,
    /// A run-time error (a Go panic with a runtime error value): the text after "panic: ".
    Panic(Text),
    /// panic(v) (internal: `run` starts panicking, see panics.rs); boxed, as `Text`.
    GoPanic(Box<Value>),
    /// A recovered panic's deferred call has returned (internal, see panics.rs).
    Recovered,
    /// runtime.Goexit (internal: `run` runs the deferred calls as for a panic that cannot
    /// be recovered, then the goroutine is `Done`; see panics.rs).
    Goexit,
    /// A fatal error: the whole first line ("fatal error: ...").
    Fatal(Text),
    /// An allocation found the heap over its limit: the pc is left on the allocating
    /// instruction so that it runs again after a collection.
    NeedGc,
    /// A blocking system call of `ns` nanoseconds (syscall.Nanosleep): the M blocks outside
    /// the interpreter (entersyscall/exitsyscall); the pc is past the call, its result written.
    Syscall(u64),
    /// A read of standard input found nothing buffered: the M blocks reading it in a system
    /// call (sched/stdin.rs); the pc is left on the call, which runs again afterwards.
    ReadStdin,
}

/// Puts the callers back into `st` after a slice. Once the goroutine has called anything its
/// box stays (so a goroutine that calls in every slice allocates it only once); one that
/// never called has none.
fn put_callers(st: &mut GState, frames: Vec<Frame>, caps: Vec<Arc<[Value]>>) {
    match &mut st.callers {
        Some(b) => (b.frames, b.caps) = (frames, caps),
        None if frames.capacity() > 0 => {
            st.callers = Some(Box::new(Callers { frames, caps, ..Default::default() }))
        }
        None => {}
    }
}

const NIL_DEREF: &str = "runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]";

/// The nil dereference whose signal line reports fault address `addr` (see compile/fault.rs;
/// `NIL_DEREF` is address 0). Only a panic takes this path, so the hot path carries a u32.
#[cold]
fn nil_deref_at(addr: u32) -> Exit {
    match addr {
        0 => Exit::Panic(NIL_DEREF.into()),
        _ => Exit::Panic(format!("{NIL_DEREF_TEXT}\n[signal SIGSEGV: segmentation violation code=0x1 addr={addr:#x} pc=0x0]").into()),
    }
}

/// The text of Go's nil dereference error, before the signal line.
const NIL_DEREF_TEXT: &str = "runtime error: invalid memory address or nil pointer dereference";

pub fn run(rt: &Runtime, m: &mut MCtx, g: &Arc<G>, st: &mut GState, fuel: u32) -> Exit {
    let mut used = 0;
    loop {
        let exit = run_slice(rt, m, g, st, fuel - used);
        used += m.used_fuel;
        // Panics and recoveries change the goroutine's frames (panics.rs), which the
        // dispatch loop keeps in locals: they are done between two runs of it.
        let exit = match exit {
            Exit::Panic(_) | Exit::GoPanic(_) | Exit::Goexit => panics::start(rt, m, st, exit),
            Exit::Recovered => {
                panics::recovered(rt, st);
                None
            }
            x => Some(x),
        };
        if let Some(x) = exit {
            m.used_fuel = used;
            return x;
        }
    }
}

fn run_slice(rt: &Runtime, m: &mut MCtx, g: &Arc<G>, st: &mut GState, fuel: u32) -> Exit {
    m.used_fuel = 0;
    let prog = &*rt.prog;
    let top = st.top;
    let f: &Func = &prog.funcs[top.func as usize];
    if std::mem::take(&mut st.resume) {
        let op = f.code[top.pc as usize - 1];
        let regs = &mut st.regs[top.base as usize..];
        let done = match op {
            Op::MutexLock { mu } => sync::lock_resume(rt, m, g, regs[mu as usize], &mut st.resume),
            _ => chan::resume(rt, g, op, regs),
        };
        if let Err(x) = done {
            return x;
        }
    }

    // The running frame lives in locals, and the register stack and the callers are moved
    // out of `st` for the slice (and put back below), so that the loop can keep them in
    // machine registers. Nothing here takes the address of `regs`, `pc`, `base` or `left`:
    // helpers get the registers as a slice.
    let mut regs: Box<[Value]> = std::mem::take(&mut st.regs);
    let (mut callers, mut caps) = match st.callers.as_deref_mut() {
        Some(c) => (std::mem::take(&mut c.frames), std::mem::take(&mut c.caps)),
        None => Default::default(),
    };
    let mut func = top.func;
    let mut closure = top.closure;
    let mut code: &[Op] = &f.code;
    let mut pc = top.pc as usize;
    let mut base = top.base as usize;
    // The running frame's registers: `w[0]` is its register 0 (the window runs to the end of
    // the stack). Re-made from `regs` after every call and return.
    if !frame_fits(f, regs.len(), base, pc) {
        internal_error("a goroutine's frame does not fit its register stack");
    }
    let mut w: &mut [Value] = &mut regs[base..];
    // Frames of `callers` from index `fresh` up were pushed by `call!` in this slice, from a
    // running frame that fitted the stack (which never shrinks): returning to them needs no
    // check. The ones below come from `st` and are checked when the loop returns to them.
    let mut fresh = callers.len();
    // The captured values of every frame that runs a closure from the heap (`heap_caps`),
    // the running frame's last. `Callers::caps` keeps the callers'; the running frame's are
    // fetched anew each slice (so that a parked goroutine does not hold them twice) and
    // dropped at its end. Such a frame was entered by `CallClosure`, so it has callers and
    // the vector its box.
    if heap_caps(closure) {
        caps.push(calls::closure_parts(rt, closure).1);
    }
    let mut left = fuel;

    // Register access without bounds checks. SAFETY: `vm::op::check_program` (run by
    // `Runtime::new`, the only way to make the `Runtime` whose program this is, which no one
    // can change afterwards) proved that every register operand of every instruction of
    // the running function `f` is below `f.nregs` (and for `Ret { src, n }`, that
    // `src + n <= f.nregs`); and `w.len() >= f.nregs` holds for the running frame: a call
    // makes it so (`call!` grows the stack to `nb + callee.nregs` and makes `w` start at
    // `nb`), the stack never shrinks, a caller that `call!` pushed in this slice still fits
    // when the loop returns to it (see `Ret`), and a frame that comes from `st` (at the
    // start of the slice, or a caller below `fresh` on return) is checked by `frame_fits`
    // before `w` is made for it.
    // Reads copy the value out, so no two references into `w` are ever alive together.
    macro_rules! r {
        ($x:expr) => {
            *unsafe { w.get_unchecked($x as usize) }
        };
    }
    macro_rules! set {
        ($x:expr, $v:expr) => {{
            let v = $v;
            *unsafe { w.get_unchecked_mut($x as usize) } = v;
        }};
    }
    // The running frame as `GState` keeps it.
    macro_rules! frame {
        () => {
            Frame { func, pc: pc as u32, base: base as u32, closure }
        };
    }
    // The value of a helper's Ok, or the end of the slice (see the module comment).
    macro_rules! tryx {
        ($e:expr) => {
            match $e {
                Ok(v) => v,
                Err(Exit::NeedGc) => {
                    pc -= 1;
                    break Exit::NeedGc;
                }
                Err(Exit::ReadStdin) => {
                    pc -= 1;
                    break Exit::ReadStdin;
                }
                Err(x) => break x,
            }
        };
    }
    // Calls `$callee`, function `$id` (closure `$c`, whose captured values are already on
    // `caps`), with its register 0 at `$b`.
    macro_rules! call {
        ($callee:expr, $id:expr, $c:expr, $b:expr) => {{
            let callee: &Func = $callee;
            let nb = base + $b as usize;
            let top = nb + callee.nregs as usize;
            if top > regs.len() {
                regs = tryx!(calls::grow(rt, &regs, top));
            }
            // The compiler relies on a new frame's registers above its parameters being
            // zero (and they must hold no stale references). SAFETY: `nparams <= nregs`
            // (`check_program`) and `top <= regs.len()` (just made so), so the range is in
            // the stack.
            zero(unsafe { regs.get_unchecked_mut(nb + callee.nparams as usize..top) });
            callers.push(frame!());
            (func, closure, code, pc, base) = ($id, $c, &callee.code, 0, nb);
            w = &mut regs[base..];
        }};
    }
    // Returns to the caller (the results are in place), or ends the goroutine.
    macro_rules! ret {
        () => {{
            let Some(c) = callers.pop() else {
                break Exit::Done;
            };
            if heap_caps(closure) {
                caps.pop();
            }
            (func, closure, pc, base) = (c.func, c.closure, c.pc as usize, c.base as usize);
            if callers.len() < fresh {
                fresh = callers.len();
                let fits = prog
                    .funcs
                    .get(func as usize)
                    .is_some_and(|f| frame_fits(f, regs.len(), base, pc));
                if !fits {
                    internal_error("a caller's frame does not fit its register stack");
                }
            }
            // SAFETY: this frame fits (`frame_fits`): checked just above if it came from
            // `st`; otherwise `call!` pushed it while it ran, when it fitted (the
            // running frame always does, see `r!`), and it still does: its function
            // and base are what they were, the stack never shrinks, and its pc is the
            // return address, an instruction of the function (`check_program`).
            code = unsafe { &prog.funcs.get_unchecked(func as usize).code };
            w = unsafe { regs.get_unchecked_mut(base..) };
        }};
    }
    macro_rules! int_op {
        ($dst:expr, $a:expr, $b:expr, |$x:ident, $y:ident| $body:expr) => {{
            let $x = r!($a).as_int();
            let $y = r!($b).as_int();
            set!($dst, Value::int($body));
        }};
    }
    macro_rules! cmp_op {
        ($dst:expr, $a:expr, $b:expr, $get:ident, $op:tt) => {{
            let v = r!($a).$get() $op r!($b).$get();
            set!($dst, Value::bool(v));
        }};
    }
    macro_rules! float_op {
        ($dst:expr, $a:expr, $b:expr, $op:tt) => {{
            set!($dst, Value::float(r!($a).as_float() $op r!($b).as_float()));
        }};
    }

    let exit = loop {
        if left == 0 {
            break Exit::Preempted;
        }
        left -= 1;
        // SAFETY: `pc < code.len()`. A frame from `st` is checked by `frame_fits`; a call
        // starts at 0 and `check_program` proved the code not empty; and it proved that every
        // jump target and every fall-through (including `CmpJmpI`'s skip and the return
        // address after a call) is an instruction of the function.
        let op = unsafe { code.get_unchecked(pc) };
        pc += 1;
        match *op {
            Op::Nop => {}
            Op::LoadInt { dst, v } => set!(dst, Value::int(v)),
            Op::LoadFloat { dst, v } => set!(dst, Value::float(v)),
            Op::LoadNil { dst } => set!(dst, Value::ZERO),
            Op::Move { dst, src } => set!(dst, r!(src)),

            Op::AddI { dst, a, b } => int_op!(dst, a, b, |x, y| x.wrapping_add(y)),
            Op::SubI { dst, a, b } => int_op!(dst, a, b, |x, y| x.wrapping_sub(y)),
            Op::MulI { dst, a, b } => int_op!(dst, a, b, |x, y| x.wrapping_mul(y)),
            Op::DivI { dst, a, b } | Op::RemI { dst, a, b } => {
                let (x, y) = (r!(a).as_int(), r!(b).as_int());
                if y == 0 {
                    break divide_by_zero();
                }
                let v = if matches!(*op, Op::DivI { .. }) {
                    x.wrapping_div(y)
                } else {
                    x.wrapping_rem(y)
                };
                set!(dst, Value::int(v));
            }
            Op::AndI { dst, a, b } => int_op!(dst, a, b, |x, y| x & y),
            Op::OrI { dst, a, b } => int_op!(dst, a, b, |x, y| x | y),
            Op::XorI { dst, a, b } => int_op!(dst, a, b, |x, y| x ^ y),
            Op::AndNotI { dst, a, b } => int_op!(dst, a, b, |x, y| x & !y),
            Op::ShlI { dst, a, b } | Op::ShrI { dst, a, b } => {
                let (x, y) = (r!(a).as_int(), r!(b).as_int());
                if y < 0 {
                    break negative_shift();
                }
                let v = match (matches!(*op, Op::ShlI { .. }), y >= 64) {
                    (true, true) => 0,
                    (true, false) => x << y,
                    (false, true) => x >> 63,
                    (false, false) => x >> y,
                };
                set!(dst, Value::int(v));
            }
            Op::AddIK { dst, a, k } => set!(dst, Value::int(r!(a).as_int().wrapping_add(k as i64))),
            Op::NegI { dst, a } => set!(dst, Value::int(r!(a).as_int().wrapping_neg())),
            Op::ComplI { dst, a } => set!(dst, Value::int(!r!(a).as_int())),
            Op::EqI { dst, a, b } => cmp_op!(dst, a, b, as_int, ==),
            Op::NeI { dst, a, b } => cmp_op!(dst, a, b, as_int, !=),
            Op::LtI { dst, a, b } => cmp_op!(dst, a, b, as_int, <),
            Op::LeI { dst, a, b } => cmp_op!(dst, a, b, as_int, <=),
            Op::GtI { dst, a, b } => cmp_op!(dst, a, b, as_int, >),
            Op::GeI { dst, a, b } => cmp_op!(dst, a, b, as_int, >=),
            Op::Not { dst, a } => set!(dst, Value::bool(!r!(a).as_bool())),

            Op::AddF { dst, a, b } => float_op!(dst, a, b, +),
            Op::SubF { dst, a, b } => float_op!(dst, a, b, -),
            Op::MulF { dst, a, b } => float_op!(dst, a, b, *),
            Op::DivF { dst, a, b } => float_op!(dst, a, b, /),
            Op::NegF { dst, a } => set!(dst, Value::float(-r!(a).as_float())),
            Op::EqF { dst, a, b } => cmp_op!(dst, a, b, as_float, ==),
            Op::NeF { dst, a, b } => cmp_op!(dst, a, b, as_float, !=),
            Op::LtF { dst, a, b } => cmp_op!(dst, a, b, as_float, <),
            Op::LeF { dst, a, b } => cmp_op!(dst, a, b, as_float, <=),
            Op::GtF { dst, a, b } => cmp_op!(dst, a, b, as_float, >),
            Op::GeF { dst, a, b } => cmp_op!(dst, a, b, as_float, >=),
            Op::IntToFloat { dst, a } => set!(dst, Value::float(r!(a).as_int() as f64)),
            Op::UintToFloat { dst, a } => set!(dst, Value::float(r!(a).w as f64)),
            Op::RoundF32 { dst, a } => set!(dst, Value::float(r!(a).as_float() as f32 as f64)),
            Op::IntToF32 { dst, a, unsigned } => {
                let f = if unsigned { r!(a).w as f32 } else { r!(a).as_int() as f32 };
                set!(dst, Value::float(f as f64))
            }
            Op::FloatToUint { dst, a } => set!(dst, Value::int(r!(a).as_float() as u64 as i64)),
            Op::CmpU { cmp, dst, a, b } => {
                // Flipping the sign bit maps unsigned order onto signed order.
                let flip = |v: Value| (v.w ^ 1 << 63) as i64;
                set!(dst, Value::bool(cmp.eval(flip(r!(a)), flip(r!(b)))));
            }
            Op::DivU { dst, a, b, rem } => {
                let (x, y) = (r!(a).w, r!(b).w);
                if y == 0 {
                    break divide_by_zero();
                }
                set!(dst, Value::int((if rem { x % y } else { x / y }) as i64));
            }
            Op::ShrU { dst, a, b } => {
                let (x, y) = (r!(a).w, r!(b).as_int());
                if y < 0 {
                    break negative_shift();
                }
                set!(dst, Value::int(if y >= 64 { 0 } else { (x >> y) as i64 }));
            }
            Op::FloatToInt { dst, a } => set!(dst, Value::int(r!(a).as_float() as i64)),
            Op::EqRef { dst, a, b } => set!(dst, Value::bool(r!(a) == r!(b))),
            Op::NeRef { dst, a, b } => set!(dst, Value::bool(r!(a) != r!(b))),
            Op::LenSlice { dst, a } => set!(dst, Value::int(r!(a).slice_len() as i64)),
            Op::CapSlice { dst, a } => set!(dst, Value::int(r!(a).slice_cap() as i64)),

            Op::Jmp { to } => pc = to as usize,
            Op::JmpIf { c, to } => {
                if r!(c).as_bool() {
                    pc = to as usize
                }
            }
            Op::JmpIfNot { c, to } => {
                if !r!(c).as_bool() {
                    pc = to as usize
                }
            }
            Op::CmpJmpI { cmp, jump_if, dst, a, b, to } => {
                let v = cmp.eval(r!(a).as_int(), r!(b).as_int());
                set!(dst, Value::bool(v));
                pc = if v == jump_if { to as usize } else { pc + 1 };
            }
            Op::CmpJmpIK { cmp, jump_if, dst, a, kdst, k, to } => {
                set!(kdst, Value::int(k as i64));
                let v = cmp.eval(r!(a).as_int(), k as i64);
                set!(dst, Value::bool(v));
                pc = if v == jump_if { to as usize } else { pc + 2 };
            }
            Op::CmpRetIK { cmp, dst, a, kdst, k, src, to } => {
                if cmp.eval(r!(a).as_int(), k as i64) {
                    set!(0, r!(src));
                    ret!();
                } else {
                    set!(kdst, Value::int(k as i64));
                    set!(dst, Value::bool(false));
                    pc = to as usize;
                }
            }
            Op::AddIKJmp { dst, a, k, to } => {
                set!(dst, Value::int(r!(a).as_int().wrapping_add(k as i64)));
                pc = to as usize;
            }

            Op::Call { func: id, base: b } => call!(direct_callee(prog, id), id, 0, b),
            Op::ArgCall { add, dst, a, k, func: id, base: b } => {
                let v = r!(a);
                set!(dst, if add { Value::int(v.as_int().wrapping_add(k as i64)) } else { v });
                pc += 1;
                call!(direct_callee(prog, id), id, 0, b);
            }
            Op::CallClosure { f: fr, base: b } => {
                let cv = r!(fr);
                if cv.h == 0 {
                    break Exit::Panic(NIL_DEREF.into());
                }
                let (id, c) = calls::closure_parts(rt, cv.h);
                caps.push(c);
                call!(&prog.funcs[id as usize], id, cv.h, b);
            }
            Op::Ret { src, n } => {
                // Results go to the frame's first registers, where the caller finds them.
                if n == 1 {
                    set!(0, r!(src));
                } else if src != 0 {
                    w.copy_within(src as usize..src as usize + n as usize, 0);
                }
                ret!();
            }
            Op::AddIRet { a, b } => {
                set!(0, Value::int(r!(a).as_int().wrapping_add(r!(b).as_int())));
                ret!();
            }
            Op::CallIface { sel, base } => {
                let (id, c, b) = if sel != PENDING_CALL {
                    let recv = r!(base);
                    let id = tryx!(iface::method(prog, recv, sel));
                    set!(base, Value { t: 0, ..recv });
                    (id, 0, base)
                } else {
                    // After an instruction that may need Go code run (fmt calling a String
                    // method, a deferred call): the function, if any, is in base (its id in
                    // the low half of `w`, its closure in `h`) and the call's window starts
                    // at base+1.
                    // The call's return address is this instruction, so that a traceback
                    // shows the line of the one before (`t` 1: wanted, 2: made); back here,
                    // it runs that one again.
                    let want = r!(base);
                    if want.t != 1 {
                        if want.t != 0 {
                            pc -= 2;
                        }
                        continue;
                    }
                    set!(base, Value { t: 2, ..want });
                    pc -= 1;
                    if heap_caps(want.h) {
                        caps.push(calls::closure_parts(rt, want.h).1);
                    }
                    (want.w as FuncId, want.h, base + 1)
                };
                call!(&prog.funcs[id as usize], id, c, b);
            }
            Op::LoadCapture { dst, idx } => {
                let v = match caps.last() {
                    Some(c) if heap_caps(closure) => c[idx as usize],
                    // A goroutine's entry closure: its captured values are at the bottom of
                    // the stack (checked indexing: nothing proved this frame is that one).
                    _ if closure == CAPS_ON_STACK => {
                        let v = regs[idx as usize];
                        w = &mut regs[base..];
                        v
                    }
                    _ => internal_error("LoadCapture outside a closure"),
                };
                set!(dst, v);
            }
            Op::Unreachable => internal_error("reached code the compiler marked unreachable"),

            // Everything else calls into the runtime (listed, not `_`, so that a new
            // instruction needs a decision, and the jump table covers every tag).
            Op::LoadStr { .. }
            | Op::LoadGlobal { .. }
            | Op::StoreGlobal { .. }
            | Op::Concat { .. }
            | Op::EqS { .. }
            | Op::NeS { .. }
            | Op::LtS { .. }
            | Op::LeS { .. }
            | Op::GtS { .. }
            | Op::GeS { .. }
            | Op::LenS { .. }
            | Op::IndexS { .. }
            | Op::DecodeRune { .. }
            | Op::MakeClosure { .. }
            | Op::NewBox { .. }
            | Op::LoadBox { .. }
            | Op::StoreBox { .. }
            | Op::Go { .. }
            | Op::GoClosure { .. }
            | Op::MakeChan { .. }
            | Op::Send { .. }
            | Op::Recv { .. }
            | Op::Recv2 { .. }
            | Op::Close { .. }
            | Op::LenChan { .. }
            | Op::CapChan { .. }
            | Op::MakeIface { .. }
            | Op::TypeAssert { .. }
            | Op::EqIface { .. }
            | Op::NewWaitGroup { .. }
            | Op::WgAdd { .. }
            | Op::WgDone { .. }
            | Op::WgWait { .. }
            | Op::Select { .. }
            | Op::NewMutex { .. }
            | Op::MutexLock { .. }
            | Op::MutexUnlock { .. }
            | Op::CallNative { .. }
            | Op::Panic { .. }
            | Op::Defer { .. }
            | Op::RunDefers { .. }
            | Op::Recover { .. }
            | Op::MakeSlice { .. }
            | Op::SliceLit { .. }
            | Op::IndexSlice { .. }
            | Op::StoreSlice { .. }
            | Op::CheckIndexU { .. }
            | Op::Append { .. }
            | Op::AppendSlice { .. }
            | Op::SliceExpr { .. }
            | Op::SliceStr { .. }
            | Op::Copy { .. }
            | Op::StrToSlice { .. }
            | Op::SliceToStr { .. }
            | Op::RuneToStr { .. }
            | Op::ArraySlice { .. }
            | Op::RuntimeError { .. }
            | Op::SliceToArray { .. }
            | Op::SliceToArrayPtr { .. }
            | Op::NewStruct { .. }
            | Op::CopyStruct { .. }
            | Op::StoreStructInto { .. }
            | Op::LoadField { .. }
            | Op::StoreField { .. }
            | Op::EqStruct { .. }
            | Op::Cplx { .. }
            | Op::NilCheck { .. }
            | Op::NilCheckIface { .. }
            | Op::NilCheckWrap { .. }
            | Op::FieldAddr { .. }
            | Op::ElemAddr { .. }
            | Op::MakeMap { .. }
            | Op::MapIndex { .. }
            | Op::MapIndex2 { .. }
            | Op::MapStore { .. }
            | Op::MapDelete { .. }
            | Op::LenMap { .. }
            | Op::MapClear { .. }
            | Op::ClearSlice { .. }
            | Op::MapIterInit { .. }
            | Op::MapIterNext { .. } => {
                let depth = callers.len() as u32;
                let f = &prog.funcs[func as usize];
                let cx =
                    ops::Cx { regs: &mut *w, func, f, pc, st: &mut *st, depth, callers: &callers };
                // One call site for both (a second one would cost the loop registers).
                let exec = if let Op::Send { .. } | Op::Recv { .. } | Op::Recv2 { .. } = op {
                    chan::exec
                } else {
                    ops::exec
                };
                tryx!(exec(rt, m, g, cx, *op))
            }
        }
    };
    if heap_caps(closure) {
        caps.pop();
    }
    st.top = frame!();
    st.regs = regs;
    put_callers(st, callers, caps);
    m.used_fuel = fuel - left;
    exit
}

/// The function a direct call (`Call`, `ArgCall`) names, without a bounds check.
#[inline(always)]
fn direct_callee(prog: &crate::vm::program::Program, id: FuncId) -> &Func {
    // SAFETY: `check_program` (run by `Runtime::new` on this program, which cannot change
    // afterwards) proved that every `Call` and `ArgCall` names a function of the program.
    unsafe { prog.funcs.get_unchecked(id as usize) }
}

/// Zeroes a new frame's registers. Most frames have a handful: those are stored one by one
/// rather than through a call to memset (which is what `fill` becomes).
#[inline(always)]
fn zero(regs: &mut [Value]) {
    const Z: Value = Value::ZERO;
    match regs {
        [] => {}
        [a] => *a = Z,
        [a, b] => (*a, *b) = (Z, Z),
        [a, b, c] => (*a, *b, *c) = (Z, Z, Z),
        [a, b, c, d] => (*a, *b, *c, *d) = (Z, Z, Z, Z),
        [a, b, c, d, rest @ ..] => {
            (*a, *b, *c, *d) = (Z, Z, Z, Z);
            rest.fill(Z);
        }
    }
}

/// Whether a frame's captured values come from a closure object in the heap (as opposed to
/// none, or `CAPS_ON_STACK`).
#[inline(always)]
fn heap_caps(closure: Handle) -> bool {
    closure != 0 && closure != CAPS_ON_STACK
}

/// Whether a frame of `f` at `base` with its next instruction at `pc` is one the dispatch
/// loop may run without bounds checks: its registers exist and its pc is an instruction.
#[inline(always)]
fn frame_fits(f: &Func, regs_len: usize, base: usize, pc: usize) -> bool {
    base + f.nregs as usize <= regs_len && pc < f.code.len()
}

#[cold]
fn divide_by_zero() -> Exit {
    Exit::Panic("runtime error: integer divide by zero".into())
}

#[cold]
fn negative_shift() -> Exit {
    Exit::Panic("runtime error: negative shift amount".into())
}

#[cfg(test)]
mod exit_tests {
    use super::Exit;

    /// Two words, so that an instruction's `Result<(), Exit>` comes back in registers (see
    /// `Text`); a third word cost a fifth of an unbuffered ping-pong.
    #[test]
    fn exit_is_two_words() {
        assert_eq!(std::mem::size_of::<Exit>(), 16);
        assert_eq!(std::mem::size_of::<Result<(), Exit>>(), 16);
    }
}
