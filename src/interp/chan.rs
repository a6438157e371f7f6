//! Channel operations (Go's chansend, chanrecv, closechan, selectgo) on `rt::chan::Chan`.
//!
//! An operation that cannot complete records the goroutine on the channel's wait queue and
//! marks it WAITING while it holds the channel's lock (`Runtime::park_current`), sets
//! `GState::resume` and returns `Exit::Parked`; `resume` finishes it at the start of the
//! goroutine's next slice, from the value its waker left in `G::param` and the operands of
//! the instruction it parked in (the one before its pc).

use super::ops::Cx;
use super::Exit;
use crate::rt::chan::{Chan, RecvOutcome, SendOutcome, Waiter};
use crate::rt::g::G;
use crate::rt::obj::Obj;
use crate::sched::{MCtx, Runtime};
use crate::sys::internal_error;
use crate::trace::{Kind, WaitReason, CASE_SEND, NONE, SELECT_DEFAULT};
use crate::vm::op::{Op, TypeId};
use crate::vm::value::{Handle, Value};
use std::sync::Arc;

fn chan_of(obj: &mut Obj) -> &mut Chan {
    match obj {
        Obj::Chan(c) => c,
        _ => internal_error("channel operation on a value that is not a channel"),
    }
}

/// Send, Recv and Recv2: the dispatch loop calls this instead of `ops::exec` for them (they
/// are common in goroutine code), with the same arguments.
#[inline(never)]
pub(super) fn exec(rt: &Runtime, m: &mut MCtx, g: &Arc<G>, cx: Cx, op: Op) -> Result<(), Exit> {
    let Cx { regs, st, f, pc, .. } = cx;
    let resume = &mut st.resume;
    // For the events this instruction records (see `MCtx::line`).
    m.line = f.lines.get(pc - 1).copied().unwrap_or(f.line);
    match op {
        Op::Send { ch, v } => send(rt, m, g, resume, regs[ch as usize], regs[v as usize]),
        Op::Recv { dst, ch } => {
            regs[dst as usize] = recv(rt, m, g, resume, regs[ch as usize])?.0;
            Ok(())
        }
        Op::Recv2 { dst, ok, ch } => {
            let (v, okv) = recv(rt, m, g, resume, regs[ch as usize])?;
            regs[dst as usize] = v;
            regs[ok as usize] = Value::bool(okv);
            Ok(())
        }
        _ => internal_error("chan::exec of an instruction that is not a send or receive"),
    }
}

/// `make(chan T, n)`.
pub(super) fn make(rt: &Runtime, m: &mut MCtx, n: i64, elem: TypeId) -> Result<Value, Exit> {
    // Go panics only for a buffer no machine could hold (over maxAlloc, 2^48 bytes: here 16
    // bytes a slot); a smaller one that does not fit the heap limit is out of memory, which
    // `alloc` reports since the buffer counts at make.
    if !(0..=(1 << 48) / 16).contains(&n) {
        return Err(Exit::Panic("makechan: size out of range".into()));
    }
    let c = super::alloc::alloc_value(rt, m, Obj::Chan(Box::new(Chan::new(n as usize, elem))))?;
    if rt.tracing() {
        let label = rt.chan_label(m.line, elem);
        rt.emit4(m, Kind::ChanMake, 0, c.h, n as u32, m.line, label);
    }
    Ok(c)
}

/// The text of `v`, sent or received on `chan` (NONE when not tracing).
fn text(rt: &Runtime, chan: &Chan, v: Value) -> u32 {
    rt.value_text(v, chan.elem)
}

/// `c <- v`.
#[inline]
pub(super) fn send(
    rt: &Runtime,
    m: &mut MCtx,
    g: &Arc<G>,
    resume: &mut bool,
    c: Value,
    v: Value,
) -> Result<(), Exit> {
    if c.h == 0 {
        rt.park_current(m, g, WaitReason::ChanSendNilChan, 0);
        return Err(Exit::Parked);
    }
    let mut obj = rt.heap.lock(c.h);
    let chan = chan_of(&mut obj);
    let val = text(rt, chan, v);
    match chan.send(v) {
        SendOutcome::Buffered => {
            rt.emit4(m, Kind::ChanSend, g.id, c.h, 0, m.line, val);
            Ok(())
        }
        SendOutcome::HandedOff(rg) => {
            rt.emit4(m, Kind::ChanSend, g.id, c.h, rg.id, m.line, val);
            drop(obj);
            rt.goready(m, rg, g.id);
            Ok(())
        }
        SendOutcome::Closed => Err(Exit::Panic("send on closed channel".into())),
        SendOutcome::MustBlock => {
            chan.sendq.push_back(Waiter::plain(m.waiter_ref(g), v));
            *resume = true;
            rt.park_current_with(m, g, WaitReason::ChanSend, c.h, val);
            Err(Exit::Parked)
        }
    }
}

