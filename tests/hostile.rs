//! Hostile programs end with a clear message in Go's words (or gopark's, for limits Go has no
//! word for), in both modes, and never crash the host.

use gopark::run::run_native;
use gopark::sched::{Config, Limits, Mode};
use std::sync::Arc;

fn run(name: &str, mode: Mode) -> (String, i32) {
    let path = format!("{}/tests/hostile/{name}.go", env!("CARGO_MANIFEST_DIR"));
    let src = std::fs::read_to_string(&path).unwrap();
    let prog =
        gopark::compile::compile("prog.go", &src).unwrap_or_else(|d| panic!("{name}: {d:?}"));
    let limits = Limits {
        max_goroutines: 5_000,
        max_heap_bytes: 16 << 20,
        max_output_bytes: 64 << 10,
        max_stack_regs: 1 << 16,
        max_time_ms: 1_000,
        ..Limits::default()
    };
    let cfg = Config { procs: 2, mode, seed: 3, limits, trace: false };
    let out = run_native(Arc::new(prog), cfg);
    (String::from_utf8_lossy(&out.stderr).into_owned(), out.exit_code)
}

fn check(name: &str, first_line: &str, code: i32) {
    for mode in [Mode::Threads, Mode::Deterministic] {
        let (err, got) = run(name, mode);
        assert!(
            err.contains(first_line),
            "{name} {mode:?}: stderr {:?}",
            &err[..err.len().min(400)]
        );
        assert_eq!(got, code, "{name} {mode:?}");
    }
}

#[test]
fn deep_recursion_is_a_stack_overflow() {
    check("recursion", "runtime: goroutine stack exceeds 1048576-byte limit\nfatal error: stack overflow\n\ngoroutine 1 [running]:\nmain.f(...)", 2);
    let (err, _) = run("recursion", Mode::Threads);
    assert!(err.contains("frames elided"), "deep stacks are elided like Go's");
    assert!(err.lines().count() < 300);
}

#[test]
fn goroutine_bomb_hits_the_limit() {
    check("gobomb", "fatal error: too many goroutines (limit 5000)", 2);
}

#[test]
fn memory_bomb_is_out_of_memory() {
    check("membomb", "fatal error: runtime: out of memory", 2);
}

#[test]
fn slice_bombs_are_out_of_memory() {
    check("slicebomb", "fatal error: runtime: out of memory", 2);
    check("bigmake", "fatal error: runtime: out of memory", 2);
}

#[test]
fn output_flood_is_cut() {
    check("flood", "gopark: output limit exceeded (65536 bytes)", 1);
}

#[test]
fn infinite_loop_hits_the_time_limit() {
    check("spin", "gopark: time limit exceeded (1000 ms)", 1);
}
