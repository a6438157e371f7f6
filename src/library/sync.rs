//! Package sync: RWMutex here (WaitGroup and Mutex have their own instructions). An
//! RWMutex variable is a library cell; its runtime object (`rt::sync::RWMutex`) is made at
//! first use and its handle kept in the cell. A goroutine that must wait records itself on
//! the object's queue and parks while it holds the object's lock, so the waker finds it.

use super::{method, type_, Call, Fault, Member};
use crate::rt::obj::Obj;
use crate::rt::sync::{NotifyList, RWMutex};
use crate::sys::internal_error;
use crate::trace::WaitReason;
use crate::vm::value::Value;

pub const MEMBERS: &[Member] = &[
    // Do calls back into Go code, so it is Go code the code generator makes
    // (compile/stmt.rs `once_func`, over `ONCE_MEMBERS`). This native only stands for the
    // method in the table.
    type_("Once", "cell"),
    method("*Once", "Do", "func(f func())", |_| {
        internal_error("sync.Once.Do is compiled to a call of sync.(*Once).Do, never a native")
    }),
    // Lock and Unlock are instructions (sync.Mutex is a universe type, see lang/check).
    method("*Mutex", "TryLock", "func() bool", mutex_try_lock),
    type_("RWMutex", "cell"),
    method("*RWMutex", "Lock", "func()", lock),
    method("*RWMutex", "RLock", "func()", rlock),
    method("*RWMutex", "RLocker", "func() Locker", |c| {
        // The same cell seen as a *rlocker, whose Lock and Unlock read-lock it.
        let mut v = c.arg(0);
        v.t = c.type_id(RLOCKER);
        c.ret(v);
        Ok(())
    }),
    method("*RWMutex", "RUnlock", "func()", runlock),
    method("*RWMutex", "TryLock", "func() bool", try_lock),
    method("*RWMutex", "TryRLock", "func() bool", try_rlock),
    method("*RWMutex", "Unlock", "func()", unlock),
    type_("rlocker", "cell"),
    method("*rlocker", "Lock", "func()", rlock),
    method("*rlocker", "Unlock", "func()", runlock),
];

/// The dynamic type of RLocker's Locker.
pub const RLOCKER: &str = "*sync.rlocker";

fn mutex_try_lock(c: &mut Call) -> Result<(), Fault> {
    let h = c.arg(0).h;
    if h == 0 {
        return Err(Fault::Panic(super::call::NIL_DEREF.into()));
    }
    let ok = match &mut *c.rt.heap.lock(h) {
        Obj::Mutex(mx) => mx.try_lock(),
        _ => internal_error("Mutex.TryLock on a value that is not a Mutex"),
    };
    c.ret_bool(ok);
    Ok(())
}

/// The handle of the RWMutex object of the cell in argument 0, made at first use.
fn object(c: &mut Call) -> Result<Value, Fault> {
    let cell = c.arg(0);
    let cur = c.update(cell, |v| v)?;
    if cur.h != 0 {
        return Ok(cur);
    }
    let fresh = c.alloc(Obj::RWMutex(Box::default()))?;
    // Another goroutine may have installed one meanwhile: keep the first.
    let before = c.update(cell, |v| if v.h == 0 { fresh } else { v })?;
    Ok(if before.h == 0 { fresh } else { before })
}

fn with<T>(c: &Call, h: Value, f: impl FnOnce(&mut RWMutex) -> T) -> T {
    match &mut *c.rt.heap.lock(h.h) {
        Obj::RWMutex(rw) => f(rw),
        _ => internal_error("RWMutex operation on a value that is not an RWMutex"),
    }
}

fn lock(c: &mut Call) -> Result<(), Fault> {
    let h = object(c)?;
    let mut obj = c.rt.heap.lock(h.h);
    let Obj::RWMutex(rw) = &mut *obj else { internal_error("not an RWMutex") };
    if !rw.try_lock() {
        // Go's Lock waits for the writer before it in the writers' Mutex, then for the
        // readers (see `unlock`).
        let reason = match rw.writer || !rw.wwait.is_empty() {
            true => WaitReason::RWMutexWriterLock,
            false => WaitReason::RWMutexLock,
        };
        rw.wwait.push_back(c.g.clone());
        c.rt.park_current(c.m, c.g, reason, h.h);
        return Err(Fault::Parked);
    }
    Ok(())
}
fn rlock(c: &mut Call) -> Result<(), Fault> {
    let h = object(c)?;
    let mut obj = c.rt.heap.lock(h.h);
    let Obj::RWMutex(rw) = &mut *obj else { internal_error("not an RWMutex") };
    if !rw.try_rlock() {
        rw.rwait.push_back(c.g.clone());
        c.rt.park_current(c.m, c.g, WaitReason::RWMutexRLock, h.h);
        return Err(Fault::Parked);
    }
    Ok(())
}
fn try_lock(c: &mut Call) -> Result<(), Fault> {
    let h = object(c)?;
    let ok = with(c, h, |rw| rw.try_lock());
    c.ret_bool(ok);
    Ok(())
}
fn try_rlock(c: &mut Call) -> Result<(), Fault> {
    let h = object(c)?;
    let ok = with(c, h, |rw| rw.try_rlock());
    c.ret_bool(ok);
    Ok(())
}
fn unlock(c: &mut Call) -> Result<(), Fault> {
    let h = object(c)?;
    let unlocked = with(c, h, |rw| {
        let owners = rw.unlock();
        // The readers it let in go first; the next writer now waits for them to leave.
        if let (Ok(_), true, Some(w)) = (&owners, rw.readers > 0, rw.wwait.front()) {
            w.change_wait_reason(WaitReason::RWMutexLock);
        }
        owners
    });
    match unlocked {
        Ok(owners) => {
            for g in owners {
                c.rt.goready(c.m, g, c.g.id);
            }
            Ok(())
        }
        Err(()) => Err(Fault::Fatal("fatal error: sync: Unlock of unlocked RWMutex".into())),
    }
}
fn runlock(c: &mut Call) -> Result<(), Fault> {
    let h = object(c)?;
    match with(c, h, |rw| rw.runlock()) {
        Ok(Some(g)) => {
            c.rt.goready(c.m, g, c.g.id);
            Ok(())
        }
        Ok(None) => Ok(()),
        Err(()) => Err(Fault::Fatal("fatal error: sync: RUnlock of unlocked RWMutex".into())),
    }
}

