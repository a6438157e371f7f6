//! Package strings. Indices are byte offsets, as in Go. strings.Builder is a library type
//! whose value is the handle of a cell holding its buffer (`strbuf.rs`).

use super::{func, method, type_, Call, Fault, Member};
use crate::vm::value::Value;

pub const MEMBERS: &[Member] = &[
    func("Clone", "func(s string) string", clone),
    func("Compare", "func(a, b string) int", compare),
    func("Contains", "func(s, substr string) bool", contains),
    func("ContainsAny", "func(s, chars string) bool", contains_any),
    func("ContainsRune", "func(s string, r rune) bool", contains_rune),
    func("Count", "func(s, substr string) int", count),
    func("Cut", "func(s, sep string) (before, after string, found bool)", cut),
    func("CutPrefix", "func(s, prefix string) (after string, found bool)", cut_prefix),
    func("CutSuffix", "func(s, suffix string) (before string, found bool)", cut_suffix),
    func("EqualFold", "func(s, t string) bool", equal_fold),
    func("Fields", "func(s string) []string", fields),
    func("HasPrefix", "func(s, prefix string) bool", has_prefix),
    func("HasSuffix", "func(s, suffix string) bool", has_suffix),
    func("Index", "func(s, substr string) int", index),
    func("IndexAny", "func(s, chars string) int", index_any),
    func("IndexByte", "func(s string, c byte) int", index_byte),
    func("IndexRune", "func(s string, r rune) int", index_rune),
    func("Join", "func(elems []string, sep string) string", join),
    func("LastIndex", "func(s, substr string) int", last_index),
    func("LastIndexAny", "func(s, chars string) int", last_index_any),
    func("LastIndexByte", "func(s string, c byte) int", last_index_byte),
    func("Repeat", "func(s string, count int) string", repeat),
    func("Replace", "func(s, old, new string, n int) string", replace),
    func("ReplaceAll", "func(s, old, new string) string", replace_all),
    func("Split", "func(s, sep string) []string", split),
    func("SplitAfter", "func(s, sep string) []string", split_after),
    func("SplitN", "func(s, sep string, n int) []string", split_n),
    func("Title", "func(s string) string", title),
    func("ToLower", "func(s string) string", to_lower),
    func("ToTitle", "func(s string) string", to_upper),
    func("ToUpper", "func(s string) string", to_upper),
    func("ToValidUTF8", "func(s, replacement string) string", to_valid_utf8),
    func("Trim", "func(s, cutset string) string", trim),
    func("TrimLeft", "func(s, cutset string) string", trim_left),
    func("TrimPrefix", "func(s, prefix string) string", trim_prefix),
    func("TrimRight", "func(s, cutset string) string", trim_right),
    func("TrimSpace", "func(s string) string", trim_space),
    func("TrimSuffix", "func(s, suffix string) string", trim_suffix),
    func("NewReader", "func(s string) *Reader", new_reader),
    func("NewReplacer", "func(oldnew ...string) *Replacer", new_replacer),
    type_("Replacer", "struct{oldnew []string}"),
    method("*Replacer", "Replace", "func(s string) string", replacer_replace),
    type_("Reader", "struct{s string; i int}"),
    method("*Reader", "Len", "func() int", reader_len),
    method("*Reader", "Read", "func(b []byte) (n int, err error)", reader_read),
    method("*Reader", "ReadByte", "func() (byte, error)", reader_read_byte),
    method("*Reader", "Size", "func() int64", reader_size),
    type_("Builder", "cell"),
    method("*Builder", "Cap", "func() int", strbuf::cap),
    method("*Builder", "Grow", "func(n int)", |c| strbuf::grow(c, Kind::Builder)),
    method("*Builder", "Len", "func() int", strbuf::len),
    method("*Builder", "Reset", "func()", |c| strbuf::reset(c, Kind::Builder)),
    method("*Builder", "Write", "func(p []byte) (int, error)", |c| builder_write(c, Kind::Builder)),
    method("*Builder", "String", "func() string", strbuf::string),
    method("*Builder", "WriteByte", "func(c byte) error", |c| builder_write_byte(c, Kind::Builder)),
    method("*Builder", "WriteRune", "func(r rune) (int, error)", |c| {
        builder_write_rune(c, Kind::Builder)
    }),
    method("*Builder", "WriteString", "func(s string) (int, error)", |c| {
        builder_write_string(c, Kind::Builder)
    }),
];

