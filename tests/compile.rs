//! Integration tests of the compiler (`gopark::compile::compile`): valid programs compile
//! (and run, in deterministic mode, with Go's output), invalid ones get exactly the
//! messages Go prints at the right line:col, and no input makes the compiler panic.

use gopark::compile::compile;
use gopark::run::run_native;
use gopark::sched::{Config, Mode};
use gopark::vm::op::Op;
use gopark::vm::Program;
use std::sync::Arc;

fn compile_ok(src: &str) -> Program {
    match compile("prog.go", src) {
        Ok(p) => p,
        Err(d) => panic!(
            "unexpected compile errors:\n{}",
            d.iter().map(|d| d.render("prog.go")).collect::<Vec<_>>().join("\n")
        ),
    }
}

/// The diagnostics as "LINE:COL: msg" lines.
fn errors(src: &str) -> Vec<String> {
    match compile("prog.go", src) {
        Ok(_) => vec![],
        Err(d) => d.iter().map(|d| d.to_string()).collect(),
    }
}

/// Compiles and runs in deterministic mode; returns (stdout, stderr, exit code).
fn run(src: &str, procs: usize) -> (String, String, i32) {
    let p = compile_ok(src);
    let cfg =
        Config { procs, mode: Mode::Deterministic, seed: 1, trace: false, ..Config::default() };
    let out = run_native(Arc::new(p), cfg);
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.exit_code,
    )
}

const PING_PONG: &str = r#"package main

import (
	"fmt"
	"time"
)

type Ball = int

func player(name string, table chan Ball, done chan<- bool) {
	for {
		ball, ok := <-table
		if !ok {
			done <- true
			return
		}
		fmt.Println(name, ball)
		if ball == 6 {
			close(table)
			done <- true
			return
		}
		time.Sleep(10 * time.Millisecond)
		table <- ball + 1
	}
}

func main() {
	table := make(chan Ball)
	done := make(chan bool)
	go player("ping", table, done)
	go player("pong", table, done)
	table <- 1
	<-done
	<-done
	fmt.Println("game over")
}
"#;

const WAIT_GROUP: &str = r#"package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	results := make(chan int, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			results <- id * id
		}(i)
	}
	wg.Wait()
	close(results)
	sum := 0
	for r := range results {
		sum += r
	}
	fmt.Println("sum:", sum)
}
"#;

const CLOSURES: &str = r#"package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	out := make(chan int, 3)
	// Go 1.22: each iteration has its own i.
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out <- i
		}()
	}
	wg.Wait()
	close(out)
	sum := 0
	for v := range out {
		sum += v
	}
	fmt.Println("sum of i:", sum)

	var funcs []int
	_ = funcs
}
"#;

const BUFFERED: &str = r#"package main

import "fmt"

func producer(n int, ch chan<- string) {
	for i := range n {
		ch <- fmt.Sprintf("item %d", i)
	}
	close(ch)
}

func main() {
	ch := make(chan string, 3)
	go producer(5, ch)
	fmt.Println(len(ch) <= cap(ch), cap(ch))
	for s := range ch {
		fmt.Println(s)
	}
	v, ok := <-ch
	fmt.Printf("%q %v\n", v, ok)
}
"#;

const PRIMES: &str = r#"package main

import (
	"fmt"
	"runtime"
	"sync"
)

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func count(lo, hi int, out chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	c := 0
	for n := lo; n < hi; n++ {
		if isPrime(n) {
			c++
		}
	}
	out <- c
}

func main() {
	const N = 20000
	workers := runtime.GOMAXPROCS(0)
	out := make(chan int, workers)
	var wg sync.WaitGroup
	chunk := N / workers
	for w := 0; w < workers; w++ {
		lo := w * chunk
		hi := lo + chunk
		if w == workers-1 {
			hi = N
		}
		wg.Add(1)
		go count(lo, hi, out, &wg)
	}
	wg.Wait()
	close(out)
	total := 0
	for c := range out {
		total += c
	}
	fmt.Println("primes below", N, ":", total)
}
"#;

#[test]
fn valid_programs_compile() {
    for src in [PING_PONG, WAIT_GROUP, BUFFERED, PRIMES] {
        let p = compile_ok(src);
        assert_eq!(p.funcs[p.main as usize].name, "main.main");
        for f in &p.funcs {
            assert_eq!(f.code.len(), f.lines.len(), "{}", f.name);
            assert!(f.nregs >= f.nparams && f.nregs >= f.nresults, "{}", f.name);
        }
        assert_eq!(p.types[0].name, "");
    }
}

