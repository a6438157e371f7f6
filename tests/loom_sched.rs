//! Loom models of the scheduler's hand-off protocols, on the runtime's own code: under
//! `--cfg loom`, `gopark::sys` hands the runtime loom's locks, atomics and condition variables,
//! and loom runs each test below under every interleaving of its threads (up to a preemption
//! bound). Without that cfg this file compiles to nothing.
//!
//! ```text
//! RUSTFLAGS="--cfg loom" CARGO_TARGET_DIR=target/loom cargo test --release --test loom_sched -- --nocapture
//! ```
//!
//! `GOPARK_LOOM_PREEMPTIONS` bounds the preemptions per execution (default 3; `none` for no
//! bound); `GOPARK_LOOM_MAX_SECS` stops a model after that long (the line it prints then
//! says so); loom's own `LOOM_*` variables apply too. scripts/test.sh runs this briefly and
//! scripts/model-check.sh long.
//!
//! Each thread plays one M: it holds an `MCtx` and a P, and calls the same `Runtime` methods
//! that the M loop (`run::mstart`) and the interpreter call. What a goroutine does is played by
//! the test (the interpreter is not under the model), exactly as the interpreter does it around
//! the scheduler: for channels, `Chan::send/recv` under the channel's lock, then
//! `park_current` or `goready`. The channel's lock is a `sys::Mutex<Chan>` here (a heap slot
//! is a `sys::Mutex<Obj>`: the same lock type; a heap segment's 4096 slot locks would only
//! slow the model down).
//!
//! - runq: an owner P readies goroutines (runnext, runq, overflow to the global queue) and
//!   takes them back while a thief steals half of its runq: no G lost, none duplicated.
//! - chan: an unbuffered send and receive on two Ms, with the parked goroutine resumed by
//!   whichever M finds it: the value arrives exactly once, no wake-up is lost, and every
//!   status change follows the protocol of rt/g.rs.
//! - park: an M giving up its P and parking while another M queues work and calls wakep:
//!   the work always runs (a lost wake-up leaves the parked M asleep: loom reports the
//!   deadlock).
//! - select: two senders race for one goroutine blocked in select on both channels: one wins
//!   `claim_select`, the other blocks.
#![cfg(loom)]

use gopark::rt::chan::{Chan, RecvOutcome, SendOutcome, Waiter};
use gopark::rt::g::{GState, G, RUNNABLE, RUNNING, WAITING};
use gopark::sched::{Config, MCtx, Runtime, RUNQ_CAP};
use gopark::sys::{lock, Mutex};
use gopark::trace::{StopReason, WaitReason};
use gopark::vm::program::Program;
use gopark::vm::value::Value;
use loom::thread;
use std::sync::atomic::{AtomicUsize, Ordering::SeqCst};
use std::sync::{Arc, OnceLock};
use std::time::Instant;

/// The smallest program: the runtime needs one, and it allocates nothing at start.
fn program() -> Arc<Program> {
    static PROG: OnceLock<Arc<Program>> = OnceLock::new();
    PROG.get_or_init(|| {
        let p = gopark::compile::compile("model.go", "package main\n\nfunc main() {}\n")
            .expect("compiles");
        assert!(p.strings.is_empty(), "a string constant would allocate a heap segment");
        Arc::new(p)
    })
    .clone()
}

