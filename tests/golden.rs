//! Golden tests: every `tests/golden/NAME.go` is compiled as "prog.go" and run natively in
//! threads mode (procs 1, 2 and 4) and deterministic mode (several procs and seeds). Expected
//! results come from real Go (see `scripts/go-expected.sh`):
//!   NAME.out        exact stdout
//!   NAME.exit       exit status when non-zero (absent = 0)
//!   NAME.err        the whole stderr, as the script normalises Go's (goroutine dumps without
//!                   argument words, directories and pc offsets); when there is no .err (nor
//!                   .errprefix) file, Go wrote nothing to stderr and gopark must not either
//!   NAME.errprefix  an expected stderr prefix instead (a stack overflow, whose report
//!                   names gopark's own stack limit)
//! Goroutine ids are compared by order of first appearance, not by value: Go numbers user
//! goroutines after its own (the first is often 6 or 18), gopark from 2. Goroutine 1 is
//! main in both and keeps its number; every other "goroutine N" (a header or "created by
//! ... in goroutine N") becomes "goroutine #k", k counting from 1 in the order the ids first
//! appear, in both texts.
//! Go prints "f(...)" for an inlined call even when f has no parameters; an expected
//! "f(...)" frame line also accepts gopark's "f()".
//!   NAME.stdin      the program's standard input (absent = none: reads return io.EOF)
//!   NAME.args       the program's arguments (os.Args[1:]), one line split at spaces; os.Args[0]
//!                   is "/tmp/prog" in both (the script runs Go's binary under that name)
//! A line `// GOTRACEBACK=none` (or single, all; nothing else on the line) in a program sets `Limits::traceback` (and the
//! script runs Go with that GOTRACEBACK).
//! A program that does not compile must give exit 1 and the diagnostics rendered with
//! `Diagnostic::render("prog.go")`, one per line, on stderr.
//!
//! All failures are collected and reported together in one panic message.
//! `GOLDEN_FILTER=substr` restricts the run to programs whose name contains `substr`.
//! `GOLDEN_TIMEOUT_SECS` (default 60) bounds each single run.

mod common;

use common::canonical_goids;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::{mpsc, Arc};
use std::time::Duration;

use gopark::run::run_native;
use gopark::sched::{Config, Input, Limits, Mode, Outcome, Stdin, Traceback};
use gopark::vm::Program;

#[derive(Clone, Copy, Debug)]
struct RunCfg {
    mode: Mode,
    procs: u32,
    seed: u64,
}

impl RunCfg {
    fn label(&self) -> String {
        match self.mode {
            Mode::Threads => format!("threads procs={}", self.procs),
            _ => format!("deterministic procs={} seed={}", self.procs, self.seed),
        }
    }
    fn config(&self, traceback: Traceback) -> Config {
        Config {
            procs: self.procs as _,
            mode: self.mode,
            seed: self.seed as _,
            limits: Limits { traceback, ..Limits::default() },
            ..Config::default()
        }
    }
}

const CONFIGS: &[RunCfg] = &[
    RunCfg { mode: Mode::Threads, procs: 1, seed: 1 },
    RunCfg { mode: Mode::Threads, procs: 2, seed: 1 },
    RunCfg { mode: Mode::Threads, procs: 4, seed: 1 },
    RunCfg { mode: Mode::Deterministic, procs: 1, seed: 1 },
    RunCfg { mode: Mode::Deterministic, procs: 4, seed: 1 },
    RunCfg { mode: Mode::Deterministic, procs: 4, seed: 42 },
    RunCfg { mode: Mode::Deterministic, procs: 2, seed: 7 },
];

/// CONFIGS, plus GOPARK_GOLDEN_SEEDS=N more deterministic runs (seeds 1000.., 2 and 4 Ps
/// in turn): the long run the suite does not afford (`GOPARK_GOLDEN_SEEDS=100 cargo test
/// --release --test golden golden_programs`).
/// A program with this line prints times: go-expected.sh records it from Go's faketime
/// build (the Go playground's clock, which starts at 2009-11-10 23:00:00 UTC and moves only
/// when every goroutine sleeps), which gopark's deterministic mode follows; threads mode
/// reads the real clock, so it is not compared.
const FAKETIME: &str = "// gopark: faketime";

fn configs() -> Vec<RunCfg> {
    let extra: u64 =
        std::env::var("GOPARK_GOLDEN_SEEDS").ok().and_then(|v| v.parse().ok()).unwrap_or(0);
    let mut all = CONFIGS.to_vec();
    all.extend((0..extra).map(|i| RunCfg {
        mode: Mode::Deterministic,
        procs: if i % 2 == 0 { 2 } else { 4 },
        seed: 1000 + i,
    }));
    all
}