#[test]
fn arrays_compile() {
    assert!(errors(CLOSURES).is_empty(), "slices compile");
    let arrays = CLOSURES.replace("var funcs []int", "var funcs [3]int");
    assert_eq!(errors(&arrays), Vec::<String>::new());
}

#[test]
fn programs_run_with_gos_output() {
    let (out, _, code) = run(PING_PONG, 2);
    assert_eq!(code, 0);
    assert_eq!(out.lines().last(), Some("game over"));
    assert_eq!(out.lines().count(), 7);
    assert_eq!(run(WAIT_GROUP, 2).0, "sum: 285\n");
    let closures = CLOSURES.replace("\tvar funcs []int\n\t_ = funcs\n", "");
    assert_eq!(run(&closures, 2).0, "sum of i: 3\n");
    assert_eq!(run(BUFFERED, 2).0, "true 3\nitem 0\nitem 1\nitem 2\nitem 3\nitem 4\n\"\" false\n");
    assert_eq!(run(PRIMES, 4).0, "primes below 20000 : 2262\n");
}

#[test]
fn closures_nested_and_per_iteration() {
    let src = r#"package main

import "fmt"

func main() {
	counter := func() func() int {
		c := 0
		return func() int {
			c++
			return c
		}
	}()
	fmt.Println(counter(), counter(), counter())
	x := 1
	f := func() func() int {
		return func() int { return x * 100 }
	}
	fmt.Println(f()())
	var fs [3]int
	_ = fs
}
"#;
    assert_eq!(errors(src), Vec::<String>::new());
    let src = src.replace("\tvar fs [3]int\n\t_ = fs\n", "");
    let p = compile_ok(&src);
    let names: Vec<&str> = p.funcs.iter().map(|f| f.name.as_str()).collect();
    assert!(names.contains(&"main.main.func1"));
    assert!(names.contains(&"main.main.func1.1"));
    assert!(names.contains(&"main.main.func2.1"));
    assert_eq!(run(&src, 1).0, "1 2 3\n100\n");

    let src = r#"package main

import "fmt"

func main() {
	var prints []func()
	_ = prints
}
"#;
    assert!(!errors(src).is_empty());

    // Per-iteration semantics with a boxed 3-clause loop variable: each closure sees its
    // own i even though the loop body changes it.
    let src = r#"package main

import "fmt"

func main() {
	done := make(chan func() int, 3)
	for i := 0; i < 6; i++ {
		done <- func() int { return i }
		i++
	}
	close(done)
	for f := range done {
		fmt.Println(f())
	}
}
"#;
    assert_eq!(run(src, 1).0, "1\n3\n5\n");
}

#[test]
fn captured_but_unchanged_variables_are_not_boxed() {
    let src = r#"package main

import "fmt"

func main() {
	msg := "hi"
	n := 3
	f := func() { fmt.Println(msg, n) }
	f()
}
"#;
    let p = compile_ok(src);
    let main = &p.funcs[p.main as usize];
    assert!(!main.code.iter().any(|op| matches!(op, Op::NewBox { .. })), "{:?}", main.code);
    let lit = p.funcs.iter().find(|f| f.name == "main.main.func1").unwrap();
    assert_eq!(lit.captures.len(), 2);

    let src = r#"package main

import "fmt"

func main() {
	total := 0
	add := func(k int) { total += k }
	add(2)
	add(3)
	fmt.Println(total)
}
"#;
    let p = compile_ok(src);
    let main = &p.funcs[p.main as usize];
    assert!(main.code.iter().any(|op| matches!(op, Op::NewBox { .. })));
    assert_eq!(run(src, 1).0, "5\n");
}

