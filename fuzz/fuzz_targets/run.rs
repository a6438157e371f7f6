//! Any program that compiles runs to an end under small limits (fuel, heap, goroutines,
//! virtual time, output) in deterministic mode: an exit status and Go's words, never a Rust
//! panic or a hang.
#![no_main]

use gopark::run::run_deterministic;
use gopark::sched::{Config, Limits, Mode};
use libfuzzer_sys::fuzz_target;
use std::sync::Arc;

fuzz_target!(|data: &[u8]| {
    let Ok(prog) = gopark::compile::compile_bytes("prog.go", data) else { return };
    let limits = Limits {
        max_time_ms: 20,
        max_heap_bytes: 8 << 20,
        max_goroutines: 1000,
        max_output_bytes: 64 << 10,
        max_stack_regs: 1 << 16,
        ..Limits::default()
    };
    let cfg = Config { procs: 2, mode: Mode::Deterministic, seed: 1, limits, trace: false };
    let out = run_deterministic(Arc::new(prog), cfg);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("internal error"), "{stderr}");
});
