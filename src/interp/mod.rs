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
//! arithmetic, moves and jumps; every other instruction is one call to a named helper, as
//! Lua's lvm.c does, grouped by concern:
//!
//! - `calls`: frames, closures, `go` statements;
//! - `chan`: send, receive, close, select, and finishing a parked operation (`resume`);
//! - `alloc`: allocation under the heap limit, strings, arrays, interface values;
//! - `slices`, `strings`, `structs`, `maps`, `ptr`: the operations on each kind of value;
//! - `sync`: WaitGroup and Mutex;
//! - `natives`: the library functions written in Rust (fmt, runtime, time, os).
//!
//! Helpers return `Result<_, Exit>`. `Err(Exit::NeedGc)` means "run this instruction again
//! after a collection": the loop leaves the pc on it, so a helper that allocates must not
//! change anything visible before its last allocation succeeds. Any other `Err` ends the
//! slice with the pc past the instruction.

mod alloc;
mod calls;
mod chan;
mod maps;
mod natives;
mod ptr;
mod slices;
mod strings;
mod structs;
mod sync;

pub use self::structs::values_equal;
use self::slices::Bounds;
use crate::rt::g::{Caller, Frame, GState, G};
use crate::rt::obj::Obj;
use crate::rt::sync::WaitGroup;
use crate::sched::{MCtx, Runtime};
use crate::sys::{internal_error, lock};
use crate::vm::op::{Op, SLICE_HI, SLICE_LO, SLICE_MAX};
use crate::vm::program::Func;
use crate::vm::value::Value;
use std::cmp::Ordering::{Equal, Greater, Less};
use std::sync::Arc;

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
    /// A Go panic: the text after "panic: ".
    Panic(String),
    /// A fatal error: the whole first line ("fatal error: ...").
    Fatal(String),
    /// An allocation found the heap over its limit: the pc is left on the allocating
    /// instruction so that it runs again after a collection.
    NeedGc,
}

/// Puts the callers back into `st` after a slice. Once the goroutine has called anything its
/// box stays (so a goroutine that calls in every slice allocates only once); one that never
/// called has none.
fn put_callers(st: &mut GState, callers: Vec<Caller>) {
    match &mut st.callers {
        Some(b) => **b = callers,
        None if callers.capacity() > 0 => st.callers = Some(Box::new(callers)),
        None => {}
    }
}

const NIL_DEREF: &str = "runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]";

