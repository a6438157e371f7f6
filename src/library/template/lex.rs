//! text/template's lexer: the text is cut into plain text and the items inside actions,
//! with Go's trim markers (`{{- ` and ` -}}`), comments and error texts. It follows
//! text/template/parse/lex.go's states (the parser's error messages quote its items, and
//! their lines), run to the end at once: the lexer never depends on the parser.

use crate::rt::fmt::quote;

#[derive(Clone, Copy, PartialEq, Eq, Debug, PartialOrd)]
pub enum T {
    Error,
    Bool,
    Char,
    CharConstant,
    Comment,
    Complex,
    Assign,
    Declare,
    Eof,
    Field,
    Identifier,
    LeftDelim,
    LeftParen,
    Number,
    Pipe,
    RawString,
    RightDelim,
    RightParen,
    Space,
    String,
    Text,
    Variable,
    // Keywords (after `Keyword`, printed as `<word>` in messages).
    Keyword,
    Block,
    Break,
    Continue,
    Dot,
    Define,
    Else,
    End,
    If,
    Nil,
    Range,
    Template,
    With,
}

#[derive(Clone, Debug)]
pub struct Item {
    pub typ: T,
    /// Byte offset in the text.
    pub pos: usize,
    pub val: String,
    pub line: usize,
}

impl std::fmt::Display for Item {
    /// How the parser's messages show an item (lex.go's item.String).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.typ {
            T::Eof => f.write_str("EOF"),
            T::Error => f.write_str(&self.val),
            t if t > T::Keyword => write!(f, "<{}>", self.val),
            _ if self.val.chars().count() > 10 => {
                let head: String = self.val.chars().take(10).collect();
                write!(f, "{}...", quote(&head))
            }
            _ => f.write_str(&quote(&self.val)),
        }
    }
}

fn keyword(word: &str) -> Option<T> {
    Some(match word {
        "." => T::Dot,
        "block" => T::Block,
        "break" => T::Break,
        "continue" => T::Continue,
        "define" => T::Define,
        "else" => T::Else,
        "end" => T::End,
        "if" => T::If,
        "range" => T::Range,
        "nil" => T::Nil,
        "template" => T::Template,
        "with" => T::With,
        _ => return None,
    })
}

const LEFT_COMMENT: &str = "/*";
const RIGHT_COMMENT: &str = "*/";
/// The trim marker and the space beside it.
const TRIM_LEN: usize = 2;

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\r' | '\n')
}

fn is_alnum(c: char) -> bool {
    c == '_' || c.is_alphabetic() || c.is_numeric()
}

fn has_left_trim(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 2 && b[0] == b'-' && is_space(b[1] as char)
}

fn has_right_trim(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 2 && is_space(b[0] as char) && b[1] == b'-'
}

fn trim_right_len(s: &str) -> usize {
    s.len() - s.trim_end_matches(is_space).len()
}

fn trim_left_len(s: &str) -> usize {
    s.len() - s.trim_start_matches(is_space).len()
}

/// Go's `%#U` of a rune: `U+0023 '#'`.
fn sharp_u(c: Option<char>) -> String {
    match c {
        None => "U+FFFFFFFFFFFFFFFF".into(),
        Some(c) if !c.is_control() => format!("U+{:04X} '{c}'", c as u32),
        Some(c) => format!("U+{:04X}", c as u32),
    }
}

pub struct Lexer<'a> {
    input: &'a str,
    left: &'a str,
    right: &'a str,
    pos: usize,
    start: usize,
    at_eof: bool,
    paren_depth: i32,
    line: usize,
    start_line: usize,
    inside_action: bool,
    break_ok: bool,
    continue_ok: bool,
    done: bool,
}

enum State {
    Text,
    LeftDelim,
    Comment,
    RightDelim,
    InsideAction,
    Space,
    Identifier,
    FieldOrVar(T),
    Variable,
    Char,
    Number,
    Quote,
    RawQuote,
}

