//! fmt's scanning: Scan, Scanln, Scanf, Sscan, Sscanln, Sscanf, Fscan, Fscanln, Fscanf, as
//! Go's fmt/scan.go does them: operands are pointers (`*int`, `*string`, `*float64`, `*bool`,
//! `*[]byte`, ... and named types of those kinds), `%v` reads integers with base prefixes
//! and underscores, newlines are spaces for Scan and end the input for Scanln, a format's
//! spaces and newlines match input as Go's `advance` says, and the errors are Go's texts
//! (`expected integer`, `unexpected newline`, `input does not match format`, io.EOF,
//! io.ErrUnexpectedEOF, strconv's NumErrors).
//!
//! The scanner runs over the bytes at hand. From a string those are all there is; from
//! standard input or a *bufio.Reader more may come, and running off their end stops the scan
//! with `Stop::More`: nothing has been stored or taken yet, so the caller waits for input
//! (a system call) and scans again from the start. Only a scan that completes stores its
//! operands and says how many bytes it used. From os.Stdin, as from any reader that cannot
//! unread, the rune looked at past the last token is used up too (Go reads it and loses it
//! with its private readRune); a *bufio.Reader gets it back.

use super::bufio::scan_buffered;
use super::strconv::{parse_digits, parse_float_text, parse_signed, unquote_bytes};
use super::strings::{reader_seek, reader_state};
use super::{Call, Fault};
use crate::rt::obj::Obj;
use crate::vm::op::TypeId;
use crate::vm::program::TypeKind;
use crate::vm::value::Value;

/// The io.EOF and io.ErrUnexpectedEOF sentinels (rt::fmt::SENTINELS).
const EOF: u64 = 1;
const UNEXPECTED_EOF: u64 = 2;

/// Why a scan stopped early.
#[derive(Debug)]
enum Stop {
    /// The bytes at hand ran out and more may come: wait for input, then scan again.
    More,
    /// io.EOF (out of input before an operand).
    Eof,
    /// io.ErrUnexpectedEOF (out of input inside one).
    UnexpectedEof,
    /// Any other error, by its text.
    Msg(String),
}
type Res<T> = Result<T, Stop>;
fn err<T>(msg: impl Into<String>) -> Res<T> {
    Err(Stop::Msg(msg.into()))
}

/// A scanned value waiting to be stored through its operand.
enum Scanned {
    Int(i64),
    Float(f64),
    Bool(bool),
    Str(Vec<u8>),
    Bytes(Vec<u8>),
}

/// What an operand points to, as the scanner treats it.
#[derive(Clone, Copy)]
enum Target {
    Int { bits: u32, signed: bool },
    Float { bits32: bool },
    Bool,
    Str,
    Bytes,
}

/// The state of one Fscan*-like call (Go's ss): a cursor over the bytes at hand.
struct Scanner<'b> {
    input: &'b [u8],
    pos: usize,
    /// Where the rune before `pos` started (for unread).
    prev: usize,
    /// The furthest byte read: what a reader that cannot unread has used up.
    fetched: usize,
    /// More input may follow `input`.
    more: bool,
    nl_is_space: bool,
    nl_is_end: bool,
    at_eof: bool,
    /// Runes read, and the limit for the current operand (a width in Scanf).
    count: usize,
    arg_limit: usize,
    buf: Vec<u8>,
}

const HUGE: usize = 1 << 30;

fn is_space(r: u32) -> bool {
    matches!(r, 0x09..=0x0d | 0x20 | 0x85 | 0xa0 | 0x1680 | 0x2000..=0x200a | 0x2028 | 0x2029 | 0x202f | 0x205f | 0x3000)
}

impl<'b> Scanner<'b> {
    fn new(input: &'b [u8], more: bool, nl_is_space: bool, nl_is_end: bool) -> Self {
        Scanner {
            input,
            pos: 0,
            prev: 0,
            fetched: 0,
            more,
            nl_is_space,
            nl_is_end,
            at_eof: false,
            count: 0,
            arg_limit: HUGE,
            buf: Vec::new(),
        }
    }