/// The string result of `f` applied to string argument 0.
fn map_str(c: &mut Call, f: impl FnOnce(&str) -> String) -> Result<(), Fault> {
    let out = f(&c.str(0));
    c.ret_str(&out)
}

/// A string result that is argument 0 itself or a part of it.
fn sub_str(c: &mut Call, f: impl FnOnce(&str) -> &str) -> Result<(), Fault> {
    let s = c.str(0);
    let part = f(&s);
    if part.len() == s.len() {
        c.ret(c.arg(0));
        return Ok(());
    }
    let part = part.to_string();
    c.ret_str(&part)
}

/// A byte index or -1.
fn ret_index(c: &mut Call, i: Option<usize>) -> Result<(), Fault> {
    c.ret_int(i.map_or(-1, |i| i as i64));
    Ok(())
}

/// The rune of an int argument (invalid code points become U+FFFD, as Go's conversion does).
fn rune(c: &Call, i: usize) -> char {
    char::from_u32(c.int(i) as u32).unwrap_or('\u{FFFD}')
}

fn clone(c: &mut Call) -> Result<(), Fault> {
    c.ret(c.arg(0));
    Ok(())
}
fn compare(c: &mut Call) -> Result<(), Fault> {
    let o = c.str(0).as_bytes().cmp(c.str(1).as_bytes());
    c.ret_int(o as i64);
    Ok(())
}
fn contains(c: &mut Call) -> Result<(), Fault> {
    let b = c.str(0).contains(&*c.str(1));
    c.ret_bool(b);
    Ok(())
}
fn contains_any(c: &mut Call) -> Result<(), Fault> {
    let chars = c.str(1);
    let b = c.str(0).chars().any(|r| chars.contains(r));
    c.ret_bool(b);
    Ok(())
}
fn contains_rune(c: &mut Call) -> Result<(), Fault> {
    let b = c.str(0).contains(rune(c, 1));
    c.ret_bool(b);
    Ok(())
}
fn count(c: &mut Call) -> Result<(), Fault> {
    let (s, sub) = (c.str(0), c.str(1));
    // Go: an empty separator counts the positions between runes, 1 + the rune count.
    let n = if sub.is_empty() { s.chars().count() + 1 } else { s.matches(&*sub).count() };
    c.ret_int(n as i64);
    Ok(())
}
fn cut(c: &mut Call) -> Result<(), Fault> {
    let (s, sep) = (c.str(0), c.str(1));
    match s.split_once(&*sep) {
        Some((a, b)) => {
            let (a, b) = (c.new_str(a)?, c.new_str(b)?);
            c.ret(a);
            c.ret(b);
            c.ret_bool(true);
        }
        None => {
            c.ret(c.arg(0));
            c.ret(Value::ZERO);
            c.ret_bool(false);
        }
    }
    Ok(())
}
fn cut_prefix(c: &mut Call) -> Result<(), Fault> {
    let (s, p) = (c.str(0), c.str(1));
    cut_result(c, s.strip_prefix(&*p))
}
fn cut_suffix(c: &mut Call) -> Result<(), Fault> {
    let (s, p) = (c.str(0), c.str(1));
    cut_result(c, s.strip_suffix(&*p))
}
/// CutPrefix/CutSuffix's results: (what is left, true), or (the string itself, false).
fn cut_result(c: &mut Call, rest: Option<&str>) -> Result<(), Fault> {
    match rest {
        Some(rest) => c.ret_str(rest)?,
        None => c.ret(c.arg(0)),
    }
    c.ret_bool(rest.is_some());
    Ok(())
}
/// Go's simple case folding, rune by rune.
fn fold(r: char) -> char {
    let mut l = r.to_lowercase();
    match (l.next(), l.next()) {
        (Some(x), None) => x,
        _ => r,
    }
}
fn equal_fold(c: &mut Call) -> Result<(), Fault> {
    let (s, t) = (c.str(0), c.str(1));
    let b = s.chars().map(fold).eq(t.chars().map(fold));
    c.ret_bool(b);
    Ok(())
}
/// unicode.IsSpace.
pub fn is_space(r: char) -> bool {
    matches!(r, '\t' | '\n' | '\u{0B}' | '\u{0C}' | '\r' | ' ' | '\u{85}' | '\u{A0}')
        || (r as u32 > 0xff && r.is_whitespace())
}
fn fields(c: &mut Call) -> Result<(), Fault> {
    let s = c.str(0);
    let parts: Vec<&str> = s.split(is_space).filter(|p| !p.is_empty()).collect();
    let v = c.new_strings(&parts)?;
    c.ret(v);
    Ok(())
}
fn has_prefix(c: &mut Call) -> Result<(), Fault> {
    let b = c.str(0).starts_with(&*c.str(1));
    c.ret_bool(b);
    Ok(())
}
fn has_suffix(c: &mut Call) -> Result<(), Fault> {
    let b = c.str(0).ends_with(&*c.str(1));
    c.ret_bool(b);
    Ok(())
}
fn index(c: &mut Call) -> Result<(), Fault> {
    let i = c.str(0).find(&*c.str(1));
    ret_index(c, i)
}
fn index_any(c: &mut Call) -> Result<(), Fault> {
    let chars = c.str(1);
    let i = c.str(0).find(|r| chars.contains(r));
    ret_index(c, i)
}
fn index_byte(c: &mut Call) -> Result<(), Fault> {
    let b = c.int(1) as u8;
    let i = c.str(0).bytes().position(|x| x == b);
    ret_index(c, i)
}
fn index_rune(c: &mut Call) -> Result<(), Fault> {
    let i = c.str(0).find(rune(c, 1));
    ret_index(c, i)
}
fn join(c: &mut Call) -> Result<(), Fault> {
    let s = c.strings(0).iter().map(|s| &**s).collect::<Vec<_>>().join(&*c.str(1));
    c.ret_str(&s)
}
fn last_index(c: &mut Call) -> Result<(), Fault> {
    let i = c.str(0).rfind(&*c.str(1));
    ret_index(c, i)
}
fn last_index_any(c: &mut Call) -> Result<(), Fault> {
    let chars = c.str(1);
    let i = c.str(0).rfind(|r| chars.contains(r));
    ret_index(c, i)
}
fn last_index_byte(c: &mut Call) -> Result<(), Fault> {
    let b = c.int(1) as u8;
    let i = c.str(0).bytes().rposition(|x| x == b);
    ret_index(c, i)
}
/// Over the bytes, so that bytes.Repeat (which runs this) keeps bytes that are not UTF-8.
fn repeat(c: &mut Call) -> Result<(), Fault> {
    let (s, n) = (c.bytes(0), c.int(1));
    if n < 0 {
        return Err(Fault::Panic("strings: negative Repeat count".into()));
    }
    if (s.len() as u128) * (n as u128) > isize::MAX as u128 {
        return Err(Fault::Panic("strings: Repeat output length overflow".into()));
    }
    super::call::room(c.rt, c.m, s.len().saturating_mul(n as usize))?;
    let out = s.repeat(n as usize);
    let v = c.new_bytes(&out)?;
    c.ret(v);
    Ok(())
}
/// Go's Replace: with an empty `old`, matches at the start and after each rune.
fn replace_n(s: &str, old: &str, new: &str, n: i64) -> String {
    let n = if n < 0 { usize::MAX } else { n as usize };
    if !old.is_empty() {
        return s.replacen(old, new, n);
    }
    let mut out = String::new();
    let mut done = 0;
    for (i, ch) in s.char_indices() {
        if done < n {
            out.push_str(new);
            done += 1;
        }
        let _ = i;
        out.push(ch);
    }
    if done < n {
        out.push_str(new);
    }
    out
}
fn replace(c: &mut Call) -> Result<(), Fault> {
    let out = replace_n(&c.str(0), &c.str(1), &c.str(2), c.int(3));
    c.ret_str(&out)
}
fn replace_all(c: &mut Call) -> Result<(), Fault> {
    let out = replace_n(&c.str(0), &c.str(1), &c.str(2), -1);
    c.ret_str(&out)
}
/// Go's genSplit: `sep_save` bytes of the separator stay with each part; n < 0 = all.
fn gen_split(s: &str, sep: &str, sep_save: usize, n: i64) -> Vec<String> {
    if n == 0 {
        return vec![];
    }
    if sep.is_empty() {
        // Split into runes; the last part takes the rest when n is reached.
        let mut out: Vec<String> = Vec::new();
        for (i, ch) in s.char_indices() {
            if n > 0 && out.len() as i64 == n - 1 {
                out.push(s[i..].to_string());
                return out;
            }
            out.push(ch.to_string());
        }
        return out;
    }
    let mut out = Vec::new();
    let mut rest = s;
    while n < 0 || (out.len() as i64) < n - 1 {
        let Some(i) = rest.find(sep) else { break };
        out.push(rest[..i + sep_save].to_string());
        rest = &rest[i + sep.len()..];
    }
    out.push(rest.to_string());
    out
}
fn split(c: &mut Call) -> Result<(), Fault> {
    let parts = gen_split(&c.str(0), &c.str(1), 0, -1);
    let v = c.new_strings(&parts)?;
    c.ret(v);
    Ok(())
}
fn split_after(c: &mut Call) -> Result<(), Fault> {
    let sep = c.str(1);
    let parts = gen_split(&c.str(0), &sep, sep.len(), -1);
    let v = c.new_strings(&parts)?;
    c.ret(v);
    Ok(())
}
fn split_n(c: &mut Call) -> Result<(), Fault> {
    let parts = gen_split(&c.str(0), &c.str(1), 0, c.int(2));
    if c.int(2) == 0 {
        c.ret(Value::ZERO); // nil
        return Ok(());
    }
    let v = c.new_strings(&parts)?;
    c.ret(v);
    Ok(())
}
/// unicode.ToUpper / ToLower: one rune to one rune (a mapping to several runes is not one).
pub fn upper(r: char) -> char {
    let mut u = r.to_uppercase();
    match (u.next(), u.next()) {
        (Some(x), None) => x,
        _ => r,
    }
}
pub fn lower(r: char) -> char {
    fold(r)
}
fn title(c: &mut Call) -> Result<(), Fault> {
    map_str(c, |s| {
        let mut prev = ' ';
        s.chars()
            .map(|r| {
                let out = if !(prev.is_alphanumeric() || prev == '_' || prev == '\'') {
                    upper(r)
                } else {
                    r
                };
                prev = r;
                out
            })
            .collect()
    })
}
fn to_lower(c: &mut Call) -> Result<(), Fault> {
    map_str(c, |s| s.chars().map(lower).collect())
}
fn to_upper(c: &mut Call) -> Result<(), Fault> {
    map_str(c, |s| s.chars().map(upper).collect())
}
/// Each run of bytes that are not UTF-8 becomes one `replacement` (whose own bytes may be
/// anything).
fn to_valid_utf8(c: &mut Call) -> Result<(), Fault> {
    let (s, rep) = (c.bytes(0), c.bytes(1));
    let mut out = Vec::with_capacity(s.len());
    let mut in_run = false;
    for chunk in s.utf8_chunks() {
        if !chunk.valid().is_empty() {
            out.extend_from_slice(chunk.valid().as_bytes());
            in_run = false;
        }
        if !chunk.invalid().is_empty() && !in_run {
            out.extend_from_slice(&rep);
            in_run = true;
        }
    }
    let v = c.new_bytes(&out)?;
    c.ret(v);
    Ok(())
}
fn trim(c: &mut Call) -> Result<(), Fault> {
    let set = c.str(1);
    sub_str(c, |s| s.trim_matches(|r| set.contains(r)))
}
fn trim_left(c: &mut Call) -> Result<(), Fault> {
    let set = c.str(1);
    sub_str(c, |s| s.trim_start_matches(|r| set.contains(r)))
}
fn trim_right(c: &mut Call) -> Result<(), Fault> {
    let set = c.str(1);
    sub_str(c, |s| s.trim_end_matches(|r| set.contains(r)))
}
fn trim_prefix(c: &mut Call) -> Result<(), Fault> {
    let p = c.str(1);
    sub_str(c, |s| s.strip_prefix(&*p).unwrap_or(s))
}
fn trim_suffix(c: &mut Call) -> Result<(), Fault> {
    let p = c.str(1);
    sub_str(c, |s| s.strip_suffix(&*p).unwrap_or(s))
}
fn trim_space(c: &mut Call) -> Result<(), Fault> {
    sub_str(c, |s| s.trim_matches(is_space))
}