enum Stderr {
    /// Go wrote nothing.
    Empty,
    /// The whole stderr (normalised, goroutine ids compared by order).
    Whole(Vec<u8>),
    Prefix(Vec<u8>),
}

struct Expected {
    stdout: Vec<u8>,
    exit: i32,
    stderr: Stderr,
}

struct Got {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    exit: i32,
}

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("golden")
}

fn programs() -> Vec<String> {
    let filter = std::env::var("GOLDEN_FILTER").unwrap_or_default();
    let mut names: Vec<String> = fs::read_dir(golden_dir())
        .expect("tests/golden exists")
        .filter_map(|e| {
            let p = e.ok()?.path();
            if p.extension()? == "go" {
                Some(p.file_stem()?.to_string_lossy().into_owned())
            } else {
                None
            }
        })
        .filter(|n| n.contains(&filter))
        .collect();
    names.sort();
    names
}

fn load_expected(name: &str) -> Expected {
    let dir = golden_dir();
    let stdout = fs::read(dir.join(format!("{name}.out")))
        .unwrap_or_else(|e| panic!("{name}.out missing ({e}); run scripts/go-expected.sh {name}"));
    let exit = match fs::read_to_string(dir.join(format!("{name}.exit"))) {
        Ok(s) => s.trim().parse().unwrap_or_else(|_| panic!("{name}.exit is not a number: {s:?}")),
        Err(_) => 0,
    };
    let stderr = match (
        fs::read(dir.join(format!("{name}.err"))),
        fs::read(dir.join(format!("{name}.errprefix"))),
    ) {
        (Ok(whole), _) => Stderr::Whole(whole),
        (_, Ok(prefix)) => Stderr::Prefix(prefix),
        _ => Stderr::Empty,
    };
    Expected { stdout, exit, stderr }
}

/// The program's arguments and standard input (NAME.args, NAME.stdin).
fn input_of(name: &str) -> Input {
    let dir = golden_dir();
    let args = fs::read_to_string(dir.join(format!("{name}.args")))
        .map(|s| s.split_whitespace().map(String::from).collect())
        .unwrap_or_default();
    let stdin = match fs::read(dir.join(format!("{name}.stdin"))) {
        Ok(b) => Stdin::Bytes(b.into()),
        Err(_) => Stdin::Empty,
    };
    Input { args, stdin, ..Input::default() }
}

/// The GOTRACEBACK a program asks for with a `// GOTRACEBACK=level` line.
fn traceback_of(src: &str) -> Traceback {
    src.lines()
        .filter_map(|l| l.strip_prefix("// GOTRACEBACK="))
        .find(|t| !t.is_empty() && t.bytes().all(|b| b.is_ascii_lowercase()))
        .map(|t| Traceback::parse(t).unwrap_or_else(|| panic!("bad GOTRACEBACK={t}")))
        .unwrap_or_default()
}

/// Whether gopark's line `got` matches Go's `want`: equal, or a frame Go printed with
/// "(...)" that gopark printed with "()": Go writes "(...)" for any inlined call, even one
/// without arguments, and gopark cannot know what Go's compiler inlined.
fn same_line(want: &str, got: &str) -> bool {
    want == got || want.strip_suffix("(...)").is_some_and(|f| got.strip_suffix("()") == Some(f))
}

/// The first line where gopark's stderr departs from Go's, if any.
fn first_difference(want: &str, got: &str) -> Option<String> {
    let (w, g): (Vec<&str>, Vec<&str>) = (want.split('\n').collect(), got.split('\n').collect());
    let i = match w.iter().zip(&g).position(|(a, b)| !same_line(a, b)) {
        Some(i) => i,
        None if w.len() == g.len() => return None,
        None => w.len().min(g.len()),
    };
    Some(format!(
        "first difference at line {}: expected {:?}, got {:?}",
        i + 1,
        w.get(i).copied().unwrap_or("<end>"),
        g.get(i).copied().unwrap_or("<end>")
    ))
}

fn timeout() -> Duration {
    let secs = std::env::var("GOLDEN_TIMEOUT_SECS").ok().and_then(|s| s.parse().ok()).unwrap_or(60);
    Duration::from_secs(secs)
}

