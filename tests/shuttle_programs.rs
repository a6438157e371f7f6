//! Whole Go programs on the whole scheduler under shuttle: under `--cfg shuttle`,
//! `gopark::sys` hands the runtime shuttle's locks, atomics, condition variables and threads,
//! so `run::run_native` in threads mode (one M per P, 2 to 4 of them) runs as one shuttle
//! test, and shuttle's schedulers pick which M runs at every lock, atomic and wait. Each run's
//! stdout, stderr (prefix) and exit status must equal Go's. Without that cfg this file
//! compiles to nothing.
//!
//! ```text
//! RUSTFLAGS="--cfg shuttle" CARGO_TARGET_DIR=target/shuttle cargo test --release --test shuttle_programs -- --nocapture
//! ```
//!
//! `GOPARK_SHUTTLE_ITERS` (default 10) is the number of executions per program, per number of
//! Ms and per scheduler (random, then PCT with depth `GOPARK_SHUTTLE_PCT_DEPTH`, default 3).
//! scripts/test.sh runs this briefly and scripts/model-check.sh long.
//!
//! The programs avoid timers: neither shuttle nor loom models a timed wait (see src/sys.rs),
//! and the real clock is not under the scheduler's control. Expected results come from
//! tests/golden (recorded from real Go) or, for the small programs written here, are fixed by
//! the Go spec (a sum, a count).
#![cfg(shuttle)]

mod common;

use gopark::run::run_native;
use gopark::sched::{Config, Mode};
use gopark::vm::program::Program;
use shuttle::scheduler::{PctScheduler, RandomScheduler, Scheduler};
use shuttle::{MaxSteps, Runner};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering::SeqCst};
use std::sync::Arc;
use std::time::Instant;

/// What Go prints and exits with.
struct Expect {
    stdout: String,
    /// A prefix: goroutine dumps go on with addresses.
    stderr_prefix: String,
    exit: i32,
}

/// A program from tests/golden with Go's recorded output.
fn golden(name: &str) -> (String, Expect) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let read = |ext: &str| std::fs::read_to_string(dir.join(format!("{name}.{ext}")));
    let src = read("go").expect("golden program");
    let exp = Expect {
        stdout: read("out").unwrap_or_default(),
        stderr_prefix: read("err").unwrap_or_default(),
        exit: read("exit").map(|s| s.trim().parse().unwrap()).unwrap_or(0),
    };
    (src, exp)
}

fn inline(src: &str, stdout: &str) -> (String, Expect) {
    (src.to_string(), Expect { stdout: stdout.to_string(), stderr_prefix: String::new(), exit: 0 })
}

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .map(|s| s.parse().unwrap_or_else(|_| panic!("{name}: a number")))
        .unwrap_or(default)
}

/// Runs the program GOPARK_SHUTTLE_ITERS times under each scheduler with 2, 3 and 4 Ms.
fn check(name: &str, prog: (String, Expect)) {
    check_n(name, prog, env_usize("GOPARK_SHUTTLE_ITERS", 10));
}

fn check_n(name: &str, (src, exp): (String, Expect), iters: usize) {
    let prog = Arc::new(
        gopark::compile::compile("prog.go", &src).unwrap_or_else(|e| panic!("{name}: {e:?}")),
    );
    let exp = Arc::new(exp);
    let depth = env_usize("GOPARK_SHUTTLE_PCT_DEPTH", 3);
    for procs in 2..=4 {
        run_under(name, "random", RandomScheduler::new(iters), &prog, &exp, procs);
        if NEEDS_FAIR_THREADS.contains(&name) {
            continue;
        }
        run_under(name, "pct", PctScheduler::new(depth, iters), &prog, &exp, procs);
    }
}

/// Programs that end only if every M gets to run: a goroutine spins forever, and the M
/// running it always finds it again on the global queue, so the goroutine that ends the
/// program runs only once the M holding it is scheduled. PCT runs the highest-priority thread
/// for as long as it can run, so it may never schedule that M again (a replayed failure: M0
/// ran the spinning goroutine's slices for 20M steps while M1, runnable, held main's sender
/// in its runnext). Real threads are scheduled fairly enough, as Go assumes of its Ms too;
/// shuttle's random scheduler is fair with probability 1. These run under it only.
const NEEDS_FAIR_THREADS: &[&str] = &["preempt_spin"];

