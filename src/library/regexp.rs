//! Package regexp, on the regex-lite crate (see ARCHITECTURE.md).
//!
//! Go's regexp is RE2: leftmost-first matching, no backreferences, `\d \w \s \b` ASCII-only,
//! `.` any character but newline. regex-lite implements the same syntax and semantics (its
//! Perl classes are ASCII, as Go's), which is why it is used rather than `regex` (Unicode
//! tables Go's `\d` does not use, and several hundred kilobytes more wasm). Not supported:
//! `\pL`-style Unicode classes (regex-lite rejects them; the program gets Go's error shape
//! with regex-lite's reason) and Longest (leftmost-longest matching).
//!
//! A `*Regexp` is a struct whose only field is the expression; the compiled form lives in a
//! per-thread cache keyed by it, so a Regexp is plain heap data that any M can use, and a
//! loop calling MatchString compiles once per M.

use super::crypto::{byte_arg, new_byte_slice};
use super::task::Ctx;
use super::{func, method, method_go, type_, Call, Fault, Member};
use crate::rt::obj::Obj;
use crate::vm::value::Value;
use regex_lite::Regex;
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

pub const MEMBERS: &[Member] = &[
    type_("Regexp", "struct{expr string}"),
    func("Compile", "func(expr string) (*Regexp, error)", |c| compile(c, false)),
    func("MustCompile", "func(str string) *Regexp", |c| compile(c, true)),
    func("MatchString", "func(pattern string, s string) (matched bool, err error)", |c| {
        match_fn(c, false)
    }),
    func("Match", "func(pattern string, b []byte) (matched bool, err error)", |c| {
        match_fn(c, true)
    }),
    func("QuoteMeta", "func(s string) string", |c| {
        let q = regex_lite::escape(&c.str(0));
        c.ret_str(&q)
    }),
    method("*Regexp", "String", "func() string", |c| {
        let e = expr_of(c)?;
        c.ret(e);
        Ok(())
    }),
    method("*Regexp", "NumSubexp", "func() int", |c| {
        let re = regexp(c)?;
        c.ret_int(re.captures_len() as i64 - 1);
        Ok(())
    }),
    method("*Regexp", "SubexpNames", "func() []string", |c| {
        let re = regexp(c)?;
        let names: Vec<&str> = re.capture_names().map(|n| n.unwrap_or("")).collect();
        let v = c.new_strings(&names)?;
        c.ret(v);
        Ok(())
    }),
    method("*Regexp", "SubexpIndex", "func(name string) int", |c| {
        let re = regexp(c)?;
        let name = c.str(1);
        let i = re.capture_names().position(|n| n == Some(&*name));
        c.ret_int(i.map_or(-1, |i| i as i64));
        Ok(())
    }),
    method("*Regexp", "MatchString", "func(s string) bool", |c| {
        let (re, s) = (regexp(c)?, text(c, 1));
        c.ret_bool(re.is_match(&s));
        Ok(())
    }),
    method("*Regexp", "Match", "func(b []byte) bool", |c| {
        let (re, s) = (regexp(c)?, bytes_text(c, 1));
        c.ret_bool(re.is_match(&s));
        Ok(())
    }),
    method("*Regexp", "FindString", "func(s string) string", |c| {
        let (re, s) = (regexp(c)?, text(c, 1));
        let m = re.find(&s).map_or("", |m| m.as_str()).to_string();
        c.ret_str(&m)
    }),
    method("*Regexp", "Find", "func(b []byte) []byte", |c| {
        let (re, s) = (regexp(c)?, bytes_text(c, 1));
        let v = match re.find(&s) {
            Some(m) => new_byte_slice(c, m.as_str().as_bytes())?,
            None => Value::ZERO,
        };
        c.ret(v);
        Ok(())
    }),
    method("*Regexp", "FindStringIndex", "func(s string) (loc []int)", |c| find_index(c, false)),
    method("*Regexp", "FindIndex", "func(b []byte) (loc []int)", |c| find_index(c, true)),
    method("*Regexp", "FindStringSubmatch", "func(s string) []string", |c| {
        let (re, s) = (regexp(c)?, text(c, 1));
        let v = match submatches(&re, &s, 1).first() {
            Some(m) => strings_of(c, &s, m)?,
            None => Value::ZERO,
        };
        c.ret(v);
        Ok(())
    }),
    method("*Regexp", "FindSubmatch", "func(b []byte) [][]byte", |c| {
        let (re, s) = (regexp(c)?, bytes_text(c, 1));
        let v = match submatches(&re, &s, 1).first() {
            Some(m) => byte_slices_of(c, &s, m)?,
            None => Value::ZERO,
        };
        c.ret(v);
        Ok(())
    }),
    method("*Regexp", "FindStringSubmatchIndex", "func(s string) []int", |c| {
        let (re, s) = (regexp(c)?, text(c, 1));
        let v = match submatches(&re, &s, 1).first() {
            Some(m) => ints_of(c, m)?,
            None => Value::ZERO,
        };
        c.ret(v);
        Ok(())
    }),
    method("*Regexp", "FindAllString", "func(s string, n int) []string", |c| {
        let (re, s, n) = (regexp(c)?, text(c, 1), c.int(2));
        let all: Vec<String> =
            matches(&re, &s, n).iter().map(|&(a, b)| s[a..b].to_string()).collect();
        let v = if all.is_empty() { Value::ZERO } else { c.new_strings(&all)? };
        c.ret(v);
        Ok(())
    }),
    method("*Regexp", "FindAll", "func(b []byte, n int) [][]byte", |c| {
        let (re, s, n) = (regexp(c)?, bytes_text(c, 1), c.int(2));
        let mut out = Vec::new();
        for (a, b) in matches(&re, &s, n) {
            out.push(new_byte_slice(c, s[a..b].as_bytes())?);
        }
        let v = if out.is_empty() { Value::ZERO } else { c.new_slice(out)? };
        c.ret(v);
        Ok(())
    }),
    method("*Regexp", "FindAllStringIndex", "func(s string, n int) [][]int", |c| {
        let (re, s, n) = (regexp(c)?, text(c, 1), c.int(2));
        let all: Vec<Vec<Option<(usize, usize)>>> =
            matches(&re, &s, n).into_iter().map(|m| vec![Some(m)]).collect();
        all_of(c, &all, |c, m| ints_of(c, m))
    }),
    method("*Regexp", "FindAllStringSubmatch", "func(s string, n int) [][]string", |c| {
        let (re, s, n) = (regexp(c)?, text(c, 1), c.int(2));
        let all = submatches(&re, &s, n);
        all_of(c, &all, |c, m| strings_of(c, &s, m))
    }),
    method("*Regexp", "FindAllStringSubmatchIndex", "func(s string, n int) [][]int", |c| {
        let (re, s, n) = (regexp(c)?, text(c, 1), c.int(2));
        let all = submatches(&re, &s, n);
        all_of(c, &all, |c, m| ints_of(c, m))
    }),
    method("*Regexp", "ReplaceAllString", "func(src, repl string) string", |c| {
        let (re, s, repl) = (regexp(c)?, text(c, 1), text(c, 2));
        let out = re.replace_all(&s, &*repl).into_owned();
        c.ret_str(&out)
    }),
    method("*Regexp", "ReplaceAllLiteralString", "func(src, repl string) string", |c| {
        let (re, s, repl) = (regexp(c)?, text(c, 1), text(c, 2));
        let out = re.replace_all(&s, regex_lite::NoExpand(&repl)).into_owned();
        c.ret_str(&out)
    }),
    method("*Regexp", "ReplaceAll", "func(src, repl []byte) []byte", |c| {
        let (re, s, repl) = (regexp(c)?, bytes_text(c, 1), bytes_text(c, 2));
        let out = re.replace_all(&s, &*repl).into_owned();
        let v = new_byte_slice(c, out.as_bytes())?;
        c.ret(v);
        Ok(())
    }),
    method_go(
        "*Regexp",
        "ReplaceAllStringFunc",
        "func(src string, repl func(string) string) string",
        |c| replace_func(c, false),
    ),
    method_go(
        "*Regexp",
        "ReplaceAllFunc",
        "func(src []byte, repl func([]byte) []byte) []byte",
        |c| replace_func(c, true),
    ),
    method("*Regexp", "Split", "func(s string, n int) []string", split),
];