fn panic_text(e: &Box<dyn std::any::Any + Send>) -> String {
    if let Some(s) = e.downcast_ref::<&str>() {
        s.to_string()
    } else if let Some(s) = e.downcast_ref::<String>() {
        s.clone()
    } else {
        "<non-string panic>".into()
    }
}

/// Runs on a separate thread so a hanging or crashing runtime becomes a reported failure
/// instead of stopping the whole suite. (A hung run's thread is leaked.)
fn run_guarded(prog: &Arc<Program>, cfg: Config) -> Result<Outcome, String> {
    let (tx, rx) = mpsc::channel();
    let prog = Arc::clone(prog);
    std::thread::Builder::new()
        .name("golden run".into())
        .spawn(move || {
            let r =
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run_native(prog, cfg)));
            let _ = tx.send(r.map_err(|e| panic_text(&e)));
        })
        .expect("spawn test thread");
    match rx.recv_timeout(timeout()) {
        Ok(Ok(out)) => Ok(out),
        Ok(Err(msg)) => Err(format!("the runtime panicked (Rust panic): {msg}")),
        Err(_) => Err(format!("no result within {:?} (hang?)", timeout())),
    }
}

fn show(b: &[u8]) -> String {
    const MAX: usize = 1500;
    let s = String::from_utf8_lossy(b);
    if s.len() > MAX {
        let mut cut = MAX;
        while !s.is_char_boundary(cut) {
            cut -= 1;
        }
        format!("{:?}... ({} bytes)", &s[..cut], b.len())
    } else {
        format!("{s:?}")
    }
}

fn compare(name: &str, label: &str, exp: &Expected, got: &Got) -> Option<String> {
    let mut problems = Vec::new();
    if got.exit != exp.exit {
        problems.push(format!("  exit code: expected {}, got {}", exp.exit, got.exit));
    }
    if got.stdout != exp.stdout {
        problems.push(format!(
            "  stdout:\n    expected {}\n    got      {}",
            show(&exp.stdout),
            show(&got.stdout)
        ));
    }
    match &exp.stderr {
        Stderr::Prefix(prefix) => {
            if !got.stderr.starts_with(prefix) {
                problems.push(format!(
                    "  stderr prefix:\n    expected {}\n    got      {}",
                    show(prefix),
                    show(&got.stderr)
                ));
            }
        }
        Stderr::Whole(want) => {
            let (want, have) = (canonical_goids(want), canonical_goids(&got.stderr));
            if let Some(diff) = first_difference(&want, &have) {
                problems.push(format!(
                    "  stderr ({diff}):\n    expected {}\n    got      {}",
                    show(want.as_bytes()),
                    show(have.as_bytes())
                ));
            }
        }
        Stderr::Empty => {
            if !got.stderr.is_empty() {
                // Real Go wrote nothing to stderr (no .err file), so neither may gopark.
                problems.push(format!("  stderr: expected nothing, got {}", show(&got.stderr)));
            }
        }
    }
    if problems.is_empty() {
        None
    } else {
        Some(format!("{name} [{label}]\n{}", problems.join("\n")))
    }
}

