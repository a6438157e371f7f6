//! The scanner: Go source text to tokens, with automatic semicolons.
//!
//! This follows cmd/compile/internal/syntax/scanner.go closely, including its error
//! messages ("newline in string", "invalid digit '8' in octal literal") and its rule for
//! automatic semicolons: after a line's final token, a newline (or the end of the file)
//! becomes a `;` if that token was a name, a literal, one of the keywords `break`,
//! `continue`, `fallthrough`, `return`, or one of `++ -- ) ] }`. Such a semicolon carries
//! the literal "newline" or "EOF" so the parser can say "unexpected newline".
//!
//! The whole file is scanned up front into a vector; the parser then walks it. Scanning
//! never fails: malformed literals are flagged `bad` and reported once.

use super::token::{
    LitKind, Operator, Pos, Tok, Token, PREC_ADD, PREC_ANDAND, PREC_CMP, PREC_MUL, PREC_OROR,
};
use super::ErrorList;

pub struct Scanner<'a> {
    src: &'a [u8],
    /// Byte offset of the current character.
    off: usize,
    line: u32,
    /// Byte offset where the current line starts.
    line_start: usize,
    /// Whether a newline at this point becomes a semicolon.
    nlsemi: bool,
}

/// Scans all of `src`; the result always ends with an `Eof` token.
pub fn scan(src: &str, errs: &mut ErrorList) -> Vec<Token> {
    let mut s = Scanner { src: src.as_bytes(), off: 0, line: 1, line_start: 0, nlsemi: false };
    // A leading byte order mark is ignored, as gc does.
    if src.starts_with('\u{feff}') {
        s.off = 3;
    }
    let mut toks = Vec::new();
    loop {
        let t = s.next(errs);
        let eof = t.tok == Tok::Eof;
        toks.push(t);
        if eof {
            break;
        }
    }
    toks
}

fn is_letter(c: u8) -> bool {
    c.is_ascii_alphabetic() || c == b'_'
}

fn base_name(base: u32) -> &'static str {
    match base {
        2 => "binary",
        8 => "octal",
        10 => "decimal",
        _ => "hexadecimal",
    }
}

/// Formats a character the way Go's `%#U` does: `U+0040 '@'`.
pub fn fmt_u(c: char) -> String {
    if c.is_control() {
        format!("U+{:04X}", c as u32)
    } else {
        format!("U+{:04X} '{}'", c as u32, c)
    }
}

impl<'a> Scanner<'a> {
    fn ch(&self) -> i32 {
        if self.off < self.src.len() {
            self.src[self.off] as i32
        } else {
            -1
        }
    }

    fn peek(&self, k: usize) -> i32 {
        if self.off + k < self.src.len() {
            self.src[self.off + k] as i32
        } else {
            -1
        }
    }

    /// The current (possibly multi-byte) character, if any.
    fn cur_char(&self) -> Option<char> {
        if self.off >= self.src.len() {
            return None;
        }
        // The source came from a &str, so it is valid UTF-8 at character boundaries.
        let rest = &self.src[self.off..];
        let n = utf8_len(rest[0]).min(rest.len());
        std::str::from_utf8(&rest[..n]).ok().and_then(|s| s.chars().next())
    }

    fn advance_char(&mut self) {
        if self.off >= self.src.len() {
            return;
        }
        let c = self.src[self.off];
        let n = utf8_len(c);
        if c == b'\n' {
            self.line += 1;
            self.line_start = self.off + 1;
        }
        self.off = (self.off + n).min(self.src.len());
    }

    fn nextch(&mut self) {
        self.advance_char();
    }

    fn pos(&self) -> Pos {
        Pos::new(self.line, (self.off - self.line_start) as u32 + 1)
    }

    fn tok(&self, tok: Tok, pos: Pos) -> Token {
        Token {
            tok,
            pos,
            lit: String::new(),
            kind: LitKind::Int,
            bad: false,
            op: Operator::Def,
            prec: 0,
        }
    }