impl<'a> Lexer<'a> {
    pub fn new(
        input: &'a str,
        left: &'a str,
        right: &'a str,
        break_ok: bool,
        continue_ok: bool,
    ) -> Self {
        Lexer {
            input,
            left: if left.is_empty() { "{{" } else { left },
            right: if right.is_empty() { "}}" } else { right },
            pos: 0,
            start: 0,
            at_eof: false,
            paren_depth: 0,
            line: 1,
            start_line: 1,
            inside_action: false,
            break_ok,
            continue_ok,
            done: false,
        }
    }

    /// Every item up to and including EOF or the first error.
    pub fn items(mut self) -> Vec<Item> {
        let mut out = Vec::new();
        loop {
            let it = self.next_item();
            let end = matches!(it.typ, T::Eof | T::Error);
            out.push(it);
            if end {
                return out;
            }
        }
    }

    fn next(&mut self) -> Option<char> {
        let Some(c) = self.input[self.pos..].chars().next() else {
            self.at_eof = true;
            return None;
        };
        self.pos += c.len_utf8();
        if c == '\n' {
            self.line += 1;
        }
        Some(c)
    }

    fn peek(&mut self) -> Option<char> {
        self.input[self.pos..].chars().next()
    }

    fn backup(&mut self) {
        if !self.at_eof && self.pos > 0 {
            let c = self.input[..self.pos].chars().next_back().unwrap_or(' ');
            self.pos -= c.len_utf8();
            if c == '\n' {
                self.line -= 1;
            }
        }
    }

    fn this_item(&mut self, typ: T) -> Item {
        let it = Item {
            typ,
            pos: self.start,
            val: self.input[self.start..self.pos].to_string(),
            line: self.start_line,
        };
        self.start = self.pos;
        self.start_line = self.line;
        it
    }

    fn ignore(&mut self) {
        self.line += self.input[self.start..self.pos].matches('\n').count();
        self.start = self.pos;
        self.start_line = self.line;
    }

    fn accept(&mut self, valid: &str) -> bool {
        match self.next() {
            Some(c) if valid.contains(c) => true,
            _ => {
                self.backup();
                false
            }
        }
    }

    fn accept_run(&mut self, valid: &str) {
        while matches!(self.next(), Some(c) if valid.contains(c)) {}
        self.backup();
    }

    fn error(&mut self, msg: String) -> Item {
        let it = Item { typ: T::Error, pos: self.start, val: msg, line: self.start_line };
        self.done = true;
        it
    }

    fn next_item(&mut self) -> Item {
        if self.done {
            return Item { typ: T::Eof, pos: self.pos, val: "EOF".into(), line: self.start_line };
        }
        let mut state = if self.inside_action { State::InsideAction } else { State::Text };
        loop {
            match self.step(state) {
                Ok(it) => return it,
                Err(next) => state = next,
            }
        }
    }

    /// Runs one state: an item (Ok) or the next state.
    fn step(&mut self, state: State) -> Result<Item, State> {
        match state {
            State::Text => self.lex_text(),
            State::LeftDelim => self.lex_left_delim(),
            State::Comment => self.lex_comment(),
            State::RightDelim => Ok(self.lex_right_delim()),
            State::InsideAction => self.lex_inside_action(),
            State::Space => self.lex_space(),
            State::Identifier => Ok(self.lex_identifier()),
            State::FieldOrVar(t) => Ok(self.lex_field_or_variable(t)),
            State::Variable => {
                if self.at_terminator() {
                    return Ok(self.this_item(T::Variable));
                }
                Ok(self.lex_field_or_variable(T::Variable))
            }
            State::Char => {
                Ok(self.lex_quoted('\'', "unterminated character constant", T::CharConstant))
            }
            State::Number => Ok(self.lex_number()),
            State::Quote => Ok(self.lex_quoted('"', "unterminated quoted string", T::String)),
            State::RawQuote => Ok(self.lex_raw_quote()),
        }
    }