fn run_under(
    name: &str,
    sched: &str,
    s: impl Scheduler + 'static,
    prog: &Arc<Program>,
    exp: &Arc<Expect>,
    procs: usize,
) {
    let mut config = shuttle::Config::new();
    // The interpreter's frames are larger than shuttle's default 32 KiB stacks allow.
    config.stack_size = 4 << 20;
    config.max_steps = MaxSteps::FailAfter(env_usize("GOPARK_SHUTTLE_MAX_STEPS", 20_000_000));
    config.silence_warnings = true;
    let runs = Arc::new(AtomicUsize::new(0));
    let (prog, exp, r) = (prog.clone(), exp.clone(), runs.clone());
    let t0 = Instant::now();
    Runner::new(s, config).run(move || {
        r.fetch_add(1, SeqCst);
        let cfg = Config { procs, mode: Mode::Threads, trace: false, ..Config::default() };
        let out = run_native(prog.clone(), cfg);
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(stdout, exp.stdout, "stdout differs from Go's (stderr: {stderr})");
        // Goroutine ids differ from Go's (see tests/golden.rs): compare them by order.
        let (got, want) = (
            common::canonical_goids(stderr.as_bytes()),
            common::canonical_goids(exp.stderr_prefix.as_bytes()),
        );
        assert!(got.starts_with(&want), "stderr differs from Go's: {stderr:?}");
        if exp.stderr_prefix.is_empty() {
            assert!(stderr.is_empty(), "Go writes nothing to stderr, gopark wrote {stderr:?}");
        }
        assert_eq!(out.exit_code, exp.exit, "exit status (stderr: {stderr})");
    });
    println!(
        "shuttle {name} {sched} Ms={procs}: {} executions in {:.2} s",
        runs.load(SeqCst),
        t0.elapsed().as_secs_f64()
    );
}

#[test]
fn unbuffered_pingpong() {
    check("pingpong", golden("pingpong"));
}

#[test]
fn select_send_and_quit() {
    check("tour_select", golden("tour_select"));
}

#[test]
fn select_two_senders() {
    check(
        "select_two_senders",
        inline(
            r#"package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			a <- i
		}
	}()
	go func() {
		for i := 0; i < 3; i++ {
			b <- 10 + i
		}
	}()
	sum := 0
	for i := 0; i < 6; i++ {
		select {
		case v := <-a:
			sum += v
		case v := <-b:
			sum += v
		}
	}
	fmt.Println("sum", sum)
}
"#,
            "sum 36\n",
        ),
    );
}

#[test]
fn waitgroup_fan_out() {
    check(
        "waitgroup_fan_out",
        inline(
            r#"package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	results := make(chan int, 4)
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results <- i * i
		}()
	}
	wg.Wait()
	close(results)
	sum := 0
	for r := range results {
		sum += r
	}
	fmt.Println("sum of squares:", sum)
}
"#,
            "sum of squares: 30\n",
        ),
    );
}

#[test]
fn close_wakes_receivers() {
    check("close_wakes_receivers", golden("close_wakes_receivers"));
}

#[test]
fn mutex_counter() {
    check(
        "mutex_counter",
        inline(
            r#"package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	count := 0
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 10; j++ {
				mu.Lock()
				count++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("count:", count)
}
"#,
            "count: 40\n",
        ),
    );
}

#[test]
fn deadlock_all() {
    check("deadlock_all", golden("deadlock_all"));
}

#[test]
fn deadlock_waitgroup() {
    check("deadlock_wg", golden("deadlock_wg"));
}

/// Every program of tests/golden that compiles and uses no timer, with fewer executions
/// (`GOPARK_SHUTTLE_GOLDEN_ITERS`, default 0: skipped), for the long run.
#[test]
fn golden_corpus() {
    let iters = env_usize("GOPARK_SHUTTLE_GOLDEN_ITERS", 0);
    if iters == 0 {
        return;
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| {
            e.unwrap().file_name().into_string().ok()?.strip_suffix(".go").map(str::to_string)
        })
        .collect();
    names.sort();
    let filter = std::env::var("GOPARK_SHUTTLE_GOLDEN_FILTER").unwrap_or_default();
    for name in names.iter().filter(|n| n.contains(&filter)) {
        let (src, exp) = golden(name);
        if src.contains("\"time\"") || gopark::compile::compile("prog.go", &src).is_err() {
            continue;
        }
        check_n(name, (src, exp), iters);
    }
}