/// `<-c`: the value and ok (false once the channel is closed and drained).
#[inline]
pub(super) fn recv(
    rt: &Runtime,
    m: &mut MCtx,
    g: &Arc<G>,
    resume: &mut bool,
    c: Value,
) -> Result<(Value, bool), Exit> {
    if c.h == 0 {
        rt.park_current(m, g, WaitReason::ChanReceiveNilChan, 0);
        return Err(Exit::Parked);
    }
    let mut obj = rt.heap.lock(c.h);
    let chan = chan_of(&mut obj);
    match chan.recv() {
        RecvOutcome::Got(v, sender) => {
            let from = sender.as_ref().map_or(0, |s| s.id);
            rt.emit4(m, Kind::ChanRecv, g.id, c.h, from, m.line, text(rt, chan, v));
            drop(obj);
            if let Some(sg) = sender {
                rt.goready(m, sg, g.id);
            }
            Ok((v, true))
        }
        RecvOutcome::Closed => {
            rt.emit4(m, Kind::ChanRecvClosed, g.id, c.h, 0, m.line, 0);
            Ok((Value::ZERO, false))
        }
        RecvOutcome::MustBlock => {
            chan.recvq.push_back(Waiter::plain(m.waiter_ref(g), Value::ZERO));
            *resume = true;
            rt.park_current(m, g, WaitReason::ChanReceive, c.h);
            Err(Exit::Parked)
        }
    }
}

/// `close(c)`: wakes every waiter (receivers get the zero value, senders panic).
pub(super) fn close(rt: &Runtime, m: &mut MCtx, g: &G, c: Value) -> Result<(), Exit> {
    if c.h == 0 {
        return Err(Exit::Panic("close of nil channel".into()));
    }
    let woken = {
        let mut obj = rt.heap.lock(c.h);
        let woken = chan_of(&mut obj).close();
        if woken.is_ok() {
            rt.emit4(m, Kind::ChanClose, g.id, c.h, 0, m.line, 0);
        }
        woken
    };
    match woken {
        Ok(gs) => {
            for w in gs {
                rt.goready(m, w, g.id);
            }
            Ok(())
        }
        Err(()) => Err(Exit::Panic("close of closed channel".into())),
    }
}

/// `len(c)`, or `cap(c)` when `cap`.
pub(super) fn len_or_cap(rt: &Runtime, c: Value, cap: bool) -> i64 {
    if c.h == 0 {
        return 0;
    }
    let mut obj = rt.heap.lock(c.h);
    let chan = chan_of(&mut obj);
    (if cap { chan.cap } else { chan.buf.len() }) as i64
}

/// Finishes the channel operation or select `op` the goroutine parked in (see
/// `GState::resume`), in the register window `regs` of its frame. An Err ends the slice
/// before it starts.
#[inline]
pub(super) fn resume(rt: &Runtime, g: &Arc<G>, op: Op, regs: &mut [Value]) -> Result<(), Exit> {
    let p = g.take_param();
    match op {
        Op::Recv { dst, .. } => regs[dst as usize] = p.v,
        Op::Recv2 { dst, ok, .. } => {
            regs[dst as usize] = p.v;
            regs[ok as usize] = Value::bool(p.ok);
        }
        Op::Send { .. } => {
            if g.take_closed() {
                return Err(Exit::Panic("send on closed channel".into()));
            }
        }
        Op::Select { dst, base: sb, n, sends, .. } => {
            // The select finished on one channel; take our waiters off all the others.
            let mut chans: Vec<Handle> =
                (0..n as usize).map(|i| regs[sb as usize + 2 * i].h).filter(|h| *h != 0).collect();
            chans.sort_unstable();
            chans.dedup();
            for h in chans {
                if let Obj::Chan(c) = &mut *rt.heap.lock(h) {
                    c.dequeue_all(g);
                }
            }
            let Some(case) = p.case else { internal_error("select resumed without a case") };
            if sends & (1 << case) != 0 && g.take_closed() {
                return Err(Exit::Panic("send on closed channel".into()));
            }
            let out = dst as usize;
            regs[out] = Value::int(case as i64);
            regs[out + 1] = p.v;
            regs[out + 2] = Value::bool(p.ok);
        }
        _ => internal_error("a goroutine resumed in an instruction that does not park"),
    }
    Ok(())
}