    /// The next rune, or None at the end of the input (or of the operand's width).
    fn get(&mut self) -> Res<Option<u32>> {
        if self.at_eof || self.count >= self.arg_limit {
            return Ok(None);
        }
        let rest = &self.input[self.pos..];
        if rest.is_empty() {
            if self.more {
                return Err(Stop::More);
            }
            self.at_eof = true;
            return Ok(None);
        }
        let (r, w) = match decode(rest) {
            Some(x) => x,
            // A rune cut at the end of the bytes at hand: wait for the rest of it.
            None if self.more => return Err(Stop::More),
            None => (0xfffd, 1),
        };
        self.prev = self.pos;
        self.pos += w;
        self.fetched = self.fetched.max(self.pos);
        self.count += 1;
        if self.nl_is_end && r == u32::from('\n') {
            self.at_eof = true;
        }
        Ok(Some(r))
    }

    fn unread(&mut self) {
        self.pos = self.prev;
        self.at_eof = false;
        self.count -= 1;
    }

    /// mustReadRune: the end of input here is io.ErrUnexpectedEOF.
    fn must_get(&mut self) -> Res<u32> {
        self.get()?.ok_or(Stop::UnexpectedEof)
    }

    /// notEOF: there is a rune to read (else io.EOF).
    fn not_eof(&mut self) -> Res<()> {
        match self.get()? {
            None => Err(Stop::Eof),
            Some(_) => {
                self.unread();
                Ok(())
            }
        }
    }

    /// consume/accept: takes the next rune if it is in `ok` (into the token if `keep`).
    fn consume(&mut self, ok: &str, keep: bool) -> Res<bool> {
        let Some(r) = self.get()? else { return Ok(false) };
        if ok.chars().any(|c| u32::from(c) == r) {
            if keep {
                push_rune(&mut self.buf, r);
            }
            return Ok(true);
        }
        if keep {
            self.unread();
        }
        Ok(false)
    }
    fn accept(&mut self, ok: &str) -> Res<bool> {
        self.consume(ok, true)
    }
    fn peek(&mut self, ok: &str) -> Res<bool> {
        let r = self.get()?;
        if r.is_some() {
            self.unread();
        }
        Ok(r.is_some_and(|r| ok.chars().any(|c| u32::from(c) == r)))
    }

    fn skip_space(&mut self) -> Res<()> {
        loop {
            let Some(r) = self.get()? else { return Ok(()) };
            if r == u32::from('\r') && self.peek("\n")? {
                continue;
            }
            if r == u32::from('\n') {
                if self.nl_is_space {
                    continue;
                }
                return err("unexpected newline");
            }
            if !is_space(r) {
                self.unread();
                return Ok(());
            }
        }
    }

    /// The runes up to the next space, after skipping spaces.
    fn word(&mut self) -> Res<Vec<u8>> {
        self.skip_space()?;
        while let Some(r) = self.get()? {
            if is_space(r) {
                self.unread();
                break;
            }
            push_rune(&mut self.buf, r);
        }
        Ok(std::mem::take(&mut self.buf))
    }

    fn ok_verb(verb: char, ok: &str, what: &str) -> Res<()> {
        if ok.contains(verb) {
            Ok(())
        } else {
            err(format!("bad verb '%{verb}' for {what}"))
        }
    }

    // ---- operands

    fn scan_one(&mut self, verb: char, t: Target) -> Res<Scanned> {
        self.buf.clear();
        Ok(match t {
            Target::Bool => Scanned::Bool(self.scan_bool(verb)?),
            Target::Int { bits, signed } => Scanned::Int(self.scan_int(verb, bits, signed)?),
            Target::Float { bits32 } => {
                let what = if bits32 { "float32" } else { "float64" };
                Self::ok_verb(verb, "beEfFgGv", what)?;
                self.skip_space()?;
                self.not_eof()?;
                let tok = self.float_token()?;
                Scanned::Float(convert_float(&tok, bits32)?)
            }
            Target::Str => Scanned::Str(self.convert_string(verb)?),
            Target::Bytes => Scanned::Bytes(self.convert_string(verb)?),
        })
    }