// ---- strings.Builder: argument 0 is the handle of its cell (see strbuf.rs).

pub use super::strbuf::append_bytes;
use super::strbuf::{self, Kind};

/// Appends `s` to the text of the builder whose cell is `b` (flag writes here).
pub fn append(c: &mut Call, b: Value, s: &str) -> Result<(), Fault> {
    append_bytes(c, b, s.as_bytes())
}

/// The methods both strings.Builder and bytes.Buffer have, writing as `kind` grows.
pub(super) fn builder_write_byte(c: &mut Call, kind: Kind) -> Result<(), Fault> {
    strbuf::write(c, c.arg(0), kind, &[c.int(1) as u8])?;
    c.ret(Value::ZERO);
    Ok(())
}
pub(super) fn builder_write_rune(c: &mut Call, kind: Kind) -> Result<(), Fault> {
    let r = rune(c, 1);
    strbuf::write(c, c.arg(0), kind, r.encode_utf8(&mut [0; 4]).as_bytes())?;
    c.ret_int(r.len_utf8() as i64);
    c.ret(Value::ZERO);
    Ok(())
}
pub(super) fn builder_write_string(c: &mut Call, kind: Kind) -> Result<(), Fault> {
    let s = c.bytes(1);
    strbuf::write(c, c.arg(0), kind, &s)?;
    c.ret_int(s.len() as i64);
    c.ret(Value::ZERO);
    Ok(())
}
pub(super) fn builder_write(c: &mut Call, kind: Kind) -> Result<(), Fault> {
    let bytes: Vec<u8> = c.elems(1).iter().map(|v| v.w as u8).collect();
    strbuf::write(c, c.arg(0), kind, &bytes)?;
    c.ret_int(bytes.len() as i64);
    c.ret(Value::ZERO);
    Ok(())
}

