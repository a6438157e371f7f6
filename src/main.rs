//! The gopark command line (clap): `gopark run`, `gopark serve`, `gopark disasm`.
//!
//! Exit status as Go's: 0 on success, 2 after a panic or fatal error, 1 with
//! FILE:LINE:COL: message lines on stderr when the program does not compile, 2 for a usage
//! error. Limits take human units (`--max-time 10s`, `--max-heap 512MiB`); 0 means none.

#[cfg(target_arch = "wasm32")]
fn main() {
    // The CLI is native only; the wasm build is a library driven by src/web.
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use clap::{Args, Parser, Subcommand, ValueEnum};
    use gopark::run::run_native_with;
    use gopark::sched::{Config, Input, Mode, Stdin, Traceback};
    use std::io::Write;
    use std::path::PathBuf;
    use std::process::ExitCode;
    use std::sync::Arc;

    /// Ctrl-C, SIGTERM and SIGHUP reach the program as Go delivers them: on its
    /// signal.Notify channels, or, when it asked for none, they end it as they end a Go
    /// program. A second one for a run that does not end (which would be our bug) exits.
    fn on_ctrl_c(rt: &Arc<gopark::sched::Runtime>) {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
        let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP]) else {
            return;
        };
        let rt = Arc::downgrade(rt);
        std::thread::spawn(move || {
            let mut killed = false;
            for sig in signals.forever() {
                let Some(rt) = rt.upgrade() else { std::process::exit(128 + sig) };
                if rt.raise(sig as i64) {
                    continue;
                }
                if killed {
                    std::process::exit(128 + sig);
                }
                killed = true;
                rt.kill(sig as i64);
            }
        });
    }

    /// Go concurrency on a runtime built like Go's own (G, M, P), natively and in the browser.
    #[derive(Parser)]
    #[command(name = "gopark", version, about)]
    struct Cli {
        #[command(subcommand)]
        command: Command,
    }

    #[derive(Subcommand)]
    enum Command {
        /// Compile and run a Go program, like `go run` (same output, errors and exit status).
        Run(RunArgs),
        /// Serve the playground with the cross-origin isolation headers threads need.
        Serve(ServeArgs),
        /// Run an exercise's checks on a program (or on its starting program), as the page's
        /// Check button does: exit 0 when every check passes.
        Check {
            /// The exercise file (TOML: title, task, starter, checks).
            exercise: PathBuf,
            /// The learner's program [default: the exercise's starting program].
            program: Option<PathBuf>,
        },
        /// Print the bytecode the compiler makes for a program.
        Disasm {
            /// The Go source file.
            file: PathBuf,
        },
    }

    #[derive(Clone, Copy, ValueEnum)]
    enum ModeArg {
        /// Ps run in parallel on threads, real clock.
        Threads,
        /// Ms take turns on one thread under a seed, virtual clock: reproducible.
        Deterministic,
    }

    #[derive(Clone, Copy, ValueEnum)]
    enum TracebackArg {
        None,
        Single,
        All,
    }

    #[derive(Args)]
    struct RunArgs {
        /// The Go source file.
        file: PathBuf,
        /// Number of Ps (GOMAXPROCS) [default: the number of CPUs]
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=256))]
        procs: Option<u32>,
        #[arg(long, value_enum, default_value = "threads")]
        mode: ModeArg,
        /// Seed of the scheduler's choices (deterministic mode: same seed, same run).
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Stop the program after this long (Go duration: 10s, 1m30s, 500ms; 0: no limit).
        #[arg(long, value_name = "DURATION", default_value = "0", value_parser = parse_duration_ms)]
        max_time: u64,
        /// Heap limit, goroutine stacks included (512MiB, 1GiB, ...; 0: no limit).
        #[arg(long, value_name = "SIZE", default_value = "512MiB", value_parser = parse_size)]
        max_heap: usize,
        /// Goroutine limit besides main (0: no limit).
        #[arg(long, value_name = "N", default_value_t = 1_000_000)]
        max_goroutines: usize,
        /// Output limit, stdout and stderr together (16MiB, ...; 0: no limit).
        #[arg(long, value_name = "SIZE", default_value = "16MiB", value_parser = parse_size)]
        max_output: usize,
        /// Scheduling events kept for --trace/--replay (beyond it the run goes on, unrecorded).
        #[arg(long, value_name = "N", default_value_t = 1_000_000)]
        max_trace_events: usize,
        /// Instructions a goroutine runs between scheduler checks.
        #[arg(long, value_name = "N", default_value_t = 20_000, value_parser = clap::value_parser!(u32).range(1..))]
        fuel: u32,
        /// Goroutines a crash lists (Go's GOTRACEBACK) [default: $GOTRACEBACK, else single]
        #[arg(long, value_enum)]
        traceback: Option<TracebackArg>,
        /// Write the scheduling as Chrome Trace Event JSON (for Perfetto).
        #[arg(long, value_name = "OUT.json")]
        trace: Option<PathBuf>,
        /// Write the scheduling events one per line (the stable text form).
        #[arg(long, value_name = "OUT.txt")]
        trace_text: Option<PathBuf>,
        /// Write the replay export the page's model reads.
        #[arg(long, value_name = "OUT.json")]
        replay: Option<PathBuf>,
        /// The program's arguments (os.Args[1:]), after `--` or the file.
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    }

    #[derive(Args)]
    struct ServeArgs {
        /// Port to listen on (0: any free port).
        #[arg(long, default_value_t = 8080)]
        port: u16,
        /// Address to listen on; 0.0.0.0 serves a classroom network.
        #[arg(long, default_value = "127.0.0.1")]
        host: String,
        /// Send no cross-origin isolation headers (plays a static host such as GitHub Pages).
        #[arg(long)]
        no_isolation: bool,
        /// Directory to serve.
        #[arg(long, default_value = ".")]
        root: PathBuf,
    }

    pub fn main() -> ExitCode {
        let cli = match Cli::try_parse() {
            Ok(c) => c,
            Err(e) => {
                // --help and --version print and exit 0; usage errors exit 2.
                let _ = e.print();
                return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
            }
        };
        let code = match cli.command {
            Command::Run(a) => run(a),
            Command::Disasm { file } => disasm(&file),
            Command::Check { exercise, program } => check(&exercise, program.as_ref()),
            Command::Serve(a) => serve(a),
        };
        ExitCode::from(code as u8)
    }

    /// Reads a Go source file as bytes (the compiler reports bytes that are not UTF-8, a
    /// NUL or a misplaced BOM at their position, as gc does), with the messages Go's tools
    /// give when it cannot be read.
    fn read_source(file: &PathBuf) -> Result<Vec<u8>, String> {
        let name = file.display();
        std::fs::read(file).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => format!("open {name}: no such file or directory"),
            std::io::ErrorKind::PermissionDenied => format!("open {name}: permission denied"),
            _ if file.is_dir() => format!("read {name}: is a directory"),
            _ => format!("open {name}: {e}"),
        })
    }

    fn compile(file: &PathBuf, src: &[u8]) -> Result<gopark::vm::Program, i32> {
        let name = file.display().to_string();
        gopark::compile::compile_bytes(&name, src).map_err(|diags| {
            let mut err = std::io::stderr().lock();
            for d in diags {
                let _ = writeln!(err, "{}", d.render(&name));
            }
            1
        })
    }

    fn run(a: RunArgs) -> i32 {
        let mut cfg = Config {
            procs: a.procs.map(|n| n as usize).unwrap_or_else(|| {
                std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1)
            }),
            mode: match a.mode {
                ModeArg::Threads => Mode::Threads,
                ModeArg::Deterministic => Mode::Deterministic,
            },
            seed: a.seed,
            trace: a.trace.is_some() || a.trace_text.is_some() || a.replay.is_some(),
            input: Input {
                args: a.args.clone(),
                stdin: Stdin::Process,
                env: std::env::vars().map(|(k, v)| format!("{k}={v}")).collect(),
            },
            ..Config::default()
        };
        let none_if_zero = |n: usize| if n == 0 { usize::MAX } else { n };
        let l = &mut cfg.limits;
        l.max_time_ms = a.max_time;
        l.max_heap_bytes = none_if_zero(a.max_heap);
        l.max_goroutines = none_if_zero(a.max_goroutines);
        l.max_output_bytes = none_if_zero(a.max_output);
        l.max_trace_events = a.max_trace_events;
        l.fuel = a.fuel;
        l.traceback = match a.traceback {
            Some(TracebackArg::None) => Traceback::None,
            Some(TracebackArg::Single) => Traceback::Single,
            Some(TracebackArg::All) => Traceback::All,
            // As a Go binary reads it; a value gopark does not know is Go's default.
            None => std::env::var("GOTRACEBACK")
                .ok()
                .and_then(|v| Traceback::parse(&v))
                .unwrap_or(Traceback::Single),
        };
        let src = match read_source(&a.file) {
            Ok(s) => s,
            Err(msg) => {
                eprintln!("{msg}");
                return 1;
            }
        };
        let prog = match compile(&a.file, &src) {
            Ok(p) => Arc::new(p),
            Err(code) => return code,
        };
        let procs = cfg.procs;
        // The output streams as the program writes it (a prompt shows before a read).
        cfg.echo_output = true;
        let outcome = run_native_with(prog.clone(), cfg, &mut on_ctrl_c);
        let _ = std::io::stdout().flush();
        let write = |path: &Option<PathBuf>, text: &dyn Fn() -> String| {
            if let Some(path) = path {
                if let Err(e) = std::fs::write(path, text()) {
                    eprintln!("gopark: writing {}: {e}", path.display());
                }
            }
        };
        write(&a.trace, &|| gopark::trace::chrome::chrome_json(&outcome.events, &prog));
        write(&a.trace_text, &|| outcome.events.iter().map(|e| e.text() + "\n").collect());
        write(&a.replay, &|| {
            gopark::trace::Export {
                procs,
                funcs: prog.funcs.iter().map(|f| f.name.as_str()).collect(),
                strings: &outcome.strings,
                events: &outcome.events,
                truncated: outcome.truncated,
                stdout: &String::from_utf8_lossy(&outcome.stdout),
                stderr: &String::from_utf8_lossy(&outcome.stderr),
                exit_code: outcome.exit_code,
                source: &String::from_utf8_lossy(&src),
            }
            .to_json()
        });
        outcome.exit_code
    }

    /// `gopark check`: prints each check's verdict; 0 when all pass, 1 otherwise.
    fn check(exercise: &PathBuf, program: Option<&PathBuf>) -> i32 {
        let text = match read_source(exercise) {
            Ok(t) => String::from_utf8_lossy(&t).into_owned(),
            Err(msg) => {
                eprintln!("{msg}");
                return 1;
            }
        };
        let ex = match gopark::exercise::Exercise::parse(&text) {
            Ok(ex) => ex,
            Err(msg) => {
                eprintln!("{}: {msg}", exercise.display());
                return 1;
            }
        };
        let source = match program.map(read_source).transpose() {
            Ok(s) => s.map_or_else(|| ex.starter.clone(), |b| String::from_utf8_lossy(&b).into()),
            Err(msg) => {
                eprintln!("{msg}");
                return 1;
            }
        };
        println!("{}", ex.title);
        let verdicts = ex.check(&source);
        for v in &verdicts {
            let mark = if v.passed { "PASS" } else { "FAIL" };
            println!("  {mark}  {}", v.name);
            for line in v.detail.lines() {
                println!("        {line}");
            }
        }
        let passed = verdicts.iter().filter(|v| v.passed).count();
        println!("{passed} of {} checks passed", verdicts.len());
        i32::from(passed != verdicts.len())
    }

    /// Prints the bytecode of a program, one function at a time.
    fn disasm(file: &PathBuf) -> i32 {
        let src = match read_source(file) {
            Ok(s) => s,
            Err(msg) => {
                eprintln!("{msg}");
                return 1;
            }
        };
        let prog = match compile(file, &src) {
            Ok(p) => p,
            Err(code) => return code,
        };
        // Written through a locked stdout whose errors end the listing: `gopark disasm f.go |
        // head` closes the pipe early, which println! would turn into a panic.
        let mut out = std::io::stdout().lock();
        let listing = prog.funcs.iter().enumerate().try_for_each(|(i, f)| {
            writeln!(
                out,
                "func {i} {} (params {}, results {}, regs {}, captures {:?})",
                f.name, f.nparams, f.nresults, f.nregs, f.captures
            )?;
            for (pc, op) in f.code.iter().enumerate() {
                let line = f.lines.get(pc).copied().unwrap_or(0);
                writeln!(out, "  {pc:4} line {line:4}  {op:?}")?;
            }
            Ok::<(), std::io::Error>(())
        });
        match listing {
            Ok(()) => 0,
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => 0,
            Err(e) => {
                eprintln!("gopark disasm: {e}");
                1
            }
        }
    }

    fn serve(a: ServeArgs) -> i32 {
        match gopark::serve::serve(&a.root, &a.host, a.port, !a.no_isolation) {
            Ok(()) => 0,
            Err(e) => {
                eprintln!("gopark serve: {e}");
                1
            }
        }
    }

    /// A Go duration (time.ParseDuration: "1h2m3.5s", "500ms", "0") in milliseconds.
    pub(crate) fn parse_duration_ms(s: &str) -> Result<u64, String> {
        let bad = || format!("invalid duration {s:?} (Go syntax: 10s, 1m30s, 500ms)");
        if s == "0" {
            return Ok(0);
        }
        let mut rest = s;
        let mut total_ns = 0f64;
        while !rest.is_empty() {
            let num_end = rest.find(|c: char| !(c.is_ascii_digit() || c == '.')).ok_or_else(bad)?;
            let (num, tail) = rest.split_at(num_end);
            let value: f64 = num.parse().map_err(|_| bad())?;
            let unit_end =
                tail.find(|c: char| c.is_ascii_digit() || c == '.').unwrap_or(tail.len());
            let (unit, next) = tail.split_at(unit_end);
            let scale = match unit {
                "ns" => 1.0,
                "us" | "µs" | "μs" => 1e3,
                "ms" => 1e6,
                "s" => 1e9,
                "m" => 60e9,
                "h" => 3600e9,
                _ => return Err(bad()),
            };
            total_ns += value * scale;
            rest = next;
        }
        Ok((total_ns / 1e6).ceil() as u64)
    }

    /// A size with an optional unit: 1000, 64KiB, 16MiB, 1GiB (also KB/MB/GB as 1000s).
    pub(crate) fn parse_size(s: &str) -> Result<usize, String> {
        let bad = || format!("invalid size {s:?} (e.g. 512MiB, 1GiB, 65536)");
        let split = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
        let (num, unit) = s.split_at(split);
        let n: usize = num.parse().map_err(|_| bad())?;
        let scale: usize = match unit {
            "" | "B" => 1,
            "KiB" => 1 << 10,
            "MiB" => 1 << 20,
            "GiB" => 1 << 30,
            "KB" | "kB" => 1_000,
            "MB" => 1_000_000,
            "GB" => 1_000_000_000,
            _ => return Err(bad()),
        };
        n.checked_mul(scale).ok_or_else(bad)
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn durations_parse_as_go_does() {
            assert_eq!(parse_duration_ms("10s"), Ok(10_000));
            assert_eq!(parse_duration_ms("1m30s"), Ok(90_000));
            assert_eq!(parse_duration_ms("1.5s"), Ok(1_500));
            assert_eq!(parse_duration_ms("500ms"), Ok(500));
            assert_eq!(parse_duration_ms("1h"), Ok(3_600_000));
            assert_eq!(parse_duration_ms("0"), Ok(0));
            assert!(parse_duration_ms("10").is_err(), "Go needs a unit");
            assert!(parse_duration_ms("ten s").is_err());
        }

        #[test]
        fn sizes_take_binary_and_decimal_units() {
            assert_eq!(parse_size("512MiB"), Ok(512 << 20));
            assert_eq!(parse_size("64KiB"), Ok(64 << 10));
            assert_eq!(parse_size("1GB"), Ok(1_000_000_000));
            assert_eq!(parse_size("4096"), Ok(4096));
            assert!(parse_size("12 parsecs").is_err());
        }
    }
}