    fn scan_bool(&mut self, verb: char) -> Res<bool> {
        self.skip_space()?;
        self.not_eof()?;
        Self::ok_verb(verb, "tv", "boolean")?;
        let bad = || err("syntax error scanning boolean");
        Ok(match char::from_u32(self.get()?.unwrap_or(0)).unwrap_or('\0') {
            '0' => false,
            '1' => true,
            't' | 'T' => {
                if self.accept("rR")? && (!self.accept("uU")? || !self.accept("eE")?) {
                    return bad();
                }
                true
            }
            'f' | 'F' => {
                if self.accept("aA")?
                    && (!self.accept("lL")? || !self.accept("sS")? || !self.accept("eE")?)
                {
                    return bad();
                }
                false
            }
            _ => false,
        })
    }

    /// scanInt / scanUint: the value as 64 bits (two's complement for unsigned).
    fn scan_int(&mut self, verb: char, bits: u32, signed: bool) -> Res<i64> {
        if verb == 'c' {
            return self.scan_rune(bits);
        }
        self.skip_space()?;
        self.not_eof()?;
        Self::ok_verb(verb, "bdoUxXv", "integer")?;
        let (mut base, mut digits) = match verb {
            'b' => (2, "01"),
            'o' => (8, "01234567"),
            'x' | 'X' | 'U' => (16, "0123456789aAbBcCdDeEfF"),
            _ => (10, "0123456789"),
        };
        let mut have_digits = false;
        if verb == 'U' {
            if !self.consume("U", false)? || !self.consume("+", false)? {
                return err("bad unicode format ");
            }
        } else {
            if signed {
                self.accept("+-")?;
            }
            if verb == 'v' {
                (base, digits, have_digits) = self.base_prefix()?;
            }
        }
        if !have_digits {
            self.not_eof()?;
            if !self.accept(digits)? {
                return err("expected integer");
            }
        }
        while self.accept(digits)? {}
        let tok = String::from_utf8_lossy(&self.buf).into_owned();
        if signed {
            let i = parse_signed(&tok, base, 64)
                .map_err(|(why, _)| num_error("ParseInt", &tok, why))?;
            if bits < 64 && (i << (64 - bits)) >> (64 - bits) != i {
                return err(format!("integer overflow on token {tok}"));
            }
            Ok(i)
        } else {
            let u = parse_digits(&tok, base, 64)
                .map_err(|(why, _)| num_error("ParseUint", &tok, why))?;
            if bits < 64 && (u << (64 - bits)) >> (64 - bits) != u {
                return err(format!("unsigned integer overflow on token {tok}"));
            }
            Ok(u as i64)
        }
    }

    /// %v's 0b, 0o, 0x and 0 prefixes: (base 0 for ParseInt, the digits, whether a 0 was read).
    fn base_prefix(&mut self) -> Res<(u32, &'static str, bool)> {
        if !self.peek("0")? {
            return Ok((0, "0123456789_", false));
        }
        self.accept("0")?;
        for (p, digits) in [("bB", "01_"), ("oO", "01234567_"), ("xX", "0123456789aAbBcCdDeEfF_")] {
            if self.peek(p)? {
                self.consume(p, true)?;
                return Ok((0, digits, true));
            }
        }
        Ok((0, "01234567_", true))
    }

    fn scan_rune(&mut self, bits: u32) -> Res<i64> {
        self.not_eof()?;
        let r = self.get()?.unwrap_or(0) as i64;
        if bits < 64 && (r << (64 - bits)) >> (64 - bits) != r {
            return err(format!(
                "overflow on character value {}",
                char::from_u32(r as u32).unwrap_or('\u{fffd}')
            ));
        }
        Ok(r)
    }

    fn float_token(&mut self) -> Res<String> {
        self.buf.clear();
        if self.accept("nN")? && self.accept("aA")? && self.accept("nN")? {
            return Ok(self.take_token());
        }
        self.accept("+-")?;
        if self.accept("iI")? && self.accept("nN")? && self.accept("fF")? {
            return Ok(self.take_token());
        }
        let (mut digits, mut exp) = ("0123456789_", "eEpP");
        if self.accept("0")? && self.accept("xX")? {
            (digits, exp) = ("0123456789aAbBcCdDeEfF_", "pP");
        }
        while self.accept(digits)? {}
        if self.accept(".")? {
            while self.accept(digits)? {}
        }
        if self.accept(exp)? {
            self.accept("+-")?;
            while self.accept("0123456789_")? {}
        }
        Ok(self.take_token())
    }