/// Runs `f` under loom with the preemption bound from GOPARK_LOOM_PREEMPTIONS, and prints
/// how many executions it took.
fn model(name: &str, f: impl Fn() + Sync + Send + 'static) {
    let mut b = loom::model::Builder::new();
    if std::env::var("LOOM_MAX_PREEMPTIONS").is_err() {
        b.preemption_bound = match std::env::var("GOPARK_LOOM_PREEMPTIONS").as_deref() {
            Ok("none") => None,
            Ok(n) => Some(n.parse().expect("GOPARK_LOOM_PREEMPTIONS: a number or `none`")),
            Err(_) => Some(3),
        };
    }
    // A wall-clock cap for the long run (loom checks it every `checkpoint_interval` executions).
    let max_secs: Option<u64> = std::env::var("GOPARK_LOOM_MAX_SECS")
        .ok()
        .map(|s| s.parse().expect("GOPARK_LOOM_MAX_SECS: seconds"));
    if let Some(s) = max_secs {
        b.max_duration = Some(std::time::Duration::from_secs(s));
        b.checkpoint_interval = 1000;
    }
    let runs = Arc::new(AtomicUsize::new(0));
    let r = runs.clone();
    let t0 = Instant::now();
    b.check(move || {
        r.fetch_add(1, SeqCst);
        f()
    });
    let secs = t0.elapsed().as_secs_f64();
    let cut = max_secs.is_some_and(|s| secs >= s as f64);
    println!(
        "loom {name}: {} executions in {secs:.1} s (preemption bound {:?}){}",
        runs.load(SeqCst),
        b.preemption_bound,
        if cut { ", STOPPED AT THE TIME LIMIT: not exhaustive" } else { ", exhaustive" }
    );
}

/// A runtime with `procs` Ps and an M holding each (M i holds P i). Goroutine 1 (main) starts
/// on the global queue: M0 takes it, as if it were running it.
fn setup(procs: usize) -> (Arc<Runtime>, Vec<MCtx>) {
    let cfg = Config { procs, trace: false, ..Config::default() };
    let rt = Runtime::new(program(), cfg);
    let mut ms: Vec<MCtx> = (0..procs).map(|i| MCtx::new(i, 1)).collect();
    for (i, m) in ms.iter_mut().enumerate() {
        assert!(rt.acquire_p(m));
        assert_eq!(m.p, Some(i));
    }
    let main = rt.find_runnable(&mut ms[0], false).expect("main is runnable");
    assert_eq!(main.id, 1);
    rt.execute_begin(&ms[0], &main);
    (rt, ms)
}

/// A goroutine parked on nothing in particular, ready to be readied.
fn waiting_g(id: u32) -> Arc<G> {
    let g = Arc::new(G::new(id, 1, None, GState::default()));
    g.status.store(WAITING, SeqCst);
    g
}

/// A goroutine running on some M.
fn running_g(id: u32) -> Arc<G> {
    let g = Arc::new(G::new(id, 1, None, GState::default()));
    g.status.store(RUNNING, SeqCst);
    g
}

/// Takes every G left on any queue, through the Ms (each steals from the others).
fn drain(rt: &Runtime, ms: &mut [MCtx], out: &mut Vec<u32>) {
    loop {
        let mut any = false;
        for m in ms.iter_mut() {
            while let Some(g) = rt.find_runnable(m, true) {
                assert_eq!(g.status.load(SeqCst), RUNNABLE, "G {} dequeued but not RUNNABLE", g.id);
                out.push(g.id);
                any = true;
            }
        }
        if !any {
            return;
        }
    }
}

fn assert_each_once(mut got: Vec<u32>, ids: std::ops::RangeInclusive<u32>) {
    got.sort_unstable();
    let want: Vec<u32> = ids.collect();
    assert_eq!(got, want, "every G exactly once");
}

// ---- (a) run queues and stealing

/// The owner readies `n` goroutines on its P (each goes to runnext, pushing the previous one
/// to the runq tail; past RUNQ_CAP half the runq moves to the global queue) and takes `gets`
/// back, while the thief, whose own P is empty, steals.
fn runq_with_thief(n: u32, gets: usize, steal_runnext: bool) {
    let (rt, mut ms) = setup(2);
    let mut thief_m = ms.pop().unwrap();
    let mut owner_m = ms.pop().unwrap();
    let gs: Vec<Arc<G>> = (2..n + 2).map(waiting_g).collect();
    let rt2 = rt.clone();
    let thief = thread::spawn(move || {
        let got: Vec<u32> =
            rt2.find_runnable(&mut thief_m, steal_runnext).into_iter().map(|g| g.id).collect();
        (thief_m, got)
    });
    let mut got = Vec::new();
    for g in gs {
        rt.goready(&mut owner_m, g, 1);
    }
    for _ in 0..gets {
        got.extend(rt.find_runnable(&mut owner_m, false).map(|g| g.id));
    }
    let (thief_m, stolen) = thief.join().unwrap();
    got.extend(stolen);
    let mut ms = vec![owner_m, thief_m];
    drain(&rt, &mut ms, &mut got);
    assert_each_once(got, 2..=n + 1);
}

