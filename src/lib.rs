//! gopark: Go programs on a runtime built like Go's own (G, M, P), natively and in the browser.
//!
//! Layers (see ARCHITECTURE.md), each depending only on those below it:
//! - `lang`: scanner, parser, type checker for the Go subset (errors are data).
//! - `compile`: typed AST -> register bytecode (`vm::op`).
//! - `vm`: values, heap, the interpreter that runs one goroutine for a time slice.
//! - `rt`: what Go code calls: channels, sync, time, fmt, runtime.
//! - `library`: the standard library's Go-facing surface, one table per package.
//! - `sched`: G/M/P after Go's runtime/proc.go; M backends and clocks.
//! - `trace`: fixed-size scheduling event records and their exports.
//! - `web` (wasm32 only) and `src/main.rs` (the CLI) sit on top.

pub mod compile;
pub mod exercise;
pub mod heap;
pub mod interp;
pub mod lang;
pub mod library;
pub mod rt;
pub mod run;
pub mod sched;
pub mod sys;
pub mod trace;
pub mod vm;

#[cfg(not(target_arch = "wasm32"))]
pub mod serve;
#[cfg(target_arch = "wasm32")]
pub mod web;