/// One select statement (Go's selectgo); see `Op::Select`. `regs` is the frame's register
/// window; case i's channel is in `regs[sb + 2i]`. Locks every case's channel in handle
/// order (so two selects can never deadlock), polls the cases in a random order, and either
/// completes one case, takes the default, or parks on all of them until one completes.
pub(super) fn select(
    rt: &Runtime,
    m: &mut MCtx,
    g: &Arc<G>,
    resume: &mut bool,
    regs: &mut [Value],
    op: Op,
) -> Result<(), Exit> {
    let Op::Select { dst, base: sb, n, has_default, sends } = op else {
        internal_error("select of an instruction that is not a select")
    };
    let n = n as usize;
    let at = |i: usize| sb as usize + 2 * i;
    let ch_of: Vec<Handle> = (0..n).map(|i| regs[at(i)].h).collect();
    let is_send = |i: usize| sends & (1 << i) != 0;
    let out = dst as usize;
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
        locked.binary_search(&h).unwrap_or_else(|_| internal_error("select lost a channel"))
    };
    // Pass 1: the first ready case in poll order completes now.
    for &i in &order {
        if ch_of[i] == 0 {
            continue; // a nil channel is never ready
        }
        let c = chan_of(&mut guards[slot(ch_of[i])]);
        let ready = if is_send(i) { c.can_send() } else { c.can_recv() };
        if !ready {
            continue;
        }
        let mut wake = None;
        if is_send(i) {
            let val = text(rt, c, regs[at(i) + 1]);
            let sent = |to: u32| rt.emit4(m, Kind::ChanSend, g.id, ch_of[i], to, m.line, val);
            match c.send(regs[at(i) + 1]) {
                SendOutcome::Buffered => sent(0),
                SendOutcome::HandedOff(rg) => {
                    sent(rg.id);
                    wake = Some(rg)
                }
                SendOutcome::Closed => {
                    drop(guards);
                    return Err(Exit::Panic("send on closed channel".into()));
                }
                // The waiting receiver was claimed by another channel's operation between
                // the check and now (its select completed elsewhere): not ready after all.
                SendOutcome::MustBlock => continue,
            }
            regs[out + 1] = Value::ZERO;
            regs[out + 2] = Value::bool(false);
        } else {
            match c.recv() {
                RecvOutcome::Got(v, sender) => {
                    let from = sender.as_ref().map_or(0, |s| s.id);
                    rt.emit4(m, Kind::ChanRecv, g.id, ch_of[i], from, m.line, text(rt, c, v));
                    regs[out + 1] = v;
                    regs[out + 2] = Value::bool(true);
                    wake = sender;
                }
                RecvOutcome::Closed => {
                    rt.emit4(m, Kind::ChanRecvClosed, g.id, ch_of[i], 0, m.line, 0);
                    regs[out + 1] = Value::ZERO;
                    regs[out + 2] = Value::bool(false);
                }
                // Likewise for a waiting sender claimed elsewhere.
                RecvOutcome::MustBlock => continue,
            }
        }
        rt.emit4(m, Kind::Select, g.id, n as u32, i as u32, m.line, 0);
        drop(guards);
        regs[out] = Value::int(i as i64);
        if let Some(wg) = wake {
            rt.goready(m, wg, g.id);
        }
        return Ok(());
    }
    if has_default {
        rt.emit4(m, Kind::Select, g.id, n as u32, SELECT_DEFAULT, m.line, 0);
        drop(guards);
        regs[out] = Value::int(-1);
        return Ok(());
    }
    // Pass 2: wait on every case at once.
    g.begin_select();
    rt.emit4(m, Kind::Select, g.id, n as u32, NONE, m.line, 0);
    for i in 0..n {
        if ch_of[i] == 0 {
            continue;
        }
        let w = Waiter {
            g: m.waiter_ref(g),
            val: if is_send(i) { regs[at(i) + 1] } else { Value::ZERO },
            case: Some(i as u32),
        };
        let c = chan_of(&mut guards[slot(ch_of[i])]);
        let (case, val) =
            if is_send(i) { (i as u32 | CASE_SEND, text(rt, c, w.val)) } else { (i as u32, 0) };
        rt.emit4(m, Kind::SelectCase, g.id, ch_of[i], case, m.line, val);
        if is_send(i) {
            c.sendq.push_back(w);
        } else {
            c.recvq.push_back(w);
        }
    }
    *resume = true;
    let reason = if n == 0 { WaitReason::SelectNoCases } else { WaitReason::Select };
    rt.park_current(m, g, reason, locked.first().copied().unwrap_or(0));
    drop(guards);
    Err(Exit::Parked)
}