#[test]
fn runq_steal_half_while_owner_puts_and_gets() {
    model("runq_steal_half_while_owner_puts_and_gets", || runq_with_thief(3, 1, false));
}

#[test]
fn runq_steal_runnext_while_owner_puts_and_gets() {
    model("runq_steal_runnext_while_owner_puts_and_gets", || runq_with_thief(2, 1, true));
}

#[test]
fn runq_overflow_to_global_while_stolen_from() {
    // RUNQ_CAP + 2 readies: runnext, a full runq, then runqputslow.
    assert_eq!(RUNQ_CAP, 4);
    model("runq_overflow_to_global_while_stolen_from", || {
        runq_with_thief(RUNQ_CAP as u32 + 2, 0, false)
    });
}

#[test]
fn runq_two_thieves() {
    model("runq_two_thieves", || {
        let (rt, mut ms) = setup(3);
        let gs: Vec<Arc<G>> = (2..6).map(waiting_g).collect();
        for g in gs {
            rt.goready(&mut ms[0], g, 1);
        }
        let mut t2 = ms.pop().unwrap();
        let mut t1 = ms.pop().unwrap();
        let rt1 = rt.clone();
        let h1 = thread::spawn(move || {
            let g = rt1.find_runnable(&mut t1, false).map(|g| g.id);
            (t1, g)
        });
        let g2 = rt.find_runnable(&mut t2, false).map(|g| g.id);
        let (t1, g1) = h1.join().unwrap();
        let mut got: Vec<u32> = g1.into_iter().chain(g2).collect();
        ms.push(t1);
        ms.push(t2);
        drain(&rt, &mut ms, &mut got);
        assert_each_once(got, 2..=5);
    });
}

// ---- (b) unbuffered channel hand-off and the park/ready protocol