    fn lex_text(&mut self) -> Result<Item, State> {
        if let Some(x) = self.input[self.pos..].find(self.left) {
            if x > 0 {
                self.pos += x;
                let delim_end = self.pos + self.left.len();
                let trim = if has_left_trim(&self.input[delim_end..]) {
                    trim_right_len(&self.input[self.start..self.pos])
                } else {
                    0
                };
                self.pos -= trim;
                self.line += self.input[self.start..self.pos].matches('\n').count();
                let it = self.this_item(T::Text);
                self.pos += trim;
                self.ignore();
                if !it.val.is_empty() {
                    return Ok(it);
                }
            }
            return Err(State::LeftDelim);
        }
        self.pos = self.input.len();
        if self.pos > self.start {
            self.line += self.input[self.start..self.pos].matches('\n').count();
            return Ok(self.this_item(T::Text));
        }
        Ok(self.this_item(T::Eof))
    }

    fn at_right_delim(&self) -> (bool, bool) {
        let rest = &self.input[self.pos..];
        if has_right_trim(rest) && rest[TRIM_LEN..].starts_with(self.right) {
            return (true, true);
        }
        (rest.starts_with(self.right), false)
    }

    fn lex_left_delim(&mut self) -> Result<Item, State> {
        self.pos += self.left.len();
        let trim = has_left_trim(&self.input[self.pos..]);
        let after = if trim { TRIM_LEN } else { 0 };
        if self.input[self.pos + after..].starts_with(LEFT_COMMENT) {
            self.pos += after;
            self.ignore();
            return Err(State::Comment);
        }
        let it = self.this_item(T::LeftDelim);
        self.inside_action = true;
        self.pos += after;
        self.ignore();
        self.paren_depth = 0;
        Ok(it)
    }

    fn lex_comment(&mut self) -> Result<Item, State> {
        self.pos += LEFT_COMMENT.len();
        let Some(x) = self.input[self.pos..].find(RIGHT_COMMENT) else {
            return Ok(self.error("unclosed comment".into()));
        };
        self.pos += x + RIGHT_COMMENT.len();
        let (delim, trim) = self.at_right_delim();
        if !delim {
            return Ok(self.error("comment ends before closing delimiter".into()));
        }
        self.this_item(T::Comment);
        if trim {
            self.pos += TRIM_LEN;
        }
        self.pos += self.right.len();
        if trim {
            self.pos += trim_left_len(&self.input[self.pos..]);
        }
        self.ignore();
        Err(State::Text)
    }

    fn lex_right_delim(&mut self) -> Item {
        let (_, trim) = self.at_right_delim();
        if trim {
            self.pos += TRIM_LEN;
            self.ignore();
        }
        self.pos += self.right.len();
        let it = self.this_item(T::RightDelim);
        if trim {
            self.pos += trim_left_len(&self.input[self.pos..]);
            self.ignore();
        }
        self.inside_action = false;
        it
    }

    fn lex_inside_action(&mut self) -> Result<Item, State> {
        if self.at_right_delim().0 {
            if self.paren_depth == 0 {
                return Err(State::RightDelim);
            }
            return Ok(self.error("unclosed left paren".into()));
        }
        let Some(r) = self.next() else {
            return Ok(self.error("unclosed action".into()));
        };
        Ok(match r {
            _ if is_space(r) => {
                self.backup();
                return Err(State::Space);
            }
            '=' => self.this_item(T::Assign),
            ':' => {
                if self.next() != Some('=') {
                    return Ok(self.error("expected :=".into()));
                }
                self.this_item(T::Declare)
            }
            '|' => self.this_item(T::Pipe),
            '"' => return Err(State::Quote),
            '`' => return Err(State::RawQuote),
            '$' => return Err(State::Variable),
            '\'' => return Err(State::Char),
            '.' if self.pos < self.input.len()
                && !self.input[self.pos..].starts_with(|c: char| c.is_ascii_digit()) =>
            {
                return Err(State::FieldOrVar(T::Field))
            }
            '.' | '+' | '-' | '0'..='9' => {
                self.backup();
                return Err(State::Number);
            }
            _ if is_alnum(r) => {
                self.backup();
                return Err(State::Identifier);
            }
            '(' => {
                self.paren_depth += 1;
                self.this_item(T::LeftParen)
            }
            ')' => {
                self.paren_depth -= 1;
                if self.paren_depth < 0 {
                    return Ok(self.error("unexpected right paren".into()));
                }
                self.this_item(T::RightParen)
            }
            _ if r.is_ascii() && !r.is_ascii_control() => self.this_item(T::Char),
            _ => {
                return Ok(
                    self.error(format!("unrecognized character in action: {}", sharp_u(Some(r))))
                )
            }
        })
    }

