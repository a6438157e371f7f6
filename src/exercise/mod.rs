//! Exercises: a starting program, a task, and checks that run the learner's program under
//! several seeds and P counts and report each one.
//!
//! An exercise is one TOML file (a teacher writes it and links to it):
//!
//! ```toml
//! title = "Fix the deadlock"
//! task = """What the learner must do, in a few sentences."""
//! starter = '''
//! package main
//! ...
//! '''
//! seeds = [1, 2, 3]        # optional: the schedules each check runs under
//! procs = [1, 2]           # optional: the P counts
//!
//! [[check]]
//! kind = "output"          # stdout equals `expect` (`sorted = true`: as a set of lines)
//! expect = "done\n"
//! [[check]]
//! kind = "no-deadlock"     # never "all goroutines are asleep"
//! [[check]]
//! kind = "no-leak"         # no goroutine but main still alive when main returns
//! [[check]]
//! kind = "exit"            # ends normally (exit status 0)
//! [[check]]
//! kind = "within"          # main returns within `ms` virtual milliseconds
//! ms = 50
//! [[check]]
//! kind = "goroutines"      # starts at least `min` and at most `max` goroutines (either)
//! min = 3
//! [[check]]
//! kind = "speedup"         # `procs` Ps finish at least `min` times sooner than 1 P
//! procs = 2
//! min = 1.6
//! ```
//!
//! Runs are deterministic (virtual time, see run/det.rs), so a check gives the same verdict
//! on the CLI (`gopark check`) and in the page, and "within" and "speedup" measure the
//! program, not the machine.

use crate::run::run_deterministic;
use crate::sched::{Config, Limits, Mode, Outcome};
use crate::vm::program::Program;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exercise {
    pub title: String,
    pub task: String,
    pub starter: String,
    #[serde(default = "default_seeds")]
    pub seeds: Vec<u64>,
    #[serde(default = "default_procs")]
    pub procs: Vec<usize>,
    #[serde(rename = "check", default)]
    pub checks: Vec<Check>,
}

fn default_seeds() -> Vec<u64> {
    vec![1, 2, 3]
}

fn default_procs() -> Vec<usize> {
    vec![1, 2]
}

#[derive(Debug, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Check {
    Output {
        expect: String,
        #[serde(default)]
        sorted: bool,
    },
    NoDeadlock,
    NoLeak,
    Exit,
    Within {
        ms: u64,
    },
    Goroutines {
        #[serde(default)]
        min: usize,
        max: Option<usize>,
    },
    Speedup {
        procs: usize,
        min: f64,
    },
}

/// One check's verdict, with what went wrong under which schedule.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Verdict {
    pub name: String,
    pub passed: bool,
    pub detail: String,
}

/// Virtual time a checked run may take before it is stopped (an infinite loop in the
/// learner's program must end the check, not hang it).
const RUN_LIMIT_MS: u64 = 500;

impl Exercise {
    /// Parses an exercise file; the error names the problem as the TOML parser saw it.
    pub fn parse(text: &str) -> Result<Exercise, String> {
        let ex: Exercise = toml::from_str(text).map_err(|e| e.to_string())?;
        if ex.seeds.is_empty() || ex.procs.is_empty() || ex.procs.contains(&0) {
            return Err("an exercise needs at least one seed and one P count of 1 or more".into());
        }
        if ex.checks.is_empty() {
            return Err("an exercise needs at least one [[check]]".into());
        }
        Ok(ex)
    }

    /// Compiles `source` and runs every check; a program that does not compile fails one
    /// "compiles" check with the compiler's messages.
    pub fn check(&self, source: &str) -> Vec<Verdict> {
        let prog = match crate::compile::compile("prog.go", source) {
            Ok(p) => Arc::new(p),
            Err(diags) => {
                let detail: Vec<String> = diags.iter().map(|d| d.render("prog.go")).collect();
                return vec![Verdict {
                    name: "the program compiles".into(),
                    passed: false,
                    detail: detail.join("\n"),
                }];
            }
        };
        let runs = self.runs(&prog);
        self.checks.iter().map(|c| self.verdict(c, &prog, &runs)).collect()
    }

    fn limit_ms(&self) -> u64 {
        let within = self.checks.iter().filter_map(|c| match c {
            Check::Within { ms } => Some(ms * 2),
            _ => None,
        });
        within.fold(RUN_LIMIT_MS, u64::max)
    }

