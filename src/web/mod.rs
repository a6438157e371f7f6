//! The wasm-bindgen bridge between the page's workers and the runtime.
//!
//! Who calls what (see `www/host-worker.js` and `www/m-worker.js`):
//! - the host worker instantiates the module, calls `start_run`, then `poll` on a timer and
//!   forwards output and event batches to the page; in deterministic mode it also drives
//!   `run_deterministic` in small steps so it stays responsive to Stop;
//! - in threads mode one M worker per `m_count` instantiates the same module on the same
//!   shared memory (`wasm_module`, `wasm_memory`) and calls `m_main`, which returns when the
//!   run ends.
//!
//! Runs live in a registry indexed by a small run id, so JS never holds a Rust pointer and no
//! `unsafe` is needed. With atomics `JsValue` is neither Send nor Sync, so JS values are only
//! built here, at the edge, from plain Rust data; none goes into runtime state.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::run::{mstart, Deterministic};
use crate::sched::{Config, Input, Limits, Mode, Runtime, Stdin};
use crate::trace;

/// One run: the runtime plus what the bridge needs to report on it after it has ended.
struct Run {
    rt: Arc<Runtime>,
    /// The turn-taker of a deterministic run (None in threads mode).
    det: Mutex<Option<Deterministic>>,
    /// Events handed to the page so far; the runtime keeps at most `max_trace_events` of them
    /// for the trace export, so more than that means the exported trace is cut short.
    seen: AtomicUsize,
    max_trace_events: usize,
}

/// The run registry. A slot becomes `None` on `free_run`; ids are not reused while the
/// module instance lives, so a late call with a stale id finds nothing instead of another run.
static RUNS: Mutex<Vec<Option<Arc<Run>>>> = Mutex::new(Vec::new());

/// Locks the registry. A poisoned lock means a panic elsewhere, which already ends this
/// instance (panic = abort on wasm); taking the data anyway keeps this function total.
fn runs() -> MutexGuard<'static, Vec<Option<Arc<Run>>>> {
    RUNS.lock().unwrap_or_else(|e| e.into_inner())
}

fn get(id: u32) -> Result<Arc<Run>, JsValue> {
    runs()
        .get(id as usize)
        .and_then(|slot| slot.clone())
        .ok_or_else(|| JsValue::from_str(&format!("gopark: no run with id {id}")))
}

/// A compile error as the page receives it.
#[derive(Serialize)]
struct DiagOut {
    line: u32,
    col: u32,
    msg: String,
    /// `prog.go:LINE:COL: message`, exactly as the CLI prints it.
    text: String,
}

const FILE: &str = "prog.go";

fn diagnostics_js(diags: &[crate::lang::Diagnostic]) -> JsValue {
    let out: Vec<DiagOut> = diags
        .iter()
        .map(|d| DiagOut { line: d.line, col: d.col, msg: d.msg.clone(), text: d.render(FILE) })
        .collect();
    serde_wasm_bindgen::to_value(&out).unwrap_or(JsValue::NULL)
}

/// Installs the panic hook, so a Rust panic in any worker reaches that worker's console with
/// its message before the instance traps. Runs once per instance (host and each M worker).
#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}

/// True when this build has threads (atomics and a shared memory), i.e. the `pkg/` build.
#[wasm_bindgen]
pub fn threads_supported() -> bool {
    cfg!(target_feature = "atomics")
}

/// The module, to post to M workers so they instantiate the same code.
#[wasm_bindgen]
pub fn wasm_module() -> JsValue {
    wasm_bindgen::module()
}

/// The (shared, in the threaded build) memory, to post to M workers.
#[wasm_bindgen]
pub fn wasm_memory() -> JsValue {
    wasm_bindgen::memory()
}

/// Type checks `src` and returns its diagnostics (an empty array when it compiles).
#[wasm_bindgen]
pub fn compile_check(src: &str) -> JsValue {
    match crate::compile::compile(FILE, src) {
        Ok(_) => diagnostics_js(&[]),
        Err(diags) => diagnostics_js(&diags),
    }
}

