//! Go's text rules over bytes, shared by packages strings and bytes (which run the same
//! code on a []byte's bytes). A Go string need not be UTF-8, so nothing here goes through
//! Rust's `str`: bytes are kept as they are, and where a function looks at runes each byte
//! that does not begin a valid UTF-8 sequence is U+FFFD of width 1 (Go's utf8.DecodeRune),
//! without being changed, except where Go's function writes runes (ToUpper, Title, Map).

pub use crate::rt::obj::decode_rune;

pub const RUNE_ERROR: u32 = 0xFFFD;

/// utf8.DecodeLastRune: the last rune of `b` and its width ((U+FFFD, 1) for a bad byte,
/// (U+FFFD, 0) for no bytes). It backs up to the start of the sequence and decodes
/// forwards, so a sequence that does not end at the end of `b` is a bad byte.
pub fn decode_last_rune(b: &[u8]) -> (u32, usize) {
    let Some(&last) = b.last() else { return (RUNE_ERROR, 0) };
    if last < 0x80 {
        return (last as u32, 1);
    }
    let end = b.len();
    let lim = end.saturating_sub(4);
    let mut start = end - 1;
    while start > lim && (b[start] & 0xC0) == 0x80 {
        start -= 1;
    }
    let (r, n) = decode_rune(&b[start..]);
    if start + n != end {
        return (RUNE_ERROR, 1);
    }
    (r, n)
}

/// The runes of `b` as (byte offset, rune, width), as Go's `for i, r := range s` sees them.
pub fn runes(b: &[u8]) -> impl Iterator<Item = (usize, u32, usize)> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        if i >= b.len() {
            return None;
        }
        let (r, n) = decode_rune(&b[i..]);
        i += n;
        Some((i - n, r, n))
    })
}

/// The runes of `b` from the end, as (byte offset, rune) by utf8.DecodeLastRune.
fn runes_back(b: &[u8]) -> impl Iterator<Item = (usize, u32)> + '_ {
    let mut end = b.len();
    std::iter::from_fn(move || {
        if end == 0 {
            return None;
        }
        let (r, n) = decode_last_rune(&b[..end]);
        end -= n;
        Some((end, r))
    })
}

/// utf8.RuneCount: each bad byte counts as one rune.
pub fn rune_count(b: &[u8]) -> usize {
    runes(b).count()
}

/// The first index of `sep` in `s` (0 for an empty sep).
pub fn find(s: &[u8], sep: &[u8]) -> Option<usize> {
    memchr::memmem::find(s, sep)
}

/// The last index of `sep` in `s` (len(s) for an empty sep).
pub fn rfind(s: &[u8], sep: &[u8]) -> Option<usize> {
    memchr::memmem::rfind(s, sep)
}

/// Count: the non-overlapping instances of sep; an empty sep counts 1 + the runes.
pub fn count(s: &[u8], sep: &[u8]) -> usize {
    if sep.is_empty() {
        return rune_count(s) + 1;
    }
    memchr::memmem::find_iter(s, sep).count()
}

/// utf8.ValidRune.
fn valid_rune(r: i64) -> bool {
    (0..=0x10FFFF).contains(&r) && !(0xD800..=0xDFFF).contains(&r)
}

/// The UTF-8 bytes of rune `r` (U+FFFD for one that is not valid, as Go writes it).
pub fn encode(r: u32, out: &mut Vec<u8>) {
    let ch = char::from_u32(r).unwrap_or('\u{FFFD}');
    out.extend_from_slice(ch.encode_utf8(&mut [0; 4]).as_bytes());
}

/// IndexRune: the first index of rune `r`; U+FFFD also finds the first bad byte, and a
/// value that is not a valid rune is never found.
pub fn index_rune(s: &[u8], r: i64) -> Option<usize> {
    if (0..0x80).contains(&r) {
        return memchr::memchr(r as u8, s);
    }
    if r == RUNE_ERROR as i64 {
        return runes(s).find(|&(_, x, _)| x == RUNE_ERROR).map(|(i, _, _)| i);
    }
    if !valid_rune(r) {
        return None;
    }
    let mut enc = Vec::with_capacity(4);
    encode(r as u32, &mut enc);
    find(s, &enc)
}

/// Whether `chars` holds rune `r` (a bad byte of chars is U+FFFD).
fn in_set(chars: &[u8], r: u32) -> bool {
    index_rune(chars, r as i64).is_some()
}