    fn take_token(&mut self) -> String {
        String::from_utf8_lossy(&std::mem::take(&mut self.buf)).into_owned()
    }

    fn convert_string(&mut self, verb: char) -> Res<Vec<u8>> {
        Self::ok_verb(verb, "svqxX", "string")?;
        self.skip_space()?;
        self.not_eof()?;
        match verb {
            'q' => self.quoted_string(),
            'x' | 'X' => self.hex_string(),
            _ => self.word(),
        }
    }

    fn quoted_string(&mut self) -> Res<Vec<u8>> {
        self.not_eof()?;
        let quote = self.get()?.unwrap_or(0);
        if quote == u32::from('`') {
            loop {
                let r = self.must_get()?;
                if r == quote {
                    return Ok(std::mem::take(&mut self.buf));
                }
                push_rune(&mut self.buf, r);
            }
        }
        if quote != u32::from('"') {
            return err("expected quoted string");
        }
        let mut text = vec![b'"'];
        loop {
            let r = self.must_get()?;
            push_rune(&mut text, r);
            if r == u32::from('\\') {
                let next = self.must_get()?;
                push_rune(&mut text, next);
            } else if r == u32::from('"') {
                break;
            }
        }
        std::str::from_utf8(&text)
            .ok()
            .and_then(unquote_bytes)
            .ok_or_else(|| Stop::Msg("invalid syntax".into()))
    }

    fn hex_string(&mut self) -> Res<Vec<u8>> {
        self.not_eof()?;
        let mut out = Vec::new();
        loop {
            let Some(hi) = self.hex_digit()? else { break };
            let Some(lo) = self.hex_digit()? else { break };
            out.push(hi << 4 | lo);
        }
        if out.is_empty() {
            return err("no hex data for %x string");
        }
        Ok(out)
    }
    fn hex_digit(&mut self) -> Res<Option<u8>> {
        let Some(r) = self.get()? else { return Ok(None) };
        match char::from_u32(r).and_then(|c| c.to_digit(16)) {
            Some(d) => Ok(Some(d as u8)),
            None => {
                self.unread();
                Ok(None)
            }
        }
    }

    // ---- the three ways of scanning

    /// Scan and Scanln (doScan): every operand with %v, then for Scanln the rest of the line.
    fn do_scan(&mut self, targets: &[Result<Target, String>], out: &mut Vec<Scanned>) -> Res<()> {
        for t in targets {
            let t = t.clone().map_err(Stop::Msg)?;
            out.push(self.scan_one('v', t)?);
        }
        if self.nl_is_end {
            while let Some(r) = self.get()? {
                if r == u32::from('\n') {
                    break;
                }
                if !is_space(r) {
                    return err("expected newline");
                }
            }
        }
        Ok(())
    }

    /// Scanf (doScanf): the format's text matched against the input, one operand per verb.
    fn do_scanf(
        &mut self,
        format: &str,
        targets: &[Result<Target, String>],
        out: &mut Vec<Scanned>,
    ) -> Res<()> {
        let f = format.as_bytes();
        let mut i = 0;
        while i < f.len() {
            let w = self.advance(&format[i..])?;
            if w > 0 {
                i += w as usize;
                continue;
            }
            if f[i] != b'%' {
                if w < 0 {
                    return err("input does not match format");
                }
                break;
            }
            i += 1;
            let start = i;
            while i < f.len() && f[i].is_ascii_digit() {
                i += 1;
            }
            let width = format[start..i].parse::<usize>().ok();
            let Some(c) = format[i..].chars().next() else { break };
            i += c.len_utf8();
            if c != 'c' {
                self.skip_space()?;
            }
            if c == '%' {
                self.skip_space()?;
                self.not_eof()?;
                if !self.accept("%")? {
                    return err("missing literal %");
                }
                continue;
            }
            self.arg_limit = width.map_or(HUGE, |w| self.count + w);
            let Some(t) = targets.get(out.len()) else {
                return err(format!(
                    "too few operands for format '%{}'",
                    &format[i - c.len_utf8()..]
                ));
            };
            let t = t.clone().map_err(Stop::Msg)?;
            out.push(self.scan_one(c, t)?);
            self.arg_limit = HUGE;
        }
        if out.len() < targets.len() {
            return err("too many operands");
        }
        Ok(())
    }