// ---- strings.Reader: a struct {s, i} (the text and the read offset in bytes).

fn new_reader(c: &mut Call) -> Result<(), Fault> {
    let v = c.alloc(crate::rt::obj::Obj::Struct(vec![c.arg(0), Value::int(0)]))?;
    c.ret(v);
    Ok(())
}

/// The reader's text and offset.
pub(super) fn reader_state(c: &Call) -> Result<(std::sync::Arc<[u8]>, usize), Fault> {
    let r = c.arg(0);
    if r.h == 0 {
        return Err(Fault::Panic(
            "runtime error: invalid memory address or nil pointer dereference".into(),
        ));
    }
    let (s, i) = match &*c.rt.heap.lock(r.h) {
        crate::rt::obj::Obj::Struct(f) if f.len() == 2 => (f[0], f[1].as_int()),
        _ => crate::sys::internal_error("a *strings.Reader that is not a reader"),
    };
    Ok((c.rt.heap.bytes(s), i.max(0) as usize))
}

/// Moves the reader's offset to `i`.
pub(super) fn reader_seek(c: &Call, i: usize) {
    if let crate::rt::obj::Obj::Struct(f) = &mut *c.rt.heap.lock(c.arg(0).h) {
        f[1] = Value::int(i as i64);
    }
}