/// The natives Once.Do is compiled into. A Once's cell holds {w: done, h: its mutex}.
pub const ONCE_MEMBERS: &[Member] = &[
    super::func("onceMutex", "func(o int) int", once_mutex),
    super::func("onceDone", "func(o int) bool", once_done),
    super::func("onceSetDone", "func(o int)", once_set_done),
];

/// The Once's mutex (made at first use), for the MutexLock/MutexUnlock around f.
fn once_mutex(c: &mut Call) -> Result<(), Fault> {
    let cell = c.arg(0);
    let cur = c.update(cell, |v| v)?;
    if cur.h != 0 {
        c.ret(Value::handle(cur.h));
        return Ok(());
    }
    let fresh = c.alloc(Obj::Mutex(Default::default()))?;
    let before = c.update(cell, |v| if v.h == 0 { Value { h: fresh.h, ..v } } else { v })?;
    c.ret(Value::handle(if before.h == 0 { fresh.h } else { before.h }));
    Ok(())
}
fn once_done(c: &mut Call) -> Result<(), Fault> {
    let cur = c.update(c.arg(0), |v| v)?;
    c.ret_bool(cur.w != 0);
    Ok(())
}
fn once_set_done(c: &mut Call) -> Result<(), Fault> {
    c.update(c.arg(0), |v| Value { w: 1, ..v })?;
    Ok(())
}

// ---- sync.Locker and sync.Cond

/// sync.Locker and sync.Cond. A Cond is a struct {L Locker; notify}, where notify holds the
/// handle of its `NotifyList` (made at first use, so `sync.Cond{L: &mu}` works too).
/// Wait calls back into Go code (L's Unlock and Lock), so the code generator compiles it
/// inline as Go's Cond.Wait is written: t := condAdd(c); c.L.Unlock(); condWait(c, t);
/// c.L.Lock() (see `COND_INTERNAL`).
pub const COND_MEMBERS: &[Member] = &[
    type_("Locker", "interface{Lock(); Unlock()}"),
    type_("Cond", "struct{L Locker; notify int}"),
    super::func("NewCond", "func(l Locker) *Cond", new_cond),
    method("*Cond", "Broadcast", "func()", |c| notify(c, true)),
    method("*Cond", "Signal", "func()", |c| notify(c, false)),
    method("*Cond", "Wait", "func()", |_| {
        internal_error("sync.Cond.Wait is compiled inline, never called as a native")
    }),
];

/// The natives Cond.Wait is compiled into.
pub const COND_INTERNAL: &[Member] = &[
    super::func("condAdd", "func(c int) int", cond_add),
    super::func("condWait", "func(c int, t int)", cond_wait),
];

fn new_cond(c: &mut Call) -> Result<(), Fault> {
    let l = c.arg(0);
    let v = c.alloc(Obj::Struct(vec![l, Value::ZERO]))?;
    c.ret(v);
    Ok(())
}

/// The handle of the NotifyList of the *Cond in argument 0, made at first use.
fn notify_list(c: &mut Call) -> Result<Value, Fault> {
    // The notify field's slot: an interior pointer to field 1.
    let field = Value { w: 2, ..Value::handle(c.arg(0).h) };
    let cur = c.update(field, |v| v)?;
    if cur.h != 0 {
        return Ok(cur);
    }
    let fresh = c.alloc(Obj::NotifyList(Box::default()))?;
    let before = c.update(field, |v| if v.h == 0 { fresh } else { v })?;
    Ok(if before.h == 0 { fresh } else { before })
}

fn with_list<T>(c: &Call, h: Value, f: impl FnOnce(&mut NotifyList) -> T) -> T {
    match &mut *c.rt.heap.lock(h.h) {
        Obj::NotifyList(l) => f(l),
        _ => internal_error("Cond operation on a value that is not a notify list"),
    }
}

fn cond_add(c: &mut Call) -> Result<(), Fault> {
    let h = notify_list(c)?;
    let t = with_list(c, h, |l| l.add());
    c.ret_int(t as i64);
    Ok(())
}

/// Parks unless ticket `t` was notified since condAdd gave it out.
fn cond_wait(c: &mut Call) -> Result<(), Fault> {
    let h = notify_list(c)?;
    let t = c.int(1) as u32;
    let mut obj = c.rt.heap.lock(h.h);
    let Obj::NotifyList(l) = &mut *obj else { internal_error("not a notify list") };
    if l.notified(t) {
        return Ok(());
    }
    l.waiters.push_back((t, c.g.clone()));
    c.rt.park_current(c.m, c.g, WaitReason::SyncCondWait, h.h);
    Err(Fault::Parked)
}

fn notify(c: &mut Call, all: bool) -> Result<(), Fault> {
    let h = notify_list(c)?;
    let woken =
        with_list(
            c,
            h,
            |l| if all { l.notify_all() } else { l.notify_one().into_iter().collect() },
        );
    for g in woken {
        c.rt.goready(c.m, g, c.g.id);
    }
    Ok(())
}