#[test]
fn golden_programs() {
    let names = programs();
    assert!(!names.is_empty(), "no golden programs found");
    let mut failures: Vec<String> = Vec::new();
    let mut summary: Vec<String> = Vec::new();

    for name in &names {
        let src = fs::read_to_string(golden_dir().join(format!("{name}.go"))).unwrap();
        let exp = load_expected(name);
        let compiled = std::panic::catch_unwind(|| gopark::compile::compile("prog.go", &src));
        let prog = match compiled {
            Err(e) => {
                failures.push(format!(
                    "{name} [compile]\n  the compiler panicked (Rust panic): {}",
                    panic_text(&e)
                ));
                summary.push(format!("{name:28} COMPILER PANIC"));
                continue;
            }
            Ok(Err(diags)) => {
                let mut stderr = String::new();
                for d in &diags {
                    stderr.push_str(&d.render("prog.go"));
                    stderr.push('\n');
                }
                let got = Got { stdout: Vec::new(), stderr: stderr.into_bytes(), exit: 1 };
                let res = compare(name, "compile", &exp, &got);
                summary.push(format!(
                    "{name:28} compile error: {}",
                    if res.is_none() { "ok" } else { "FAIL" }
                ));
                failures.extend(res);
                continue;
            }
            Ok(Ok(p)) => Arc::new(p),
        };
        let traceback = traceback_of(&src);
        let input = input_of(name);
        let faketime = src.lines().any(|l| l == FAKETIME);
        let mut line = format!("{name:28}");
        for cfg in &configs() {
            let label = cfg.label();
            if faketime && cfg.mode == Mode::Threads {
                line.push_str(&format!(" {:>7}", "-"));
                continue;
            }
            let res = match run_guarded(
                &prog,
                Config { input: input.clone(), ..cfg.config(traceback) },
            ) {
                Ok(out) => {
                    let got = Got { stdout: out.stdout, stderr: out.stderr, exit: out.exit_code };
                    compare(name, &label, &exp, &got)
                }
                Err(msg) => Some(format!("{name} [{label}]\n  {msg}")),
            };
            line.push_str(&format!(" {:>7}", if res.is_none() { "ok" } else { "FAIL" }));
            failures.extend(res);
        }
        summary.push(line);
    }

    let header = format!(
        "{:28}{}",
        "program",
        configs()
            .iter()
            .map(|c| match c.mode {
                Mode::Threads => format!(" {:>7}", format!("T{}", c.procs)),
                _ => format!(" {:>7}", format!("D{}/{}", c.procs, c.seed)),
            })
            .collect::<String>()
    );
    eprintln!(
        "golden summary (T = threads procs, D = deterministic procs/seed):\n{header}\n{}",
        summary.join("\n")
    );

    // Keep the last report on disk too (flaky failures are easier to study afterwards).
    let report_path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("target").join("golden-report.txt");
    let _ = fs::write(
        &report_path,
        format!("{header}\n{}\n\n{}\n", summary.join("\n"), failures.join("\n\n")),
    );

    if !failures.is_empty() {
        panic!(
            "{} golden failure(s) in {} program(s):\n\n{}",
            failures.len(),
            names.len(),
            failures.join("\n\n")
        );
    }
}