    /// Go's advance: matches the format's spaces, newlines and literal text against the
    /// input up to the next verb. The bytes of format used; -1 when a literal did not match.
    fn advance(&mut self, format: &str) -> Res<isize> {
        let mut chars = format.char_indices().peekable();
        let mut used = 0usize;
        while let Some(&(i, fc)) = chars.peek() {
            if is_space(u32::from(fc)) {
                let (mut newlines, mut trailing) = (0, false);
                while let Some(&(j, c)) = chars.peek() {
                    if !is_space(u32::from(c)) {
                        break;
                    }
                    if c == '\n' {
                        newlines += 1;
                        trailing = false;
                    } else {
                        trailing = true;
                    }
                    used = j + c.len_utf8();
                    chars.next();
                }
                for _ in 0..newlines {
                    let mut r = self.get()?;
                    while r.is_some_and(|r| is_space(r) && r != u32::from('\n')) {
                        r = self.get()?;
                    }
                    if r.is_some_and(|r| r != u32::from('\n')) {
                        return err("newline in format does not match input");
                    }
                }
                if trailing {
                    let mut r = self.get()?;
                    if newlines == 0 {
                        if r.is_some_and(|r| !is_space(r)) {
                            return err("expected space in input to match format");
                        }
                        if r == Some(u32::from('\n')) {
                            return err("newline in input does not match format");
                        }
                    }
                    while r.is_some_and(|r| is_space(r) && r != u32::from('\n')) {
                        r = self.get()?;
                    }
                    if r.is_some() {
                        self.unread();
                    }
                }
                continue;
            }
            let mut skip = fc.len_utf8();
            if fc == '%' {
                if i + 1 == format.len() {
                    return err("missing verb: % at end of format string");
                }
                if !format[i + 1..].starts_with('%') {
                    return Ok(used as isize);
                }
                chars.next();
                skip = 2;
            }
            let r = self.must_get()?;
            if r != u32::from(fc) {
                self.unread();
                return Ok(-1);
            }
            chars.next();
            used = i + skip;
        }
        Ok(used as isize)
    }
}

fn num_error(f: &str, s: &str, why: &str) -> Stop {
    Stop::Msg(format!("strconv.{f}: parsing {}: {why}", crate::rt::fmt::quote(s)))
}

/// convertFloat: strconv.ParseFloat of the token, plus Go's decimal mantissa with a binary
/// exponent (`1.5p3`).
fn convert_float(tok: &str, bits32: bool) -> Res<f64> {
    let hex = tok.contains(['x', 'X']);
    if let (Some(p), false) = (tok.find('p'), hex) {
        let f =
            parse_float_text(&tok[..p], bits32).map_err(|why| num_error("ParseFloat", tok, why))?;
        let e =
            parse_signed(&tok[p + 1..], 10, 64).map_err(|(why, _)| num_error("Atoi", tok, why))?;
        return Ok(f * 2f64.powi(e.clamp(-2000, 2000) as i32));
    }
    parse_float_text(tok, bits32).map_err(|why| num_error("ParseFloat", tok, why))
}

/// The rune at the start of `b` and its width; None if `b` ends inside it. Bad bytes are
/// U+FFFD of width 1, as Go decodes them.
fn decode(b: &[u8]) -> Option<(u32, usize)> {
    let want = match b[0] {
        0x00..=0x7f => return Some((u32::from(b[0]), 1)),
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        _ => return Some((0xfffd, 1)),
    };
    let end = want.min(b.len());
    match std::str::from_utf8(&b[..end]) {
        Ok(s) if end == want => Some((u32::from(s.chars().next()?), want)),
        Err(e) if e.error_len().is_none() && end < want => None,
        _ => Some((0xfffd, 1)),
    }
}

fn push_rune(buf: &mut Vec<u8>, r: u32) {
    let c = char::from_u32(r).unwrap_or('\u{fffd}');
    buf.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
}

// ---------- the natives