    fn lex_space(&mut self) -> Result<Item, State> {
        let mut n = 0;
        while self.peek().is_some_and(is_space) {
            self.next();
            n += 1;
        }
        let rest = &self.input[self.pos - 1..];
        if has_right_trim(rest) && rest[TRIM_LEN..].starts_with(self.right) {
            self.backup();
            if n == 1 {
                return Err(State::RightDelim);
            }
        }
        Ok(self.this_item(T::Space))
    }

    fn lex_identifier(&mut self) -> Item {
        loop {
            let r = self.next();
            if r.is_some_and(is_alnum) {
                continue;
            }
            self.backup();
            let word = &self.input[self.start..self.pos];
            if !self.at_terminator() {
                return self.error(format!("bad character {}", sharp_u(r)));
            }
            let typ = match keyword(word) {
                Some(T::Break) if !self.break_ok => T::Identifier,
                Some(T::Continue) if !self.continue_ok => T::Identifier,
                Some(k) => k,
                None if word.starts_with('.') => T::Field,
                None if word == "true" || word == "false" => T::Bool,
                None => T::Identifier,
            };
            return self.this_item(typ);
        }
    }

    fn lex_field_or_variable(&mut self, typ: T) -> Item {
        if self.at_terminator() {
            return self.this_item(if typ == T::Variable { T::Variable } else { T::Dot });
        }
        let mut r;
        loop {
            r = self.next();
            if !r.is_some_and(is_alnum) {
                self.backup();
                break;
            }
        }
        if !self.at_terminator() {
            return self.error(format!("bad character {}", sharp_u(r)));
        }
        self.this_item(typ)
    }

    fn at_terminator(&mut self) -> bool {
        match self.peek() {
            None => true,
            Some(r) if is_space(r) || ".,|:)(".contains(r) => true,
            _ => self.input[self.pos..].starts_with(self.right),
        }
    }

    fn lex_quoted(&mut self, close: char, unterminated: &str, typ: T) -> Item {
        loop {
            match self.next() {
                Some('\\') => {
                    if matches!(self.next(), Some(r) if r != '\n') {
                        continue;
                    }
                    return self.error(unterminated.into());
                }
                None | Some('\n') => return self.error(unterminated.into()),
                Some(c) if c == close => return self.this_item(typ),
                _ => {}
            }
        }
    }

    fn lex_raw_quote(&mut self) -> Item {
        loop {
            match self.next() {
                None => return self.error("unterminated raw quoted string".into()),
                Some('`') => return self.this_item(T::RawString),
                _ => {}
            }
        }
    }

    fn lex_number(&mut self) -> Item {
        if !self.scan_number() {
            let text = quote(&self.input[self.start..self.pos]);
            return self.error(format!("bad number syntax: {text}"));
        }
        if matches!(self.peek(), Some('+' | '-')) {
            if !self.scan_number() || !self.input[..self.pos].ends_with('i') {
                let text = quote(&self.input[self.start..self.pos]);
                return self.error(format!("bad number syntax: {text}"));
            }
            return self.this_item(T::Complex);
        }
        self.this_item(T::Number)
    }

    fn scan_number(&mut self) -> bool {
        self.accept("+-");
        let mut digits = "0123456789_";
        if self.accept("0") {
            if self.accept("xX") {
                digits = "0123456789abcdefABCDEF_";
            } else if self.accept("oO") {
                digits = "01234567_";
            } else if self.accept("bB") {
                digits = "01_";
            }
        }
        self.accept_run(digits);
        if self.accept(".") {
            self.accept_run(digits);
        }
        if digits.len() == 11 && self.accept("eE") {
            self.accept("+-");
            self.accept_run("0123456789_");
        }
        if digits.len() == 23 && self.accept("pP") {
            self.accept("+-");
            self.accept_run("0123456789_");
        }
        self.accept("i");
        if self.peek().is_some_and(is_alnum) {
            self.next();
            return false;
        }
        true
    }
}