thread_local! {
    /// Compiled expressions of this thread (M), by source. Cleared when it grows past
    /// CACHE_MAX, so a program compiling endless distinct expressions stays bounded.
    static CACHE: RefCell<HashMap<Arc<str>, Arc<Regex>>> = RefCell::new(HashMap::new());
}
const CACHE_MAX: usize = 256;

/// The compiled form of `expr`, or Go's parse error text.
fn compiled(expr: &Arc<str>) -> Result<Arc<Regex>, String> {
    if let Some(re) = CACHE.with(|m| m.borrow().get(expr).cloned()) {
        return Ok(re);
    }
    let re = Arc::new(Regex::new(expr).map_err(|e| parse_error(expr, &e.to_string()))?);
    CACHE.with(|m| {
        let mut m = m.borrow_mut();
        if m.len() >= CACHE_MAX {
            m.clear();
        }
        m.insert(expr.clone(), re.clone());
    });
    Ok(re)
}

/// Go's words for the common parse errors (regexp/syntax's ErrorCode texts with the
/// offending part of the expression); regex-lite's reason for the rest.
fn parse_error(expr: &str, reason: &str) -> String {
    let mut depth = 0i32;
    let mut escaped = false;
    let mut in_class = false;
    for ch in expr.chars() {
        match ch {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '[' if !in_class => in_class = true,
            ']' if in_class => in_class = false,
            '(' if !in_class => depth += 1,
            ')' if !in_class => {
                depth -= 1;
                if depth < 0 {
                    return format!("error parsing regexp: unexpected ): `{expr}`");
                }
            }
            _ => {}
        }
    }
    if in_class {
        let at = expr.rfind('[').unwrap_or(0);
        return format!("error parsing regexp: missing closing ]: `{}`", &expr[at..]);
    }
    if depth > 0 {
        return format!("error parsing regexp: missing closing ): `{expr}`");
    }
    if escaped {
        return "error parsing regexp: trailing backslash at end of expression: ``".into();
    }
    let first = expr.chars().next();
    if let Some(op @ ('*' | '+' | '?')) = first {
        return format!("error parsing regexp: missing argument to repetition operator: `{op}`");
    }
    let reason = reason.lines().last().unwrap_or(reason).trim();
    format!("error parsing regexp: {reason}: `{expr}`")
}