/// IndexAny: the index of the first rune of s that is in chars.
pub fn index_any(s: &[u8], chars: &[u8]) -> Option<usize> {
    runes(s).find(|&(_, r, _)| in_set(chars, r)).map(|(i, _, _)| i)
}

/// LastIndexAny: the index of the last rune of s that is in chars.
pub fn last_index_any(s: &[u8], chars: &[u8]) -> Option<usize> {
    runes_back(s).find(|&(_, r)| in_set(chars, r)).map(|(i, _)| i)
}

/// TrimLeftFunc's result for a predicate on runes.
pub fn trim_left(s: &[u8], mut cut: impl FnMut(u32) -> bool) -> &[u8] {
    let from = runes(s).find(|&(_, r, _)| !cut(r)).map_or(s.len(), |(i, _, _)| i);
    &s[from..]
}

/// TrimRightFunc's result (runes taken from the end, as utf8.DecodeLastRune reads them).
pub fn trim_right(s: &[u8], mut cut: impl FnMut(u32) -> bool) -> &[u8] {
    let mut end = s.len();
    while end > 0 {
        let (r, n) = decode_last_rune(&s[..end]);
        if !cut(r) {
            break;
        }
        end -= n;
    }
    &s[..end]
}

/// Trim, TrimLeft, TrimRight: the runes of `cutset` cut from either end.
pub fn trim_set<'a>(s: &'a [u8], cutset: &[u8], left: bool, right: bool) -> &'a [u8] {
    let mut s = s;
    if left {
        s = trim_left(s, |r| in_set(cutset, r));
    }
    if right {
        s = trim_right(s, |r| in_set(cutset, r));
    }
    s
}

/// unicode.IsSpace of a rune.
pub fn is_space(r: u32) -> bool {
    char::from_u32(r).is_some_and(super::strings::is_space)
}

/// Fields: the runs of runes that are not spaces.
pub fn fields(s: &[u8]) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, r, _) in runes(s) {
        match (is_space(r), start) {
            (true, Some(st)) => {
                out.push(&s[st..i]);
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(st) = start {
        out.push(&s[st..]);
    }
    out
}

/// Go's Map with a mapping that keeps every rune (ToUpper, ToLower, Title): each rune
/// written as f(r) returns it, so each bad byte becomes U+FFFD's three bytes.
pub fn map_runes(s: &[u8], mut f: impl FnMut(u32) -> u32) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for (_, r, _) in runes(s) {
        encode(f(r), &mut out);
    }
    out
}

/// EqualFold: the runes equal under simple case folding (bad bytes are all U+FFFD).
pub fn equal_fold(s: &[u8], t: &[u8], fold: impl Fn(u32) -> u32) -> bool {
    runes(s).map(|x| fold(x.1)).eq(runes(t).map(|x| fold(x.1)))
}

/// Replace: the first n (all if n < 0) instances of old replaced by new; an empty old
/// matches at the start and after each rune (a bad byte is one).
pub fn replace(s: &[u8], old: &[u8], new: &[u8], n: i64) -> Vec<u8> {
    let m = count(s, old);
    let n = if n < 0 { m } else { m.min(n as usize) };
    let mut out = Vec::with_capacity(s.len());
    let mut start = 0;
    for i in 0..n {
        let j = if old.is_empty() {
            start + if i > 0 { decode_rune(&s[start..]).1 } else { 0 }
        } else {
            start + find(&s[start..], old).unwrap_or(0)
        };
        out.extend_from_slice(&s[start..j]);
        out.extend_from_slice(new);
        start = j + old.len();
    }
    out.extend_from_slice(&s[start..]);
    out
}

/// Go's genSplit: the parts of s around sep, `sep_save` bytes of sep kept with each part,
/// at most n parts (all if n < 0, none if n == 0); an empty sep splits s into its UTF-8
/// sequences and bad bytes.
pub fn split<'a>(s: &'a [u8], sep: &[u8], sep_save: usize, n: i64) -> Vec<&'a [u8]> {
    if n == 0 {
        return vec![];
    }
    let limit = if n < 0 { usize::MAX } else { n as usize };
    let mut out = Vec::new();
    let mut rest = s;
    if sep.is_empty() {
        while !rest.is_empty() {
            let width = if out.len() + 1 == limit { rest.len() } else { decode_rune(rest).1 };
            out.push(&rest[..width]);
            rest = &rest[width..];
        }
        return out;
    }
    while out.len() + 1 < limit {
        let Some(i) = find(rest, sep) else { break };
        out.push(&rest[..i + sep_save]);
        rest = &rest[i + sep.len()..];
    }
    out.push(rest);
    out
}
