//! Differential test against real Go: programs from the generator in tests/difftest/gen.rs
//! (concurrent, well-typed, with output independent of the schedule; some end in a deadlock,
//! a panic or os.Exit) are built with Go 1.23 and run by gopark in threads mode (2 and 4 Ps)
//! and deterministic mode. Stdout, the exit status and the first line of stderr must match.
//!
//! Go builds batches of programs into one binary (`./prog K` runs the K-th), cached under
//! target/difftest/ by the batch's text, so a rerun builds nothing.
//!
//! The suite runs `DIFFTEST_SHORT` programs; `GOPARK_DIFFTEST=N` runs N (scripts/difftest.sh),
//! starting at seed `GOPARK_DIFFTEST_SEED` (default 0). Without Go the test says why and
//! passes. Failing programs are written to target/difftest/failures/ with Go's and gopark's
//! results.

#[path = "difftest/gen.rs"]
mod gen;

use std::collections::hash_map::DefaultHasher;
use std::collections::BTreeMap;
use std::fs;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{mpsc, Arc};
use std::time::Duration;

use gopark::run::run_native;
use gopark::sched::{Config, Limits, Mode};

const DIFFTEST_SHORT: u64 = 40;
/// Programs per `go build`.
const BATCH: u64 = 100;
/// Go's reference is built without optimization: Go 1.23's optimizer computed
/// `x % 1000 == 194` for x = -9223372036854775806 reached by a wrapping addition (seed 11514:
/// `x := len(fmt.Sprint(a)) + ((-a + b) - (b >> 63))` with a = -1, b = MaxInt64), where the
/// spec, `go build -gcflags=-N` and gopark say -806.
const GCFLAGS: &str = "-N -l";

/// What a run is compared on.
#[derive(Debug, Clone, PartialEq)]
struct Result3 {
    stdout: String,
    exit: i32,
    stderr_first: String,
}

fn first_line(stderr: &[u8]) -> String {
    String::from_utf8_lossy(stderr).lines().next().unwrap_or("").to_string()
}

fn go_binary() -> Option<PathBuf> {
    if let Ok(go) = std::env::var("GO") {
        return Some(PathBuf::from(go));
    }
    let debian = Path::new("/usr/lib/go-1.23/bin/go");
    if debian.exists() {
        return Some(debian.to_path_buf());
    }
    let found = Command::new("go").arg("version").output().ok()?;
    found.status.success().then(|| PathBuf::from("go"))
}

fn work_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("target").join("difftest")
}

/// Builds (or finds in the cache) the binary for programs `seeds`, then runs each with Go.
fn go_results(go: &Path, seeds: &[u64]) -> Result<Vec<Result3>, String> {
    let progs: Vec<gen::Program> =
        seeds.iter().enumerate().map(|(k, &s)| gen::generate(s, &gen::batch_prefix(k))).collect();
    let src = gen::batch_source(&progs);
    let mut h = DefaultHasher::new();
    (GCFLAGS, &src).hash(&mut h);
    let dir = work_dir().join(format!("batch-{:016x}", h.finish()));
    let bin = dir.join("prog");
    if !bin.exists() {
        fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        fs::write(dir.join("prog.go"), &src).map_err(|e| e.to_string())?;
        let out = Command::new(go)
            .args(["build", "-gcflags", GCFLAGS, "-o", "prog.tmp", "prog.go"])
            .current_dir(&dir)
            .env("GO111MODULE", "off")
            .env("GOTOOLCHAIN", "local")
            .env("GOCACHE", work_dir().join("gocache"))
            .output()
            .map_err(|e| format!("{}: {e}", go.display()))?;
        if !out.status.success() {
            return Err(format!(
                "go build of {} failed (a generator bug):\n{}",
                dir.join("prog.go").display(),
                String::from_utf8_lossy(&out.stderr)
            ));
        }
        fs::rename(dir.join("prog.tmp"), &bin).map_err(|e| e.to_string())?;
    }
    let mut results = Vec::new();
    for k in 0..seeds.len() {
        // Names in Go's messages carry the batch prefix (`main.p7_T`); alone they would not.
        let unprefix = |b: &[u8]| String::from_utf8_lossy(b).replace(&gen::batch_prefix(k), "");
        let out = Command::new(&bin)
            .arg(k.to_string())
            .env("GOTRACEBACK", "single")
            .output()
            .map_err(|e| e.to_string())?;
        results.push(Result3 {
            stdout: unprefix(&out.stdout),
            exit: out.status.code().unwrap_or(-1),
            stderr_first: first_line(unprefix(&out.stderr).as_bytes()),
        });
    }
    Ok(results)
}

/// The configurations gopark runs each program in.
fn configs(seed: u64) -> Vec<(String, Config)> {
    let cfg = |procs, mode, seed| Config {
        procs,
        mode,
        seed,
        limits: Limits { max_time_ms: 20_000, ..Limits::default() },
        trace: false,
        ..Default::default()
    };
    vec![
        ("threads procs=2".into(), cfg(2, Mode::Threads, 1)),
        ("threads procs=4".into(), cfg(4, Mode::Threads, 1)),
        (format!("deterministic procs=2 seed={seed}"), cfg(2, Mode::Deterministic, seed)),
    ]
}