    fn next(&mut self, errs: &mut ErrorList) -> Token {
        let nlsemi = self.nlsemi;
        self.nlsemi = false;
        loop {
            // Skip white space (a newline only when it does not end a statement).
            while matches!(self.ch(), 0x20 | 0x09 | 0x0d) || (self.ch() == b'\n' as i32 && !nlsemi)
            {
                self.nextch();
            }
            let pos = self.pos();
            let start = self.off;
            let c = self.ch();
            if c < 0 {
                if nlsemi {
                    let mut t = self.tok(Tok::Semi, pos);
                    t.lit = "EOF".into();
                    return t;
                }
                return self.tok(Tok::Eof, pos);
            }
            let c = c as u8;
            if is_letter(c) || (c >= 0x80 && self.at_ident_char(true, errs)) {
                self.nextch();
                return self.ident(start, pos, errs);
            }
            let op = |s: &mut Self, tok: Tok, o: Operator, prec: u8| {
                let mut t = s.tok(tok, pos);
                t.op = o;
                t.prec = prec;
                t
            };
            // Operators that may be followed by '=' to form op=.
            let assignop = |s: &mut Self, o: Operator, prec: u8| {
                let tok = if s.ch() == b'=' as i32 {
                    s.nextch();
                    Tok::AssignOp
                } else {
                    Tok::Operator
                };
                let mut t = s.tok(tok, pos);
                t.op = o;
                t.prec = prec;
                t
            };
            let t = match c {
                b'\n' => {
                    self.nextch();
                    let mut t = self.tok(Tok::Semi, pos);
                    t.lit = "newline".into();
                    t
                }
                b'0'..=b'9' => self.number(start, pos, false, errs),
                b'"' => self.std_string(start, pos, errs),
                b'`' => self.raw_string(start, pos, errs),
                b'\'' => self.rune(start, pos, errs),
                b'(' => {
                    self.nextch();
                    self.tok(Tok::Lparen, pos)
                }
                b'[' => {
                    self.nextch();
                    self.tok(Tok::Lbrack, pos)
                }
                b'{' => {
                    self.nextch();
                    self.tok(Tok::Lbrace, pos)
                }
                b',' => {
                    self.nextch();
                    self.tok(Tok::Comma, pos)
                }
                b';' => {
                    self.nextch();
                    let mut t = self.tok(Tok::Semi, pos);
                    t.lit = "semicolon".into();
                    t
                }
                b')' => {
                    self.nextch();
                    self.nlsemi = true;
                    self.tok(Tok::Rparen, pos)
                }
                b']' => {
                    self.nextch();
                    self.nlsemi = true;
                    self.tok(Tok::Rbrack, pos)
                }
                b'}' => {
                    self.nextch();
                    self.nlsemi = true;
                    self.tok(Tok::Rbrace, pos)
                }
                b':' => {
                    self.nextch();
                    if self.ch() == b'=' as i32 {
                        self.nextch();
                        self.tok(Tok::Define, pos)
                    } else {
                        self.tok(Tok::Colon, pos)
                    }
                }
                b'.' => {
                    if (self.peek(1) as u8).is_ascii_digit() && self.peek(1) >= 0 {
                        self.nextch();
                        self.number(start, pos, true, errs)
                    } else if self.peek(1) == b'.' as i32 && self.peek(2) == b'.' as i32 {
                        self.nextch();
                        self.nextch();
                        self.nextch();
                        self.tok(Tok::DotDotDot, pos)
                    } else {
                        self.nextch();
                        self.tok(Tok::Dot, pos)
                    }
                }
                b'+' | b'-' => {
                    self.nextch();
                    let o = if c == b'+' { Operator::Add } else { Operator::Sub };
                    if self.ch() == c as i32 {
                        self.nextch();
                        self.nlsemi = true;
                        op(self, Tok::IncOp, o, PREC_ADD)
                    } else {
                        assignop(self, o, PREC_ADD)
                    }
                }
                b'*' => {
                    self.nextch();
                    if self.ch() == b'=' as i32 {
                        self.nextch();
                        op(self, Tok::AssignOp, Operator::Mul, PREC_MUL)
                    } else {
                        op(self, Tok::Star, Operator::Mul, PREC_MUL)
                    }
                }
                b'/' => {
                    if self.peek(1) == b'/' as i32 {
                        // A line comment: skip to (not past) the newline, which then
                        // produces the semicolon if one is due.
                        while self.ch() >= 0 && self.ch() != b'\n' as i32 {
                            self.nextch();
                        }
                        continue;
                    }
                    if self.peek(1) == b'*' as i32 {
                        self.nextch();
                        self.nextch();
                        let start_line = self.line;
                        let mut closed = false;
                        while self.ch() >= 0 {
                            if self.ch() == b'*' as i32 && self.peek(1) == b'/' as i32 {
                                self.nextch();
                                self.nextch();
                                closed = true;
                                break;
                            }
                            self.nextch();
                        }
                        if !closed {
                            errs.error(pos, "comment not terminated");
                        }
                        // A multi-line comment acts like a newline.
                        if self.line > start_line && nlsemi {
                            let mut t = self.tok(Tok::Semi, pos);
                            t.lit = "newline".into();
                            return t;
                        }
                        continue;
                    }
                    self.nextch();
                    assignop(self, Operator::Div, PREC_MUL)
                }
                b'%' => {
                    self.nextch();
                    assignop(self, Operator::Rem, PREC_MUL)
                }
                b'&' => {
                    self.nextch();
                    if self.ch() == b'&' as i32 {
                        self.nextch();
                        op(self, Tok::Operator, Operator::AndAnd, PREC_ANDAND)
                    } else if self.ch() == b'^' as i32 {
                        self.nextch();
                        assignop(self, Operator::AndNot, PREC_MUL)
                    } else {
                        assignop(self, Operator::And, PREC_MUL)
                    }
                }
                b'|' => {
                    self.nextch();
                    if self.ch() == b'|' as i32 {
                        self.nextch();
                        op(self, Tok::Operator, Operator::OrOr, PREC_OROR)
                    } else {
                        assignop(self, Operator::Or, PREC_ADD)
                    }
                }
                b'^' => {
                    self.nextch();
                    assignop(self, Operator::Xor, PREC_ADD)
                }
                b'<' => {
                    self.nextch();
                    if self.ch() == b'=' as i32 {
                        self.nextch();
                        op(self, Tok::Operator, Operator::Leq, PREC_CMP)
                    } else if self.ch() == b'<' as i32 {
                        self.nextch();
                        assignop(self, Operator::Shl, PREC_MUL)
                    } else if self.ch() == b'-' as i32 {
                        self.nextch();
                        self.tok(Tok::Arrow, pos)
                    } else {
                        op(self, Tok::Operator, Operator::Lss, PREC_CMP)
                    }
                }
                b'>' => {
                    self.nextch();
                    if self.ch() == b'=' as i32 {
                        self.nextch();
                        op(self, Tok::Operator, Operator::Geq, PREC_CMP)
                    } else if self.ch() == b'>' as i32 {
                        self.nextch();
                        assignop(self, Operator::Shr, PREC_MUL)
                    } else {
                        op(self, Tok::Operator, Operator::Gtr, PREC_CMP)
                    }
                }
                b'=' => {
                    self.nextch();
                    if self.ch() == b'=' as i32 {
                        self.nextch();
                        op(self, Tok::Operator, Operator::Eql, PREC_CMP)
                    } else {
                        self.tok(Tok::Assign, pos)
                    }
                }
                b'!' => {
                    self.nextch();
                    if self.ch() == b'=' as i32 {
                        self.nextch();
                        op(self, Tok::Operator, Operator::Neq, PREC_CMP)
                    } else {
                        op(self, Tok::Operator, Operator::Not, 0)
                    }
                }
                b'~' => {
                    self.nextch();
                    op(self, Tok::Operator, Operator::Tilde, 0)
                }
                _ => {
                    let ch = self.cur_char().unwrap_or('\u{fffd}');
                    errs.error(pos, format!("invalid character {}", fmt_u(ch)));
                    self.nextch();
                    continue;
                }
            };
            return t;
        }
    }