/// One unbuffered send (on M1) and one receive (on M0), each run as the interpreter runs
/// `Op::Send`/`Op::Recv`: the G's state is locked for the whole slice; the channel is locked
/// for the operation; a G that must block enqueues itself and calls `park_current` under
/// that lock; the other side pops it and calls `goready` after unlocking. Then each M looks
/// for work once (`resume`), and after both, the main thread takes what is left.
#[test]
fn chan_unbuffered_handoff() {
    model("chan_unbuffered_handoff", || {
        let (rt, mut ms) = setup(2);
        let mut m1 = ms.pop().unwrap();
        let mut m0 = ms.pop().unwrap();
        let ch = Arc::new(Mutex::new(Chan::new(0, 0)));
        let (gr, gs) = (running_g(2), running_g(3));
        // How often 42 reached the receiver, and how often each G was resumed.
        let delivered = Arc::new(AtomicUsize::new(0));
        let resumed = Arc::new([AtomicUsize::new(0), AtomicUsize::new(0)]);
        let resume = {
            let (rt, delivered, resumed) = (rt.clone(), delivered.clone(), resumed.clone());
            move |m: &mut MCtx, g: Arc<G>| {
                assert_eq!(
                    g.status.load(SeqCst),
                    RUNNABLE,
                    "G {} on a run queue but not RUNNABLE",
                    g.id
                );
                rt.execute_begin(m, &g);
                // Blocks until the parking M has ended its slice.
                let _st = lock(&g.state);
                let p = g.take_param();
                assert!(p.ok);
                match g.id {
                    2 => {
                        assert_eq!(p.v.as_int(), 42, "the receiver resumed without the value");
                        delivered.fetch_add(1, SeqCst);
                    }
                    3 => {}
                    id => panic!("unexpected G {id}"),
                }
                resumed[(g.id - 2) as usize].fetch_add(1, SeqCst);
            }
        };

        let sender = {
            let (rt, ch, gs, resume) = (rt.clone(), ch.clone(), gs.clone(), resume.clone());
            thread::spawn(move || {
                let st = lock(&gs.state);
                let mut c = lock(&ch);
                match c.send(Value::int(42)) {
                    SendOutcome::HandedOff(rg) => {
                        drop(c);
                        rt.goready(&mut m1, rg, gs.id);
                    }
                    SendOutcome::MustBlock => {
                        c.sendq.push_back(Waiter::plain(gs.clone(), Value::int(42)));
                        rt.park_current(&m1, &gs, WaitReason::ChanSend, 0);
                        drop(c);
                    }
                    _ => panic!("send: neither hand-off nor block"),
                }
                drop(st);
                if let Some(g) = rt.find_runnable(&mut m1, true) {
                    resume(&mut m1, g);
                }
                m1
            })
        };

        {
            let st = lock(&gr.state);
            let mut c = lock(&ch);
            match c.recv() {
                RecvOutcome::Got(v, sg) => {
                    drop(c);
                    assert_eq!(v.as_int(), 42);
                    delivered.fetch_add(1, SeqCst);
                    rt.goready(
                        &mut m0,
                        sg.expect("an unbuffered receive takes from a parked sender"),
                        gr.id,
                    );
                }
                RecvOutcome::MustBlock => {
                    c.recvq.push_back(Waiter::plain(gr.clone(), Value::ZERO));
                    rt.park_current(&m0, &gr, WaitReason::ChanReceive, 0);
                    drop(c);
                }
                RecvOutcome::Closed => panic!("recv: closed"),
            }
            drop(st);
        }
        if let Some(g) = rt.find_runnable(&mut m0, true) {
            resume(&mut m0, g);
        }
        let m1 = sender.join().unwrap();

        let mut ms = [m0, m1];
        let mut left = Vec::new();
        for m in ms.iter_mut() {
            while let Some(g) = rt.find_runnable(m, true) {
                left.push(g.id);
                resume(m, g);
            }
        }
        assert_eq!(delivered.load(SeqCst), 1, "the value arrives exactly once");
        // Exactly one side parked, and it was resumed exactly once: no lost wake-up.
        let r = [resumed[0].load(SeqCst), resumed[1].load(SeqCst)];
        assert_eq!(
            r[0] + r[1],
            1,
            "one G parked and was resumed once (resumed {r:?}, left {left:?})"
        );
        for g in [&gr, &gs] {
            assert_ne!(g.status.load(SeqCst), WAITING, "G {} still WAITING", g.id);
        }
        let c = lock(&ch);
        assert!(c.recvq.is_empty() && c.sendq.is_empty());
    });
}

// ---- (c) M park / wakep

/// The M loop without spinning (`run::mstart` with SPIN_TRIES = 1): find work or give up the
/// P and park. Running a G here means: it is the one the test queued, and it ends the run
/// (as main returning does), which wakes every parked M.
fn m_loop(rt: &Runtime, m: &mut MCtx, want: u32, ran: &AtomicUsize) {
    while !rt.is_done() {
        if m.p.is_none() && !rt.acquire_p(m) {
            rt.park_m(m);
            continue;
        }
        match rt.find_runnable(m, true) {
            Some(g) => {
                assert_eq!(g.id, want);
                rt.execute_begin(m, &g);
                ran.fetch_add(1, SeqCst);
                rt.finish(0, None);
            }
            None => {
                rt.release_p(m);
                rt.park_m(m);
            }
        }
    }
    rt.release_p(m);
}

