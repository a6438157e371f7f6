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
//! `Exit::Parked`. What remains of the operation (storing the received value) is in
//! `GState::pending` and is finished at the start of the next slice. The thread itself never
//! blocks on a Go operation.

use crate::heap::Object;
use crate::rt::chan::{Chan, RecvOutcome, SendOutcome, Waiter};
use crate::rt::fmt as gofmt;
use crate::rt::g::{Frame, GState, Pending, G};
use crate::rt::map::{GoMap, MapKey, ENTRY_BYTES};
use crate::rt::obj::Obj;
use crate::rt::sync::WaitGroup;
use crate::sched::{MCtx, Runtime};
use crate::sys::Ordering;
use crate::sys::{internal_error, lock};
use crate::trace::WaitReason;
use crate::vm::op::{MapKeyKind, Native, Op, Reg, TypeId, SLICE_HI, SLICE_LO, SLICE_MAX};
use crate::vm::program::{Func, TypeKind};
use crate::vm::value::{Handle, Value};
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
    /// A blocking system call of `ns` nanoseconds (syscall.Nanosleep): the M blocks outside
    /// the interpreter (entersyscall/exitsyscall); the pc is past the call, its result written.
    Syscall(u64),
    /// An allocation found the heap over its limit: the pc is left on the allocating
    /// instruction so that it runs again after a collection.
    NeedGc,
}

const NIL_DEREF: &str = "runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]";

fn closure_parts(rt: &Runtime, h: Handle) -> (u32, Arc<[Value]>) {
    match &*rt.heap.lock(h) {
        Obj::Closure { func, caps } => (*func, caps.clone()),
        _ => internal_error("call of a value that is not a closure"),
    }
}

fn out_of_memory(rt: &Runtime) -> Exit {
    Exit::Fatal(format!(
        "fatal error: runtime: out of memory (heap limit {} MiB)",
        rt.cfg.limits.max_heap_bytes >> 20
    ))
}

/// Checks that an object of `size` bytes fits under the heap limit: over it, the first
/// attempt asks for a collection (`NeedGc`); if the heap is still over when the instruction
/// runs again right after that collection (`m.gc_retry`), or the last collection left the
/// heap nearly full (`heap_exhausted`), the program is out of memory.
/// Separate from `alloc` so that a large array is checked before its elements are built.
fn room(rt: &Runtime, m: &MCtx, size: usize) -> Result<(), Exit> {
    if rt.heap_in_use().saturating_add(size) > rt.cfg.limits.max_heap_bytes {
        if size > rt.cfg.limits.max_heap_bytes
            || m.gc_retry
            || rt.heap_exhausted.load(Ordering::Relaxed)
        {
            return Err(out_of_memory(rt));
        }
        return Err(Exit::NeedGc);
    }
    Ok(())
}

/// Allocates, enforcing the heap limit (see `room`).
fn alloc(rt: &Runtime, m: &mut MCtx, obj: Obj) -> Result<Handle, Exit> {
    room(rt, m, obj.size())?;
    rt.heap
        .alloc(&mut m.cache, obj)
        .map_err(|_| Exit::Fatal("fatal error: runtime: out of memory".into()))
}

/// Allocates a backing array of `cap` elements whose first elements are `init` (the rest
/// zero) and returns a slice of its first `len` elements. The size is checked against the
/// heap limit before the elements exist, so a huge make() is an out-of-memory error.
fn new_array(
    rt: &Runtime,
    m: &mut MCtx,
    init: &[Value],
    len: usize,
    cap: usize,
) -> Result<Value, Exit> {
    let size = cap.saturating_mul(16).saturating_add(64);
    if cap > u32::MAX as usize {
        return Err(out_of_memory(rt));
    }
    room(rt, m, size)?;
    let mut elems = Vec::with_capacity(cap);
    elems.extend_from_slice(init);
    elems.resize(cap, Value::ZERO);
    let h = alloc(rt, m, Obj::Array(elems))?;
    Ok(Value::slice(h, 0, len as u32, cap as u32))
}

/// Copies out the elements of a slice (taking its array's lock once).
fn slice_elems(rt: &Runtime, s: Value) -> Vec<Value> {
    if s.h == 0 || s.slice_len() == 0 {
        return Vec::new();
    }
    match &*rt.heap.lock(s.h) {
        Obj::Array(a) => a[s.slice_off()..s.slice_off() + s.slice_len()].to_vec(),
        _ => internal_error("slice handle does not refer to an array"),
    }
}

/// Go's text for an index out of range (negative indexes have no length part).
fn index_panic(i: i64, len: usize) -> Exit {
    if i < 0 {
        Exit::Panic(format!("runtime error: index out of range [{i}]"))
    } else {
        Exit::Panic(format!(
            "runtime error: index out of range [{i}] with length {len}"
        ))
    }
}

/// Checks slice bounds in Go's order (max, then hi, then lo) with Go's panic texts.
/// `limit` is the capacity (slices) or the length (strings); `what` names it.
fn slice_bounds(
    lo: i64,
    hi: i64,
    max: Option<i64>,
    limit: usize,
    what: &str,
    has_hi: bool,
) -> Result<(), Exit> {
    let lim = limit as i64;
    let bounds = |s: String| {
        Err(Exit::Panic(format!(
            "runtime error: slice bounds out of range {s}"
        )))
    };
    if let Some(mx) = max {
        if mx < 0 {
            return bounds(format!("[::{mx}]"));
        }
        if mx > lim {
            return bounds(format!("[::{mx}] with {what} {limit}"));
        }
        if hi < 0 {
            return bounds(format!("[:{hi}:]"));
        }
        if hi > mx {
            return bounds(format!("[:{hi}:{mx}]"));
        }
        if lo < 0 {
            return bounds(format!("[{lo}:]"));
        }
        if lo > hi {
            return bounds(format!("[{lo}:{hi}:]"));
        }
        return Ok(());
    }
    if has_hi {
        if hi < 0 {
            return bounds(format!("[:{hi}]"));
        }
        if hi > lim {
            return bounds(format!("[:{hi}] with {what} {limit}"));
        }
    }
    if lo < 0 {
        return bounds(format!("[{lo}:]"));
    }
    if lo > hi {
        return bounds(format!("[{lo}:{hi}]"));
    }
    Ok(())
}

/// append: writes `extra` after s's elements in place when the capacity allows, else into a
/// new array. Allocates before it changes anything, so a `NeedGc` retry is safe.
fn append(rt: &Runtime, m: &mut MCtx, s: Value, extra: &[Value]) -> Result<Value, Exit> {
    let (len, cap) = (s.slice_len(), s.slice_cap());
    let n = extra.len();
    if n == 0 {
        return Ok(s);
    }
    let newlen = len + n;
    if newlen <= cap {
        match &mut *rt.heap.lock(s.h) {
            Obj::Array(a) => a[s.slice_off() + len..s.slice_off() + newlen].copy_from_slice(extra),
            _ => internal_error("append to a slice whose handle is not an array"),
        }
        return Ok(Value::slice(
            s.h,
            s.slice_off() as u32,
            newlen as u32,
            cap as u32,
        ));
    }
    let newcap = (cap * 2).max(newlen).max(4);
    let mut init = slice_elems(rt, s);
    init.extend_from_slice(extra);
    new_array(rt, m, &init, newlen, newcap)
}