    /// Reports whether the current non-ASCII character may be part of an identifier,
    /// complaining (as gc does) about digits at the start and other characters.
    fn at_ident_char(&mut self, first: bool, errs: &mut ErrorList) -> bool {
        let Some(c) = self.cur_char() else {
            return false;
        };
        if c.is_alphabetic() || c == '_' {
            return true;
        }
        if c.is_numeric() {
            if first {
                errs.error(self.pos(), format!("identifier cannot begin with digit {}", fmt_u(c)));
            }
            return true;
        }
        if c as u32 >= 0x80 {
            // gc's atIdentChar reports every other non-ASCII character here, and treats it
            // as part of the identifier to avoid follow-on errors.
            errs.error(self.pos(), format!("invalid character {} in identifier", fmt_u(c)));
            return true;
        }
        false
    }

    fn ident(&mut self, start: usize, pos: Pos, errs: &mut ErrorList) -> Token {
        loop {
            let c = self.ch();
            if c < 0 {
                break;
            }
            let c = c as u8;
            if is_letter(c) || c.is_ascii_digit() {
                self.nextch();
            } else if c >= 0x80 && self.at_ident_char(false, errs) {
                self.nextch();
            } else {
                break;
            }
        }
        let lit = String::from_utf8_lossy(&self.src[start..self.off]).into_owned();
        if let Some(kw) = Tok::keyword(&lit) {
            self.nlsemi = matches!(kw, Tok::Break | Tok::Continue | Tok::Fallthrough | Tok::Return);
            return self.tok(kw, pos);
        }
        self.nlsemi = true;
        let mut t = self.tok(Tok::Name, pos);
        t.lit = lit;
        t
    }