    fn run(&self, prog: &Arc<Program>, seed: u64, procs: usize) -> Outcome {
        let limits = Limits {
            max_time_ms: self.limit_ms(),
            max_heap_bytes: 256 << 20,
            max_goroutines: 100_000,
            max_output_bytes: 1 << 20,
            ..Limits::default()
        };
        let cfg = Config {
            procs,
            mode: Mode::Deterministic,
            seed,
            limits,
            trace: false,
            ..Default::default()
        };
        run_deterministic(prog.clone(), cfg)
    }

    /// Every (seed, procs) run the checks look at.
    fn runs(&self, prog: &Arc<Program>) -> Vec<Run> {
        let mut out = Vec::new();
        for &procs in &self.procs {
            for &seed in &self.seeds {
                out.push(Run { seed, procs, outcome: self.run(prog, seed, procs) });
            }
        }
        out
    }

    fn verdict(&self, check: &Check, prog: &Arc<Program>, runs: &[Run]) -> Verdict {
        let (name, failure) = match check {
            Check::Output { expect, sorted } => {
                let norm = |s: &str| {
                    let mut lines: Vec<&str> = s.lines().collect();
                    if *sorted {
                        lines.sort_unstable();
                    }
                    lines.join("\n")
                };
                let fail = runs.iter().find(|r| norm(&r.stdout()) != norm(expect)).map(|r| {
                    format!("{}: printed {:?}, expected {:?}", r.label(), r.stdout(), expect)
                });
                ("prints the expected output".to_string(), fail)
            }
            Check::NoDeadlock => {
                let fail = runs
                    .iter()
                    .find(|r| r.stderr().contains("deadlock!"))
                    .map(|r| format!("{}: {}", r.label(), r.stderr().lines().next().unwrap_or("")));
                ("never deadlocks".to_string(), fail)
            }
            Check::Exit => {
                let fail = runs.iter().find(|r| r.outcome.exit_code != 0).map(|r| {
                    let err = r.stderr();
                    let first = err.lines().find(|l| !l.is_empty()).unwrap_or("");
                    format!("{}: exit status {}: {first}", r.label(), r.outcome.exit_code)
                });
                ("ends normally".to_string(), fail)
            }
            Check::NoLeak => {
                let fail = runs.iter().find(|r| r.outcome.goroutines_left > 0).map(|r| {
                    let n = r.outcome.goroutines_left;
                    format!("{}: {n} goroutine(s) still running when main returned", r.label())
                });
                ("leaves no goroutine behind".to_string(), fail)
            }
            Check::Within { ms } => {
                let fail = runs.iter().find(|r| r.outcome.end_ns > ms * 1_000_000).map(|r| {
                    format!("{}: took {:.1} ms", r.label(), r.outcome.end_ns as f64 / 1e6)
                });
                (format!("finishes within {ms} ms"), fail)
            }
            Check::Goroutines { min, max } => {
                let max = max.unwrap_or(usize::MAX);
                let fail = runs
                    .iter()
                    .find(|r| !(*min..=max).contains(&r.outcome.goroutines_started))
                    .map(|r| format!("{}: started {}", r.label(), r.outcome.goroutines_started));
                let name = match (*min, max) {
                    (n, usize::MAX) => format!("uses at least {n} goroutines"),
                    (0, m) => format!("uses at most {m} goroutines"),
                    (n, m) if n == m => format!("uses exactly {n} goroutines"),
                    (n, m) => format!("uses {n} to {m} goroutines"),
                };
                (name, fail)
            }
            Check::Speedup { procs, min } => (
                format!("{procs} Ps run it at least {min}x faster than 1"),
                self.speedup(prog, *procs, *min),
            ),
        };
        Verdict { name, passed: failure.is_none(), detail: failure.unwrap_or_default() }
    }

    /// The slowest speed-up over the seeds: virtual end time with 1 P over that with `procs`.
    fn speedup(&self, prog: &Arc<Program>, procs: usize, min: f64) -> Option<String> {
        for &seed in &self.seeds {
            let one = self.run(prog, seed, 1).end_ns.max(1) as f64;
            let many = self.run(prog, seed, procs).end_ns.max(1) as f64;
            if one / many < min {
                return Some(format!(
                    "seed {seed}: {:.2}x ({:.1} ms -> {:.1} ms)",
                    one / many,
                    one / 1e6,
                    many / 1e6
                ));
            }
        }
        None
    }
}

struct Run {
    seed: u64,
    procs: usize,
    outcome: Outcome,
}

impl Run {
    fn label(&self) -> String {
        let ps = if self.procs == 1 { "1 P".to_string() } else { format!("{} Ps", self.procs) };
        format!("seed {}, {ps}", self.seed)
    }
    fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.outcome.stdout).into_owned()
    }
    fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.outcome.stderr).into_owned()
    }
}
