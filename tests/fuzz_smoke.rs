//! The fuzz targets' checks (fuzz/fuzz_targets) on stable, briefly, in the suite: mutated
//! golden and hostile programs through the front end, and those that still compile run under
//! small limits. No Rust panic, every run ends. scripts/fuzz.sh runs cargo-fuzz for longer.

use gopark::run::run_deterministic;
use gopark::sched::{Config, Limits, Mode};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

fn corpus() -> Vec<Vec<u8>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut out = Vec::new();
    for dir in ["golden", "hostile", "soundness"] {
        for e in std::fs::read_dir(root.join(dir)).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "go") {
                out.push(std::fs::read(&p).unwrap());
            }
        }
    }
    out.sort();
    out
}

/// splitmix64: a seeded stream, so a failure names the iteration that reproduces it.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// One mutation: flip a byte, delete or duplicate a span, splice in a span of another
/// program, or insert a Go token.
fn mutate(rng: &mut Rng, src: &[u8], other: &[u8]) -> Vec<u8> {
    const TOKENS: &[&str] = &[
        "go ",
        "<-",
        "chan ",
        "select {}",
        "}",
        "{",
        "(",
        ")",
        "defer ",
        "for {",
        "func() {",
        "make(chan int)",
        "nil",
        "panic(1)",
        "recover()",
        ";",
        "\n",
        "[]",
        "map[int]int{}",
        "...",
        "1<<62",
        "\"",
        "'",
        "/*",
        "interface{}",
        "x.(int)",
        "range ",
        "var x int\n",
    ];
    let mut v = src.to_vec();
    let at = rng.below(v.len() + 1);
    match rng.below(5) {
        0 if !v.is_empty() => {
            let i = rng.below(v.len());
            v[i] ^= 1 << rng.below(8);
        }
        1 => {
            let end = (at + rng.below(40)).min(v.len());
            v.drain(at..end);
        }
        2 => {
            let end = (at + rng.below(80)).min(v.len());
            let span = v[at..end].to_vec();
            v.splice(at..at, span);
        }
        3 if !other.is_empty() => {
            let from = rng.below(other.len());
            let end = (from + rng.below(120)).min(other.len());
            v.splice(at..at, other[from..end].iter().copied());
        }
        _ => {
            let t = TOKENS[rng.below(TOKENS.len())].as_bytes();
            v.splice(at..at, t.iter().copied());
        }
    }
    v
}

fn limits() -> Limits {
    Limits {
        max_time_ms: 20,
        max_heap_bytes: 8 << 20,
        max_goroutines: 1000,
        max_output_bytes: 64 << 10,
        max_stack_regs: 1 << 16,
        ..Limits::default()
    }
}

#[test]
fn mutated_programs_never_crash_the_front_end_or_the_runtime() {
    let corpus = corpus();
    let budget = Duration::from_secs(
        std::env::var("GOPARK_FUZZ_SECS").ok().and_then(|s| s.parse().ok()).unwrap_or(8),
    );
    let start = Instant::now();
    let mut rng = Rng(0x5EED);
    let (mut iters, mut compiled) = (0u64, 0u64);
    while start.elapsed() < budget {
        let a = &corpus[rng.below(corpus.len())];
        let b = &corpus[rng.below(corpus.len())];
        let mut src = mutate(&mut rng, a, b);
        for _ in 0..rng.below(3) {
            src = mutate(&mut rng, &src, b);
        }
        let case = iters;
        iters += 1;
        let res = catch_unwind(AssertUnwindSafe(|| {
            match gopark::compile::compile_bytes("prog.go", &src) {
                Err(diags) => {
                    assert!(!diags.is_empty());
                    None
                }
                Ok(prog) => {
                    let cfg = Config {
                        procs: 2,
                        mode: Mode::Deterministic,
                        seed: 1,
                        limits: limits(),
                        trace: false,
                        ..Default::default()
                    };
                    let out = run_deterministic(Arc::new(prog), cfg);
                    Some((out.exit_code, String::from_utf8_lossy(&out.stderr).into_owned()))
                }
            }
        }));
        match res {
            Ok(Some((code, stderr))) => {
                compiled += 1;
                // Any status a program can ask for (os.Exit(3) is fine), but never gopark's
                // own bug report.
                assert!((0..=255).contains(&code), "case {case}: exit status {code}");
                assert!(!stderr.contains("internal error"), "case {case}: {stderr}");
            }
            Ok(None) => {}
            Err(_) => {
                let path = std::env::temp_dir().join(format!("gopark-fuzz-crash-{case}.go"));
                let _ = std::fs::write(&path, &src);
                panic!("case {case}: a Rust panic (program saved to {})", path.display());
            }
        }
    }
    println!("fuzz smoke: {iters} mutated programs, {compiled} compiled and ran, 0 crashes");
    assert!(iters > 50, "the budget ran only {iters} cases");
}
