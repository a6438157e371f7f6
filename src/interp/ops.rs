//! The instructions that call into the runtime: they allocate, lock heap objects, park or
//! print. The dispatch loop (mod.rs) hands each of them here in one call (sends and
//! receives to `chan::exec`, with the same arguments), so that its own body stays small
//! enough for the compiler to keep the loop's state in machine registers; this second match
//! then calls the instruction's helper.

use super::slices::Bounds;
use super::{
    alloc, calls, chan, complex, iface, maps, natives, ptr, slices, strings, structs, sync, Exit,
    NIL_DEREF,
};
use crate::rt::g::{GState, G};
use crate::rt::obj::Obj;
use crate::rt::sync::WaitGroup;
use crate::sched::{MCtx, Runtime};
use crate::sys::{internal_error, lock};
use crate::vm::op::{FuncId, Op, SLICE_HI, SLICE_LO, SLICE_MAX};
use crate::vm::program::Func;
use crate::vm::value::Value;
use std::cmp::Ordering::{Equal, Greater, Less};
use std::sync::Arc;

/// What an instruction may touch besides the runtime: the running frame's register window
/// (`regs[0]` is its register 0, and it runs to the end of the stack), where the frame is
/// (for `go` statements' tracebacks), and the goroutine's resume flag (`GState::resume`).
pub(super) struct Cx<'a> {
    pub regs: &'a mut [Value],
    pub func: FuncId,
    pub f: &'a Func,
    /// The pc past the instruction.
    pub pc: usize,
    /// The goroutine's state (its registers and callers are out of it for the slice).
    pub st: &'a mut GState,
    /// The number of frames below the running one.
    pub depth: u32,
    /// Those frames, innermost last (out of `st` for the slice).
    pub callers: &'a [crate::rt::g::Frame],
}