/// Same seed => byte-identical stdout and identical event lists; another seed => same stdout
/// (the programs below print deterministically under any schedule).
#[test]
fn deterministic_mode_is_reproducible() {
    let mut failures = Vec::new();
    for name in ["pingpong", "workerpool", "sleep_order", "pipeline", "mutex_chan", "deadlock_all"]
    {
        if !programs().iter().any(|n| n == name) {
            continue;
        }
        let src = fs::read_to_string(golden_dir().join(format!("{name}.go"))).unwrap();
        let prog = match gopark::compile::compile("prog.go", &src) {
            Ok(p) => Arc::new(p),
            Err(d) => {
                failures.push(format!(
                    "{name}: does not compile: {:?}",
                    d.iter().map(|d| d.render("prog.go")).collect::<Vec<_>>()
                ));
                continue;
            }
        };
        for procs in [1u32, 4] {
            let cfg = |seed| RunCfg { mode: Mode::Deterministic, procs, seed };
            let runs: Vec<Result<Outcome, String>> = vec![
                run_guarded(&prog, cfg(7).config(Traceback::Single)),
                run_guarded(&prog, cfg(7).config(Traceback::Single)),
                run_guarded(&prog, cfg(8).config(Traceback::Single)),
            ];
            let (a, b, c) = match (&runs[0], &runs[1], &runs[2]) {
                (Ok(a), Ok(b), Ok(c)) => (a, b, c),
                _ => {
                    let errs: Vec<&String> = runs.iter().filter_map(|r| r.as_ref().err()).collect();
                    failures.push(format!("{name} procs={procs}: run failed: {errs:?}"));
                    continue;
                }
            };
            if a.stdout != b.stdout {
                failures.push(format!(
                    "{name} procs={procs}: seed 7 twice gave different stdout:\n  {}\n  {}",
                    show(&a.stdout),
                    show(&b.stdout)
                ));
            }
            if a.stderr != b.stderr {
                failures.push(format!(
                    "{name} procs={procs}: seed 7 twice gave different stderr:\n  {}\n  {}",
                    show(&a.stderr),
                    show(&b.stderr)
                ));
            }
            if a.exit_code != b.exit_code {
                failures.push(format!(
                    "{name} procs={procs}: seed 7 twice gave exit {} and {}",
                    a.exit_code, b.exit_code
                ));
            }
            if a.events != b.events {
                let first = a.events.iter().zip(b.events.iter()).position(|(x, y)| x != y);
                failures.push(format!(
                    "{name} procs={procs}: seed 7 twice gave different events ({} vs {} events; first difference at index {:?}: {:?} vs {:?})",
                    a.events.len(),
                    b.events.len(),
                    first,
                    first.map(|i| a.events[i]),
                    first.map(|i| b.events[i]),
                ));
            }
            if a.events.is_empty() {
                failures.push(format!("{name} procs={procs}: no events recorded"));
            }
            if a.stdout != c.stdout {
                failures.push(format!(
                    "{name} procs={procs}: seed 8 changed stdout:\n  seed 7 {}\n  seed 8 {}",
                    show(&a.stdout),
                    show(&c.stdout)
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} determinism failure(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Every golden program has its expected output next to it.
#[test]
fn golden_files_are_complete() {
    let mut missing = Vec::new();
    for name in programs() {
        if !golden_dir().join(format!("{name}.out")).exists() {
            missing.push(name);
        }
    }
    assert!(missing.is_empty(), "missing .out files (run scripts/go-expected.sh): {missing:?}");
}

/// "[chan receive, 3 minutes]": the wait time on the run's clock, as Go's goroutineheader
/// prints it from a minute on. Deterministic mode only (its clock is virtual; a golden
/// program would wait minutes of real time, and Go shows the minutes only once a garbage
/// collection has recorded when the goroutine blocked).
#[test]
fn dumps_show_minutes_waited() {
    let src = r#"package main

import "time"

func main() {
	ch := make(chan int)
	go func() { <-ch }()
	go func() { time.Sleep(90 * time.Second); select {} }()
	time.Sleep(3*time.Minute + 59*time.Second)
	<-ch
}
"#;
    let prog = Arc::new(gopark::compile::compile("prog.go", src).expect("compiles"));
    let cfg = RunCfg { mode: Mode::Deterministic, procs: 2, seed: 1 };
    let out = run_guarded(&prog, cfg.config(Traceback::Single)).expect("runs");
    assert_eq!(out.exit_code, 2);
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "fatal error: all goroutines are asleep - deadlock!

goroutine 1 [chan receive]:
main.main()
\tprog.go:10

goroutine 2 [chan receive, 3 minutes]:
main.main.func1()
\tprog.go:7
created by main.main in goroutine 1
\tprog.go:7

goroutine 3 [select (no cases), 2 minutes]:
main.main.func2()
\tprog.go:8
created by main.main in goroutine 1
\tprog.go:8
"
    );
}

/// `gopark run --traceback=LEVEL` (or `--traceback LEVEL`) prints what Go prints with that
/// GOTRACEBACK.
#[test]
fn cli_traceback_flag() {
    let run_env = |name: &str, flags: &[&str], traceback_env: Option<&str>| {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_gopark"));
        cmd.arg("run")
            .arg(golden_dir().join(format!("{name}.go")))
            .args(["--mode", "deterministic", "--procs", "2"])
            .args(flags)
            .env_remove("GOTRACEBACK");
        if let Some(v) = traceback_env {
            cmd.env("GOTRACEBACK", v);
        }
        let out = cmd.output().expect("gopark runs");
        assert_eq!(out.status.code(), Some(2), "{name} {flags:?}");
        // The CLI names frames by the path it was given; the goldens say prog.go.
        let path = golden_dir().join(format!("{name}.go")).display().to_string();
        String::from_utf8_lossy(&out.stderr).replace(&path, "prog.go")
    };
    let run = |name: &str, flags: &[&str]| run_env(name, flags, None);
    let expected =
        |name: &str| canonical_goids(&fs::read(golden_dir().join(format!("{name}.err"))).unwrap());
    let all = expected("dump_traceback_all");
    assert_eq!(canonical_goids(run("dump_traceback_all", &["--traceback=all"]).as_bytes()), all);
    assert_eq!(canonical_goids(run("dump_traceback_all", &["--traceback", "all"]).as_bytes()), all);
    // single: the panicking goroutine only, which is where the "all" dump starts.
    let single = run("dump_traceback_all", &[]);
    assert_eq!(single, all[..all.find("\n\ngoroutine #1").unwrap() + 1]);
    assert_eq!(
        run("dump_traceback_all", &["--traceback=none"]),
        "panic: assignment to entry in nil map\n"
    );
    assert_eq!(run("dump_traceback_none", &["--traceback=none"]), expected("dump_traceback_none"));
    // Without the flag the CLI reads GOTRACEBACK, as a Go binary does; the flag wins.
    let env_all = run_env("dump_traceback_all", &[], Some("all"));
    assert_eq!(canonical_goids(env_all.as_bytes()), all);
    assert_eq!(run_env("dump_traceback_all", &["--traceback=single"], Some("all")), single);
    assert_eq!(run_env("dump_traceback_all", &[], Some("2")), env_all);
}