    fn lit(&mut self, start: usize, pos: Pos, kind: LitKind, ok: bool) -> Token {
        self.nlsemi = true;
        let mut t = self.tok(Tok::Literal, pos);
        t.lit = String::from_utf8_lossy(&self.src[start..self.off]).into_owned();
        t.kind = kind;
        t.bad = !ok;
        t
    }

    /// Scans digits of the given base; returns bit 0 set if a digit was seen, bit 1 if '_'.
    /// The offset of the first digit invalid for `base` goes to `invalid`.
    fn digits(&mut self, base: u32, invalid: &mut Option<usize>) -> u32 {
        let mut digsep = 0;
        if base <= 10 {
            let max = b'0' + base as u8;
            loop {
                let c = self.ch();
                if c < 0 {
                    break;
                }
                let c = c as u8;
                if !(c.is_ascii_digit() || c == b'_') {
                    break;
                }
                let mut ds = 1;
                if c == b'_' {
                    ds = 2;
                } else if c >= max && invalid.is_none() {
                    *invalid = Some(self.off);
                }
                digsep |= ds;
                self.nextch();
            }
        } else {
            loop {
                let c = self.ch();
                if c < 0 {
                    break;
                }
                let c = c as u8;
                if !(c.is_ascii_hexdigit() || c == b'_') {
                    break;
                }
                digsep |= if c == b'_' { 2 } else { 1 };
                self.nextch();
            }
        }
        digsep
    }

    fn number(
        &mut self,
        start: usize,
        pos: Pos,
        mut seen_point: bool,
        errs: &mut ErrorList,
    ) -> Token {
        let mut ok = true;
        let mut kind = LitKind::Int;
        let mut base = 10;
        let mut prefix = 0u8;
        let mut digsep = 0;
        let mut invalid = None;
        if !seen_point {
            if self.ch() == b'0' as i32 {
                self.nextch();
                match (self.ch().max(0) as u8).to_ascii_lowercase() {
                    b'x' => {
                        self.nextch();
                        base = 16;
                        prefix = b'x';
                    }
                    b'o' => {
                        self.nextch();
                        base = 8;
                        prefix = b'o';
                    }
                    b'b' => {
                        self.nextch();
                        base = 2;
                        prefix = b'b';
                    }
                    _ => {
                        base = 8;
                        prefix = b'0';
                        digsep = 1;
                    }
                }
            }
            digsep |= self.digits(base, &mut invalid);
            if self.ch() == b'.' as i32 {
                if prefix == b'o' || prefix == b'b' {
                    errs.error(
                        self.pos(),
                        format!("invalid radix point in {} literal", base_name(base)),
                    );
                    ok = false;
                }
                self.nextch();
                seen_point = true;
            }
        }
        if seen_point {
            kind = LitKind::Float;
            digsep |= self.digits(base, &mut invalid);
        }
        if digsep & 1 == 0 && ok {
            errs.error(self.pos(), format!("{} literal has no digits", base_name(base)));
            ok = false;
        }
        let e = (self.ch().max(0) as u8).to_ascii_lowercase();
        if e == b'e' || e == b'p' {
            if ok {
                if e == b'e' && prefix != 0 && prefix != b'0' {
                    errs.error(
                        self.pos(),
                        format!("'{}' exponent requires decimal mantissa", self.ch() as u8 as char),
                    );
                    ok = false;
                } else if e == b'p' && prefix != b'x' {
                    errs.error(
                        self.pos(),
                        format!(
                            "'{}' exponent requires hexadecimal mantissa",
                            self.ch() as u8 as char
                        ),
                    );
                    ok = false;
                }
            }
            self.nextch();
            kind = LitKind::Float;
            if self.ch() == b'+' as i32 || self.ch() == b'-' as i32 {
                self.nextch();
            }
            let mut none = None;
            digsep = self.digits(10, &mut none) | (digsep & 2);
            if digsep & 1 == 0 && ok {
                errs.error(self.pos(), "exponent has no digits");
                ok = false;
            }
        } else if prefix == b'x' && kind == LitKind::Float && ok {
            errs.error(self.pos(), "hexadecimal mantissa requires a 'p' exponent");
            ok = false;
        }
        if self.ch() == b'i' as i32 {
            kind = LitKind::Imag;
            self.nextch();
        }
        let mut t = self.lit(start, pos, kind, ok);
        if kind == LitKind::Int && ok {
            if let Some(off) = invalid {
                let col = pos.col + (off - start) as u32;
                errs.error(
                    Pos::new(pos.line, col),
                    format!(
                        "invalid digit '{}' in {} literal",
                        self.src[off] as char,
                        base_name(base)
                    ),
                );
                ok = false;
            }
        }
        if digsep & 2 != 0 && ok {
            if let Some(i) = invalid_sep(&t.lit) {
                errs.error(
                    Pos::new(pos.line, pos.col + i as u32),
                    "'_' must separate successive digits",
                );
                ok = false;
            }
        }
        t.bad = !ok;
        t
    }