/// Runs `op`, one of the instructions the dispatch loop does not run itself. Cold as far as
/// the loop is concerned: its register allocation then favours the loop's own instructions.
#[cold]
#[inline(never)]
pub(super) fn exec(rt: &Runtime, m: &mut MCtx, g: &Arc<G>, cx: Cx, op: Op) -> Result<(), Exit> {
    let Cx { regs: r, func: caller, f, pc, st, depth, callers } = cx;
    let resume = &mut st.resume;
    // For the events this instruction may record (see `MCtx::line`).
    m.line = f.lines.get(pc - 1).copied().unwrap_or(f.line);
    // The function and source line of the instruction (for `go` statements).
    let at = || (caller, f.lines.get(pc - 1).copied().unwrap_or(f.line));
    macro_rules! r {
        ($x:expr) => {
            r[$x as usize]
        };
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
    macro_rules! str_cmp {
        ($dst:expr, $a:expr, $b:expr, $($ord:pat_param)|+) => {{
            let v = matches!(strings::compare(rt, r!($a), r!($b)), $($ord)|+);
            r!($dst) = Value::bool(v);
        }};
    }
    match op {
        Op::LoadStr { dst, k } => r!(dst) = rt.str_consts[k as usize],
        Op::LoadGlobal { dst, g } => r!(dst) = *lock(&rt.globals[g as usize]),
        Op::StoreGlobal { g, src } => *lock(&rt.globals[g as usize]) = r!(src),

        Op::Concat { dst, a, b } => r!(dst) = strings::concat(rt, m, r!(a), r!(b))?,
        Op::EqS { dst, a, b } => str_cmp!(dst, a, b, Equal),
        Op::NeS { dst, a, b } => str_cmp!(dst, a, b, Less | Greater),
        Op::LtS { dst, a, b } => str_cmp!(dst, a, b, Less),
        Op::LeS { dst, a, b } => str_cmp!(dst, a, b, Less | Equal),
        Op::GtS { dst, a, b } => str_cmp!(dst, a, b, Greater),
        Op::GeS { dst, a, b } => str_cmp!(dst, a, b, Greater | Equal),
        Op::LenS { dst, a } => r!(dst) = Value::int(strings::len(rt, r!(a))),
        Op::IndexS { dst, s, i } => r!(dst) = strings::index(rt, r!(s), r!(i).as_int())?,
        Op::DecodeRune { r: dr, w, s, i } => {
            let (rune, width) = strings::decode_at(rt, r!(s), r!(i).as_int());
            r!(dr) = Value::int(rune as i64);
            r!(w) = Value::int(width as i64);
        }

        Op::MakeClosure { dst, func } => r!(dst) = calls::make_closure(rt, m, r, func)?,
        Op::NewBox { dst, src } => r!(dst) = alloc::alloc_value(rt, m, Obj::Cell(r!(src)))?,
        Op::LoadBox { dst, b } => r!(dst) = ptr::load(rt, r!(b))?,
        Op::StoreBox { b, src } => ptr::store(rt, r!(b), r!(src))?,
        Op::Go { func, base: b, nargs } => {
            let args = &r[b as usize..b as usize + nargs as usize];
            calls::go(rt, m, g, at(), Some(func), Value::ZERO, args)?
        }
        Op::GoClosure { f, base: b, nargs } => {
            let args = &r[b as usize..b as usize + nargs as usize];
            calls::go(rt, m, g, at(), None, r!(f), args)?
        }

        Op::MakeChan { dst, cap, elem } => r!(dst) = chan::make(rt, m, r!(cap).as_int(), elem)?,
        Op::Close { ch } => chan::close(rt, m, g, r!(ch))?,
        Op::LenChan { dst, ch } => r!(dst) = Value::int(chan::len_or_cap(rt, r!(ch), false)),
        Op::CapChan { dst, ch } => r!(dst) = Value::int(chan::len_or_cap(rt, r!(ch), true)),
        Op::Select { .. } => chan::select(rt, m, g, resume, r, op)?,

        Op::MakeIface { dst, src, ty } => r!(dst) = alloc::make_iface(rt, m, r!(src), ty)?,
        Op::TypeAssert { dst, src, ty, iface: it, ok } => {
            let v = r!(src);
            let pass = iface::asserts(&rt.prog, v, ty);
            if !pass && !ok {
                return Err(Exit::Panic(iface::assertion_error(&rt.prog, v, ty, it).into()));
            }
            let concrete = !matches!(
                rt.prog.types.get(ty as usize).map(|d| &d.kind),
                Some(crate::vm::program::TypeKind::Interface)
            );
            r!(dst) = match (pass, concrete) {
                (false, _) => Value::ZERO,
                (true, true) => Value { t: 0, ..v },
                (true, false) => v,
            };
            if ok {
                r!(dst + 1) = Value::bool(pass);
            }
        }
        Op::EqIface { dst, a, b, ne } => {
            r!(dst) = Value::bool(iface::equal(rt, r!(a), r!(b))? != ne)
        }

        Op::NewWaitGroup { dst } => {
            r!(dst) = alloc::alloc_value(rt, m, Obj::WaitGroup(WaitGroup::default()))?
        }
        Op::WgAdd { wg, n } => sync::wg_add(rt, m, g, r!(wg), r!(n).as_int())?,
        Op::WgDone { wg } => sync::wg_add(rt, m, g, r!(wg), -1)?,
        Op::WgWait { wg } => sync::wg_wait(rt, m, g, r!(wg))?,
        Op::NewMutex { dst } => {
            r!(dst) = alloc::alloc_value(rt, m, Obj::Mutex(Default::default()))?
        }
        Op::MutexLock { mu } => sync::lock(rt, m, g, r!(mu), resume)?,
        Op::MutexUnlock { mu } => sync::unlock(rt, m, g, r!(mu))?,

        Op::CallNative { native, base: b, nargs } => {
            // The pending call after it, if any, names where its function goes.
            let pending = match f.code.get(pc) {
                Some(Op::CallIface { sel: crate::vm::op::PENDING_CALL, base: pb }) => {
                    pb.saturating_sub(b) as usize
                }
                _ => nargs as usize,
            };
            let top = crate::rt::g::Frame { func: caller, pc: pc as u32, base: 0, closure: 0 };
            let cb = super::callback::Callback { st, depth, pending, callers, top };
            natives::call(rt, m, g, native, &mut r[b as usize..], nargs as usize, cb)?
        }
        Op::Panic { v } => return Err(Exit::GoPanic(Box::new(r!(v)))),
        Op::Defer { f, base: b, nargs } => {
            let args = &r[b as usize..b as usize + nargs as usize];
            super::panics::defer(rt, st, depth, r!(f), args)
        }
        Op::RunDefers { base: b } => {
            super::panics::run_defers(rt, st, caller, depth, &mut r[b as usize..])?
        }
        Op::Recover { dst } => r!(dst) = super::panics::recover(st, depth),

        Op::MakeSlice { dst, len, cap, elem } => {
            r!(dst) = slices::make(rt, m, r!(len).as_int(), r!(cap).as_int(), elem)?
        }
        Op::SliceLit { dst, base: b, n } => {
            let init = &r[b as usize..b as usize + n as usize];
            r!(dst) = alloc::new_array(rt, m, init, n as usize, n as usize)?;
        }
        Op::IndexSlice { dst, s, i } => r!(dst) = slices::index(rt, r!(s), r!(i).as_int())?,
        Op::StoreSlice { s, i, v } => slices::store(rt, r!(s), r!(i).as_int(), r!(v))?,
        Op::CheckIndexU { s, i, string } => {
            slices::check_index_u(rt, r!(s), r!(i).as_int(), string)?
        }
        Op::Append { dst, s, base: b, n, elem, esize } => {
            // The values were copied as arguments are: they become the slots' own.
            let extra = &r[b as usize..b as usize + n as usize];
            r!(dst) = slices::append(rt, m, r!(s), extra, elem, esize)?;
        }
        Op::AppendSlice { dst, s, t, elem, esize } => {
            let extra = slices::elems(rt, r!(t));
            let extra = slices::copy_values(rt, m, extra, elem)?;
            r!(dst) = slices::append(rt, m, r!(s), &extra, elem, esize)?;
        }
        Op::SliceExpr { dst, s, lo, hi, max, flags } => {
            let b = Bounds {
                lo: opt_int!(flags, SLICE_LO, lo),
                hi: opt_int!(flags, SLICE_HI, hi),
                max: opt_int!(flags, SLICE_MAX, max),
                flags,
            };
            r!(dst) = slices::slice(r!(s), b)?;
        }
        Op::SliceStr { dst, s, lo, hi, flags } => {
            let b = Bounds {
                lo: opt_int!(flags, SLICE_LO, lo),
                hi: opt_int!(flags, SLICE_HI, hi),
                max: 0,
                flags,
            };
            r!(dst) = slices::slice_str(rt, m, r!(s), b)?;
        }
        Op::Copy { dst, to, from, elem } => {
            r!(dst) = Value::int(slices::copy(rt, m, r!(to), r!(from), elem)?)
        }
        Op::StrToSlice { dst, s, runes } => r!(dst) = slices::from_str(rt, m, r!(s), runes)?,
        Op::SliceToStr { dst, s, runes } => r!(dst) = slices::to_str(rt, m, r!(s), runes)?,
        Op::RuntimeError { k } => {
            let text = rt.prog.strings.get(k as usize).map(|b| String::from_utf8_lossy(b));
            return Err(Exit::Panic(format!("runtime error: {}", text.unwrap_or_default()).into()));
        }
        Op::ArraySlice { dst, a, n } => {
            let h = r!(a).h;
            if h == 0 {
                return Err(Exit::Panic(super::NIL_DEREF.into()));
            }
            r!(dst) = Value::slice(h, 0, n, n)
        }
        Op::SliceToArray { dst, s, ty } => r!(dst) = structs::slice_to_array(rt, m, r!(s), ty)?,
        Op::SliceToArrayPtr { dst, s, n } => {
            r!(dst) = structs::slice_to_array_ptr(rt, m, r!(s), n as usize)?
        }
        Op::RuneToStr { dst, a } => {
            let c = slices::rune_char(r!(a).as_int());
            r!(dst) = alloc::new_string(rt, m, c.encode_utf8(&mut [0; 4]))?
        }
        Op::ElemAddr { dst, s, i } => r!(dst) = slices::elem_addr(r!(s), r!(i).as_int())?,

        Op::NewStruct { dst, ty } => r!(dst) = structs::new_struct(rt, m, ty)?,
        Op::CopyStruct { dst, src, ty } => r!(dst) = structs::copy_struct(rt, m, r!(src), ty)?,
        Op::StoreStructInto { dst, src, ty } => {
            structs::store_struct_into(rt, m, r!(dst), r!(src), ty)?
        }
        Op::LoadField { dst, obj, idx, addr } => {
            r!(dst) = structs::load_field(rt, r!(obj), idx, addr)?
        }
        Op::StoreField { obj, idx, src, addr } => {
            structs::store_field(rt, r!(obj), idx, r!(src), addr)?
        }
        Op::FieldAddr { dst, obj, idx } => r!(dst) = structs::field_addr(r!(obj), idx)?,
        Op::NilCheck { p, addr } => {
            if r!(p).h == 0 {
                return Err(super::nil_deref_at(addr));
            }
        }
        Op::NilCheckWrap { p, k } => {
            if r!(p).h == 0 {
                let text = rt.prog.strings.get(k as usize).map(|b| String::from_utf8_lossy(b));
                return Err(Exit::Panic(text.unwrap_or_default().into_owned().into()));
            }
        }
        Op::NilCheckIface { x } => {
            if r!(x).t == 0 {
                return Err(Exit::Panic(NIL_DEREF.into()));
            }
        }
        Op::Cplx { op, dst, a, b, single } => {
            r!(dst) = complex::exec(rt, m, op, r!(a), r!(b), single)?
        }
        Op::EqStruct { dst, a, b, ty, ne } => {
            let eq = structs::values_equal(rt, r!(a), r!(b), ty)?;
            r!(dst) = Value::bool(eq != ne);
        }

        Op::MakeMap { dst, .. } => r!(dst) = maps::make(rt, m)?,
        Op::MapIndex { dst, m: mr, k, kk } => {
            r!(dst) = maps::index(rt, r!(mr), r!(k), kk)?.unwrap_or(Value::ZERO)
        }
        Op::MapIndex2 { dst, ok, m: mr, k, kk } => {
            let found = maps::index(rt, r!(mr), r!(k), kk)?;
            r!(dst) = found.unwrap_or(Value::ZERO);
            r!(ok) = Value::bool(found.is_some());
        }
        Op::MapStore { m: mr, k, v, kk } => maps::store(rt, m, r!(mr), r!(k), r!(v), kk)?,
        Op::MapDelete { m: mr, k, kk } => maps::delete(rt, r!(mr), r!(k), kk)?,
        Op::LenMap { dst, m: mr } => r!(dst) = Value::int(maps::len(rt, r!(mr))),
        Op::MapClear { m: mr } => maps::clear(rt, r!(mr)),
        Op::ClearSlice { s, elem } => slices::clear(rt, m, r!(s), elem)?,
        Op::MapIterInit { dst, m: mr } => r!(dst) = maps::iter_init(rt, m, r!(mr))?,
        Op::MapIterNext { k, v, ok, it } => {
            let next = maps::iter_next(rt, r!(it));
            if let Some((key, val)) = next {
                r!(k) = key;
                r!(v) = val;
            }
            r!(ok) = Value::bool(next.is_some());
        }
        _ => internal_error("the dispatch loop passed on an instruction it runs itself"),
    }
    Ok(())
}