/// How a call reads its input and treats newlines.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Mode {
    /// Scan, Sscan, Fscan: newlines are spaces.
    Scan,
    /// Scanln: a newline ends the input, and must follow the last operand.
    Scanln,
    /// Scanf: the format says.
    Scanf,
}

/// The operands' targets, from the pointers' dynamic types (Err: Go's error for that operand).
fn targets(c: &Call, ptrs: &[Value]) -> Vec<Result<Target, String>> {
    let types = &c.rt.prog.types;
    ptrs.iter()
        .map(|p| {
            let name = || c.rt.prog.type_name(p.t).to_string();
            let info = &types[p.t as usize];
            if !matches!(info.kind, TypeKind::Pointer | TypeKind::StructPtr { .. }) {
                return Err(format!(
                    "type not a pointer: {}",
                    if p.t == 0 { "<nil>".into() } else { name() }
                ));
            }
            target(c, info.pointee).ok_or_else(|| format!("can't scan type: {}", name()))
        })
        .collect()
}

fn target(c: &Call, t: TypeId) -> Option<Target> {
    let types = &c.rt.prog.types;
    Some(match types.get(t as usize)?.kind {
        TypeKind::Bool => Target::Bool,
        TypeKind::Int { bits, signed } => Target::Int { bits: u32::from(bits), signed },
        TypeKind::Float64 => Target::Float { bits32: false },
        TypeKind::Float32 => Target::Float { bits32: true },
        TypeKind::String => Target::Str,
        TypeKind::Slice { elem }
            if matches!(types[elem as usize].kind, TypeKind::Int { bits: 8, signed: false }) =>
        {
            Target::Bytes
        }
        _ => return None,
    })
}

/// One scan over `input` (`more`: more input may follow). Ok(None): wait for more input.
/// Otherwise the bytes used and the call's results (n, err), the operands stored.
fn scan_input(
    c: &mut Call,
    input: &[u8],
    more: bool,
    mode: Mode,
    format: Option<&str>,
    ptrs: &[Value],
) -> Result<Option<(usize, usize, Vec<Value>)>, Fault> {
    let targets = targets(c, ptrs);
    let mut s = Scanner::new(input, more, mode == Mode::Scan, mode == Mode::Scanln);
    let mut got = Vec::new();
    let r = match format {
        Some(f) => s.do_scanf(f, &targets, &mut got),
        None => s.do_scan(&targets, &mut got),
    };
    let e = match r {
        Err(Stop::More) => return Ok(None),
        Ok(()) => Value::ZERO,
        Err(Stop::Eof) => c.sentinel(EOF),
        Err(Stop::UnexpectedEof) => c.sentinel(UNEXPECTED_EOF),
        Err(Stop::Msg(m)) => c.new_error(&m)?,
    };
    for (p, v) in ptrs.iter().zip(&got) {
        store(c, *p, v)?;
    }
    Ok(Some((s.pos, s.fetched, vec![Value::int(got.len() as i64), e])))
}

/// A scan of input that is all there is.
fn scan_all(
    c: &mut Call,
    input: &[u8],
    mode: Mode,
    format: Option<&str>,
    ptrs: &[Value],
) -> Result<(usize, usize, Vec<Value>), Fault> {
    Ok(scan_input(c, input, false, mode, format, ptrs)?
        .unwrap_or_else(|| crate::sys::internal_error("a scan of all its input asked for more")))
}

fn store(c: &mut Call, p: Value, v: &Scanned) -> Result<(), Fault> {
    let v = match v {
        Scanned::Int(i) => Value::int(*i),
        Scanned::Float(f) => Value::float(*f),
        Scanned::Bool(b) => Value::bool(*b),
        Scanned::Str(b) => c.new_bytes(b)?,
        Scanned::Bytes(b) => super::crypto::new_byte_slice(c, b)?,
    };
    c.update(Value { t: 0, ..p }, |_| v)?;
    Ok(())
}

fn ret(c: &mut Call, results: Vec<Value>) {
    for v in results {
        c.ret(v);
    }
}