/// regexp.Compile and MustCompile.
fn compile(c: &mut Call, must: bool) -> Result<(), Fault> {
    let expr = c.str(0);
    match compiled(&expr) {
        Ok(_) => {
            let s = c.arg(0);
            let v = c.alloc(Obj::Struct(vec![s]))?;
            c.ret(v);
            if !must {
                c.ret(Value::ZERO);
            }
            Ok(())
        }
        Err(e) if must => Err(Fault::Panic(format!("regexp: Compile({}): {e}", go_quote(&expr)))),
        Err(e) => {
            c.ret(Value::ZERO);
            c.ret_err(Some(e))
        }
    }
}

/// The expression as MustCompile's panic quotes it: backquoted when it can be (Go's
/// strconv.CanBackquote), else strconv.Quote (fmt's `quote`).
fn go_quote(s: &str) -> String {
    if !s.contains('`') && !s.chars().any(|c| c.is_control() && c != '\t') {
        format!("`{s}`")
    } else {
        crate::rt::fmt::quote(s)
    }
}

/// regexp.MatchString and regexp.Match.
fn match_fn(c: &mut Call, bytes: bool) -> Result<(), Fault> {
    let expr = c.str(0);
    match compiled(&expr) {
        Ok(re) => {
            let s = if bytes { bytes_text(c, 1) } else { text(c, 1) };
            c.ret_bool(re.is_match(&s));
            c.ret(Value::ZERO);
            Ok(())
        }
        Err(e) => {
            c.ret_bool(false);
            c.ret_err(Some(e))
        }
    }
}

