//! Signals from outside (sched/signal.rs): Ctrl-C reaches signal.Notify's channels and
//! NotifyContext's contexts; a program waiting only for a signal is not deadlocked; one that
//! asked for none dies of it as a Go program does. Natively, in both modes, with the signal
//! raised from another thread while the program waits, as the CLI's handler does.

use gopark::run::run_native_with;
use gopark::sched::signal::SIGINT;
use gopark::sched::{Config, Limits, Mode, Outcome, Runtime};
use std::sync::Arc;
use std::time::Duration;

const MODES: [Mode; 2] = [Mode::Threads, Mode::Deterministic];

fn compile(name: &str) -> Arc<gopark::vm::Program> {
    let path = format!("{}/tests/signals/{name}.go", env!("CARGO_MANIFEST_DIR"));
    let src = std::fs::read_to_string(&path).unwrap();
    Arc::new(gopark::compile::compile("prog.go", &src).unwrap_or_else(|d| panic!("{name}: {d:?}")))
}

/// Runs `name` and, `after` into the run, raises SIGINT (recording whether the program had
/// asked for it, else kills the run as the CLI does).
fn run(name: &str, mode: Mode, max_time_ms: u64, after: Option<Duration>) -> (Outcome, bool) {
    let limits = Limits { max_time_ms, ..Limits::default() };
    let cfg = Config { procs: 2, mode, limits, ..Default::default() };
    let mut raiser = None;
    let outcome = run_native_with(compile(name), cfg, &mut |rt: &Arc<Runtime>| {
        let rt = rt.clone();
        raiser = after.map(|d| {
            std::thread::spawn(move || {
                std::thread::sleep(d);
                let delivered = rt.raise(SIGINT);
                if !delivered {
                    rt.kill(SIGINT);
                }
                delivered
            })
        });
    });
    let delivered = raiser.map(|h| h.join().unwrap()).unwrap_or(false);
    (outcome, delivered)
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn ctrl_c_reaches_the_notify_channel() {
    for mode in MODES {
        let (o, delivered) = run("notify", mode, 20_000, Some(Duration::from_millis(300)));
        assert!(delivered, "{mode:?}");
        assert_eq!(text(&o.stdout), "awaiting signal\ninterrupt true\nexiting\n", "{mode:?}");
        assert_eq!((o.exit_code, text(&o.stderr)), (0, String::new()), "{mode:?}");
    }
}

#[test]
fn ctrl_c_cancels_a_notify_context() {
    for mode in MODES {
        let (o, delivered) = run("context", mode, 20_000, Some(Duration::from_millis(300)));
        assert!(delivered, "{mode:?}");
        assert_eq!(text(&o.stdout), "serving\nshutting down: context canceled\n", "{mode:?}");
        assert_eq!(o.exit_code, 0, "{mode:?}");
    }
}

#[test]
fn waiting_only_for_a_signal_is_not_a_deadlock() {
    // As in Go, the program waits; here until the run's time limit.
    for mode in MODES {
        let (o, _) = run("notify", mode, 500, None);
        assert_eq!(text(&o.stdout), "awaiting signal\n", "{mode:?}");
        assert_eq!(text(&o.stderr), "gopark: time limit of 500ms reached\n", "{mode:?}");
        assert_eq!(o.exit_code, 1, "{mode:?}");
    }
}

#[test]
fn after_signal_stop_the_wait_is_a_deadlock_and_ctrl_c_kills() {
    for mode in MODES {
        let (o, _) = run("stopped", mode, 20_000, None);
        assert_eq!(o.exit_code, 2, "{mode:?}");
        assert!(text(&o.stderr).starts_with("fatal error: all goroutines are asleep - deadlock!"));
    }
}

#[test]
fn ctrl_c_ends_a_program_that_asked_for_no_signal() {
    for mode in MODES {
        let (o, delivered) = run("spin", mode, 20_000, Some(Duration::from_millis(300)));
        assert!(!delivered, "{mode:?}");
        assert_eq!(text(&o.stdout), "spinning\n", "{mode:?}");
        assert_eq!((o.exit_code, text(&o.stderr)), (1, "signal: interrupt\n".into()), "{mode:?}");
    }
}

#[test]
fn after_signal_reset_ctrl_c_is_not_delivered() {
    // Reset(SIGINT) leaves SIGTERM registered: the program still waits, and SIGINT kills it.
    for mode in MODES {
        let (o, delivered) = run("reset", mode, 20_000, Some(Duration::from_millis(300)));
        assert!(!delivered, "{mode:?}");
        assert_eq!(text(&o.stdout), "waiting\n", "{mode:?}");
        assert_eq!((o.exit_code, text(&o.stderr)), (1, "signal: interrupt\n".into()), "{mode:?}");
    }
}