/// M0 finds nothing and parks while M1, still busy with its own G (it never looks for work
/// again), queues a G on the global queue (`gosched`) and calls wakep. M0 must run it: if
/// the wake-up were lost, M0 would sleep forever and loom would report the deadlock.
#[test]
fn park_m_races_gosched_wakep() {
    model("park_m_races_gosched_wakep", || {
        let (rt, mut ms) = setup(2);
        let m1 = ms.pop().unwrap();
        let mut m0 = ms.pop().unwrap();
        let ran = Arc::new(AtomicUsize::new(0));
        let g = running_g(2);
        let idle = {
            let (rt, ran) = (rt.clone(), ran.clone());
            thread::spawn(move || m_loop(&rt, &mut m0, 2, &ran))
        };
        rt.gosched(&m1, g, StopReason::Yielded);
        idle.join().unwrap();
        assert_eq!(ran.load(SeqCst), 1);
        assert!(rt.is_done());
    });
}

/// M1 readies a G into its own runnext (goready, as a channel hand-off does) and then looks
/// for work itself, while M0 parks. An idle M does not count runnext as work (its owner runs
/// it next), so either M1 runs it or M0, woken by wakep, steals it: exactly once, and both
/// Ms end.
#[test]
fn park_m_races_goready_runnext() {
    model("park_m_races_goready_runnext", || {
        let (rt, mut ms) = setup(2);
        let mut m1 = ms.pop().unwrap();
        let mut m0 = ms.pop().unwrap();
        let ran = Arc::new(AtomicUsize::new(0));
        let idle = {
            let (rt, ran) = (rt.clone(), ran.clone());
            thread::spawn(move || m_loop(&rt, &mut m0, 2, &ran))
        };
        rt.goready(&mut m1, waiting_g(2), 1);
        m_loop(&rt, &mut m1, 2, &ran);
        idle.join().unwrap();
        assert_eq!(ran.load(SeqCst), 1);
    });
}

/// Both Ms go idle while one of them first queues work: the last M to park must not declare
/// a deadlock while a G is runnable, and the G runs exactly once.
#[test]
fn park_m_both_idle_with_work_queued() {
    model("park_m_both_idle_with_work_queued", || {
        let (rt, mut ms) = setup(2);
        let mut m1 = ms.pop().unwrap();
        let mut m0 = ms.pop().unwrap();
        let ran = Arc::new(AtomicUsize::new(0));
        let idle = {
            let (rt, ran) = (rt.clone(), ran.clone());
            thread::spawn(move || m_loop(&rt, &mut m0, 2, &ran))
        };
        rt.gosched(&m1, running_g(2), StopReason::Yielded);
        m_loop(&rt, &mut m1, 2, &ran);
        idle.join().unwrap();
        assert_eq!(ran.load(SeqCst), 1);
        assert_eq!(rt.exit_code(), Some(0), "declared a deadlock with a runnable G");
    });
}

// ---- (d) select: two senders race for one blocked select