/// Sscan, Sscanln, Sscanf: argument 0 is the string (then the format).
pub(super) fn sscan(c: &mut Call, mode: Mode) -> Result<(), Fault> {
    let input = c.bytes(0);
    let format = (mode == Mode::Scanf).then(|| c.str(1));
    let ptrs = c.elems(if format.is_some() { 2 } else { 1 });
    let (_, _, results) = scan_all(c, &input, mode, format.as_deref(), &ptrs)?;
    ret(c, results);
    Ok(())
}

/// Scan, Scanln, Scanf: from os.Stdin (the format first for Scanf).
pub(super) fn scan_stdin(c: &mut Call, mode: Mode) -> Result<(), Fault> {
    let format = (mode == Mode::Scanf).then(|| c.str(0));
    let ptrs = c.elems(usize::from(format.is_some()));
    stdin_scan(c, mode, format.as_deref(), &ptrs)
}

/// Scans standard input: blocks in a system call until the scan completes on what has
/// arrived (or the input ends), then takes what it read.
fn stdin_scan(c: &mut Call, mode: Mode, format: Option<&str>, ptrs: &[Value]) -> Result<(), Fault> {
    let rt = c.rt;
    let mut done = None;
    let mut failed = None;
    rt.stdin_with(|input, more| match scan_input(c, input, more, mode, format, ptrs) {
        Ok(Some((_, fetched, results))) => {
            done = Some(results);
            Some(fetched)
        }
        Ok(None) => None,
        Err(f) => {
            failed = Some(f);
            Some(0)
        }
    });
    if let Some(f) = failed {
        return Err(f);
    }
    match done {
        Some(results) => {
            ret(c, results);
            Ok(())
        }
        // Once the program has ended, a goroutine still reading stops instead of waiting.
        None if rt.is_done() => Err(Fault::Yielded),
        None => Err(Fault::ReadStdin),
    }
}

/// Fscan, Fscanln, Fscanf: argument 0 is the io.Reader: os.Stdin or a *bufio.Reader.
pub(super) fn fscan(c: &mut Call, mode: Mode) -> Result<(), Fault> {
    let r = c.arg(0);
    let format = (mode == Mode::Scanf).then(|| c.str(1));
    let ptrs = c.elems(if format.is_some() { 2 } else { 1 });
    let name = if r.t == 0 { "nil".to_string() } else { c.rt.prog.type_name(r.t).to_string() };
    match name.as_str() {
        "*os.File" if file_fd(c, r) == 0 => stdin_scan(c, mode, format.as_deref(), &ptrs),
        // A file of the run's file system: scanned whole from its offset, which then moves
        // past what the scan read (one rune past the last token, as Go's readRune loses it).
        "*os.File" if file_fd(c, r) > 2 && file_fd(c, r) != u32::MAX => {
            let fd = file_fd(c, r);
            let Some((off, input)) = super::file::unread(c, fd) else {
                c.ret_int(0);
                return c.ret_err(Some(super::file::closed_text(c, fd)));
            };
            let (_, fetched, results) = scan_all(c, &input, mode, format.as_deref(), &ptrs)?;
            super::file::set_offset(c, fd, off + fetched as i64);
            ret(c, results);
            Ok(())
        }
        "*bufio.Reader" => scan_buffered(
            c,
            r,
            Box::new(move |c, input, more| {
                Ok(scan_input(c, input, more, mode, format.as_deref(), &ptrs)?
                    .map(|(used, _, results)| (used, results)))
            }),
        ),
        // RuneScanners over a string: the scan takes what it used.
        "*strings.Reader" | "*bytes.Reader" => {
            let (input, at) = reader_state(c)?;
            let rest = &input[at.min(input.len())..];
            let (used, _, results) = scan_all(c, rest, mode, format.as_deref(), &ptrs)?;
            reader_seek(c, at + used);
            ret(c, results);
            Ok(())
        }
        _ => {
            c.ret_int(0);
            c.ret_err(Some(format!("fmt: scanning from a {name} is not supported by gopark yet")))
        }
    }
}

/// The file descriptor of an *os.File.
fn file_fd(c: &Call, f: Value) -> u32 {
    match &*c.rt.heap.lock(f.h) {
        Obj::Struct(fields) => fields.first().map_or(u32::MAX, |v| v.w as u32),
        _ => u32::MAX,
    }
}
