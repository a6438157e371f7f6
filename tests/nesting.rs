//! Nesting depth (lang::parser::MAX_NEST): programs nested up to the cap compile whatever
//! the caller's stack (the front end runs on its own thread natively), and deeper ones get
//! go/parser's "exceeded max nesting depth" instead of a stack overflow.

use std::thread;

/// A program whose main nests `kind` `d` times.
fn nested(kind: &str, d: usize) -> String {
    let body = match kind {
        "paren" => format!("\tx := {}1{}\n\tprintln(x)\n", "(".repeat(d), ")".repeat(d)),
        "block" => format!("{}println(1){}\n", "{".repeat(d), "}".repeat(d)),
        "funclit" => format!("{}println(1){}\n", "func() {".repeat(d), "}()".repeat(d)),
        "if" => format!("\tx := 1\n{}println(x){}\n", "if x > 0 {".repeat(d), "}".repeat(d)),
        "sum" => format!("\tx := 1\n\ty := x{}\n\tprintln(y)\n", " + x".repeat(d)),
        "unary" => format!("\tx := 1\n\ty := {}x\n\tprintln(y)\n", "- ".repeat(d)),
        "slicetype" => format!("\tvar x {}int\n\tprintln(len(x))\n", "[]".repeat(d)),
        _ => unreachable!(),
    };
    format!("package main\n\nfunc main() {{\n{body}}}\n")
}

/// The deepest nesting of each kind that fits the cap (measured: each kind costs a fixed
/// number of units per level), and one level more than the cap allows.
const KINDS: &[(&str, usize, usize)] = &[
    ("paren", 331, 340),
    ("block", 329, 340),
    ("funclit", 164, 170),
    ("if", 247, 260),
    ("sum", 992, 1000),
    ("unary", 993, 1000),
    ("slicetype", 996, 1000),
];

#[test]
fn nesting_up_to_the_cap_compiles_on_a_small_stack() {
    // 256 KiB: far less than the front end needs at the cap (about 1.6 MiB in release).
    let t = thread::Builder::new().stack_size(256 << 10).spawn(|| {
        let mut bad = Vec::new();
        for &(kind, ok, too_deep) in KINDS {
            if let Err(d) = gopark::compile::compile("prog.go", &nested(kind, ok)) {
                bad.push(format!("{kind} x{ok}: {}", d[0].render("prog.go")));
            }
            match gopark::compile::compile("prog.go", &nested(kind, too_deep)) {
                Err(d) if d[0].msg == "exceeded max nesting depth" => {}
                Err(d) => bad.push(format!("{kind} x{too_deep}: {}", d[0].render("prog.go"))),
                Ok(_) => bad.push(format!("{kind} x{too_deep}: compiled past the cap")),
            }
        }
        bad
    });
    let bad = t.unwrap().join().expect("no stack overflow");
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}