pub(super) fn reader_len(c: &mut Call) -> Result<(), Fault> {
    let (s, i) = reader_state(c)?;
    c.ret_int(s.len().saturating_sub(i) as i64);
    Ok(())
}
pub(super) fn reader_size(c: &mut Call) -> Result<(), Fault> {
    let (s, _) = reader_state(c)?;
    c.ret_int(s.len() as i64);
    Ok(())
}
/// Read: copies the next bytes into b; at the end, (0, io.EOF).
pub(super) fn reader_read(c: &mut Call) -> Result<(), Fault> {
    let (s, i) = reader_state(c)?;
    let room = c.arg(1).slice_len();
    if i >= s.len() {
        c.ret_int(0);
        let eof = c.sentinel(1);
        c.ret(eof);
        return Ok(());
    }
    let chunk: Vec<Value> = s[i..].iter().take(room).map(|&b| Value::int(b as i64)).collect();
    c.set_elems(1, &chunk);
    reader_seek(c, i + chunk.len());
    c.ret_int(chunk.len() as i64);
    c.ret(Value::ZERO);
    Ok(())
}
pub(super) fn reader_read_byte(c: &mut Call) -> Result<(), Fault> {
    let (s, i) = reader_state(c)?;
    match s.get(i) {
        Some(&b) => {
            reader_seek(c, i + 1);
            c.ret_int(b as i64);
            c.ret(Value::ZERO);
        }
        None => {
            c.ret_int(0);
            let eof = c.sentinel(1);
            c.ret(eof);
        }
    }
    Ok(())
}

