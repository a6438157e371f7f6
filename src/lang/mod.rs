//! The Go front end: scanner, parser, type checker.
//!
//! The pipeline is `scanner::scan` (text to tokens with automatic semicolons) ->
//! `parser::parse` (tokens to `ast::File`, after gc's cmd/compile/internal/syntax) ->
//! `check::check` (names resolved and every expression typed, after go/types and types2).
//! Every stage reports problems as `Diagnostic`s worded as the Go toolchain words them and
//! never panics, whatever the input.

use std::fmt;

pub mod ast;
pub mod check;
pub mod constant;
pub mod lookup;
pub mod parser;
pub mod prelude;
pub mod scanner;
pub mod source;
pub mod token;
pub mod types;

use token::Pos;

/// A compile error at a source position (1-based line and column, column in bytes as Go counts).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub line: u32,
    pub col: u32,
    pub msg: String,
}

impl Diagnostic {
    /// `FILE:LINE:COL: message`, as the Go toolchain prints it.
    pub fn render(&self, file: &str) -> String {
        format!("{}:{}:{}: {}", file, self.line, self.col, self.msg)
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.line, self.col, self.msg)
    }
}

/// Go stops after this many errors and prints "too many errors".
pub const MAX_ERRORS: usize = 10;

/// Collects diagnostics with gc's filtering rules (cmd/compile/internal/base/print.go):
/// at most one syntax error per line, and a repeated message on the same line is dropped.
#[derive(Default, Debug)]
pub struct ErrorList {
    diags: Vec<Diagnostic>,
    last_syntax_line: u32,
    last_other: (u32, String),
}

impl ErrorList {
    pub fn error(&mut self, pos: Pos, msg: impl Into<String>) {
        let msg = msg.into();
        if msg.starts_with("syntax error") {
            if self.last_syntax_line == pos.line && pos.line != 0 {
                return;
            }
            self.last_syntax_line = pos.line;
        } else {
            if self.last_other.0 == pos.line && self.last_other.1 == msg {
                return;
            }
            self.last_other = (pos.line, msg.clone());
        }
        self.diags.push(Diagnostic { line: pos.line, col: pos.col, msg });
    }

    pub fn is_empty(&self) -> bool {
        self.diags.is_empty()
    }

    pub fn len(&self) -> usize {
        self.diags.len()
    }

    /// The diagnostics sorted by position (stable, so equal positions keep their order),
    /// without exact duplicates, and cut at `MAX_ERRORS` with gc's "too many errors" line.
    pub fn finish(self) -> Vec<Diagnostic> {
        let mut d = self.diags;
        d.sort_by_key(|x| (x.line, x.col));
        d.dedup();
        if d.len() >= MAX_ERRORS {
            d.truncate(MAX_ERRORS);
            let last = d[MAX_ERRORS - 1].clone();
            d.push(Diagnostic { line: last.line, col: last.col, msg: "too many errors".into() });
        }
        d
    }
}

/// Parses and type-checks a source file: the whole front end. On success returns the tree
/// and what the checker learned about it; otherwise the diagnostics, sorted, as gc would
/// print them.
pub fn check_source(
    file_name: &str,
    src: &str,
) -> Result<(ast::File, check::Info), Vec<Diagnostic>> {
    let mut errs = ErrorList::default();
    let file = parser::parse(src, &mut errs);
    // gc type-checks only when there are no syntax errors (other parser and scanner
    // errors, such as a bad escape, still allow type checking).
    let syntax_errors = errs
        .diags
        .iter()
        .any(|d| d.msg.starts_with("syntax error") || d.msg.contains("max nesting depth"));
    let Some(file) = file else {
        return Err(errs.finish());
    };
    if syntax_errors {
        return Err(errs.finish());
    }
    let file = prelude::with_prelude(src, file);
    let (info, errs) = check::check(file_name, &file, errs);
    if !errs.is_empty() {
        return Err(errs.finish());
    }
    Ok((file, info))
}

#[cfg(test)]
mod tests {
    /// Compiles `src` through the front end and returns the messages as "LINE:COL: msg".
    pub fn errors(src: &str) -> Vec<String> {
        match super::check_source("prog.go", src) {
            Ok(_) => vec![],
            Err(d) => d.iter().map(|d| d.to_string()).collect(),
        }
    }

    #[test]
    fn valid_program_has_no_errors() {
        let src = r#"package main

import (
	"fmt"
	"sync"
	"time"
)

func worker(id int, wg *sync.WaitGroup, out chan<- string) {
	defer wg.Done()
	time.Sleep(10 * time.Millisecond)
	out <- fmt.Sprintf("worker %d", id)
}

func main() {
	var wg sync.WaitGroup
	out := make(chan string, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go worker(i, &wg, out)
	}
	wg.Wait()
	close(out)
	for s := range out {
		fmt.Println(s)
	}
	x, y := 1, 2.5
	x, z := x+1, "a"
	fmt.Println(x, y, z, len(z), z[0], float64(x)*y)
	for i := range 3 {
		println(i)
	}
}
"#;
        assert_eq!(errors(src), Vec::<String>::new());
    }
}