/// The receiver's expression string (a nil *Regexp panics as Go's does).
fn expr_of(c: &Call) -> Result<Value, Fault> {
    let p = c.arg(0);
    if p.h == 0 {
        return Err(Fault::Panic(crate::library::call::NIL_DEREF.into()));
    }
    Ok(match &*c.rt.heap.lock(p.h) {
        Obj::Struct(f) => f.first().copied().unwrap_or_default(),
        _ => Value::ZERO,
    })
}

fn regexp(c: &Call) -> Result<Arc<Regex>, Fault> {
    let e = expr_of(c)?;
    let expr = c.text(e);
    compiled(&expr).map_err(Fault::Panic)
}

fn text(c: &Call, i: usize) -> Arc<str> {
    c.str(i)
}

/// A []byte argument as text (bytes that are not UTF-8 become U+FFFD).
fn bytes_text(c: &Call, i: usize) -> Arc<str> {
    let b = byte_arg(c, i);
    match String::from_utf8(b) {
        Ok(s) => s.into(),
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into(),
    }
}

/// A match's groups: (start, end) of each, None for a group that did not take part.
type Groups = Vec<Option<(usize, usize)>>;

/// The first `n` matches (all when n < 0), as Go's FindAll: successive non-overlapping
/// matches, an empty match right after the previous match ignored.
fn matches(re: &Regex, s: &str, n: i64) -> Vec<(usize, usize)> {
    submatches(re, s, n).into_iter().filter_map(|g| g[0]).collect()
}

fn submatches(re: &Regex, s: &str, n: i64) -> Vec<Groups> {
    let mut out = Vec::new();
    let mut prev_end: Option<usize> = None;
    for caps in re.captures_iter(s) {
        if n >= 0 && out.len() as i64 >= n {
            break;
        }
        let whole = caps.get(0).map(|m| (m.start(), m.end()));
        if let Some((a, b)) = whole {
            if a == b && prev_end == Some(a) {
                continue;
            }
            prev_end = Some(b);
        }
        out.push((0..caps.len()).map(|i| caps.get(i).map(|m| (m.start(), m.end()))).collect());
    }
    out
}

fn ints_of(c: &mut Call, m: &Groups) -> Result<Value, Fault> {
    let mut v = Vec::with_capacity(m.len() * 2);
    for g in m {
        let (a, b) = g.map_or((-1, -1), |(a, b)| (a as i64, b as i64));
        v.push(Value::int(a));
        v.push(Value::int(b));
    }
    c.new_slice(v)
}

fn strings_of(c: &mut Call, s: &str, m: &Groups) -> Result<Value, Fault> {
    let parts: Vec<&str> = m.iter().map(|g| g.map_or("", |(a, b)| &s[a..b])).collect();
    c.new_strings(&parts)
}

fn byte_slices_of(c: &mut Call, s: &str, m: &Groups) -> Result<Value, Fault> {
    let mut out = Vec::with_capacity(m.len());
    for g in m {
        out.push(match g {
            Some((a, b)) => new_byte_slice(c, s[*a..*b].as_bytes())?,
            None => Value::ZERO,
        });
    }
    c.new_slice(out)
}