/// The key a map compares for `v` (see rt/map.rs): None for a NaN, which equals nothing.
/// Called before the map is locked, since reading a string locks the string's slot.
/// Interface keys whose dynamic type cannot be hashed panic as Go's runtime does.
fn map_key(rt: &Runtime, v: Value, kk: MapKeyKind) -> Result<Option<MapKey>, Exit> {
    fn float_key(f: f64) -> Option<MapKey> {
        if f.is_nan() {
            None
        } else if f == 0.0 {
            // +0 and -0 are equal, so they are one key.
            Some(MapKey::Word(0))
        } else {
            Some(MapKey::Word(f.to_bits()))
        }
    }
    Ok(match kk {
        MapKeyKind::Word => Some(MapKey::Word(v.w)),
        MapKeyKind::Float => float_key(v.as_float()),
        MapKeyKind::Str => Some(MapKey::Str(rt.heap.str(v))),
        MapKeyKind::Ref => Some(MapKey::Word(v.h as u64)),
        MapKeyKind::Iface => {
            if v.t == 0 {
                return Ok(Some(MapKey::Iface(0, Box::new(MapKey::Word(0)))));
            }
            let inner = match rt.prog.types.get(v.t as usize).map(|d| &d.kind) {
                Some(TypeKind::Bool | TypeKind::Int { .. }) => Some(MapKey::Word(v.w)),
                Some(TypeKind::Float64) => float_key(v.as_float()),
                Some(TypeKind::String) => Some(MapKey::Str(rt.heap.str(v))),
                Some(TypeKind::Chan { .. } | TypeKind::Pointer) => Some(MapKey::Word(v.h as u64)),
                _ => {
                    return Err(Exit::Panic(format!(
                        "runtime error: hash of unhashable type {}",
                        rt.prog.type_name(v.t)
                    )))
                }
            };
            inner.map(|k| MapKey::Iface(v.t, Box::new(k)))
        }
    })
}

fn map_of(obj: &mut Obj) -> &mut GoMap {
    match obj {
        Obj::Map(mp) => mp,
        _ => internal_error("map operation on a value that is not a map"),
    }
}

fn new_string(rt: &Runtime, m: &mut MCtx, s: &str) -> Result<Value, Exit> {
    if s.is_empty() {
        return Ok(Value::ZERO);
    }
    Ok(Value::handle(alloc(rt, m, Obj::Str(Arc::from(s)))?))
}

/// What a struct field of type `ty` needs beyond a plain value: a nested struct (its own
/// object, copied deeply) or a sync object (a handle to a runtime Mutex or WaitGroup).
#[derive(Clone, Copy, PartialEq)]
enum FieldKind {
    Plain,
    Struct,
    Mutex,
    WaitGroup,
}

fn field_kind(rt: &Runtime, ty: TypeId) -> FieldKind {
    match rt.prog.types.get(ty as usize) {
        Some(d) if matches!(d.kind, TypeKind::Struct { .. }) => FieldKind::Struct,
        Some(d) if d.name == "sync.Mutex" => FieldKind::Mutex,
        Some(d) if d.name == "sync.WaitGroup" => FieldKind::WaitGroup,
        _ => FieldKind::Plain,
    }
}

/// The field types of struct type `ty` (none for any other type id, which would be our bug;
/// an empty list keeps that from becoming a crash).
fn struct_field_types(rt: &Runtime, ty: TypeId) -> Vec<TypeId> {
    match rt.prog.types.get(ty as usize).map(|d| &d.kind) {
        Some(TypeKind::Struct { fields }) => fields.iter().map(|f| f.1).collect(),
        _ => Vec::new(),
    }
}

/// A copy of a struct object's fields (taking its lock once); a nil handle reads as none.
fn struct_fields(rt: &Runtime, h: Handle) -> Vec<Value> {
    if h == 0 {
        return Vec::new();
    }
    match &*rt.heap.lock(h) {
        Obj::Struct(f) => f.clone(),
        _ => internal_error("field access on a value that is not a struct"),
    }
}

/// The zero value of a struct field of type `ty` (see `Op::NewStruct`).
fn zero_field(rt: &Runtime, m: &mut MCtx, ty: TypeId) -> Result<Value, Exit> {
    Ok(match field_kind(rt, ty) {
        FieldKind::Plain => Value::ZERO,
        FieldKind::Struct => new_struct(rt, m, ty)?,
        FieldKind::Mutex => Value::handle(alloc(rt, m, Obj::Mutex(Default::default()))?),
        FieldKind::WaitGroup => Value::handle(alloc(rt, m, Obj::WaitGroup(Default::default()))?),
    })
}

fn new_struct(rt: &Runtime, m: &mut MCtx, ty: TypeId) -> Result<Value, Exit> {
    let types = struct_field_types(rt, ty);
    let mut fields = Vec::with_capacity(types.len());
    for t in types {
        fields.push(zero_field(rt, m, t)?);
    }
    Ok(Value::handle(alloc(rt, m, Obj::Struct(fields))?))
}

/// A deep copy of struct `src` (see `Op::CopyStruct`). It only allocates, so a `NeedGc`
/// retry of the instruction is safe.
fn copy_struct(rt: &Runtime, m: &mut MCtx, src: Value, ty: TypeId) -> Result<Value, Exit> {
    if src.h == 0 {
        return new_struct(rt, m, ty);
    }
    let mut fields = struct_fields(rt, src.h);
    for (i, t) in struct_field_types(rt, ty).into_iter().enumerate() {
        let Some(f) = fields.get_mut(i) else { break };
        match field_kind(rt, t) {
            FieldKind::Plain => {}
            FieldKind::Struct => *f = copy_struct(rt, m, *f, t)?,
            FieldKind::Mutex | FieldKind::WaitGroup => *f = zero_field(rt, m, t)?,
        }
    }
    Ok(Value::handle(alloc(rt, m, Obj::Struct(fields))?))
}

/// Copies src's fields into the existing struct object dst, nested structs into dst's
/// nested objects (see `Op::StoreStructInto`). Never allocates.
fn store_struct_into(rt: &Runtime, dst: Value, src: Value, ty: TypeId) -> Result<(), Exit> {
    if dst.h == 0 {
        return Err(Exit::Panic(NIL_DEREF.into()));
    }
    if dst.h == src.h {
        return Ok(());
    }
    let from = struct_fields(rt, src.h);
    let into = struct_fields(rt, dst.h);
    let types = struct_field_types(rt, ty);
    let mut plain = Vec::new();
    for (i, t) in types.into_iter().enumerate() {
        let v = from.get(i).copied().unwrap_or(Value::ZERO);
        match field_kind(rt, t) {
            FieldKind::Plain => plain.push((i, v)),
            FieldKind::Struct => {
                store_struct_into(rt, into.get(i).copied().unwrap_or(Value::ZERO), v, t)?
            }
            FieldKind::Mutex | FieldKind::WaitGroup => {}
        }
    }
    if let Obj::Struct(f) = &mut *rt.heap.lock(dst.h) {
        for (i, v) in plain {
            if let Some(slot) = f.get_mut(i) {
                *slot = v;
            }
        }
    }
    Ok(())
}

