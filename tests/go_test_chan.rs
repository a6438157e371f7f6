//! Go's own channel tests (test/chan in the Go source tree, Debian package golang-1.23-src,
//! which scripts/setup.sh installs) run unchanged. They print nothing and exit 0 when they
//! pass, and panic when they fail. The programs are read from the installed Go tree, never
//! copied into this repository.

use gopark::run::run_native;
use gopark::sched::{Config, Limits, Mode};
use std::path::PathBuf;
use std::sync::Arc;

/// The programs gopark runs today; the rest need language features still to come.
const PASSING: &[&str] = &[
    "doubleselect",
    "fifo",
    "goroutines",
    "nonblock",
    "powser1",
    "powser2",
    "select",
    "select2",
    "select3",
    "select4",
    "select6",
    "select7",
    "select8",
    "sendstmt",
    "sieve1",
    "sieve2",
    "zerosize",
];

fn dir() -> PathBuf {
    let d = std::env::var("GO_TEST_CHAN_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from("/usr/share/go-1.23/test/chan"));
    assert!(
        d.is_dir(),
        "{} is missing: install golang-1.23-src (scripts/setup.sh does) or set GO_TEST_CHAN_DIR",
        d.display()
    );
    d
}

fn run(
    src: &str,
    mode: Mode,
    procs: usize,
) -> Result<(String, String, i32), Vec<gopark::lang::Diagnostic>> {
    let prog = gopark::compile::compile("prog.go", src)?;
    let limits = Limits { max_time_ms: 30_000, ..Limits::default() };
    let out = run_native(
        Arc::new(prog),
        Config { procs, mode, seed: 11, limits, trace: false, ..Default::default() },
    );
    Ok((
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.exit_code,
    ))
}

#[test]
fn go_test_chan_programs_pass_unchanged() {
    let mut failures = Vec::new();
    for name in PASSING {
        let src = std::fs::read_to_string(dir().join(format!("{name}.go"))).unwrap();
        for (mode, procs) in [(Mode::Threads, 1), (Mode::Threads, 2), (Mode::Deterministic, 2)] {
            match run(&src, mode, procs) {
                Ok((_, stderr, 0)) if stderr.is_empty() => {}
                Ok((_, stderr, code)) => failures
                    .push(format!("{name} {mode:?} procs={procs}: exit {code}, stderr {stderr:?}")),
                Err(d) => failures.push(format!("{name}: does not compile: {d:?}")),
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every other program either passes too or is refused with diagnostics: never a crash, a
/// hang or a wrong answer. Go's test programs exit 0 when they pass (the ones that compile
/// here and are not in PASSING must pass too, and then belong in PASSING), except perm.go,
/// an error-check test that must not compile. The programs now refused are printed, so the
/// list of what still needs a language feature stays visible.
#[test]
fn the_rest_compile_cleanly_or_are_refused_with_diagnostics() {
    let mut entries: Vec<_> =
        std::fs::read_dir(dir()).unwrap().map(|e| e.unwrap().path()).collect();
    entries.sort();
    let (mut refused, mut failures) = (Vec::new(), Vec::new());
    for path in entries.iter().filter(|p| p.extension().is_some_and(|e| e == "go")) {
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        if PASSING.contains(&name.as_str()) {
            continue;
        }
        let src = std::fs::read_to_string(path).unwrap();
        match run(&src, Mode::Deterministic, 2) {
            Err(diags) => {
                assert!(!diags.is_empty(), "{name}");
                refused.push(format!("{name}: {}", diags[0].render("prog.go")));
            }
            Ok(_) if name == "perm" => failures.push("perm.go must be rejected".to_string()),
            Ok((_, stderr, code)) if code != 0 || stderr.contains("gopark internal error") => {
                let first = stderr.lines().find(|l| !l.is_empty()).unwrap_or("");
                failures.push(format!("{name}: exit {code}: {first}"));
            }
            Ok(_) => failures.push(format!("{name}: passes now: add it to PASSING")),
        }
    }
    println!("go test/chan programs still refused:\n  {}", refused.join("\n  "));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
