//! The gopark command line.
//!
//! gopark run FILE.go [--procs N] [--mode threads|deterministic] [--seed S] [--trace OUT.json]
//!                    [--trace-text OUT.txt] [--fuel N] [--max-goroutines N] [--max-heap-mb N]
//!                    [--max-output-bytes N] [--timeout-ms N] [--traceback none|single|all]
//! gopark serve [--port P] [--no-isolation] [--root DIR]
//!
//! Exit status as Go's: 0 on success, 2 after a panic or fatal error, 1 with
//! FILE:LINE:COL: message lines on stderr when the program does not compile.
//! --traceback is Go's GOTRACEBACK: which goroutines a panic or fatal error lists (default
//! single: the panicking goroutine; every goroutine for a fatal error such as a deadlock).
//! Flags take their value as `--flag value` or `--flag=value`.

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
    use gopark::run::run_native;
    use gopark::sched::{Config, Mode, Traceback};
    use std::io::Write;
    use std::path::PathBuf;
    use std::process::ExitCode;
    use std::sync::Arc;

    const USAGE: &str = "usage:
  gopark run FILE.go [--procs N] [--mode threads|deterministic] [--seed S] [--trace OUT.json]
                     [--trace-text OUT.txt] [--fuel N] [--max-goroutines N] [--max-heap-mb N]
                     [--max-output-bytes N] [--timeout-ms N] [--traceback none|single|all]
  gopark serve [--port P] [--no-isolation] [--root DIR]
  gopark disasm FILE.go";

    pub fn main() -> ExitCode {
        let args: Vec<String> = std::env::args().skip(1).collect();
        match args.first().map(String::as_str) {
            Some("run") => match run(&args[1..]) {
                Ok(code) => ExitCode::from(code as u8),
                Err(msg) => usage_error(&msg),
            },
            Some("disasm") => match disasm(&args[1..]) {
                Ok(code) => ExitCode::from(code as u8),
                Err(msg) => usage_error(&msg),
            },
            Some("serve") => match serve(&args[1..]) {
                Ok(()) => ExitCode::SUCCESS,
                Err(msg) => usage_error(&msg),
            },
            Some("-h" | "--help" | "help") => {
                println!("{USAGE}");
                ExitCode::SUCCESS
            }
            _ => usage_error("expected a command"),
        }
    }

    fn usage_error(msg: &str) -> ExitCode {
        eprintln!("gopark: {msg}\n{USAGE}");
        ExitCode::from(2)
    }

    /// Pulls `--flag value` pairs and lone flags out of the argument list.
    struct Flags {
        args: Vec<String>,
    }

    impl Flags {
        fn value(&mut self, name: &str) -> Result<Option<String>, String> {
            // --name=value
            let eq = format!("{name}=");
            if let Some(i) = self.args.iter().position(|a| a.starts_with(&eq)) {
                return Ok(Some(self.args.remove(i)[eq.len()..].to_string()));
            }
            match self.args.iter().position(|a| a == name) {
                None => Ok(None),
                Some(i) if i + 1 < self.args.len() => {
                    let v = self.args.remove(i + 1);
                    self.args.remove(i);
                    Ok(Some(v))
                }
                Some(_) => Err(format!("{name} needs a value")),
            }
        }
        fn number<T: std::str::FromStr>(&mut self, name: &str) -> Result<Option<T>, String> {
            match self.value(name)? {
                None => Ok(None),
                Some(v) => v.parse().map(Some).map_err(|_| format!("{name}: not a number: {v}")),
            }
        }
        fn switch(&mut self, name: &str) -> bool {
            let before = self.args.len();
            self.args.retain(|a| a != name);
            before != self.args.len()
        }
        fn finish(self) -> Result<Vec<String>, String> {
            if let Some(bad) = self.args.iter().find(|a| a.starts_with("--")) {
                return Err(format!("unknown flag {bad}"));
            }
            Ok(self.args)
        }
    }

    fn run(args: &[String]) -> Result<i32, String> {
        let mut flags = Flags { args: args.to_vec() };
        let mut cfg = Config {
            procs: std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1),
            ..Config::default()
        };
        if let Some(n) = flags.number::<usize>("--procs")? {
            if n == 0 {
                return Err("--procs must be at least 1".into());
            }
            cfg.procs = n;
        }
        if let Some(m) = flags.value("--mode")? {
            cfg.mode =
                Mode::parse(&m).ok_or(format!("unknown mode {m} (threads or deterministic)"))?;
        }
        if let Some(s) = flags.number("--seed")? {
            cfg.seed = s;
        }
        let trace_json = flags.value("--trace")?.map(PathBuf::from);
        let trace_text = flags.value("--trace-text")?.map(PathBuf::from);
        cfg.trace = trace_json.is_some() || trace_text.is_some();
        if let Some(n) = flags.number("--fuel")? {
            cfg.limits.fuel = n;
        }
        if let Some(n) = flags.number("--max-goroutines")? {
            cfg.limits.max_goroutines = n;
        }
        if let Some(n) = flags.number::<usize>("--max-heap-mb")? {
            cfg.limits.max_heap_bytes = n << 20;
        }
        if let Some(n) = flags.number("--max-output-bytes")? {
            cfg.limits.max_output_bytes = n;
        }
        if let Some(n) = flags.number("--timeout-ms")? {
            cfg.limits.max_time_ms = n;
        }
        if let Some(t) = flags.value("--traceback")? {
            cfg.limits.traceback = Traceback::parse(&t)
                .ok_or(format!("unknown traceback level {t} (none, single or all)"))?;
        }
        let rest = flags.finish()?;
        let [file] = rest.as_slice() else {
            return Err("run takes exactly one FILE.go".into());
        };
        let src = std::fs::read(file).map_err(|e| format!("{file}: {e}"))?;
        let prog = match gopark::compile::compile_bytes(file, &src) {
            Ok(p) => p,
            Err(diags) => {
                let mut err = std::io::stderr().lock();
                for d in diags {
                    let _ = writeln!(err, "{}", d.render(file));
                }
                return Ok(1);
            }
        };
        let prog = Arc::new(prog);
        let outcome = run_native(prog.clone(), cfg);
        let _ = std::io::stdout().write_all(&outcome.stdout);
        let _ = std::io::stdout().flush();
        let _ = std::io::stderr().write_all(&outcome.stderr);
        if let Some(path) = trace_json {
            let json = gopark::trace::chrome::chrome_json(&outcome.events, &prog);
            std::fs::write(&path, json).map_err(|e| format!("{}: {e}", path.display()))?;
        }
        if let Some(path) = trace_text {
            let text: String = outcome.events.iter().map(|e| e.text() + "\n").collect();
            std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
        }
        Ok(outcome.exit_code)
    }

    /// Prints the bytecode of a program, one function at a time.
    fn disasm(args: &[String]) -> Result<i32, String> {
        let [file] = args else {
            return Err("disasm takes exactly one FILE.go".into());
        };
        let src = std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))?;
        let prog = match gopark::compile::compile(file, &src) {
            Ok(p) => p,
            Err(diags) => {
                for d in diags {
                    eprintln!("{}", d.render(file));
                }
                return Ok(1);
            }
        };
        for (i, f) in prog.funcs.iter().enumerate() {
            println!(
                "func {i} {} (params {}, results {}, regs {}, captures {:?})",
                f.name, f.nparams, f.nresults, f.nregs, f.captures
            );
            for (pc, op) in f.code.iter().enumerate() {
                println!("  {pc:4} line {:4}  {op:?}", f.lines.get(pc).copied().unwrap_or(0));
            }
        }
        Ok(0)
    }

    fn serve(args: &[String]) -> Result<(), String> {
        let mut flags = Flags { args: args.to_vec() };
        let port = flags.number("--port")?.unwrap_or(8080u16);
        let isolation = !flags.switch("--no-isolation");
        let root = flags.value("--root")?.map(PathBuf::from).unwrap_or_else(|| PathBuf::from("."));
        let rest = flags.finish()?;
        if !rest.is_empty() {
            return Err(format!("unexpected argument {}", rest[0]));
        }
        gopark::serve::serve(&root, port, isolation).map_err(|e| format!("serve: {e}"))
    }
}
