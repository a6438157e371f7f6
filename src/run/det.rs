//! Deterministic mode: the Ms take turns on one host thread.
//!
//! Each turn, one M that is not parked is drawn with a seeded generator and runs one
//! scheduling step (find a G and run one slice of it, or give up its P and park). When every
//! M is parked, every goroutine is blocked: time jumps to the next timer (the virtual clock,
//! as the Go playground does), or, with no timer, checkdead reports the deadlock. Same seed,
//! same program: the same turns, so byte-identical output and trace.

use super::execute;
use crate::sched::{splitmix, MCtx, Runtime};

pub struct Deterministic {
    ms: Vec<MCtx>,
    rng: u64,
}

impl Deterministic {
    pub fn new(rt: &Runtime) -> Deterministic {
        Deterministic {
            ms: (0..rt.m_count())
                .map(|i| MCtx::new(i, rt.cfg.seed))
                .collect(),
            rng: splitmix(rt.cfg.seed),
        }
    }

    /// Runs up to `max_turns` turns. Returns true once the run has ended.
    pub fn run(&mut self, rt: &Runtime, max_turns: usize) -> bool {
        for _ in 0..max_turns {
            if rt.is_done() {
                break;
            }
            let parked = rt.parked_ms();
            let active: Vec<usize> = (0..self.ms.len()).filter(|i| !parked.contains(i)).collect();
            if active.is_empty() {
                match rt.next_timer_ns() {
                    Some(when) => {
                        // Every goroutine is blocked: time jumps to the next timer.
                        rt.clock.jump_to(when);
                        rt.unpark_nth_m(splitmix(self.rng) as usize);
                    }
                    None => rt.checkdead(),
                }
                continue;
            }
            self.rng = splitmix(self.rng);
            let mi = active[(self.rng % active.len() as u64) as usize];
            self.turn(rt, mi);
        }
        if rt.is_done() {
            for m in self.ms.iter_mut() {
                rt.release_p(m);
                rt.heap.flush(&mut m.cache);
            }
        }
        rt.is_done()
    }

    /// One scheduling step of M `mi`.
    fn turn(&mut self, rt: &Runtime, mi: usize) {
        let m = &mut self.ms[mi];
        if m.p.is_none() && !rt.acquire_p(m) {
            rt.mark_m_parked(mi);
            return;
        }
        if rt.must_release_p(m) {
            rt.release_p(m);
            return;
        }
        match rt.find_runnable(m, true) {
            Some(g) => execute(rt, m, g),
            None => {
                rt.release_p(m);
                rt.mark_m_parked(mi);
            }
        }
    }
}