/// G2 selects on receiving from `a` or `b` (on M0, as `interp::select` does: both channels
/// locked in order, a ready case taken at once, otherwise a waiter on each with its case
/// index, `begin_select`, `park_current`, unlock), while G3 sends 1 on `a` (M1) and G4 sends
/// 2 on `b` (M2). A sender that finds the select's waiter must win `claim_select` to hand
/// off; the loser finds it stale and blocks. Exactly one value reaches the select, the other
/// sender stays parked on its channel with its value, and nothing else is left waiting.
#[test]
fn select_two_senders_one_claim() {
    model("select_two_senders_one_claim", || {
        let (rt, mut ms) = setup(3);
        let chans = Arc::new([Mutex::new(Chan::new(0, 0)), Mutex::new(Chan::new(0, 0))]);
        let gsel = running_g(2);
        // The select's result: case index and value, set once.
        let got = Arc::new(std::sync::Mutex::new(Vec::<(u32, i64)>::new()));
        let resume = {
            let (rt, chans, got) = (rt.clone(), chans.clone(), got.clone());
            move |m: &mut MCtx, g: Arc<G>| {
                assert_eq!(g.status.load(SeqCst), RUNNABLE);
                rt.execute_begin(m, &g);
                let _st = lock(&g.state);
                let p = g.take_param();
                if g.id == 2 {
                    for c in chans.iter() {
                        lock(c).dequeue_all(&g);
                    }
                    let case = p.case.expect("select resumed without a case");
                    got.lock().unwrap().push((case, p.v.as_int()));
                } else {
                    assert!(p.ok && p.case.is_none());
                }
            }
        };
        let mut senders = Vec::new();
        for (i, mut m) in ms.drain(1..).enumerate() {
            let (rt, chans, resume) = (rt.clone(), chans.clone(), resume.clone());
            senders.push(thread::spawn(move || {
                let gs = running_g(3 + i as u32);
                let v = Value::int(1 + i as i64);
                let st = lock(&gs.state);
                let mut c = lock(&chans[i]);
                match c.send(v) {
                    SendOutcome::HandedOff(rg) => {
                        drop(c);
                        rt.goready(&mut m, rg, gs.id);
                    }
                    SendOutcome::MustBlock => {
                        c.sendq.push_back(Waiter::plain(gs.clone(), v));
                        rt.park_current(&m, &gs, WaitReason::ChanSend, 0);
                        drop(c);
                    }
                    _ => panic!("send: neither hand-off nor block"),
                }
                drop(st);
                if let Some(g) = rt.find_runnable(&mut m, true) {
                    resume(&mut m, g);
                }
                (m, gs)
            }));
        }
        let mut m0 = ms.pop().unwrap();
        {
            let st = lock(&gsel.state);
            let mut guards: Vec<_> = chans.iter().map(|c| lock(c)).collect();
            // Pass 1 (in a fixed poll order: loom explores the timing instead).
            let mut ready = None;
            for (i, c) in guards.iter_mut().enumerate() {
                if c.can_recv() {
                    if let RecvOutcome::Got(v, sender) = c.recv() {
                        ready = Some((i, v, sender.expect("a parked sender")));
                        break;
                    }
                }
            }
            if let Some((i, v, sender)) = ready {
                drop(guards);
                got.lock().unwrap().push((i as u32, v.as_int()));
                rt.goready(&mut m0, sender, gsel.id);
            } else {
                gsel.begin_select();
                for (i, c) in guards.iter_mut().enumerate() {
                    c.recvq.push_back(Waiter {
                        g: gsel.clone(),
                        val: Value::ZERO,
                        case: Some(i as u32),
                    });
                }
                rt.park_current(&m0, &gsel, WaitReason::Select, 0);
                drop(guards);
            }
            drop(st);
        }
        if let Some(g) = rt.find_runnable(&mut m0, true) {
            resume(&mut m0, g);
        }
        let mut ms = vec![m0];
        let mut gss = Vec::new();
        for h in senders {
            let (m, gs) = h.join().unwrap();
            ms.push(m);
            gss.push(gs);
        }
        for m in ms.iter_mut() {
            while let Some(g) = rt.find_runnable(m, true) {
                resume(m, g);
            }
        }
        let got = got.lock().unwrap().clone();
        assert_eq!(got.len(), 1, "the select completes exactly once: {got:?}");
        let (case, v) = got[0];
        assert_eq!(v, case as i64 + 1, "case {case} got the other channel's value");
        assert_ne!(gsel.status.load(SeqCst), WAITING);
        // The other sender is parked on its channel, with its value; nothing else waits.
        let loser = 1 - case as usize;
        assert_eq!(gss[loser].status.load(SeqCst), WAITING, "the losing sender must block");
        assert_ne!(gss[case as usize].status.load(SeqCst), WAITING);
        for (i, c) in chans.iter().enumerate() {
            let c = lock(c);
            assert!(
                c.recvq.iter().all(|w| w.case.is_some() && w.g.select_claimed()),
                "a live receiver left on chan {i}"
            );
            let live: Vec<u32> = c.sendq.iter().map(|w| w.g.id).collect();
            if i == loser {
                assert_eq!(live, vec![gss[loser].id]);
                assert_eq!(c.sendq[0].val.as_int(), loser as i64 + 1);
            } else {
                assert!(live.is_empty());
            }
        }
    });
}
