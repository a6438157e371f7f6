//! sync.WaitGroup and sync.Mutex (rt/sync.rs): the state lives in the heap object; a
//! goroutine that must wait records itself on the object's queue and parks while it holds
//! the object's lock, so the waker finds it there.

use super::{Exit, NIL_DEREF};
use crate::rt::g::G;
use crate::rt::obj::Obj;
use crate::rt::sync::{Mutex, WaitGroup};
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

/// `mu.Lock()`: parks while another goroutine holds it.
pub(super) fn lock(rt: &Runtime, m: &mut MCtx, g: &Arc<G>, mu: Value) -> Result<(), Exit> {
    if mu.h == 0 {
        return Err(Exit::Panic(NIL_DEREF.into()));
    }
    let mut obj = rt.heap.lock(mu.h);
    let mx = mutex_of(&mut obj);
    let got = mx.try_lock();
    rt.emit4(m, Kind::MutexLock, g.id, mu.h, got as u32, m.line, 0);
    if !got {
        mx.waiters.push_back(g.clone());
        rt.park_current(m, g, WaitReason::MutexLock, mu.h);
        return Err(Exit::Parked);
    }
    Ok(())
}

/// `mu.Unlock()`: hands the mutex to the longest waiter, if any.
pub(super) fn unlock(rt: &Runtime, m: &mut MCtx, g: &G, mu: Value) -> Result<(), Exit> {
    if mu.h == 0 {
        return Err(Exit::Panic(NIL_DEREF.into()));
    }
    let res = {
        let mut obj = rt.heap.lock(mu.h);
        let res = mutex_of(&mut obj).unlock();
        if let Ok(next) = &res {
            let to = next.as_ref().map_or(0, |n| n.id);
            rt.emit4(m, Kind::MutexUnlock, g.id, mu.h, to, m.line, 0);
        }
        res
    };
    match res {
        Ok(Some(next)) => rt.goready(m, next, g.id),
        Ok(None) => {}
        Err(()) => return Err(Exit::Fatal("fatal error: sync: unlock of unlocked mutex".into())),
    }
    Ok(())
}