    fn rune(&mut self, start: usize, pos: Pos, errs: &mut ErrorList) -> Token {
        let mut ok = true;
        self.nextch();
        let mut n = 0;
        loop {
            let c = self.ch();
            if c == b'\'' as i32 {
                if ok {
                    if n == 0 {
                        errs.error(self.pos(), "empty rune literal or unescaped ' in rune literal");
                        ok = false;
                    } else if n != 1 {
                        errs.error(pos, "more than one character in rune literal");
                        ok = false;
                    }
                }
                self.nextch();
                break;
            }
            if c == b'\\' as i32 {
                self.nextch();
                if !self.escape(b'\'', errs) {
                    ok = false;
                }
                n += 1;
                continue;
            }
            if c == b'\n' as i32 {
                if ok {
                    errs.error(self.pos(), "newline in rune literal");
                    ok = false;
                }
                break;
            }
            if c < 0 {
                if ok {
                    errs.error(pos, "rune literal not terminated");
                    ok = false;
                }
                break;
            }
            self.nextch();
            n += 1;
        }
        self.lit(start, pos, LitKind::Rune, ok)
    }

    fn std_string(&mut self, start: usize, pos: Pos, errs: &mut ErrorList) -> Token {
        let mut ok = true;
        self.nextch();
        loop {
            let c = self.ch();
            if c == b'"' as i32 {
                self.nextch();
                break;
            }
            if c == b'\\' as i32 {
                self.nextch();
                if !self.escape(b'"', errs) {
                    ok = false;
                }
                continue;
            }
            if c == b'\n' as i32 {
                errs.error(self.pos(), "newline in string");
                ok = false;
                break;
            }
            if c < 0 {
                errs.error(pos, "string not terminated");
                ok = false;
                break;
            }
            self.nextch();
        }
        self.lit(start, pos, LitKind::String, ok)
    }

    fn raw_string(&mut self, start: usize, pos: Pos, errs: &mut ErrorList) -> Token {
        let mut ok = true;
        self.nextch();
        loop {
            let c = self.ch();
            if c == b'`' as i32 {
                self.nextch();
                break;
            }
            if c < 0 {
                errs.error(pos, "string not terminated");
                ok = false;
                break;
            }
            self.nextch();
        }
        self.lit(start, pos, LitKind::String, ok)
    }

    /// Checks one escape sequence after the backslash (which was consumed).
    fn escape(&mut self, quote: u8, errs: &mut ErrorList) -> bool {
        let c = self.ch();
        if c < 0 {
            return true; // The caller complains about the missing end.
        }
        let c8 = c as u8;
        let (n, base, max): (u32, u32, u32) = match c8 {
            b'a' | b'b' | b'f' | b'n' | b'r' | b't' | b'v' | b'\\' => {
                self.nextch();
                return true;
            }
            _ if c8 == quote => {
                self.nextch();
                return true;
            }
            b'0'..=b'7' => (3, 8, 255),
            b'x' => {
                self.nextch();
                (2, 16, 255)
            }
            b'u' => {
                self.nextch();
                (4, 16, 0x10FFFF)
            }
            b'U' => {
                self.nextch();
                (8, 16, 0x10FFFF)
            }
            _ => {
                errs.error(self.pos(), "unknown escape");
                return false;
            }
        };
        let mut x: u32 = 0;
        for _ in 0..n {
            let c = self.ch();
            if c < 0 {
                return true;
            }
            let c8 = c as u8;
            let d = if c8.is_ascii_digit() {
                (c8 - b'0') as u32
            } else if c8.is_ascii_hexdigit() {
                (c8.to_ascii_lowercase() - b'a') as u32 + 10
            } else {
                base
            };
            if d >= base {
                let ch = self.cur_char().unwrap_or('?');
                errs.error(
                    self.pos(),
                    format!("invalid character {:?} in {} escape", ch, base_name(base)),
                );
                return false;
            }
            x = x.wrapping_mul(base).wrapping_add(d);
            self.nextch();
        }
        if x > max && base == 8 {
            errs.error(self.pos(), format!("octal escape value {} > 255", x));
            return false;
        }
        if x > max || (0xD800..0xE000).contains(&x) {
            errs.error(self.pos(), format!("escape is invalid Unicode code point U+{:04X}", x));
            return false;
        }
        true
    }
}