/// Go's == on two values of type `ty` (only comparable types reach here).
pub fn values_equal(rt: &Runtime, a: Value, b: Value, ty: TypeId) -> bool {
    match rt.prog.types.get(ty as usize).map(|d| &d.kind) {
        Some(TypeKind::Float64) => a.as_float() == b.as_float(),
        Some(TypeKind::String) => a.h == b.h || *rt.heap.str(a) == *rt.heap.str(b),
        Some(TypeKind::Bool) | Some(TypeKind::Int { .. }) => a.w == b.w,
        Some(TypeKind::Struct { fields }) => {
            if a.h == b.h {
                return true;
            }
            let (fa, fb) = (struct_fields(rt, a.h), struct_fields(rt, b.h));
            fields.iter().enumerate().all(|(i, (_, t))| {
                let x = fa.get(i).copied().unwrap_or(Value::ZERO);
                let y = fb.get(i).copied().unwrap_or(Value::ZERO);
                values_equal(rt, x, y, *t)
            })
        }
        Some(TypeKind::Interface) => {
            a.t == b.t
                && (a.t == 0 || values_equal(rt, Value { t: 0, ..a }, Value { t: 0, ..b }, a.t))
        }
        _ => a.h == b.h && a.w == b.w,
    }
}

/// Pushes a call frame for `callee` whose register 0 is `st.regs[nb]`.
fn enter(
    rt: &Runtime,
    st: &mut GState,
    nb: usize,
    func: u32,
    callee: &Func,
    closure: Handle,
    caps: Option<Arc<[Value]>>,
) -> Result<(), Exit> {
    let top = nb + callee.nregs as usize;
    if top > rt.cfg.limits.max_stack_regs {
        return Err(Exit::Fatal(format!(
            "runtime: goroutine stack exceeds {}-byte limit\nfatal error: stack overflow",
            rt.cfg.limits.max_stack_regs * std::mem::size_of::<Value>()
        )));
    }
    if st.regs.len() < top {
        // Grow geometrically (at least double) so deep recursion costs amortised O(1) per
        // call, and count the growth against the heap limit.
        let new_len = top
            .max(st.regs.len() * 2)
            .min(rt.cfg.limits.max_stack_regs.max(top));
        if !rt.stack_grow(new_len - st.regs.len()) {
            return Err(out_of_memory(rt));
        }
        st.regs.resize(new_len, Value::ZERO);
    }
    // Registers above the parameters start as zero values (and hold no stale references).
    st.regs[nb + callee.nparams as usize..top].fill(Value::ZERO);
    st.frames.push(Frame {
        func,
        pc: 0,
        base: nb as u32,
        closure,
    });
    st.caps.push(caps);
    Ok(())
}

/// One select statement (Go's selectgo). Channel i is in register base+sb+2i; see
/// `Op::Select`. Locks every case's channel in handle order (so two selects can never
/// deadlock), polls the cases in a random order, and either completes one case, takes the
/// default, or parks on all of them until one completes.
#[allow(clippy::too_many_arguments)]
fn select(
    rt: &Runtime,
    m: &mut MCtx,
    g: &Arc<G>,
    st: &mut GState,
    base: usize,
    dst: Reg,
    sb: Reg,
    n: u8,
    has_default: bool,
    sends: u32,
) -> Result<(), Exit> {
    let n = n as usize;
    let at = |i: usize| base + sb as usize + 2 * i;
    let ch_of: Vec<Handle> = (0..n).map(|i| st.regs[at(i)].h).collect();
    let is_send = |i: usize| sends & (1 << i) != 0;
    let out = base + dst as usize;
    // Random poll order (Fisher-Yates with the M's generator: seeded in deterministic mode).
    let mut order: Vec<usize> = (0..n).collect();
    for i in (1..n).rev() {
        let j = (m.rand() % (i as u64 + 1)) as usize;
        order.swap(i, j);
    }
    let mut locked: Vec<Handle> = ch_of.iter().copied().filter(|h| *h != 0).collect();
    locked.sort_unstable();
    locked.dedup();
    let mut guards: Vec<_> = locked.iter().map(|h| rt.heap.lock(*h)).collect();
    let slot = |h: Handle| {
        locked
            .binary_search(&h)
            .unwrap_or_else(|_| internal_error("select lost a channel"))
    };
    macro_rules! chan_at {
        ($i:expr) => {
            match &mut *guards[slot(ch_of[$i])] {
                Obj::Chan(c) => &mut **c,
                _ => internal_error("select on a value that is not a channel"),
            }
        };
    }
    // Pass 1: the first ready case in poll order completes now.
    for &i in &order {
        if ch_of[i] == 0 {
            continue; // a nil channel is never ready
        }
        let c = chan_at!(i);
        let ready = if is_send(i) {
            c.can_send()
        } else {
            c.can_recv()
        };
        if !ready {
            continue;
        }
        let mut wake = None;
        if is_send(i) {
            match c.send(st.regs[at(i) + 1]) {
                SendOutcome::Buffered => {}
                SendOutcome::HandedOff(rg) => wake = Some(rg),
                SendOutcome::Closed => {
                    drop(guards);
                    return Err(Exit::Panic("send on closed channel".into()));
                }
                // The waiting receiver was claimed by another channel's operation between
                // the check and now (its select completed elsewhere): not ready after all.
                SendOutcome::MustBlock => continue,
            }
            st.regs[out + 1] = Value::ZERO;
            st.regs[out + 2] = Value::bool(false);
        } else {
            match c.recv() {
                RecvOutcome::Got(v, sender) => {
                    st.regs[out + 1] = v;
                    st.regs[out + 2] = Value::bool(true);
                    wake = sender;
                }
                RecvOutcome::Closed => {
                    st.regs[out + 1] = Value::ZERO;
                    st.regs[out + 2] = Value::bool(false);
                }
                // Likewise for a waiting sender claimed elsewhere.
                RecvOutcome::MustBlock => continue,
            }
        }
        drop(guards);
        st.regs[out] = Value::int(i as i64);
        if let Some(wg) = wake {
            rt.goready(m, wg, g.id);
        }
        return Ok(());
    }
    if has_default {
        drop(guards);
        st.regs[out] = Value::int(-1);
        return Ok(());
    }
    // Pass 2: wait on every case at once.
    g.begin_select();
    for i in 0..n {
        if ch_of[i] == 0 {
            continue;
        }
        let w = Waiter {
            g: g.clone(),
            val: if is_send(i) {
                st.regs[at(i) + 1]
            } else {
                Value::ZERO
            },
            case: Some(i as u32),
        };
        let c = chan_at!(i);
        if is_send(i) {
            c.sendq.push_back(w);
        } else {
            c.recvq.push_back(w);
        }
    }
    st.pending = Pending::Select {
        dst,
        base: sb,
        n: n as u8,
        sends,
    };
    let reason = if n == 0 {
        WaitReason::SelectNoCases
    } else {
        WaitReason::Select
    };
    rt.park_current(m, g, reason, locked.first().copied().unwrap_or(0));
    drop(guards);
    Err(Exit::Parked)
}