/// An exercise file (exercises/*.toml) for the page: `{title, task, starter}`; a file that
/// does not parse throws the parser's message.
#[wasm_bindgen]
pub fn exercise_load(text: &str) -> Result<JsValue, JsValue> {
    #[derive(Serialize)]
    struct Shown<'a> {
        title: &'a str,
        task: &'a str,
        starter: &'a str,
    }
    let ex = crate::exercise::Exercise::parse(text).map_err(|e| JsValue::from_str(&e))?;
    let shown = Shown { title: &ex.title, task: &ex.task, starter: &ex.starter };
    serde_wasm_bindgen::to_value(&shown).map_err(|e| JsValue::from_str(&e.to_string()))
}

/// Runs an exercise's checks on `src` (deterministic runs, on the calling worker), as
/// `gopark check` does: `[{name, passed, detail}]`.
#[wasm_bindgen]
pub fn exercise_check(text: &str, src: &str) -> Result<JsValue, JsValue> {
    let ex = crate::exercise::Exercise::parse(text).map_err(|e| JsValue::from_str(&e))?;
    serde_wasm_bindgen::to_value(&ex.check(src)).map_err(|e| JsValue::from_str(&e.to_string()))
}

/// Compiles `src` and creates a run. `mode` is "threads" or "deterministic"; threads mode is
/// refused by the non-threaded build. `stdin` is what os.Stdin holds, then the end of input
/// (empty: reads find the end at once, as on go.dev/play). On a compile error the diagnostics
/// are thrown as an array of `{line, col, msg, text}`.
#[wasm_bindgen]
pub fn start_run(
    src: &str,
    procs: u32,
    mode: &str,
    seed: f64,
    stdin: &str,
) -> Result<u32, JsValue> {
    let mode = match mode {
        "threads" if threads_supported() => Mode::Threads,
        "threads" => return Err(JsValue::from_str("gopark: this build has no threads")),
        "deterministic" => Mode::Deterministic,
        other => return Err(JsValue::from_str(&format!("gopark: unknown mode {other:?}"))),
    };
    let prog = match crate::compile::compile(FILE, src) {
        Ok(p) => Arc::new(p),
        Err(diags) => return Err(diagnostics_js(&diags)),
    };
    // JS numbers carry integers exactly up to 2^53; seeds beyond that or negative ones are
    // folded into range rather than rejected, since any seed is as good as another.
    let seed = if seed.is_finite() { seed.abs() as u64 } else { 1 };
    // A program in the page stops after 30 s (the CLI has no default time limit).
    let limits = Limits { max_time_ms: 30_000, ..Limits::default() };
    let max_trace_events = limits.max_trace_events;
    let stdin = match stdin {
        "" => Stdin::Empty,
        text => Stdin::Bytes(Arc::from(text.as_bytes())),
    };
    let input = Input { stdin, ..Input::default() };
    let cfg = Config {
        procs: procs.clamp(1, 64) as usize,
        mode,
        seed,
        limits,
        input,
        ..Config::default()
    };
    let rt = Runtime::new(prog, cfg);
    let det = (mode == Mode::Deterministic).then(|| Deterministic::new(&rt));
    let run =
        Arc::new(Run { rt, det: Mutex::new(det), seen: AtomicUsize::new(0), max_trace_events });
    let mut reg = runs();
    reg.push(Some(run));
    Ok((reg.len() - 1) as u32)
}

/// How many M workers threads mode needs for this run.
#[wasm_bindgen]
pub fn m_count(id: u32) -> Result<u32, JsValue> {
    // One worker per M, and one more for sysmon (see m_main).
    Ok(get(id)?.rt.m_count() as u32 + 1)
}

/// The body of M worker `m`: schedules goroutines until the run ends. Called once per M
/// worker; it blocks that worker (which is why commands reach it through shared memory).
#[wasm_bindgen]
pub fn m_main(id: u32, m: u32) -> Result<(), JsValue> {
    // Clone the Arc out of the registry first, so the registry lock is not held while running.
    let run = get(id)?;
    if m as usize == run.rt.m_count() {
        run.rt.sysmon_main();
    } else {
        mstart(&run.rt, m as _);
    }
    Ok(())
}

/// Deterministic mode: runs at most `max_slices` time slices; true once the run has ended.
#[wasm_bindgen]
pub fn run_deterministic(id: u32, max_slices: u32) -> Result<bool, JsValue> {
    let run = get(id)?;
    let mut det = run.det.lock().unwrap_or_else(|e| e.into_inner());
    match det.as_mut() {
        Some(det) => Ok(det.run(&run.rt, max_slices as _)),
        None => Err(JsValue::from_str("gopark: run_deterministic on a threads-mode run")),
    }
}