fn utf8_len(b: u8) -> usize {
    match b {
        0x00..=0x7f => 1,
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf7 => 4,
        _ => 1,
    }
}

/// Returns the index of the first misplaced '_' in a number literal (gc's invalidSep).
fn invalid_sep(x: &str) -> Option<usize> {
    let x = x.as_bytes();
    let mut x1 = b' ';
    let mut d = b'.';
    let mut i = 0;
    if x.len() >= 2 && x[0] == b'0' {
        x1 = x[1].to_ascii_lowercase();
        if x1 == b'x' || x1 == b'o' || x1 == b'b' {
            d = b'0';
            i = 2;
        }
    }
    while i < x.len() {
        let p = d;
        d = x[i];
        if d == b'_' {
            if p != b'0' {
                return Some(i);
            }
        } else if d.is_ascii_digit() || (x1 == b'x' && d.is_ascii_hexdigit()) {
            d = b'0';
        } else {
            if p == b'_' {
                return Some(i - 1);
            }
            d = b'.';
        }
        i += 1;
    }
    if d == b'_' {
        return Some(x.len() - 1);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(src: &str) -> Vec<(Tok, String)> {
        let mut errs = ErrorList::default();
        scan(src, &mut errs).into_iter().map(|t| (t.tok, t.lit)).collect()
    }

    #[test]
    fn automatic_semicolons() {
        let t = toks("x := 1\ny++\nreturn\n}\n");
        let kinds: Vec<Tok> = t.iter().map(|t| t.0).collect();
        use Tok::*;
        assert_eq!(
            kinds,
            vec![Name, Define, Literal, Semi, Name, IncOp, Semi, Return, Semi, Rbrace, Semi, Eof]
        );
        assert_eq!(t[3].1, "newline");
    }

    #[test]
    fn semicolon_at_eof_and_after_comment() {
        let t = toks("x // comment");
        assert_eq!(t[1], (Tok::Semi, "EOF".to_string()));
        let t = toks("x /* a\nb */ y");
        assert_eq!(t[1], (Tok::Semi, "newline".to_string()));
        // No semicolon after an operator at the end of a line.
        let t = toks("a +\nb");
        assert_eq!(t.iter().filter(|t| t.0 == Tok::Semi).count(), 1);
    }

    #[test]
    fn operators() {
        let mut errs = ErrorList::default();
        let t = scan("a &^= b <- c &&d ... <<= >>", &mut errs);
        assert_eq!(t[1].tok, Tok::AssignOp);
        assert_eq!(t[1].op, Operator::AndNot);
        assert_eq!(t[3].tok, Tok::Arrow);
        assert_eq!(t[5].op, Operator::AndAnd);
        assert_eq!(t[7].tok, Tok::DotDotDot);
        assert_eq!(t[8].tok, Tok::AssignOp);
        assert_eq!(t[9].op, Operator::Shr);
    }

    #[test]
    fn literals_and_errors() {
        let mut errs = ErrorList::default();
        let t = scan("x := \"abc\n08 0x1F 1.5e3 'a' `raw\nstr`", &mut errs);
        assert_eq!(t[2].lit, "\"abc");
        let d = errs.finish();
        assert_eq!(d[0].msg, "newline in string");
        assert_eq!((d[0].line, d[0].col), (1, 10));
        assert_eq!(d[1].msg, "invalid digit '8' in octal literal");
        assert_eq!((d[1].line, d[1].col), (2, 2));
    }

    #[test]
    fn positions_are_byte_columns() {
        let mut errs = ErrorList::default();
        let t = scan("\tx := \"é\" + y", &mut errs);
        assert_eq!(t[0].pos, Pos::new(1, 2));
        assert_eq!(t[4].pos, Pos::new(1, 14));
    }
}