pub fn run(rt: &Runtime, m: &mut MCtx, g: &Arc<G>, st: &mut GState, fuel: u32) -> Exit {
    m.used_fuel = 0;
    let prog = &*rt.prog;
    let top = st.top;
    let mut f: &Func = &prog.funcs[top.func as usize];
    if std::mem::take(&mut st.resume) {
        let op = f.code[top.pc as usize - 1];
        if let Err(x) = chan::resume(rt, g, op, &mut st.regs[top.base as usize..]) {
            return x;
        }
    }

    // The running frame lives in locals, and the register stack and the callers are moved
    // out of `st` for the slice (`leave!` puts them back), so that the loop keeps them in
    // machine registers.
    let mut regs: Box<[Value]> = std::mem::take(&mut st.regs);
    let mut callers: Vec<Caller> = st.callers.as_deref_mut().map(std::mem::take).unwrap_or_default();
    let mut func = top.func;
    let mut closure = top.closure;
    let mut code: &[Op] = &f.code;
    let mut pc = top.pc as usize;
    let mut base = top.base as usize;
    // The running closure's captured values (a caller's are kept in its `Caller`).
    let mut caps = (closure != 0).then(|| calls::closure_parts(rt, closure).1);
    let mut left = fuel;

    macro_rules! r {
        ($x:expr) => {
            regs[base + $x as usize]
        };
    }
    // The registers from `$x` to the end of the stack (for instructions that read or write
    // a run of registers).
    macro_rules! regs_from {
        ($x:expr) => {
            &mut regs[base + $x as usize..]
        };
    }
    // The running frame as `GState` keeps it.
    macro_rules! frame {
        () => {
            Frame { func, pc: pc as u32, base: base as u32, closure }
        };
    }
    // Every exit from the loop goes through here: the frame and the stacks go back to `st`.
    macro_rules! leave {
        ($e:expr) => {{
            st.top = frame!();
            st.regs = regs;
            put_callers(st, callers);
            m.used_fuel = fuel - left;
            return $e;
        }};
    }
    // The value of a helper's Ok, or the end of the slice (see the module comment).
    macro_rules! tryx {
        ($e:expr) => {
            match $e {
                Ok(v) => v,
                Err(Exit::NeedGc) => {
                    pc -= 1;
                    leave!(Exit::NeedGc)
                }
                Err(x) => leave!(x),
            }
        };
    }
    // Calls `$id` (closure `$c` with captured values `$caps`) with its register 0 at `$b`.
    macro_rules! call {
        ($id:expr, $c:expr, $caps:expr, $b:expr) => {{
            let callee = &prog.funcs[$id as usize];
            let nb = base + $b as usize;
            tryx!(calls::enter(rt, &mut regs, nb, callee));
            callers.push(Caller { frame: frame!(), caps: caps.take() });
            caps = $caps;
            (func, closure, f, code, pc, base) = ($id, $c, callee, &callee.code, 0, nb);
        }};
    }
    macro_rules! int_op {
        ($dst:expr, $a:expr, $b:expr, |$x:ident, $y:ident| $body:expr) => {{
            let $x = r!($a).as_int();
            let $y = r!($b).as_int();
            r!($dst) = Value::int($body);
        }};
    }
    macro_rules! cmp_op {
        ($dst:expr, $a:expr, $b:expr, $get:ident, $op:tt) => {{
            let v = r!($a).$get() $op r!($b).$get();
            r!($dst) = Value::bool(v);
        }};
    }
    macro_rules! float_op {
        ($dst:expr, $a:expr, $b:expr, $op:tt) => {{
            r!($dst) = Value::float(r!($a).as_float() $op r!($b).as_float());
        }};
    }
    macro_rules! str_cmp {
        ($dst:expr, $a:expr, $b:expr, $($ord:pat_param)|+) => {{
            let v = matches!(strings::compare(rt, r!($a), r!($b)), $($ord)|+);
            r!($dst) = Value::bool(v);
        }};
    }
    // A register operand that is only there when `$flag` is set in `$flags` (slice bounds).
    macro_rules! opt_int {
        ($flags:expr, $flag:expr, $x:expr) => {
            if $flags & $flag != 0 {
                r!($x).as_int()
            } else {
                0
            }
        };
    }

    loop {
        if left == 0 {
            leave!(Exit::Preempted);
        }
        left -= 1;
        let Some(&op) = code.get(pc) else {
            internal_error("pc ran off the end of a function")
        };
        pc += 1;
        match op {
            Op::Nop => {}
            Op::LoadInt { dst, v } => r!(dst) = Value::int(v),
            Op::LoadFloat { dst, v } => r!(dst) = Value::float(v),
            Op::LoadStr { dst, k } => r!(dst) = rt.str_consts[k as usize],
            Op::LoadNil { dst } => r!(dst) = Value::ZERO,
            Op::Move { dst, src } => r!(dst) = r!(src),
            Op::LoadGlobal { dst, g } => r!(dst) = *lock(&rt.globals[g as usize]),
            Op::StoreGlobal { g, src } => *lock(&rt.globals[g as usize]) = r!(src),

            Op::AddI { dst, a, b } => int_op!(dst, a, b, |x, y| x.wrapping_add(y)),
            Op::SubI { dst, a, b } => int_op!(dst, a, b, |x, y| x.wrapping_sub(y)),
            Op::MulI { dst, a, b } => int_op!(dst, a, b, |x, y| x.wrapping_mul(y)),
            Op::DivI { dst, a, b } | Op::RemI { dst, a, b } => {
                let (x, y) = (r!(a).as_int(), r!(b).as_int());
                if y == 0 {
                    leave!(Exit::Panic("runtime error: integer divide by zero".into()));
                }
                let v = if matches!(op, Op::DivI { .. }) { x.wrapping_div(y) } else { x.wrapping_rem(y) };
                r!(dst) = Value::int(v);
            }
            Op::AndI { dst, a, b } => int_op!(dst, a, b, |x, y| x & y),
            Op::OrI { dst, a, b } => int_op!(dst, a, b, |x, y| x | y),
            Op::XorI { dst, a, b } => int_op!(dst, a, b, |x, y| x ^ y),
            Op::AndNotI { dst, a, b } => int_op!(dst, a, b, |x, y| x & !y),
            Op::ShlI { dst, a, b } | Op::ShrI { dst, a, b } => {
                let (x, y) = (r!(a).as_int(), r!(b).as_int());
                if y < 0 {
                    leave!(Exit::Panic("runtime error: negative shift amount".into()));
                }
                let v = match (matches!(op, Op::ShlI { .. }), y >= 64) {
                    (true, true) => 0,
                    (true, false) => x << y,
                    (false, true) => x >> 63,
                    (false, false) => x >> y,
                };
                r!(dst) = Value::int(v);
            }
            Op::AddIK { dst, a, k } => r!(dst) = Value::int(r!(a).as_int().wrapping_add(k as i64)),
            Op::NegI { dst, a } => r!(dst) = Value::int(r!(a).as_int().wrapping_neg()),
            Op::ComplI { dst, a } => r!(dst) = Value::int(!r!(a).as_int()),
            Op::EqI { dst, a, b } => cmp_op!(dst, a, b, as_int, ==),
            Op::NeI { dst, a, b } => cmp_op!(dst, a, b, as_int, !=),
            Op::LtI { dst, a, b } => cmp_op!(dst, a, b, as_int, <),
            Op::LeI { dst, a, b } => cmp_op!(dst, a, b, as_int, <=),
            Op::GtI { dst, a, b } => cmp_op!(dst, a, b, as_int, >),
            Op::GeI { dst, a, b } => cmp_op!(dst, a, b, as_int, >=),
            Op::Not { dst, a } => r!(dst) = Value::bool(!r!(a).as_bool()),

            Op::AddF { dst, a, b } => float_op!(dst, a, b, +),
            Op::SubF { dst, a, b } => float_op!(dst, a, b, -),
            Op::MulF { dst, a, b } => float_op!(dst, a, b, *),
            Op::DivF { dst, a, b } => float_op!(dst, a, b, /),
            Op::NegF { dst, a } => r!(dst) = Value::float(-r!(a).as_float()),
            Op::EqF { dst, a, b } => cmp_op!(dst, a, b, as_float, ==),
            Op::NeF { dst, a, b } => cmp_op!(dst, a, b, as_float, !=),
            Op::LtF { dst, a, b } => cmp_op!(dst, a, b, as_float, <),
            Op::LeF { dst, a, b } => cmp_op!(dst, a, b, as_float, <=),
            Op::GtF { dst, a, b } => cmp_op!(dst, a, b, as_float, >),
            Op::GeF { dst, a, b } => cmp_op!(dst, a, b, as_float, >=),
            Op::IntToFloat { dst, a } => r!(dst) = Value::float(r!(a).as_int() as f64),
            Op::FloatToInt { dst, a } => r!(dst) = Value::int(r!(a).as_float() as i64),

            Op::Concat { dst, a, b } => r!(dst) = tryx!(strings::concat(rt, m, r!(a), r!(b))),
            Op::EqS { dst, a, b } => str_cmp!(dst, a, b, Equal),
            Op::NeS { dst, a, b } => str_cmp!(dst, a, b, Less | Greater),
            Op::LtS { dst, a, b } => str_cmp!(dst, a, b, Less),
            Op::LeS { dst, a, b } => str_cmp!(dst, a, b, Less | Equal),
            Op::GtS { dst, a, b } => str_cmp!(dst, a, b, Greater),
            Op::GeS { dst, a, b } => str_cmp!(dst, a, b, Greater | Equal),
            Op::LenS { dst, a } => r!(dst) = Value::int(strings::len(rt, r!(a))),
            Op::IndexS { dst, s, i } => r!(dst) = tryx!(strings::index(rt, r!(s), r!(i).as_int())),
            Op::EqRef { dst, a, b } => r!(dst) = Value::bool(r!(a) == r!(b)),
            Op::NeRef { dst, a, b } => r!(dst) = Value::bool(r!(a) != r!(b)),

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
                r!(dst) = Value::bool(v);
                pc = if v == jump_if { to as usize } else { pc + 1 };
            }
            Op::AddIKJmp { dst, a, k, to } => {
                r!(dst) = Value::int(r!(a).as_int().wrapping_add(k as i64));
                pc = to as usize;
            }

            Op::Call { func: id, base: b } => call!(id, 0, None, b),
            Op::CallClosure { f: fr, base: b } => {
                let cv = r!(fr);
                if cv.h == 0 {
                    leave!(Exit::Panic(NIL_DEREF.into()));
                }
                let (id, c) = calls::closure_parts(rt, cv.h);
                call!(id, cv.h, Some(c), b);
            }
            Op::Ret { src, n } => {
                // Results go to the frame's first registers, where the caller finds them.
                for i in 0..n as usize {
                    regs[base + i] = regs[base + src as usize + i];
                }
                let Some(c) = callers.pop() else {
                    leave!(Exit::Done);
                };
                caps = c.caps;
                (func, closure, pc, base) = (c.frame.func, c.frame.closure, c.frame.pc as usize, c.frame.base as usize);
                f = &prog.funcs[func as usize];
                code = &f.code;
            }
            Op::MakeClosure { dst, func: id } => r!(dst) = tryx!(calls::make_closure(rt, m, &regs[base..], id)),
            Op::LoadCapture { dst, idx } => {
                let v = match &caps {
                    Some(c) => c[idx as usize],
                    None => internal_error("LoadCapture outside a closure"),
                };
                r!(dst) = v;
            }
            Op::NewBox { dst, src } => r!(dst) = tryx!(alloc::alloc_value(rt, m, Obj::Cell(r!(src)))),
            Op::LoadBox { dst, b } => r!(dst) = tryx!(ptr::load(rt, r!(b))),
            Op::StoreBox { b, src } => tryx!(ptr::store(rt, r!(b), r!(src))),

            Op::Go { func: id, base: b, nargs } => {
                let caller = (func, f.lines.get(pc - 1).copied().unwrap_or(f.line));
                let args = &regs_from!(b)[..nargs as usize];
                tryx!(calls::go(rt, m, g, caller, Some(id), Value::ZERO, args));
            }
            Op::GoClosure { f: fr, base: b, nargs } => {
                let caller = (func, f.lines.get(pc - 1).copied().unwrap_or(f.line));
                let cv = r!(fr);
                let args = &regs_from!(b)[..nargs as usize];
                tryx!(calls::go(rt, m, g, caller, None, cv, args));
            }

            Op::MakeChan { dst, cap, elem } => r!(dst) = tryx!(chan::make(rt, m, r!(cap).as_int(), elem)),
            Op::Send { ch, v } => tryx!(chan::send(rt, m, g, &mut st.resume, r!(ch), r!(v))),
            Op::Recv { dst, ch } => {
                let (v, _) = tryx!(chan::recv(rt, m, g, &mut st.resume, r!(ch)));
                r!(dst) = v;
            }
            Op::Recv2 { dst, ok, ch } => {
                let (v, okv) = tryx!(chan::recv(rt, m, g, &mut st.resume, r!(ch)));
                r!(dst) = v;
                r!(ok) = Value::bool(okv);
            }
            Op::Close { ch } => tryx!(chan::close(rt, m, g, r!(ch))),
            Op::LenChan { dst, ch } => r!(dst) = Value::int(chan::len_or_cap(rt, r!(ch), false)),
            Op::CapChan { dst, ch } => r!(dst) = Value::int(chan::len_or_cap(rt, r!(ch), true)),
            Op::Select { .. } => tryx!(chan::select(rt, m, g, &mut st.resume, &mut regs[base..], op)),

            Op::MakeIface { dst, src, ty } => r!(dst) = tryx!(alloc::make_iface(rt, m, r!(src), ty)),

            Op::NewWaitGroup { dst } => r!(dst) = tryx!(alloc::alloc_value(rt, m, Obj::WaitGroup(WaitGroup::default()))),
            Op::WgAdd { wg, n } => tryx!(sync::wg_add(rt, m, g, r!(wg), r!(n).as_int())),
            Op::WgWait { wg } => tryx!(sync::wg_wait(rt, m, g, r!(wg))),
            Op::NewMutex { dst } => r!(dst) = tryx!(alloc::alloc_value(rt, m, Obj::Mutex(Default::default()))),
            Op::MutexLock { mu } => tryx!(sync::lock(rt, m, g, r!(mu))),
            Op::MutexUnlock { mu } => tryx!(sync::unlock(rt, m, g, r!(mu))),

            Op::CallNative { native, base: b, nargs } => {
                tryx!(natives::call(rt, m, g, native, regs_from!(b), nargs as usize))
            }
            Op::Panic { v } => {
                let msg = crate::rt::fmt::panic_value(&rt.fmt_env(), r!(v));
                leave!(Exit::Panic(msg))
            }
            Op::Unreachable => internal_error("reached code the compiler marked unreachable"),

            Op::MakeSlice { dst, len, cap, elem } => {
                r!(dst) = tryx!(slices::make(rt, m, r!(len).as_int(), r!(cap).as_int(), elem))
            }
            Op::SliceLit { dst, base: b, n } => {
                let init = &regs_from!(b)[..n as usize];
                r!(dst) = tryx!(alloc::new_array(rt, m, init, n as usize, n as usize));
            }
            Op::IndexSlice { dst, s, i } => r!(dst) = tryx!(slices::index(rt, r!(s), r!(i).as_int())),
            Op::StoreSlice { s, i, v } => tryx!(slices::store(rt, r!(s), r!(i).as_int(), r!(v))),
            Op::LenSlice { dst, a } => r!(dst) = Value::int(r!(a).slice_len() as i64),
            Op::CapSlice { dst, a } => r!(dst) = Value::int(r!(a).slice_cap() as i64),
            Op::Append { dst, s, base: b, n } => {
                let sv = r!(s);
                let extra = &regs_from!(b)[..n as usize];
                r!(dst) = tryx!(slices::append(rt, m, sv, extra));
            }
            Op::AppendSlice { dst, s, t } => {
                let extra = slices::elems(rt, r!(t));
                r!(dst) = tryx!(slices::append(rt, m, r!(s), &extra));
            }
            Op::SliceExpr { dst, s, lo, hi, max, flags } => {
                let b = Bounds {
                    lo: opt_int!(flags, SLICE_LO, lo),
                    hi: opt_int!(flags, SLICE_HI, hi),
                    max: opt_int!(flags, SLICE_MAX, max),
                    flags,
                };
                r!(dst) = tryx!(slices::slice(r!(s), b));
            }
            Op::SliceStr { dst, s, lo, hi, flags } => {
                let b = Bounds { lo: opt_int!(flags, SLICE_LO, lo), hi: opt_int!(flags, SLICE_HI, hi), max: 0, flags };
                r!(dst) = tryx!(slices::slice_str(rt, m, r!(s), b));
            }
            Op::Copy { dst, to, from } => r!(dst) = Value::int(slices::copy(rt, r!(to), r!(from))),
            Op::StrToSlice { dst, s, runes } => r!(dst) = tryx!(slices::from_str(rt, m, r!(s), runes)),
            Op::SliceToStr { dst, s, runes } => r!(dst) = tryx!(slices::to_str(rt, m, r!(s), runes)),
            Op::ElemAddr { dst, s, i } => r!(dst) = tryx!(slices::elem_addr(r!(s), r!(i).as_int())),

            Op::NewStruct { dst, ty } => r!(dst) = tryx!(structs::new_struct(rt, m, ty)),
            Op::CopyStruct { dst, src, ty } => r!(dst) = tryx!(structs::copy_struct(rt, m, r!(src), ty)),
            Op::StoreStructInto { dst, src, ty } => tryx!(structs::store_struct_into(rt, r!(dst), r!(src), ty)),
            Op::LoadField { dst, obj, idx } => r!(dst) = tryx!(structs::load_field(rt, r!(obj), idx)),
            Op::StoreField { obj, idx, src } => tryx!(structs::store_field(rt, r!(obj), idx, r!(src))),
            Op::FieldAddr { dst, obj, idx } => r!(dst) = tryx!(structs::field_addr(r!(obj), idx)),
            Op::NilCheck { p } => {
                if r!(p).h == 0 {
                    leave!(Exit::Panic(NIL_DEREF.into()));
                }
            }
            Op::EqStruct { dst, a, b, ty, ne } => {
                let eq = values_equal(rt, r!(a), r!(b), ty);
                r!(dst) = Value::bool(eq != ne);
            }

            Op::MakeMap { dst, .. } => r!(dst) = tryx!(maps::make(rt, m)),
            Op::MapIndex { dst, m: mr, k, kk } => {
                r!(dst) = tryx!(maps::index(rt, r!(mr), r!(k), kk)).unwrap_or(Value::ZERO)
            }
            Op::MapIndex2 { dst, ok, m: mr, k, kk } => {
                let found = tryx!(maps::index(rt, r!(mr), r!(k), kk));
                r!(dst) = found.unwrap_or(Value::ZERO);
                r!(ok) = Value::bool(found.is_some());
            }
            Op::MapStore { m: mr, k, v, kk } => tryx!(maps::store(rt, m, r!(mr), r!(k), r!(v), kk)),
            Op::MapDelete { m: mr, k, kk } => tryx!(maps::delete(rt, r!(mr), r!(k), kk)),
            Op::LenMap { dst, m: mr } => r!(dst) = Value::int(maps::len(rt, r!(mr))),
            Op::MapClear { m: mr } => maps::clear(rt, r!(mr)),
            Op::MapIterInit { dst, m: mr } => r!(dst) = tryx!(maps::iter_init(rt, m, r!(mr))),
            Op::MapIterNext { k, v, ok, it } => {
                let next = maps::iter_next(rt, r!(it));
                if let Some((key, val)) = next {
                    r!(k) = key;
                    r!(v) = val;
                }
                r!(ok) = Value::bool(next.is_some());
            }
        }
    }
}