/// Drains what the run produced since the last call:
/// `{stdout: Uint8Array, stderr: Uint8Array, events: Uint32Array, strings: [text], done,
/// exitCode}`. `strings` are the string table's new entries (ids continue from the last poll).
/// Output is bytes (not strings) so a UTF-8 sequence split between two polls is decoded
/// correctly by the page's streaming TextDecoder. `events` holds `trace::WORDS` words per event
/// (`trace::Event::to_words`); all three arrays are fresh JS copies, safe to transfer.
#[wasm_bindgen]
pub fn poll(id: u32) -> Result<JsValue, JsValue> {
    let run = get(id)?;
    // Read the exit state before draining, so a run seen as done has all its output drained.
    let done = run.rt.is_done();
    let exit = run.rt.exit_code();
    let stdout = run.rt.take_stdout();
    let stderr = run.rt.take_stderr();
    let events = run.rt.take_events();
    let words = trace::to_words(&events);
    let strings = js_sys::Array::new();
    for s in run.rt.take_strings() {
        strings.push(&JsValue::from_str(&s));
    }
    run.seen.fetch_add(events.len(), Ordering::Relaxed);
    let obj = js_sys::Object::new();
    let set =
        |k: &str, v: &JsValue| js_sys::Reflect::set(&obj, &JsValue::from_str(k), v).map(|_| ());
    set("stdout", &js_sys::Uint8Array::from(&stdout[..]).into())?;
    set("stderr", &js_sys::Uint8Array::from(&stderr[..]).into())?;
    set("events", &js_sys::Uint32Array::from(&words[..]).into())?;
    set("strings", &strings.into())?;
    set("done", &JsValue::from_bool(done))?;
    set("exitCode", &exit.map(|c| JsValue::from_f64(c as f64)).unwrap_or(JsValue::UNDEFINED))?;
    Ok(obj.into())
}

/// Words per event in `poll`'s `events` array.
#[wasm_bindgen]
pub fn event_words() -> u32 {
    trace::WORDS as u32
}

/// The event kinds, wait reasons and constants, as JSON (`trace::defs_json`): the page's
/// model reads them from here rather than from a copy of its own.
#[wasm_bindgen]
pub fn trace_defs() -> String {
    trace::defs_json()
}

/// The run's function names, indexed by function id (GoCreate's `b`).
#[wasm_bindgen]
pub fn func_names(id: u32) -> Result<Vec<String>, JsValue> {
    Ok(get(id)?.rt.prog.funcs.iter().map(|f| f.name.clone()).collect())
}

/// The run's events so far (those already drained by `poll`, and any still buffered) as
/// Chrome Trace Event JSON (`trace::chrome::chrome_json`). Call `poll` until `done` first, since
/// events drained here no longer reach the page's live view.
#[wasm_bindgen]
pub fn trace_json(id: u32) -> Result<String, JsValue> {
    Ok(get(id)?.rt.chrome_json())
}

/// True when the run produced more events than the runtime keeps for the trace export.
#[wasm_bindgen]
pub fn trace_truncated(id: u32) -> Result<bool, JsValue> {
    let run = get(id)?;
    // The runtime counts every event, recorded or not; the page saw only the recorded ones.
    Ok(run.rt.trace_truncated() || run.seen.load(Ordering::Relaxed) > run.max_trace_events)
}

/// Asks the run to end (the Stop button). Ms notice at their next preemption check.
#[wasm_bindgen]
pub fn stop(id: u32) -> Result<(), JsValue> {
    get(id)?.rt.stop();
    Ok(())
}

/// The Ctrl-C button: SIGINT to the program's signal.Notify channels (true), or, when it
/// registered none, the end of the run as a Go program dies of it (false).
#[wasm_bindgen]
pub fn interrupt(id: u32) -> Result<bool, JsValue> {
    let rt = &get(id)?.rt;
    let delivered = rt.raise(crate::sched::signal::SIGINT);
    if !delivered {
        rt.kill(crate::sched::signal::SIGINT);
    }
    Ok(delivered)
}

/// Forgets a run. M workers still inside `m_main` keep their own reference until they return.
#[wasm_bindgen]
pub fn free_run(id: u32) {
    if let Some(slot) = runs().get_mut(id as usize) {
        *slot = None;
    }
}
