//! Package strings. Indices are byte offsets, as in Go. strings.Builder is a library type
//! whose value is the handle of a cell holding its buffer (`strbuf.rs`).

use super::gotext as text;
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
    func("SplitAfterN", "func(s, sep string, n int) []string", split_after_n),
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

/// A string result of the bytes of `f` applied to string argument 0.
fn map_str(c: &mut Call, f: impl FnOnce(&[u8]) -> Vec<u8>) -> Result<(), Fault> {
    let out = f(&c.bytes(0));
    let v = c.new_bytes(&out)?;
    c.ret(v);
    Ok(())
}

/// A string result that is argument 0 itself or a part of it.
fn sub_str(c: &mut Call, f: impl FnOnce(&[u8]) -> &[u8]) -> Result<(), Fault> {
    let s = c.bytes(0);
    let part = f(&s);
    if part.len() == s.len() {
        c.ret(c.arg(0));
        return Ok(());
    }
    let v = c.new_bytes(part)?;
    c.ret(v);
    Ok(())
}

/// A []string result of parts of the bytes.
fn ret_parts(c: &mut Call, parts: &[&[u8]]) -> Result<(), Fault> {
    let v = c.new_byte_strings(parts)?;
    c.ret(v);
    Ok(())
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
    let o = c.bytes(0).cmp(&c.bytes(1));
    c.ret_int(o as i64);
    Ok(())
}
fn contains(c: &mut Call) -> Result<(), Fault> {
    let b = text::find(&c.bytes(0), &c.bytes(1)).is_some();
    c.ret_bool(b);
    Ok(())
}
fn contains_any(c: &mut Call) -> Result<(), Fault> {
    let b = text::index_any(&c.bytes(0), &c.bytes(1)).is_some();
    c.ret_bool(b);
    Ok(())
}
fn contains_rune(c: &mut Call) -> Result<(), Fault> {
    let b = text::index_rune(&c.bytes(0), c.int(1)).is_some();
    c.ret_bool(b);
    Ok(())
}
fn count(c: &mut Call) -> Result<(), Fault> {
    let n = text::count(&c.bytes(0), &c.bytes(1));
    c.ret_int(n as i64);
    Ok(())
}
fn cut(c: &mut Call) -> Result<(), Fault> {
    let (s, sep) = (c.bytes(0), c.bytes(1));
    match text::find(&s, &sep) {
        Some(i) => {
            let (a, b) = (c.new_bytes(&s[..i])?, c.new_bytes(&s[i + sep.len()..])?);
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
    let (s, p) = (c.bytes(0), c.bytes(1));
    cut_result(c, s.strip_prefix(&*p))
}
fn cut_suffix(c: &mut Call) -> Result<(), Fault> {
    let (s, p) = (c.bytes(0), c.bytes(1));
    cut_result(c, s.strip_suffix(&*p))
}
/// CutPrefix/CutSuffix's results: (what is left, true), or (the string itself, false).
fn cut_result(c: &mut Call, rest: Option<&[u8]>) -> Result<(), Fault> {
    match rest {
        Some(rest) => {
            let v = c.new_bytes(rest)?;
            c.ret(v)
        }
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
/// `f` on rune `r` as a char (U+FFFD for a value that is not one).
fn on_rune(r: u32, f: impl Fn(char) -> char) -> u32 {
    f(char::from_u32(r).unwrap_or('\u{FFFD}')) as u32
}
fn equal_fold(c: &mut Call) -> Result<(), Fault> {
    let b = text::equal_fold(&c.bytes(0), &c.bytes(1), |r| on_rune(r, fold));
    c.ret_bool(b);
    Ok(())
}
/// unicode.IsSpace.
pub fn is_space(r: char) -> bool {
    matches!(r, '\t' | '\n' | '\u{0B}' | '\u{0C}' | '\r' | ' ' | '\u{85}' | '\u{A0}')
        || (r as u32 > 0xff && r.is_whitespace())
}
fn fields(c: &mut Call) -> Result<(), Fault> {
    let s = c.bytes(0);
    ret_parts(c, &text::fields(&s))
}
fn has_prefix(c: &mut Call) -> Result<(), Fault> {
    let b = c.bytes(0).starts_with(&c.bytes(1));
    c.ret_bool(b);
    Ok(())
}
fn has_suffix(c: &mut Call) -> Result<(), Fault> {
    let b = c.bytes(0).ends_with(&c.bytes(1));
    c.ret_bool(b);
    Ok(())
}
fn index(c: &mut Call) -> Result<(), Fault> {
    let i = text::find(&c.bytes(0), &c.bytes(1));
    ret_index(c, i)
}
fn index_any(c: &mut Call) -> Result<(), Fault> {
    let i = text::index_any(&c.bytes(0), &c.bytes(1));
    ret_index(c, i)
}
fn index_byte(c: &mut Call) -> Result<(), Fault> {
    let b = c.int(1) as u8;
    let i = c.bytes(0).iter().position(|&x| x == b);
    ret_index(c, i)
}
fn index_rune(c: &mut Call) -> Result<(), Fault> {
    let i = text::index_rune(&c.bytes(0), c.int(1));
    ret_index(c, i)
}
fn join(c: &mut Call) -> Result<(), Fault> {
    let parts: Vec<std::sync::Arc<[u8]>> =
        c.elems(0).into_iter().map(|v| c.rt.heap.bytes(v)).collect();
    let out = parts.join(&*c.bytes(1));
    let v = c.new_bytes(&out)?;
    c.ret(v);
    Ok(())
}
fn last_index(c: &mut Call) -> Result<(), Fault> {
    let i = text::rfind(&c.bytes(0), &c.bytes(1));
    ret_index(c, i)
}
fn last_index_any(c: &mut Call) -> Result<(), Fault> {
    let i = text::last_index_any(&c.bytes(0), &c.bytes(1));
    ret_index(c, i)
}
fn last_index_byte(c: &mut Call) -> Result<(), Fault> {
    let b = c.int(1) as u8;
    let i = c.bytes(0).iter().rposition(|&x| x == b);
    ret_index(c, i)
}
fn repeat(c: &mut Call) -> Result<(), Fault> {
    let out = repeated(c, "strings", &c.bytes(0), c.int(1))?;
    let v = c.new_bytes(&out)?;
    c.ret(v);
    Ok(())
}
/// Repeat's result for strings and bytes (`pkg` names the package in its panics).
pub(super) fn repeated(c: &Call, pkg: &str, s: &[u8], n: i64) -> Result<Vec<u8>, Fault> {
    if n < 0 {
        return Err(Fault::Panic(format!("{pkg}: negative Repeat count")));
    }
    if (s.len() as u128) * (n as u128) > isize::MAX as u128 {
        return Err(Fault::Panic(format!("{pkg}: Repeat output length overflow")));
    }
    super::call::room(c.rt, c.m, s.len().saturating_mul(n as usize))?;
    Ok(s.repeat(n as usize))
}
fn replace(c: &mut Call) -> Result<(), Fault> {
    let out = text::replace(&c.bytes(0), &c.bytes(1), &c.bytes(2), c.int(3));
    let v = c.new_bytes(&out)?;
    c.ret(v);
    Ok(())
}
fn replace_all(c: &mut Call) -> Result<(), Fault> {
    let out = text::replace(&c.bytes(0), &c.bytes(1), &c.bytes(2), -1);
    let v = c.new_bytes(&out)?;
    c.ret(v);
    Ok(())
}
/// Split, SplitAfter, SplitN and SplitAfterN (`after`: each part keeps its separator;
/// n is argument 2 when there is one): SplitN with n == 0 is nil.
fn split_with(c: &mut Call, after: bool, n: Option<i64>) -> Result<(), Fault> {
    let (s, sep) = (c.bytes(0), c.bytes(1));
    if n == Some(0) {
        c.ret(Value::ZERO);
        return Ok(());
    }
    let parts = text::split(&s, &sep, if after { sep.len() } else { 0 }, n.unwrap_or(-1));
    ret_parts(c, &parts)
}
fn split(c: &mut Call) -> Result<(), Fault> {
    split_with(c, false, None)
}
fn split_after(c: &mut Call) -> Result<(), Fault> {
    split_with(c, true, None)
}
fn split_n(c: &mut Call) -> Result<(), Fault> {
    split_with(c, false, Some(c.int(2)))
}
fn split_after_n(c: &mut Call) -> Result<(), Fault> {
    split_with(c, true, Some(c.int(2)))
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
/// Title's word boundary (Go's isSeparator): ASCII other than letters, digits and '_', and
/// other spaces; every other rune (a bad byte's U+FFFD too) is inside a word.
fn is_separator(r: u32) -> bool {
    match char::from_u32(r) {
        Some(ch) if ch.is_ascii() => !(ch.is_ascii_alphanumeric() || ch == '_'),
        Some(ch) if ch.is_alphanumeric() => false,
        _ => text::is_space(r),
    }
}
fn title(c: &mut Call) -> Result<(), Fault> {
    map_str(c, |s| {
        let mut prev = ' ' as u32;
        text::map_runes(s, |r| {
            let out = if is_separator(prev) { on_rune(r, upper) } else { r };
            prev = r;
            out
        })
    })
}
fn to_lower(c: &mut Call) -> Result<(), Fault> {
    map_str(c, |s| text::map_runes(s, |r| on_rune(r, lower)))
}
fn to_upper(c: &mut Call) -> Result<(), Fault> {
    map_str(c, |s| text::map_runes(s, |r| on_rune(r, upper)))
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
    let set = c.bytes(1);
    sub_str(c, |s| text::trim_set(s, &set, true, true))
}
fn trim_left(c: &mut Call) -> Result<(), Fault> {
    let set = c.bytes(1);
    sub_str(c, |s| text::trim_set(s, &set, true, false))
}
fn trim_right(c: &mut Call) -> Result<(), Fault> {
    let set = c.bytes(1);
    sub_str(c, |s| text::trim_set(s, &set, false, true))
}
fn trim_prefix(c: &mut Call) -> Result<(), Fault> {
    let p = c.bytes(1);
    sub_str(c, |s| s.strip_prefix(&*p).unwrap_or(s))
}
fn trim_suffix(c: &mut Call) -> Result<(), Fault> {
    let p = c.bytes(1);
    sub_str(c, |s| s.strip_suffix(&*p).unwrap_or(s))
}
fn trim_space(c: &mut Call) -> Result<(), Fault> {
    sub_str(c, |s| text::trim_right(text::trim_left(s, text::is_space), text::is_space))
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