/// A [][]T of the matches (nil when there are none).
fn all_of(
    c: &mut Call,
    all: &[Groups],
    each: impl Fn(&mut Call, &Groups) -> Result<Value, Fault>,
) -> Result<(), Fault> {
    if all.is_empty() {
        c.ret(Value::ZERO);
        return Ok(());
    }
    let mut out = Vec::with_capacity(all.len());
    for m in all {
        out.push(each(c, m)?);
    }
    let v = c.new_slice(out)?;
    c.ret(v);
    Ok(())
}

/// FindStringIndex and FindIndex: [start, end] of the first match, nil without one.
fn find_index(c: &mut Call, bytes: bool) -> Result<(), Fault> {
    let re = regexp(c)?;
    let s = if bytes { bytes_text(c, 1) } else { text(c, 1) };
    let v = match re.find(&s) {
        Some(m) => c.new_slice(vec![Value::int(m.start() as i64), Value::int(m.end() as i64)])?,
        None => Value::ZERO,
    };
    c.ret(v);
    Ok(())
}

/// Split as Go's: the text between the first n-1 matches (all when n < 0), then the rest.
fn split(c: &mut Call) -> Result<(), Fault> {
    let (re, s, n) = (regexp(c)?, text(c, 1), c.int(2));
    if n == 0 {
        c.ret(Value::ZERO);
        return Ok(());
    }
    let expr = c.text(expr_of(c)?);
    if !expr.is_empty() && s.is_empty() {
        let v = c.new_strings(&[""])?;
        c.ret(v);
        return Ok(());
    }
    let mut parts: Vec<&str> = Vec::new();
    let (mut beg, mut end) = (0, 0);
    for (a, b) in matches(&re, &s, n) {
        if n > 0 && parts.len() as i64 == n - 1 {
            break;
        }
        end = a;
        if b != 0 {
            parts.push(&s[beg..end]);
        }
        beg = b;
    }
    if end != s.len() {
        parts.push(&s[beg..]);
    }
    let v = c.new_strings(&parts)?;
    c.ret(v);
    Ok(())
}

/// ReplaceAllStringFunc and ReplaceAllFunc: each match replaced by repl(match), a Go call.
fn replace_func(c: &mut Call, bytes: bool) -> Result<(), Fault> {
    let re = regexp(c)?;
    let s = if bytes { bytes_text(c, 1) } else { text(c, 1) };
    let spans = matches(&re, &s, -1);
    let f = c.arg(2);
    c.task(move |ctx: Ctx| async move {
        let name = if bytes {
            "regexp.(*Regexp).ReplaceAllFunc"
        } else {
            "regexp.(*Regexp).ReplaceAllStringFunc"
        };
        ctx.frames(vec![(name, true, "regexp/regexp.go", 0)]);
        let mut out: Vec<u8> = Vec::with_capacity(s.len());
        let mut last = 0;
        for (a, b) in spans {
            out.extend_from_slice(&s.as_bytes()[last..a]);
            let piece = s[a..b].to_string();
            let arg = ctx
                .native(move |c| {
                    Ok(vec![if bytes {
                        new_byte_slice(c, piece.as_bytes())?
                    } else {
                        c.new_str(&piece)?
                    }])
                })
                .await;
            let r = ctx.call(f, &arg, 1).await;
            let got = r.first().copied().unwrap_or_default();
            let piece: Vec<u8> = ctx
                .native(move |c| {
                    let b: Vec<u8> = if bytes {
                        super::call::elems(c.rt, got).iter().map(|v| v.w as u8).collect()
                    } else {
                        c.rt.heap.bytes(got).to_vec()
                    };
                    Ok(b.into_iter().map(|x| Value::int(x as i64)).collect())
                })
                .await
                .iter()
                .map(|v| v.w as u8)
                .collect();
            out.extend_from_slice(&piece);
            last = b;
        }
        out.extend_from_slice(&s.as_bytes()[last..]);
        let v = ctx
            .native(move |c| {
                Ok(vec![if bytes { new_byte_slice(c, &out)? } else { c.new_bytes(&out)? }])
            })
            .await;
        Ok(v)
    });
    Ok(())
}