pub fn run(rt: &Runtime, m: &mut MCtx, g: &Arc<G>, st: &mut GState, fuel: u32) -> Exit {
    m.used_fuel = 0;
    let prog = &*rt.prog;
    let Some(&top) = st.frames.last() else {
        return Exit::Done;
    };

    // Finish the operation the goroutine parked in.
    match std::mem::take(&mut st.pending) {
        Pending::None => {}
        Pending::Recv { dst, ok } => {
            let p = g.take_param();
            let b = top.base as usize;
            st.regs[b + dst as usize] = p.v;
            if let Some(ok) = ok {
                st.regs[b + ok as usize] = Value::bool(p.ok);
            }
        }
        Pending::Send => {
            g.take_param();
            if g.take_closed() {
                return Exit::Panic("send on closed channel".into());
            }
        }
        Pending::Select {
            dst,
            base,
            n,
            sends,
        } => {
            let p = g.take_param();
            let b = top.base as usize;
            // The select finished on one channel; take our waiters off all the others.
            let mut chans: Vec<Handle> = (0..n as usize)
                .map(|i| st.regs[b + base as usize + 2 * i].h)
                .filter(|h| *h != 0)
                .collect();
            chans.sort_unstable();
            chans.dedup();
            for h in chans {
                if let Obj::Chan(c) = &mut *rt.heap.lock(h) {
                    c.dequeue_all(g);
                }
            }
            let Some(case) = p.case else {
                internal_error("select resumed without a case")
            };
            if sends & (1 << case) != 0 && g.take_closed() {
                return Exit::Panic("send on closed channel".into());
            }
            st.regs[b + dst as usize] = Value::int(case as i64);
            st.regs[b + dst as usize + 1] = p.v;
            st.regs[b + dst as usize + 2] = Value::bool(p.ok);
        }
    }

    let mut f: &Func = &prog.funcs[top.func as usize];
    let mut code: &[crate::vm::op::Op] = &f.code;
    let mut pc = top.pc as usize;
    let mut base = top.base as usize;
    // The captured values of each frame's closure, fetched once per frame (not per return)
    // so a call from a closure never touches the closure's heap slot again.
    while st.caps.len() < st.frames.len() {
        let fr = st.frames[st.caps.len()];
        st.caps
            .push((fr.closure != 0).then(|| closure_parts(rt, fr.closure).1));
    }
    let mut left = fuel;

    macro_rules! r {
        ($x:expr) => {
            st.regs[base + $x as usize]
        };
    }
    // Stores the pc in the top frame; every exit from the loop goes through it.
    macro_rules! leave {
        ($e:expr) => {{
            if let Some(fr) = st.frames.last_mut() {
                fr.pc = pc as u32;
            }
            m.used_fuel = fuel - left;
            return $e;
        }};
    }
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
        ($dst:expr, $a:expr, $b:expr, $op:tt) => {{
            let (x, y) = (r!($a), r!($b));
            let v = if x.h == y.h { 0 $op 0 } else { *rt.heap.str(x) $op *rt.heap.str(y) };
            r!($dst) = Value::bool(v);
        }};
    }
    // Re-reads the cached frame fields after a call or return.
    macro_rules! load_frame {
        () => {{
            let fr = *st.frames.last().unwrap();
            f = &prog.funcs[fr.func as usize];
            code = &f.code;
            pc = fr.pc as usize;
            base = fr.base as usize;
        }};
    }
    macro_rules! cur_line {
        () => {
            f.lines.get(pc.wrapping_sub(1)).copied().unwrap_or(f.line)
        };
    }
    macro_rules! chan_of {
        ($obj:expr) => {
            match &mut *$obj {
                Obj::Chan(c) => &mut **c,
                _ => internal_error("channel operation on a value that is not a channel"),
            }
        };
    }
    macro_rules! mutex_of {
        ($obj:expr) => {
            match &mut *$obj {
                Obj::Mutex(mx) => mx,
                _ => internal_error("Mutex operation on a value that is not a Mutex"),
            }
        };
    }
    macro_rules! wg_of {
        ($obj:expr) => {
            match &mut *$obj {
                Obj::WaitGroup(w) => w,
                _ => internal_error("WaitGroup operation on a value that is not a WaitGroup"),
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
                let v = if matches!(op, Op::DivI { .. }) {
                    x.wrapping_div(y)
                } else {
                    x.wrapping_rem(y)
                };
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

            Op::Concat { dst, a, b } => {
                let (x, y) = (r!(a), r!(b));
                r!(dst) = if x.h == 0 {
                    y
                } else if y.h == 0 {
                    x
                } else {
                    let (sx, sy) = (rt.heap.str(x), rt.heap.str(y));
                    if sx.len() + sy.len() > rt.cfg.limits.max_heap_bytes {
                        leave!(out_of_memory(rt));
                    }
                    let s = format!("{}{}", sx, sy);
                    tryx!(new_string(rt, m, &s))
                };
            }
            Op::EqS { dst, a, b } => str_cmp!(dst, a, b, ==),
            Op::NeS { dst, a, b } => str_cmp!(dst, a, b, !=),
            Op::LtS { dst, a, b } => str_cmp!(dst, a, b, <),
            Op::LeS { dst, a, b } => str_cmp!(dst, a, b, <=),
            Op::GtS { dst, a, b } => str_cmp!(dst, a, b, >),
            Op::GeS { dst, a, b } => str_cmp!(dst, a, b, >=),
            Op::LenS { dst, a } => {
                let v = r!(a);
                r!(dst) = Value::int(if v.h == 0 {
                    0
                } else {
                    rt.heap.str(v).len() as i64
                });
            }
            Op::IndexS { dst, s, i } => {
                let (sv, i) = (r!(s), r!(i).as_int());
                let s = rt.heap.str(sv);
                if i < 0 || i as usize >= s.len() {
                    leave!(Exit::Panic(format!(
                        "runtime error: index out of range [{}] with length {}",
                        i,
                        s.len()
                    )));
                }
                r!(dst) = Value::int(s.as_bytes()[i as usize] as i64);
            }
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

            Op::Call { func, base: b } => {
                st.frames.last_mut().unwrap().pc = pc as u32;
                let callee = &prog.funcs[func as usize];
                tryx!(enter(rt, st, base + b as usize, func, callee, 0, None));
                f = callee;
                code = &f.code;
                pc = 0;
                base += b as usize;
            }
            Op::CallClosure { f: fr, base: b } => {
                let cv = r!(fr);
                if cv.h == 0 {
                    leave!(Exit::Panic(NIL_DEREF.into()));
                }
                st.frames.last_mut().unwrap().pc = pc as u32;
                let (func, c) = closure_parts(rt, cv.h);
                let callee = &prog.funcs[func as usize];
                tryx!(enter(
                    rt,
                    st,
                    base + b as usize,
                    func,
                    callee,
                    cv.h,
                    Some(c)
                ));
                f = callee;
                code = &f.code;
                pc = 0;
                base += b as usize;
            }
            Op::Ret { src, n } => {
                let s = base + src as usize;
                st.regs.copy_within(s..s + n as usize, base);
                st.frames.pop();
                st.caps.pop();
                if st.frames.is_empty() {
                    m.used_fuel = fuel - left;
                    return Exit::Done;
                }
                load_frame!();
            }
            Op::MakeClosure { dst, func } => {
                let spec = &prog.funcs[func as usize].captures;
                let vals: Arc<[Value]> = spec.iter().map(|&reg| r!(reg)).collect();
                let h = tryx!(alloc(rt, m, Obj::Closure { func, caps: vals }));
                r!(dst) = Value::handle(h);
            }
            Op::LoadCapture { dst, idx } => {
                let v = match st.caps.last() {
                    Some(Some(c)) => c[idx as usize],
                    _ => internal_error("LoadCapture outside a closure"),
                };
                r!(dst) = v;
            }
            Op::NewBox { dst, src } => {
                let v = r!(src);
                let h = tryx!(alloc(rt, m, Obj::Cell(v)));
                r!(dst) = Value::handle(h);
            }
            Op::LoadBox { dst, b } => {
                // A pointer is a box, or an interior pointer to a struct field or a slice
                // element (`Op::FieldAddr`, `Op::ElemAddr`: index+1 in w).
                let p = r!(b);
                if p.h == 0 {
                    leave!(Exit::Panic(NIL_DEREF.into()));
                }
                let v = match &*rt.heap.lock(p.h) {
                    Obj::Cell(v) => *v,
                    Obj::Struct(f) | Obj::Array(f) if p.w > 0 => {
                        f.get(p.w as usize - 1).copied().unwrap_or(Value::ZERO)
                    }
                    _ => internal_error("LoadBox of a value that is not a box"),
                };
                r!(dst) = v;
            }
            Op::StoreBox { b, src } => {
                let (p, v) = (r!(b), r!(src));
                if p.h == 0 {
                    leave!(Exit::Panic(NIL_DEREF.into()));
                }
                match &mut *rt.heap.lock(p.h) {
                    Obj::Cell(c) => *c = v,
                    Obj::Struct(f) | Obj::Array(f) if p.w > 0 => {
                        if let Some(slot) = f.get_mut(p.w as usize - 1) {
                            *slot = v;
                        }
                    }
                    _ => internal_error("StoreBox to a value that is not a box"),
                }
            }

            Op::Go {
                func,
                base: b,
                nargs,
            } => {
                let s = base + b as usize;
                let args: Vec<Value> = st.regs[s..s + nargs as usize].to_vec();
                let caller = (st.frames.last().unwrap().func, cur_line!());
                if let Err(e) = rt.newproc(m, g, caller, func, 0, &args) {
                    leave!(Exit::Fatal(format!("fatal error: {e}")));
                }
            }
            Op::GoClosure {
                f: fr,
                base: b,
                nargs,
            } => {
                let cv = r!(fr);
                if cv.h == 0 {
                    leave!(Exit::Fatal("panic: go of nil func value".into()));
                }
                let (func, _) = closure_parts(rt, cv.h);
                let s = base + b as usize;
                let args: Vec<Value> = st.regs[s..s + nargs as usize].to_vec();
                let caller = (st.frames.last().unwrap().func, cur_line!());
                if let Err(e) = rt.newproc(m, g, caller, func, cv.h, &args) {
                    leave!(Exit::Fatal(format!("fatal error: {e}")));
                }
            }

            Op::MakeChan { dst, cap, elem } => {
                let n = r!(cap).as_int();
                if n < 0 || n > (1 << 24) {
                    leave!(Exit::Panic("makechan: size out of range".into()));
                }
                let h = tryx!(alloc(
                    rt,
                    m,
                    Obj::Chan(Box::new(Chan::new(n as usize, elem)))
                ));
                r!(dst) = Value::handle(h);
            }
            Op::Send { ch, v } => {
                let (c, val) = (r!(ch), r!(v));
                if c.h == 0 {
                    rt.park_current(m, g, WaitReason::ChanSendNilChan, 0);
                    leave!(Exit::Parked);
                }
                let mut obj = rt.heap.lock(c.h);
                let chan = chan_of!(obj);
                match chan.send(val) {
                    SendOutcome::Buffered => {}
                    SendOutcome::HandedOff(rg) => {
                        drop(obj);
                        rt.goready(m, rg, g.id);
                    }
                    SendOutcome::Closed => {
                        drop(obj);
                        leave!(Exit::Panic("send on closed channel".into()));
                    }
                    SendOutcome::MustBlock => {
                        chan.sendq.push_back(Waiter::plain(g.clone(), val));
                        st.pending = Pending::Send;
                        rt.park_current(m, g, WaitReason::ChanSend, c.h);
                        drop(obj);
                        leave!(Exit::Parked);
                    }
                }
            }
            Op::Recv { dst, ch } | Op::Recv2 { dst, ch, .. } => {
                let ok = if let Op::Recv2 { ok, .. } = op {
                    Some(ok)
                } else {
                    None
                };
                let c = r!(ch);
                if c.h == 0 {
                    rt.park_current(m, g, WaitReason::ChanReceiveNilChan, 0);
                    leave!(Exit::Parked);
                }
                let mut obj = rt.heap.lock(c.h);
                let chan = chan_of!(obj);
                match chan.recv() {
                    RecvOutcome::Got(v, sender) => {
                        drop(obj);
                        r!(dst) = v;
                        if let Some(okr) = ok {
                            r!(okr) = Value::bool(true);
                        }
                        if let Some(sg) = sender {
                            rt.goready(m, sg, g.id);
                        }
                    }
                    RecvOutcome::Closed => {
                        drop(obj);
                        r!(dst) = Value::ZERO;
                        if let Some(okr) = ok {
                            r!(okr) = Value::bool(false);
                        }
                    }
                    RecvOutcome::MustBlock => {
                        chan.recvq.push_back(Waiter::plain(g.clone(), Value::ZERO));
                        st.pending = Pending::Recv { dst, ok };
                        rt.park_current(m, g, WaitReason::ChanReceive, c.h);
                        drop(obj);
                        leave!(Exit::Parked);
                    }
                }
            }
            Op::Close { ch } => {
                let c = r!(ch);
                if c.h == 0 {
                    leave!(Exit::Panic("close of nil channel".into()));
                }
                let woken = chan_of!(rt.heap.lock(c.h)).close();
                match woken {
                    Ok(gs) => {
                        for wg in gs {
                            rt.goready(m, wg, g.id);
                        }
                    }
                    Err(()) => leave!(Exit::Panic("close of closed channel".into())),
                }
            }
            Op::LenChan { dst, ch } | Op::CapChan { dst, ch } => {
                let c = r!(ch);
                let n = if c.h == 0 {
                    0
                } else {
                    let mut obj = rt.heap.lock(c.h);
                    let chan = chan_of!(obj);
                    if matches!(op, Op::LenChan { .. }) {
                        chan.buf.len()
                    } else {
                        chan.cap
                    }
                };
                r!(dst) = Value::int(n as i64);
            }

            Op::MakeIface { dst, src, ty } => {
                let mut v = r!(src);
                if let Some(TypeKind::Slice { .. }) = prog.types.get(ty as usize).map(|d| &d.kind) {
                    // A slice uses `t` for its capacity, so it goes into the interface boxed.
                    v = Value::handle(tryx!(alloc(rt, m, Obj::Cell(v))));
                }
                v.t = ty;
                r!(dst) = v;
            }

            Op::NewWaitGroup { dst } => {
                let h = tryx!(alloc(rt, m, Obj::WaitGroup(WaitGroup::default())));
                r!(dst) = Value::handle(h);
            }
            Op::WgAdd { wg, n } => {
                let (w, delta) = (r!(wg), r!(n).as_int());
                if w.h == 0 {
                    leave!(Exit::Panic(NIL_DEREF.into()));
                }
                let res = wg_of!(rt.heap.lock(w.h)).add(delta);
                match res {
                    Ok(gs) => {
                        for wg in gs {
                            rt.goready(m, wg, g.id);
                        }
                    }
                    Err(()) => leave!(Exit::Panic("sync: negative WaitGroup counter".into())),
                }
            }
            Op::WgWait { wg } => {
                let w = r!(wg);
                if w.h == 0 {
                    leave!(Exit::Panic(NIL_DEREF.into()));
                }
                let mut obj = rt.heap.lock(w.h);
                let wgo = wg_of!(obj);
                if wgo.counter > 0 {
                    wgo.waiters.push(g.clone());
                    rt.park_current(m, g, WaitReason::WaitGroupWait, w.h);
                    drop(obj);
                    leave!(Exit::Parked);
                }
            }

            Op::Select {
                dst,
                base: sb,
                n,
                has_default,
                sends,
            } => match select(rt, m, g, st, base, dst, sb, n, has_default, sends) {
                Ok(()) => {}
                Err(x) => leave!(x),
            },
            Op::NewMutex { dst } => {
                let h = tryx!(alloc(rt, m, Obj::Mutex(Default::default())));
                r!(dst) = Value::handle(h);
            }
            Op::MutexLock { mu } => {
                let v = r!(mu);
                if v.h == 0 {
                    leave!(Exit::Panic(NIL_DEREF.into()));
                }
                let mut obj = rt.heap.lock(v.h);
                let mx = mutex_of!(obj);
                if !mx.try_lock() {
                    mx.waiters.push_back(g.clone());
                    rt.park_current(m, g, WaitReason::MutexLock, v.h);
                    drop(obj);
                    leave!(Exit::Parked);
                }
            }
            Op::MutexUnlock { mu } => {
                let v = r!(mu);
                if v.h == 0 {
                    leave!(Exit::Panic(NIL_DEREF.into()));
                }
                let res = mutex_of!(rt.heap.lock(v.h)).unlock();
                match res {
                    Ok(Some(next)) => rt.goready(m, next, g.id),
                    Ok(None) => {}
                    Err(()) => leave!(Exit::Fatal(
                        "fatal error: sync: unlock of unlocked mutex".into()
                    )),
                }
            }

            Op::CallNative {
                native,
                base: b,
                nargs,
            } => {
                let s = base + b as usize;
                let args = &st.regs[s..s + nargs as usize];
                match native {
                    Native::FmtPrintln | Native::FmtPrint | Native::FmtPrintf => {
                        let text = match native {
                            Native::FmtPrintln => gofmt::sprintln(&rt.fmt_env(), args),
                            Native::FmtPrint => gofmt::sprint(&rt.fmt_env(), args),
                            _ => gofmt::sprintf(&rt.fmt_env(), &rt.heap.str(args[0]), &args[1..]),
                        };
                        rt.write(m, g.id, 1, text.as_bytes());
                        // (n int, err error): n is the byte count; err stays nil.
                        st.regs[s] = Value::int(text.len() as i64);
                        st.regs[s + 1] = Value::ZERO;
                        if rt.is_done() {
                            leave!(Exit::Yielded);
                        }
                    }
                    Native::FmtSprintf | Native::FmtSprint | Native::FmtSprintln => {
                        let text = match native {
                            Native::FmtSprintln => gofmt::sprintln(&rt.fmt_env(), args),
                            Native::FmtSprint => gofmt::sprint(&rt.fmt_env(), args),
                            _ => gofmt::sprintf(&rt.fmt_env(), &rt.heap.str(args[0]), &args[1..]),
                        };
                        st.regs[s] = tryx!(new_string(rt, m, &text));
                    }
                    Native::BuiltinPrintln | Native::BuiltinPrint => {
                        let text = gofmt::builtin_print(
                            &rt.fmt_env(),
                            args,
                            native == Native::BuiltinPrintln,
                        );
                        rt.write(m, g.id, 2, text.as_bytes());
                        if rt.is_done() {
                            leave!(Exit::Yielded);
                        }
                    }
                    Native::RuntimeGOMAXPROCS => {
                        let n = if nargs > 0 { args[0].as_int() } else { 0 };
                        let prev = rt.gomaxprocs.load(Ordering::Relaxed);
                        st.regs[s] = Value::int(prev as i64);
                        if n > 0 && n as usize != prev {
                            // Changing the P count stops the world, which cannot happen
                            // inside a slice: the M does it once this slice is over.
                            m.want_procs = Some(n as usize);
                            leave!(Exit::Yielded);
                        }
                    }
                    Native::RuntimeNumGoroutine => {
                        st.regs[s] = Value::int(rt.goroutine_count() as i64)
                    }
                    Native::RuntimeNumCPU => st.regs[s] = Value::int(rt.nprocs() as i64),
                    Native::RuntimeGosched => leave!(Exit::Yielded),
                    Native::TimeAfterChan | Native::TimeTickChan => {
                        let (ch, d) = (args[0], args[1].as_int());
                        if native == Native::TimeTickChan && d <= 0 {
                            st.regs[s] = Value::ZERO;
                        } else {
                            let period = if native == Native::TimeTickChan {
                                d as u64
                            } else {
                                0
                            };
                            rt.start_chan_timer(m, ch.h, d.max(0) as u64, period);
                        }
                    }
                    Native::OsExit => {
                        rt.finish(args[0].as_int() as i32, None);
                        leave!(Exit::Yielded);
                    }
                    Native::SyscallNanosleep => {
                        // *Timespec: a struct object {Sec, Nsec}; nil is Go's EFAULT, which
                        // we treat as a nil dereference.
                        let ts = args[0];
                        if ts.h == 0 {
                            leave!(Exit::Panic(NIL_DEREF.into()));
                        }
                        let ns = match &*rt.heap.lock(ts.h) {
                            Obj::Struct(f) if f.len() == 2 => f[0]
                                .as_int()
                                .saturating_mul(1_000_000_000)
                                .saturating_add(f[1].as_int()),
                            _ => internal_error("Nanosleep of a value that is not a Timespec"),
                        };
                        st.regs[s] = Value::ZERO; // a nil error
                        leave!(Exit::Syscall(ns.max(0) as u64));
                    }
                    Native::TimeSleep => {
                        let d = args[0].as_int();
                        if d > 0 {
                            rt.sleep(m, g, d as u64);
                            leave!(Exit::Parked);
                        }
                    }
                }
            }

            Op::Panic { v } => {
                let msg = gofmt::panic_value(&rt.fmt_env(), r!(v));
                leave!(Exit::Panic(msg));
            }
            Op::Unreachable => internal_error("reached code the compiler marked unreachable"),
            Op::CmpJmpI {
                cmp,
                jump_if,
                dst,
                a,
                b,
                to,
            } => {
                let v = cmp.eval(r!(a).as_int(), r!(b).as_int());
                r!(dst) = Value::bool(v);
                pc = if v == jump_if { to as usize } else { pc + 1 };
            }
            Op::AddIKJmp { dst, a, k, to } => {
                r!(dst) = Value::int(r!(a).as_int().wrapping_add(k as i64));
                pc = to as usize;
            }

            Op::MakeSlice {
                dst,
                len,
                cap,
                elem,
            } => {
                let (n, c) = (r!(len).as_int(), r!(cap).as_int());
                // Go's limit is the address space (maxAlloc, 2^48 bytes on 64-bit systems).
                if !(0..=(1i64 << 44)).contains(&n) {
                    leave!(Exit::Panic(
                        "runtime error: makeslice: len out of range".into()
                    ));
                }
                if c < n || c > (1i64 << 44) {
                    leave!(Exit::Panic(
                        "runtime error: makeslice: cap out of range".into()
                    ));
                }
                // Our slices hold 32-bit lengths; anything longer cannot fit any heap limit.
                if c > u32::MAX as i64 {
                    leave!(out_of_memory(rt));
                }
                let sv = tryx!(new_array(rt, m, &[], n as usize, c as usize));
                // Struct elements are objects of their own: every one in the capacity
                // starts as a zero struct (allocated before the array is visible, so a
                // NeedGc retry just makes the array again).
                if field_kind(rt, elem) == FieldKind::Struct {
                    let mut zs = Vec::with_capacity(c as usize);
                    for _ in 0..c {
                        zs.push(tryx!(new_struct(rt, m, elem)));
                    }
                    if let Obj::Array(a) = &mut *rt.heap.lock(sv.h) {
                        a[..zs.len()].copy_from_slice(&zs);
                    }
                }
                r!(dst) = sv;
            }
            Op::SliceLit { dst, base: b, n } => {
                let s = base + b as usize;
                let init: Vec<Value> = st.regs[s..s + n as usize].to_vec();
                r!(dst) = tryx!(new_array(rt, m, &init, n as usize, n as usize));
            }
            Op::IndexSlice { dst, s, i } => {
                let (sv, i) = (r!(s), r!(i).as_int());
                if i < 0 || i as usize >= sv.slice_len() {
                    leave!(index_panic(i, sv.slice_len()));
                }
                let v = match &*rt.heap.lock(sv.h) {
                    Obj::Array(a) => a[sv.slice_off() + i as usize],
                    _ => internal_error("index of a slice whose handle is not an array"),
                };
                r!(dst) = v;
            }
            Op::StoreSlice { s, i, v } => {
                let (sv, i, val) = (r!(s), r!(i).as_int(), r!(v));
                if i < 0 || i as usize >= sv.slice_len() {
                    leave!(index_panic(i, sv.slice_len()));
                }
                match &mut *rt.heap.lock(sv.h) {
                    Obj::Array(a) => a[sv.slice_off() + i as usize] = val,
                    _ => internal_error("store to a slice whose handle is not an array"),
                }
            }
            Op::LenSlice { dst, a } => r!(dst) = Value::int(r!(a).slice_len() as i64),
            Op::CapSlice { dst, a } => r!(dst) = Value::int(r!(a).slice_cap() as i64),
            Op::Append { dst, s, base: b, n } => {
                let at = base + b as usize;
                let extra: Vec<Value> = st.regs[at..at + n as usize].to_vec();
                r!(dst) = tryx!(append(rt, m, r!(s), &extra));
            }
            Op::AppendSlice { dst, s, t } => {
                let extra = slice_elems(rt, r!(t));
                r!(dst) = tryx!(append(rt, m, r!(s), &extra));
            }
            Op::SliceExpr {
                dst,
                s,
                lo,
                hi,
                max,
                flags,
            } => {
                let sv = r!(s);
                let l = if flags & SLICE_LO != 0 {
                    r!(lo).as_int()
                } else {
                    0
                };
                let h = if flags & SLICE_HI != 0 {
                    r!(hi).as_int()
                } else {
                    sv.slice_len() as i64
                };
                let mx = (flags & SLICE_MAX != 0).then(|| r!(max).as_int());
                if let Err(x) =
                    slice_bounds(l, h, mx, sv.slice_cap(), "capacity", flags & SLICE_HI != 0)
                {
                    leave!(x);
                }
                let c = mx.unwrap_or(sv.slice_cap() as i64);
                r!(dst) = if sv.h == 0 {
                    Value::ZERO
                } else {
                    Value::slice(
                        sv.h,
                        (sv.slice_off() as i64 + l) as u32,
                        (h - l) as u32,
                        (c - l) as u32,
                    )
                };
            }
            Op::SliceStr {
                dst,
                s,
                lo,
                hi,
                flags,
            } => {
                let text = rt.heap.str(r!(s));
                let l = if flags & SLICE_LO != 0 {
                    r!(lo).as_int()
                } else {
                    0
                };
                let h = if flags & SLICE_HI != 0 {
                    r!(hi).as_int()
                } else {
                    text.len() as i64
                };
                if let Err(x) =
                    slice_bounds(l, h, None, text.len(), "length", flags & SLICE_HI != 0)
                {
                    leave!(x);
                }
                // Go's strings are bytes; a cut inside a UTF-8 sequence keeps the bytes as
                // replacement characters here, which only matters for printing.
                let bytes = &text.as_bytes()[l as usize..h as usize];
                let sub = String::from_utf8_lossy(bytes);
                r!(dst) = tryx!(new_string(rt, m, &sub));
            }
            Op::Copy { dst, to, from } => {
                let (tv, fv) = (r!(to), r!(from));
                let n = tv.slice_len().min(fv.slice_len());
                if n > 0 {
                    let src = slice_elems(rt, fv);
                    match &mut *rt.heap.lock(tv.h) {
                        Obj::Array(a) => {
                            a[tv.slice_off()..tv.slice_off() + n].copy_from_slice(&src[..n])
                        }
                        _ => internal_error("copy to a slice whose handle is not an array"),
                    }
                }
                r!(dst) = Value::int(n as i64);
            }
            Op::StrToSlice { dst, s, runes } => {
                let text = rt.heap.str(r!(s));
                let elems: Vec<Value> = if runes {
                    text.chars().map(|c| Value::int(c as i64)).collect()
                } else {
                    text.bytes().map(|b| Value::int(b as i64)).collect()
                };
                r!(dst) = tryx!(new_array(rt, m, &elems, elems.len(), elems.len()));
            }
            Op::SliceToStr { dst, s, runes } => {
                let elems = slice_elems(rt, r!(s));
                let text: String = if runes {
                    elems
                        .iter()
                        .map(|v| {
                            u32::try_from(v.as_int())
                                .ok()
                                .and_then(char::from_u32)
                                .unwrap_or('\u{FFFD}')
                        })
                        .collect()
                } else {
                    let bytes: Vec<u8> = elems.iter().map(|v| v.w as u8).collect();
                    String::from_utf8_lossy(&bytes).into_owned()
                };
                r!(dst) = tryx!(new_string(rt, m, &text));
            }

            Op::NewStruct { dst, ty } => r!(dst) = tryx!(new_struct(rt, m, ty)),
            Op::CopyStruct { dst, src, ty } => {
                let v = r!(src);
                r!(dst) = tryx!(copy_struct(rt, m, v, ty));
            }
            Op::StoreStructInto { dst, src, ty } => {
                if let Err(x) = store_struct_into(rt, r!(dst), r!(src), ty) {
                    leave!(x);
                }
            }
            Op::LoadField { dst, obj, idx } => {
                let o = r!(obj);
                if o.h == 0 {
                    leave!(Exit::Panic(NIL_DEREF.into()));
                }
                let v = match &*rt.heap.lock(o.h) {
                    Obj::Struct(f) => f.get(idx as usize).copied().unwrap_or(Value::ZERO),
                    _ => internal_error("field load from a value that is not a struct"),
                };
                r!(dst) = v;
            }
            Op::StoreField { obj, idx, src } => {
                let (o, v) = (r!(obj), r!(src));
                if o.h == 0 {
                    leave!(Exit::Panic(NIL_DEREF.into()));
                }
                match &mut *rt.heap.lock(o.h) {
                    Obj::Struct(f) => {
                        if let Some(slot) = f.get_mut(idx as usize) {
                            *slot = v;
                        }
                    }
                    _ => internal_error("field store to a value that is not a struct"),
                }
            }
            Op::FieldAddr { dst, obj, idx } => {
                let o = r!(obj);
                if o.h == 0 {
                    leave!(Exit::Panic(NIL_DEREF.into()));
                }
                r!(dst) = Value {
                    w: idx as u64 + 1,
                    h: o.h,
                    t: 0,
                };
            }
            Op::ElemAddr { dst, s, i } => {
                let (sv, i) = (r!(s), r!(i).as_int());
                if i < 0 || i as usize >= sv.slice_len() {
                    leave!(index_panic(i, sv.slice_len()));
                }
                r!(dst) = Value {
                    w: (sv.slice_off() + i as usize) as u64 + 1,
                    h: sv.h,
                    t: 0,
                };
            }
            Op::NilCheck { p } => {
                if r!(p).h == 0 {
                    leave!(Exit::Panic(NIL_DEREF.into()));
                }
            }
            Op::EqStruct { dst, a, b, ty, ne } => {
                let eq = values_equal(rt, r!(a), r!(b), ty);
                r!(dst) = Value::bool(eq != ne);
            }
            Op::MakeMap {
                dst,
                key: _,
                elem: _,
            } => {
                let h = tryx!(alloc(rt, m, Obj::Map(Box::default())));
                r!(dst) = Value::handle(h);
            }
            Op::MapIndex { dst, m: mr, k, kk }
            | Op::MapIndex2 {
                dst, m: mr, k, kk, ..
            } => {
                let mv = r!(mr);
                let key = tryx!(map_key(rt, r!(k), kk));
                let found = if mv.h == 0 {
                    None
                } else {
                    map_of(&mut rt.heap.lock(mv.h)).get(key.as_ref())
                };
                r!(dst) = found.unwrap_or(Value::ZERO);
                if let Op::MapIndex2 { ok, .. } = op {
                    r!(ok) = Value::bool(found.is_some());
                }
            }
            Op::MapStore { m: mr, k, v, kk } => {
                let (mv, kv, val) = (r!(mr), r!(k), r!(v));
                let key = tryx!(map_key(rt, kv, kk));
                if mv.h == 0 {
                    leave!(Exit::Panic("assignment to entry in nil map".into()));
                }
                let grows = map_of(&mut rt.heap.lock(mv.h)).would_grow(key.as_ref());
                if grows {
                    // Checked before the insert, so a NeedGc retry finds the map unchanged.
                    tryx!(room(rt, m, ENTRY_BYTES));
                }
                if map_of(&mut rt.heap.lock(mv.h)).insert(kv, key, val) {
                    rt.heap.live_bytes.fetch_add(ENTRY_BYTES, Ordering::Relaxed);
                }
            }
            Op::MapDelete { m: mr, k, kk } => {
                let mv = r!(mr);
                let key = tryx!(map_key(rt, r!(k), kk));
                if mv.h != 0 {
                    map_of(&mut rt.heap.lock(mv.h)).remove(key.as_ref());
                }
            }
            Op::LenMap { dst, m: mr } => {
                let mv = r!(mr);
                let n = if mv.h == 0 {
                    0
                } else {
                    map_of(&mut rt.heap.lock(mv.h)).len()
                };
                r!(dst) = Value::int(n as i64);
            }
            Op::MapClear { m: mr } => {
                let mv = r!(mr);
                if mv.h != 0 {
                    map_of(&mut rt.heap.lock(mv.h)).clear();
                }
            }
            Op::MapIterInit { dst, m: mr } => {
                let mv = r!(mr);
                if mv.h == 0 {
                    r!(dst) = Value::ZERO;
                } else {
                    let offset = m.rand();
                    let it = map_of(&mut rt.heap.lock(mv.h)).iter(mv.h, offset);
                    let h = tryx!(alloc(rt, m, Obj::MapIter(Box::new(it))));
                    r!(dst) = Value::handle(h);
                }
            }
            Op::MapIterNext { k, v, ok, it } => {
                let iv = r!(it);
                let mut found = None;
                while iv.h != 0 {
                    // The iterator and the map are locked one after the other, never together.
                    let (mh, next) = match &mut *rt.heap.lock(iv.h) {
                        Obj::MapIter(i) => (i.map, i.next_key()),
                        _ => internal_error("range over a value that is not a map iterator"),
                    };
                    let Some((key, mk, nan_val)) = next else {
                        break;
                    };
                    let val = match mk {
                        Some(mk) => map_of(&mut rt.heap.lock(mh)).get(Some(&mk)),
                        None => nan_val,
                    };
                    if let Some(val) = val {
                        found = Some((key, val));
                        break;
                    }
                }
                if let Some((key, val)) = found {
                    r!(k) = key;
                    r!(v) = val;
                }
                r!(ok) = Value::bool(found.is_some());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn msg(r: Result<(), Exit>) -> String {
        match r {
            Err(Exit::Panic(m)) => m,
            other => format!("{other:?}"),
        }
    }

    #[test]
    fn slice_bounds_use_gos_words() {
        let p = "runtime error: slice bounds out of range ";
        assert_eq!(
            msg(slice_bounds(0, 5, None, 3, "capacity", true)),
            format!("{p}[:5] with capacity 3")
        );
        assert_eq!(
            msg(slice_bounds(0, 5, None, 3, "length", true)),
            format!("{p}[:5] with length 3")
        );
        assert_eq!(
            msg(slice_bounds(2, 1, None, 3, "capacity", true)),
            format!("{p}[2:1]")
        );
        assert_eq!(
            msg(slice_bounds(5, 3, None, 3, "capacity", false)),
            format!("{p}[5:3]")
        );
        assert_eq!(
            msg(slice_bounds(-1, 2, None, 3, "capacity", true)),
            format!("{p}[-1:]")
        );
        assert_eq!(
            msg(slice_bounds(0, -1, None, 3, "capacity", true)),
            format!("{p}[:-1]")
        );
        assert_eq!(
            msg(slice_bounds(0, 1, Some(4), 3, "capacity", true)),
            format!("{p}[::4] with capacity 3")
        );
        assert_eq!(
            msg(slice_bounds(0, 3, Some(2), 3, "capacity", true)),
            format!("{p}[:3:2]")
        );
        assert_eq!(
            msg(slice_bounds(2, 1, Some(2), 3, "capacity", true)),
            format!("{p}[2:1:]")
        );
        assert!(slice_bounds(1, 3, Some(3), 3, "capacity", true).is_ok());
        assert!(slice_bounds(3, 3, None, 3, "capacity", false).is_ok());
    }

    #[test]
    fn index_panics_use_gos_words() {
        let m = |e: Exit| match e {
            Exit::Panic(m) => m,
            other => format!("{other:?}"),
        };
        assert_eq!(
            m(index_panic(5, 3)),
            "runtime error: index out of range [5] with length 3"
        );
        assert_eq!(
            m(index_panic(-1, 3)),
            "runtime error: index out of range [-1]"
        );
    }

    #[test]
    fn slice_values_pack_offset_length_and_capacity() {
        let s = Value::slice(7, 2, 3, 10);
        assert_eq!(
            (s.h, s.slice_off(), s.slice_len(), s.slice_cap()),
            (7, 2, 3, 10)
        );
        assert_eq!(Value::ZERO.slice_len(), 0, "a nil slice is empty");
    }
}