/// strings.NewReplacer: the old/new pairs, copied (Go copies them too).
fn new_replacer(c: &mut Call) -> Result<(), Fault> {
    let pairs = c.strings(0);
    if pairs.len() % 2 == 1 {
        return Err(Fault::Panic("strings.NewReplacer: odd argument count".into()));
    }
    let list = c.new_strings(&pairs)?;
    let v = c.alloc(crate::rt::obj::Obj::Struct(vec![list]))?;
    c.ret(v);
    Ok(())
}

/// Replacer.Replace: left to right, at each position the first pair (in argument order)
/// whose old string starts there is replaced, without overlaps; an empty old string
/// matches at every position (as Go's generic replacer does).
fn replacer_replace(c: &mut Call) -> Result<(), Fault> {
    let r = c.arg(0);
    if r.h == 0 {
        return Err(Fault::Panic(crate::library::call::NIL_DEREF.into()));
    }
    let list = match &*c.rt.heap.lock(r.h) {
        crate::rt::obj::Obj::Struct(f) => f.first().copied().unwrap_or_default(),
        _ => Value::ZERO,
    };
    let pairs: Vec<std::sync::Arc<[u8]>> =
        super::call::elems(c.rt, list).into_iter().map(|v| c.rt.heap.bytes(v)).collect();
    let s = c.bytes(1);
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i <= s.len() {
        let hit = pairs.chunks(2).find(|p| s[i..].starts_with(&p[0]));
        match hit {
            Some(p) if !p[0].is_empty() => {
                out.extend_from_slice(&p[1]);
                i += p[0].len();
                continue;
            }
            Some(p) => out.extend_from_slice(&p[1]),
            None => {}
        }
        if i < s.len() {
            out.push(s[i]);
        }
        i += 1;
    }
    let v = c.new_bytes(&out)?;
    c.ret(v);
    Ok(())
}
