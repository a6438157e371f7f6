//! sync.WaitGroup and sync.Mutex (rt/sync.rs): the state lives in the heap object; a
//! goroutine that must wait records itself on the object's queue and parks while it holds
//! the object's lock, so the waker finds it there.

use super::{Exit, NIL_DEREF};
use crate::rt::g::G;
use crate::rt::obj::Obj;
use crate::rt::sync::{LockResult, Mutex, WaitGroup};
use crate::sched::{MCtx, Runtime};
use crate::sys::internal_error;
use crate::trace::{Kind, WaitReason};
use crate::vm::value::Value;
use std::sync::Arc;

fn wg_of(obj: &mut Obj) -> &mut WaitGroup {
    match obj {
        Obj::WaitGroup(w) => w,
        _ => internal_error("WaitGroup operation on a value that is not a WaitGroup"),
    }
}

fn mutex_of(obj: &mut Obj) -> &mut Mutex {
    match obj {
        Obj::Mutex(mx) => mx,
        _ => internal_error("Mutex operation on a value that is not a Mutex"),
    }
}

/// `wg.Add(delta)` (and `wg.Done()`): at zero, readies every waiter.
pub(super) fn wg_add(rt: &Runtime, m: &mut MCtx, g: &G, wg: Value, delta: i64) -> Result<(), Exit> {
    if wg.h == 0 {
        return Err(Exit::Panic(NIL_DEREF.into()));
    }
    let res = {
        let mut obj = rt.heap.lock(wg.h);
        let w = wg_of(&mut obj);
        let res = w.add(delta);
        rt.emit4(m, Kind::WgAdd, g.id, wg.h, delta as u32, m.line, w.counter as u32);
        res
    };
    match res {
        Ok(gs) => {
            for w in gs {
                rt.goready(m, w, g.id);
            }
            Ok(())
        }
        Err(()) => Err(Exit::Panic("sync: negative WaitGroup counter".into())),
    }
}

/// `wg.Wait()`: parks while the counter is above zero.
pub(super) fn wg_wait(rt: &Runtime, m: &mut MCtx, g: &Arc<G>, wg: Value) -> Result<(), Exit> {
    if wg.h == 0 {
        return Err(Exit::Panic(NIL_DEREF.into()));
    }
    let mut obj = rt.heap.lock(wg.h);
    let w = wg_of(&mut obj);
    rt.emit4(m, Kind::WgWait, g.id, wg.h, w.counter as u32, m.line, 0);
    if w.counter > 0 {
        w.waiters.push(g.clone());
        rt.park_current(m, g, WaitReason::WaitGroupWait, wg.h);
        return Err(Exit::Parked);
    }
    Ok(())
}

/// `mu.Lock()` (sync.Mutex.Lock): takes the mutex, spinning briefly first while its holder
/// is probably running on another P, else queues and parks (see rt/sync.rs for the modes).
pub(super) fn lock(
    rt: &Runtime,
    m: &mut MCtx,
    g: &Arc<G>,
    mu: Value,
    resume: &mut bool,
) -> Result<(), Exit> {
    lock_slow(rt, m, g, mu, false, resume)
}

/// A goroutine parked in Lock runs again: Unlock either handed it the mutex (starvation
/// mode) or woke it to compete for it (normal mode).
pub(super) fn lock_resume(
    rt: &Runtime,
    m: &mut MCtx,
    g: &Arc<G>,
    mu: Value,
    resume: &mut bool,
) -> Result<(), Exit> {
    if g.take_param().ok {
        return Ok(());
    }
    lock_slow(rt, m, g, mu, true, resume)
}

/// Go's lockSlow. `woken`: the caller is the waiter Unlock woke (its original waiting time
/// is in the mutex).
fn lock_slow(
    rt: &Runtime,
    m: &mut MCtx,
    g: &Arc<G>,
    mu: Value,
    woken: bool,
    resume: &mut bool,
) -> Result<(), Exit> {
    if mu.h == 0 {
        return Err(Exit::Panic(NIL_DEREF.into()));
    }
    let mut iter = 0;
    loop {
        let mut obj = rt.heap.lock(mu.h);
        let mx = mutex_of(&mut obj);
        if !mx.free() && !mx.starving && rt.can_spin(m, iter) {
            // The holder may release it within a few hundred nanoseconds: cheaper than
            // parking. The slot's lock is not held while spinning.
            drop(obj);
            for _ in 0..ACTIVE_SPIN_CNT {
                std::hint::spin_loop();
            }
            iter += 1;
            continue;
        }
        let since = if woken { mx.woken_since } else { None };
        let got = mx.lock(g, rt.clock.now_ns(), since) == LockResult::Acquired;
        rt.emit4(m, Kind::MutexLock, g.id, mu.h, got as u32, m.line, 0);
        if got {
            return Ok(());
        }
        // Queued under the slot's lock, so Unlock finds it there (no lost wake-up).
        *resume = true;
        rt.park_current(m, g, WaitReason::MutexLock, mu.h);
        return Err(Exit::Parked);
    }
}

/// Pause instructions per spin (Go's active_spin_cnt).
const ACTIVE_SPIN_CNT: u32 = 30;

/// `mu.Unlock()`: releases the mutex, waking its first waiter (normal mode) or handing the
/// mutex to it (starvation mode).
pub(super) fn unlock(rt: &Runtime, m: &mut MCtx, g: &G, mu: Value) -> Result<(), Exit> {
    if mu.h == 0 {
        return Err(Exit::Panic(NIL_DEREF.into()));
    }
    let res = {
        let mut obj = rt.heap.lock(mu.h);
        let res = mutex_of(&mut obj).unlock(rt.clock.now_ns());
        if let Ok(next) = &res {
            let (to, owns) = next.as_ref().map_or((0, false), |w| (w.g.id, w.owns));
            rt.emit4(m, Kind::MutexUnlock, g.id, mu.h, to, m.line, owns as u32);
        }
        res
    };
    match res {
        Ok(Some(w)) => {
            // The parameter is published by goready's status change; the waiter reads it
            // in lock_resume.
            w.g.set_param(Value::ZERO, w.owns, None);
            rt.goready(m, w.g, g.id)
        }
        Ok(None) => {}
        Err(()) => return Err(Exit::Fatal("fatal error: sync: unlock of unlocked mutex".into())),
    }
    Ok(())
}