#[test]
fn type_descriptors() {
    let src = r#"package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	c := make(chan int)
	var r <-chan int = c
	var s chan<- string
	f := func(x int) string { return "" }
	fmt.Println(&wg, r, s, f, time.Second, 1.5, 'x', byte(1))
	fmt.Printf("%T\n", c)
}
"#;
    let p = compile_ok(src);
    let names: Vec<&str> = p.types.iter().map(|t| t.name.as_str()).collect();
    for want in [
        "*sync.WaitGroup",
        "<-chan int",
        "chan<- string",
        "func(int) string",
        "time.Duration",
        "float64",
        "int32",
        "uint8",
        "chan int",
        "int",
    ] {
        assert!(names.contains(&want), "missing {want} in {names:?}");
    }
    let d = p.types.iter().find(|t| t.name == "time.Duration").unwrap();
    assert_eq!(d.kind, gopark::vm::TypeKind::Int { bits: 64, signed: true });
    // Deduplicated by name.
    let mut sorted = names.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted.len(), names.len());
}

#[test]
fn bad_programs_get_gos_messages() {
    let cases: &[(&str, &[&str])] = &[
        ("package main\n\nfunc main() {\n\tx := 1\n}\n", &["4:2: declared and not used: x"]),
        ("package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tfmt.Println()\n}\n", &["5:2: \"os\" imported and not used"]),
        ("package main\n\nfunc main() {\n\tprintln(y)\n}\n", &["4:10: undefined: y"]),
        (
            "package main\n\nfunc main() {\n\tvar x int\n\tx = \"hello\"\n\tprintln(x)\n}\n",
            &["5:6: cannot use \"hello\" (untyped string constant) as int value in assignment"],
        ),
        (
            "package main\n\nfunc main() {\n\tx := 1\n\tvar s string = x\n\tprintln(s)\n}\n",
            &["5:17: cannot use x (variable of type int) as string value in variable declaration"],
        ),
        (
            "package main\n\nfunc main() {\n\ta, b := 1, \"x\"\n\tprintln(a + b)\n}\n",
            &["5:10: invalid operation: a + b (mismatched types int and string)"],
        ),
        ("package main\n\nfunc f(x int) int {\n\tif x > 0 {\n\t\treturn 1\n\t}\n}\n\nfunc main() { f(1) }\n", &["7:1: missing return"]),
        ("package main\n\nfunc main() {\n\tx := 10\n\tprintln(x / 0)\n}\n", &["5:14: invalid operation: division by zero"]),
        ("package main\n\nfunc main() {\n\tfor {\n\t\tprintln(1)\n\n}\n", &["8:1: syntax error: unexpected EOF, expected }"]),
        ("package main\n\nfunc main() {\n\tx := \n}\n", &["5:1: syntax error: unexpected }, expected expression"]),
        (
            "package main\n\nfunc add(a, b int) int { return a + b }\n\nfunc main() {\n\tprintln(add(1))\n}\n",
            &["6:14: not enough arguments in call to add\n\thave (number)\n\twant (int, int)"],
        ),
        (
            "package main\n\nfunc f(in <-chan int) {\n\tin <- 1\n}\n\nfunc main() {}\n",
            &["4:2: invalid operation: cannot send to receive-only channel in (variable of type <-chan int)"],
        ),
        (
            "package main\n\nfunc f() (int, string) {\n\treturn 1\n}\n\nfunc main() { f() }\n",
            &["4:9: not enough return values\n\thave (number)\n\twant (int, string)"],
        ),
        ("package main\n\nfunc main() {\n\tvar b byte = 300\n\tprintln(b)\n}\n", &["4:15: cannot use 300 (untyped int constant) as byte value in variable declaration (overflows)"]),
        ("package main\n\nfunc main() {\n\tx := 1\n\tif x {\n\t}\n}\n", &["5:5: non-boolean condition in if statement"]),
        ("package main\n\nfunc main() {\n\tbreak\n}\n", &["4:2: break is not in a loop, switch, or select"]),
        ("package main\n\nfunc main() {\n\ta := 1\n\ta := 2\n\tprintln(a)\n}\n", &["5:4: no new variables on left side of :="]),
        ("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Prinln(1)\n}\n", &["6:6: undefined: fmt.Prinln"]),
        ("package main\n\nimport \"foo/bar\"\n\nfunc main() {}\n", &["3:8: package foo/bar is not in std"]),
        ("package main\n\nfunc main() {\n\tx := 1\n\tx + 1\n}\n", &["5:2: x + 1 (value of type int) is not used"]),
        ("package main\n\nfunc main() {\n\tf, g := func() {}, func() {}\n\tprintln(f == g)\n}\n", &["5:10: invalid operation: f == g (func can only be compared to nil)"]),
        ("package main\n\nfunc main() {\n\tx := 1\n\tgo x\n}\n", &["5:5: expression in go must be function call"]),
        ("package main\n\nfunc main() {\n\tvar i int = 1.5\n\tprintln(i)\n}\n", &["4:14: cannot use 1.5 (untyped float constant) as int value in variable declaration (truncated)"]),
        ("package main\n\nfunc f() {}\n", &["1:1: function main is undeclared in the main package"]),
        ("package main\n\nfunc main() {\n\tfor i, j := range 10 {\n\t\tprintln(i, j)\n\t}\n}\n", &["4:9: range over 10 (untyped int constant) permits only one iteration variable"]),
        ("package main\n\nfunc main() {\n\tx := 'ab'\n\tprintln(x)\n}\n", &["4:7: more than one character in rune literal"]),
    ];
    let mut failures = Vec::new();
    for (src, want) in cases {
        let got = errors(src);
        let want: Vec<String> = want.iter().map(|s| s.to_string()).collect();
        if got != want {
            failures.push(format!("--- source:\n{src}\n--- want: {want:?}\n--- got:  {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn at_most_ten_errors() {
    let mut src = String::from("package main\n\nfunc main() {\n");
    for i in 0..15 {
        src.push_str(&format!("\tprintln(a{i})\n"));
    }
    src.push_str("}\n");
    let e = errors(&src);
    assert_eq!(e.len(), 11);
    assert_eq!(e[10], "13:10: too many errors");
}

/// A tiny deterministic generator for the robustness tests (no external crates).
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Compiles `src`, which may be anything: a program, or diagnostics that each name a line
/// (never an error without a message, and never a panic, which fails the test by itself).
fn compile_or_explain(src: &str) {
    if let Err(diags) = compile("prog.go", src) {
        assert!(!diags.is_empty(), "an error without a diagnostic for {src:?}");
        for d in &diags {
            assert!(d.line >= 1 && !d.msg.is_empty(), "{} for {src:?}", d.render("prog.go"));
        }
    }
}

#[test]
fn never_panics_on_malformed_input() {
    let corpus = [PING_PONG, WAIT_GROUP, CLOSURES, BUFFERED, PRIMES];
    let mut rng = Rng(0x9E3779B97F4A7C15);
    // Every prefix of every program (truncation at each byte, on char boundaries).
    for src in corpus {
        for cut in 0..src.len() {
            if src.is_char_boundary(cut) {
                compile_or_explain(&src[..cut]);
            }
        }
    }
    // Random mutations: delete, duplicate or replace a span, or insert Go tokens.
    let tokens = [
        "(",
        ")",
        "{",
        "}",
        "[",
        "]",
        ",",
        ";",
        ":=",
        "=",
        "<-",
        "go ",
        "func",
        "chan",
        "range",
        "for ",
        "if ",
        "else",
        "return",
        "\"",
        "'",
        "`",
        "0x",
        "1.5e",
        "...",
        ".",
        "*",
        "&",
        "nil",
        "var ",
        "const ",
        "iota",
        "\n",
        "//",
        "/*",
        "defer ",
        "switch ",
        "case ",
        "default:",
        "break",
        "continue",
        "fallthrough",
        "select",
        "interface{}",
        "struct{}",
        "map[",
        "type T ",
        "L:",
        "goto L",
        "é",
        "\\",
        "\u{0}",
        "<<",
        "&^=",
        "++",
    ];
    for round in 0..3000 {
        let base = corpus[round % corpus.len()];
        let mut s: Vec<char> = base.chars().collect();
        for _ in 0..1 + rng.below(4) {
            let len = s.len().max(1);
            let i = rng.below(len);
            let j = (i + rng.below(20)).min(s.len());
            match rng.below(4) {
                0 => {
                    s.drain(i..j);
                }
                1 => {
                    let dup: Vec<char> = s[i..j].to_vec();
                    let at = rng.below(s.len() + 1);
                    s.splice(at..at, dup);
                }
                2 => {
                    let t = tokens[rng.below(tokens.len())];
                    let at = rng.below(s.len() + 1);
                    s.splice(at..at, t.chars());
                }
                _ => {
                    if i < s.len() {
                        s[i] = char::from_u32(rng.below(128) as u32).unwrap_or('x');
                    }
                }
            }
        }
        let text: String = s.into_iter().collect();
        compile_or_explain(&text);
    }
    // Random bytes (as lossy UTF-8).
    for _ in 0..500 {
        let n = rng.below(300);
        let bytes: Vec<u8> = (0..n).map(|_| rng.next() as u8).collect();
        compile_or_explain(&String::from_utf8_lossy(&bytes));
        let text =
            format!("package main\nfunc main() {{\n{}\n}}\n", String::from_utf8_lossy(&bytes));
        compile_or_explain(&text);
    }
}

#[test]
fn deep_nesting_is_an_error() {
    let src = format!(
        "package main\n\nvar x = {}1{}\n\nfunc main() {{}}\n",
        "(".repeat(100_000),
        ")".repeat(100_000)
    );
    let e = errors(&src);
    assert!(e.iter().any(|m| m.contains("exceeded max nesting depth")), "{e:?}");
    let src = format!("package main\n\nfunc main() {{\n{}\n}}\n", "{".repeat(100_000));
    assert!(!errors(&src).is_empty());
    let src = format!(
        "package main\n\nfunc main() {{\n\tx := 1{}\n\tprintln(x)\n}}\n",
        " + 1".repeat(50_000)
    );
    let e = errors(&src);
    assert!(e.iter().any(|m| m.contains("exceeded max nesting depth")), "{e:?}");
    let src =
        format!("package main\n\nfunc main() {{\n\tvar c {}int\n}}\n", "chan ".repeat(100_000));
    assert!(!errors(&src).is_empty());
    let src = format!("package main\n\nfunc main() {{\n\tx := {}1\n}}\n", "-".repeat(100_000));
    assert!(!errors(&src).is_empty());
}

/// Every `tests/compile_programs/NAME.go` runs (deterministic mode, 1 and 4 Ps) with the
/// stdout real Go printed (`NAME.out`), and when Go exited non-zero, the same exit code
/// (`NAME.exit`) and first line of stderr (`NAME.err`).
#[test]
fn programs_match_go() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/compile_programs");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().map(|x| x == "go").unwrap_or(false))
        .collect();
    names.sort();
    assert!(names.len() >= 15);
    let mut failures = Vec::new();
    for path in names {
        let src = std::fs::read_to_string(&path).unwrap();
        let want_out = std::fs::read_to_string(path.with_extension("out")).unwrap_or_default();
        let want_exit: i32 = std::fs::read_to_string(path.with_extension("exit"))
            .map(|s| s.trim().parse().unwrap())
            .unwrap_or(0);
        let want_err = std::fs::read_to_string(path.with_extension("err")).unwrap_or_default();
        for procs in [1, 4] {
            let (out, err, code) = run(&src, procs);
            let name = path.file_name().unwrap().to_string_lossy();
            if out != want_out
                || code != want_exit
                || err.lines().next().unwrap_or("") != want_err.trim_end()
            {
                failures.push(format!(
                    "{name} (procs {procs}): exit {code} (want {want_exit})\n--- stdout:\n{out}--- want:\n{want_out}--- stderr:\n{err}"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Compiles and runs in deterministic mode with a given seed; returns stdout.
fn run_seed(src: &str, procs: usize, seed: u64) -> String {
    let p = compile_ok(src);
    let cfg = Config { procs, mode: Mode::Deterministic, seed, trace: false, ..Config::default() };
    let out = run_native(Arc::new(p), cfg);
    assert_eq!(out.exit_code, 0, "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A Tour of Go, "Default Selection". Under real time its output depends on timing; under
/// the virtual clock it is fixed, except that at 500ms the fifth tick and the boom are
/// ready together and select picks one at random (seeded): so the run ends either with
/// "tick." then "BOOM!" or with "BOOM!" alone.
#[test]
fn tour_default_selection_under_virtual_time() {
    const SRC: &str = r#"package main

import (
	"fmt"
	"time"
)

func main() {
	tick := time.Tick(100 * time.Millisecond)
	boom := time.After(500 * time.Millisecond)
	for {
		select {
		case <-tick:
			fmt.Println("tick.")
		case <-boom:
			fmt.Println("BOOM!")
			return
		default:
			fmt.Println("    .")
			time.Sleep(50 * time.Millisecond)
		}
	}
}
"#;
    // Four rounds of two sleeps and a tick, then the two sleeps before 500ms.
    let full = "    .\n    .\ntick.\n".repeat(5);
    let head = &full[..full.len() - "tick.\n".len()];
    let mut endings = std::collections::HashSet::new();
    for procs in [1, 2, 4] {
        for seed in [1, 2, 3, 42] {
            let out = run_seed(SRC, procs, seed);
            assert_eq!(out, run_seed(SRC, procs, seed), "not reproducible");
            let rest = out
                .strip_prefix(head)
                .unwrap_or_else(|| panic!("procs {procs} seed {seed}:\n{out}"));
            assert!(
                rest == "tick.\nBOOM!\n" || rest == "BOOM!\n",
                "procs {procs} seed {seed}:\n{out}"
            );
            endings.insert(rest.to_string());
        }
    }
    assert_eq!(endings.len(), 2, "select never chose one of the two ready cases");
}

#[test]
fn select_compiles_to_one_op_and_a_jump_table() {
    let p = compile_ok(
        "package main\n\nfunc main() {\n\ta := make(chan int)\n\tb := make(chan string, 1)\n\tselect {\n\tcase v := <-a:\n\t\tprintln(v)\n\tcase b <- \"x\":\n\tcase s, ok := <-b:\n\t\tprintln(s, ok)\n\tdefault:\n\t}\n\tselect {}\n}\n",
    );
    let code = &p.funcs[p.main as usize].code;
    let selects: Vec<&Op> = code.iter().filter(|o| matches!(o, Op::Select { .. })).collect();
    assert_eq!(selects.len(), 2);
    match selects[0] {
        Op::Select { dst, base, n, has_default, sends } => {
            assert_eq!((*n, *has_default, *sends), (3, true, 0b010));
            assert!(base > dst && *base >= dst + 3, "operands overlap the results");
        }
        _ => unreachable!(),
    }
    assert!(matches!(selects[1], Op::Select { n: 0, has_default: false, sends: 0, .. }));
}

#[test]
fn time_after_makes_its_channel() {
    let p = compile_ok(
        "package main\n\nimport \"time\"\n\nfunc main() {\n\tvar c <-chan time.Time = time.After(time.Second)\n\tt := <-c\n\t_ = t\n\t<-time.Tick(2)\n}\n",
    );
    let code = &p.funcs[p.main as usize].code;
    let mut natives = Vec::new();
    for (i, op) in code.iter().enumerate() {
        if let Op::CallNative { native, base, nargs } = op {
            assert_eq!(*nargs, 2);
            let made = code[..i].iter().rev().any(|o| {
                matches!(o, Op::MakeChan { dst, elem, .. } if dst == base && p.types[*elem as usize].name == "time.Time")
            });
            assert!(made, "no MakeChan of time.Time into {base}");
            natives.push(*native);
        }
    }
    use gopark::vm::op::Native;
    assert_eq!(natives, vec![Native::TimeAfterChan, Native::TimeTickChan]);
    let tt = p.types.iter().find(|t| t.name == "time.Time").unwrap();
    assert!(matches!(tt.kind, gopark::vm::program::TypeKind::Int { bits: 64, signed: true }));
}

#[test]
fn select_and_timer_errors() {
    let mut many =
        String::from("package main\n\nfunc main() {\n\tc := make(chan int)\n\tselect {\n");
    for _ in 0..33 {
        many.push_str("\tcase <-c:\n");
    }
    many.push_str("\t}\n}\n");
    assert_eq!(errors(&many), vec!["5:2: select with more than 32 cases not supported yet"]);
    let mut ok32 =
        String::from("package main\n\nfunc main() {\n\tc := make(chan int)\n\tselect {\n");
    for _ in 0..32 {
        ok32.push_str("\tcase c <- 1:\n");
    }
    ok32.push_str("\tdefault:\n\t}\n}\n");
    compile_ok(&ok32);
    let cases: &[(&str, &[&str])] = &[
        (
            "package main\n\nimport \"time\"\n\nfunc main() {\n\tt := time.Now()\n\t_ = t.IsDST()\n}\n",
            &["7:8: method time.Time.IsDST is not supported by gopark yet"],
        ),
        (
            "package main\n\nimport \"time\"\n\nfunc main() {\n\tt, _ := time.LoadLocationFromTZData(\"X\", nil)\n\t_ = t\n}\n",
            &["6:15: time.LoadLocationFromTZData is not supported by gopark yet"],
        ),
        (
            "package main\n\nfunc main() {\n\tc := make(chan int)\n\tselect {\n\tcase v := <-c:\n\t}\n}\n",
            &["6:7: declared and not used: v"],
        ),
        (
            "package main\n\nfunc main() {\n\tc := make(chan int)\n\tselect {\n\tcase c > nil:\n\t}\n}\n",
            &[
                "4:2: declared and not used: c",
                "6:9: select case must be send or receive (possibly with assignment)",
            ],
        ),
        (
            "package main\n\nimport \"time\"\n\nfunc main() {\n\tt := <-time.After(1)\n\tprintln(t + 1)\n}\n",
            // Go spells out time.Time's fields; gopark's time.Time has none to show.
            &["7:14: cannot convert 1 (untyped int constant) to type struct{...}"],
        ),
        (
            "package main\n\nimport \"time\"\n\nfunc main() {\n\tgo time.After(1)\n}\n",
            &["6:2: go/defer of time.After is not supported yet"],
        ),
    ];
    let mut bad = Vec::new();
    for (src, want) in cases {
        let got = errors(src);
        if got != *want {
            bad.push(format!("{src}\n  got  {got:?}\n  want {want:?}"));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn struct_and_method_errors_match_go() {
    // Each message and position checked against Go 1.23 (go build -gcflags=-e).
    let cases: &[(&str, &[&str])] = &[
        ("package main\n\ntype T struct{ a int }\n\nfunc (t *T) P() {}\n\nfunc main() {\n\tf := T.P\n\t_ = f\n}\n", &["8:9: invalid method expression T.P (needs pointer receiver (*T).P)"]),
        ("package main\n\ntype T struct {\n\ta int\n\ta string\n}\n\nfunc main() {}\n", &["5:2: a redeclared\n\tprog.go:4:2: other declaration of a"]),
        ("package main\n\ntype T struct{}\n\nfunc (t T) M()  {}\nfunc (t *T) M() {}\n\nfunc main() {}\n", &["6:13: method T.M already declared at prog.go:5:12"]),
        ("package main\n\ntype U struct{ X int }\n\nfunc (u U) X() {}\n\nfunc main() {}\n", &["5:12: field and method with the same name X\n\tprog.go:3:16: other declaration of X"]),
        ("package main\n\ntype T struct{ a int }\n\nfunc main() {\n\tvar t T\n\tt.zz = 1\n}\n", &["7:4: t.zz undefined (type T has no field or method zz)"]),
        ("package main\n\ntype U struct{ X int }\n\nfunc main() {\n\t_ = U{1, 2}\n}\n", &["6:11: too many values in struct literal of type U"]),
        ("package main\n\ntype U struct{ X int }\n\nfunc main() {\n\t_ = U{Y: 1}\n}\n", &["6:8: unknown field Y in struct literal of type U"]),
        ("package main\n\ntype U struct{ X, Y int }\n\nfunc main() {\n\t_ = U{X: 1, 2}\n}\n", &["6:14: mixture of field:value and value elements in struct literal"]),
        ("package main\n\ntype U struct{ X, Y int }\n\nfunc main() {\n\t_ = U{1}\n}\n", &["6:9: too few values in struct literal of type U"]),
        ("package main\n\ntype T struct{ a int }\n\nfunc (t *T) P() {}\n\nfunc main() {\n\tT{}.P()\n}\n", &["8:6: cannot call pointer method P on T"]),
        ("package main\n\ntype T struct{ a int }\n\nfunc main() {\n\tvar t T\n\tprintln(t)\n}\n", &["7:9: illegal types for operand: print\n\tT"]),
        ("package main\n\ntype S struct{ f []int }\n\nfunc main() {\n\tprintln(S{} == S{})\n}\n", &["6:10: invalid operation: S{} == S{} (struct containing []int cannot be compared)"]),
        ("package main\n\ntype T struct{ x T }\n\nfunc main() {}\n", &["3:6: invalid recursive type: T refers to itself"]),
        ("package main\n\ntype T struct{ a int }\n\nfunc main() {\n\tp := &T{}\n\tvar t T\n}\n", &["6:2: declared and not used: p", "7:6: declared and not used: t"]),
        ("package main\n\nfunc (x int) M() {}\n\nfunc main() {}\n", &["3:7: cannot define new methods on non-local type int"]),
        ("package main\n\ntype T struct{ a int }\n\nfunc main() {\n\tvar p *T\n\tp.a = \"s\"\n}\n", &["7:8: cannot use \"s\" (untyped string constant) as int value in assignment"]),
    ];
    let mut failures = Vec::new();
    for (src, want) in cases {
        let got = errors(src);
        let want: Vec<String> = want.iter().map(|s| s.to_string()).collect();
        if got != want {
            failures.push(format!("--- source:\n{src}\n--- want: {want:?}\n--- got:  {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn fmt_calls_string_and_error_methods() {
    let src = "package main\n\nimport \"fmt\"\n\ntype T struct{ a int }\n\nfunc (t T) String() string { return \"t\" }\n\nfunc main() {\n\tfmt.Println(T{1})\n}\n";
    assert_eq!(run(src, 1).0, "t\n");
    // A pointer method is not in the value's method set: the value prints its fields.
    let src = "package main\n\nimport \"fmt\"\n\ntype T struct{ a int }\n\nfunc (t *T) String() string { return \"t\" }\n\nfunc main() {\n\tfmt.Println(T{1}, &T{2})\n}\n";
    assert_eq!(run(src, 1).0, "{1} t\n");
    // Promoted methods count, through an embedded pointer too.
    let src = "package main\n\nimport \"fmt\"\n\ntype T struct{ a int }\n\nfunc (t T) String() string { return fmt.Sprint(\"t\", t.a) }\n\ntype U struct{ *T }\n\nfunc main() {\n\tfmt.Println(U{&T{1}}, []U{{&T{2}}})\n}\n";
    assert_eq!(run(src, 1).0, "t1 [t2]\n");
}

/// Calls through interfaces, embedded interface fields, type assertions and switches.
#[test]
fn dynamic_dispatch() {
    let src = "package main\n\ntype Shape interface{ Area() int }\n\ntype Sq struct{ s int }\n\nfunc (q Sq) Area() int { return q.s * q.s }\n\ntype Boxed struct{ Shape }\n\nfunc main() {\n\tvar sh Shape = Sq{2}\n\tprintln(sh.Area())\n\tb := Boxed{sh}\n\tprintln(b.Area())\n\tq, ok := sh.(Sq)\n\t_ = sh.(Sq).s\n\tswitch v := sh.(type) {\n\tcase Sq:\n\t\tprintln(v.s, q.s, ok)\n\t}\n}\n";
    let (_, err, code) = run(src, 1);
    assert_eq!((err.as_str(), code), ("4\n4\n2 2 true\n", 0));
    let ok = "package main\n\nimport \"fmt\"\n\ntype Shape interface{ Area() int }\n\ntype Sq struct{ s int }\n\nfunc (q Sq) Area() int { return q.s * q.s }\n\ntype Framed struct{ Sq }\n\nfunc main() {\n\tvar sh Shape = Framed{Sq{3}}\n\tfmt.Println(sh, Framed{Sq{2}}.Area(), sh.Area())\n}\n";
    let (out, _, code) = run(ok, 1);
    assert_eq!((out.as_str(), code), ("{{3}} 4 9\n", 0));
}

/// copy(dst []byte, src string) copies the string's bytes.
#[test]
fn copy_from_a_string() {
    let src = "package main\n\nfunc main() {\n\tb := make([]byte, 3)\n\tprintln(copy(b, \"h\\xffy\"), b[1], string(b[:2]) == \"h\\xff\")\n}\n";
    let (_, err, code) = run(src, 1);
    assert_eq!((err.as_str(), code), ("3 255 true\n", 0));
}

/// `(*[N]T)(s)` shares s's elements only where the array pointer can be the backing array's
/// own handle; any other slice stops the program with "not supported yet" (never a copy,
/// which would silently stop sharing).
#[test]
fn slice_to_array_pointer_not_spanning_its_array_is_refused() {
    let src = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\ts := []int{1, 2, 3, 4, 5}\n\tp := (*[2]int)(s[1:])\n\tfmt.Println(*p)\n}\n";
    let (out, err, code) = run(src, 1);
    assert_eq!(out, "");
    assert_eq!(code, 2);
    assert!(
        err.starts_with("gopark: converting a slice to a pointer to an array is not supported yet"),
        "{err}"
    );
    let whole = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\ts := []int{1, 2}\n\tp := (*[2]int)(s)\n\tp[0] = 9\n\tfmt.Println(s)\n}\n";
    assert_eq!(run(whole, 1), ("[9 2]\n".to_string(), String::new(), 0));
}