/// Runs on its own thread, so a hang or a Rust panic becomes a reported difference.
fn gopark_result(src: &str, cfg: Config) -> Result3 {
    let prog = match gopark::compile::compile("prog.go", src) {
        Ok(p) => Arc::new(p),
        Err(diags) => {
            let first = diags.first().map(|d| d.render("prog.go")).unwrap_or_default();
            return Result3 { stdout: String::new(), exit: 1, stderr_first: first };
        }
    };
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run_native(prog, cfg)));
        let _ = tx.send(r);
    });
    match rx.recv_timeout(Duration::from_secs(60)) {
        Ok(Ok(out)) => Result3 {
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            exit: out.exit_code,
            stderr_first: first_line(&out.stderr),
        },
        Ok(Err(_)) => Result3 {
            stdout: String::new(),
            exit: -1,
            stderr_first: "the runtime panicked (Rust panic)".into(),
        },
        Err(_) => {
            Result3 { stdout: String::new(), exit: -1, stderr_first: "no result in 60s".into() }
        }
    }
}

/// What differs between Go's result and gopark's, if anything.
fn difference(want: &Result3, got: &Result3) -> Option<String> {
    let mut d = Vec::new();
    if want.exit != got.exit {
        d.push(format!("exit status: Go {}, gopark {}", want.exit, got.exit));
    }
    if want.stderr_first != got.stderr_first {
        d.push(format!(
            "first stderr line: Go {:?}, gopark {:?}",
            want.stderr_first, got.stderr_first
        ));
    }
    if want.stdout != got.stdout {
        let (w, g): (Vec<&str>, Vec<&str>) =
            (want.stdout.lines().collect(), got.stdout.lines().collect());
        let i = w.iter().zip(&g).position(|(a, b)| a != b).unwrap_or(w.len().min(g.len()));
        d.push(format!(
            "stdout line {}: Go {:?}, gopark {:?}",
            i + 1,
            w.get(i).copied().unwrap_or("<end>"),
            g.get(i).copied().unwrap_or("<end>")
        ));
    }
    (!d.is_empty()).then(|| d.join("; "))
}

/// Compares gopark with Go on programs `first..first+count`; returns the failures.
fn check_range(go: &Path, first: u64, count: u64) -> Vec<String> {
    let fail_dir = work_dir().join("failures");
    let mut failures = Vec::new();
    // How Go's runs ended (exit status and first stderr word), to show the mix.
    let mut endings: BTreeMap<String, u64> = BTreeMap::new();
    let seeds: Vec<u64> = (first..first + count).collect();
    for chunk in seeds.chunks(BATCH as usize) {
        let want = match go_results(go, chunk) {
            Ok(w) => w,
            Err(e) => {
                failures.push(e);
                continue;
            }
        };
        for (&seed, want) in chunk.iter().zip(&want) {
            let word: String = want.stderr_first.chars().take(60).collect();
            *endings.entry(format!("exit {} {word}", want.exit)).or_default() += 1;
            let src = gen::generate(seed, "").standalone();
            for (label, cfg) in configs(seed) {
                let got = gopark_result(&src, cfg);
                if let Some(diff) = difference(want, &got) {
                    let _ = fs::create_dir_all(&fail_dir);
                    let file = fail_dir.join(format!("seed{seed}.go"));
                    let _ = fs::write(&file, &src);
                    failures.push(format!("seed {seed} [{label}] {}: {diff}", file.display()));
                    break;
                }
            }
        }
    }
    eprintln!("difftest: how Go's runs ended: {endings:?}");
    failures
}

#[test]
fn generated_programs_match_go() {
    let Some(go) = go_binary() else {
        eprintln!("difftest skipped: no Go toolchain (set GO=/path/to/go to run it)");
        return;
    };
    let count = std::env::var("GOPARK_DIFFTEST")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(DIFFTEST_SHORT);
    let first =
        std::env::var("GOPARK_DIFFTEST_SEED").ok().and_then(|n| n.parse().ok()).unwrap_or(0);
    let failures = check_range(&go, first, count);
    eprintln!(
        "difftest: {count} generated programs from seed {first}, {} differ from Go",
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "{} program(s) differ from Go:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The comparison can fail: a result that differs from gopark's in stdout, exit status or
/// the first stderr line is reported, and an equal one is not.
#[test]
fn difftest_reports_a_mismatch() {
    let src = gen::generate(3, "").standalone();
    let (_, cfg) = configs(3).remove(2);
    let real = gopark_result(&src, cfg);
    assert_eq!(difference(&real, &real), None);
    let mut other = real.clone();
    other.stdout.push('x');
    assert!(difference(&other, &real).unwrap().contains("stdout line"));
    let mut other = real.clone();
    other.exit += 1;
    assert!(difference(&other, &real).unwrap().contains("exit status"));
    let mut other = real.clone();
    other.stderr_first.push('!');
    assert!(difference(&other, &real).unwrap().contains("first stderr line"));
}

/// Every generated program is valid Go for gopark's front end, and the same seed gives the
/// same program (the cache and the failure files depend on it).
#[test]
fn generator_is_deterministic_and_well_typed() {
    let mut bad = Vec::new();
    for seed in 0..200 {
        let src = gen::generate(seed, "").standalone();
        assert_eq!(src, gen::generate(seed, "").standalone());
        if let Err(d) = gopark::compile::compile("prog.go", &src) {
            bad.push(format!("seed {seed}: {}", d[0].render("prog.go")));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}
