//! What gc's source reader (cmd/compile/internal/syntax/source.go) refuses before any token:
//! a NUL byte, a byte that is not UTF-8, a byte order mark after the start of the file. gc
//! reports each and skips it; so does this pass, which runs before the scanner (whose input
//! is a `&str`, so it never sees invalid UTF-8) and keeps gc's words and positions (column in
//! bytes, 1-based).

use super::Diagnostic;

/// gc stops after this many errors.
pub const MAX_ERRORS: usize = 10;

/// The encoding errors of a source file, in order; empty when the file is clean.
pub fn source_errors(src: &[u8]) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    each_bad(src, |line, col, msg, _| {
        diags.push(Diagnostic { line, col, msg: msg.to_string() });
        diags.len() < MAX_ERRORS
    });
    diags
}

/// `src` with every byte that `source_errors` reports replaced by a space, so the scanner can
/// read the rest at the same lines and columns.
pub fn blank_out(src: &[u8]) -> String {
    let mut out = src.to_vec();
    each_bad(src, |_, _, _, range| {
        out[range].fill(b' ');
        true
    });
    String::from_utf8(out).expect("every byte that is not UTF-8 was blanked")
}

/// Calls `f(line, col, message, bytes)` for each bad byte (or BOM) in order, while it returns
/// true.
fn each_bad(src: &[u8], mut f: impl FnMut(u32, u32, &str, std::ops::Range<usize>) -> bool) {
    let (mut line, mut line_start) = (1u32, 0usize);
    let mut off = 0;
    // A leading byte order mark is allowed.
    if src.starts_with(b"\xef\xbb\xbf") {
        off = 3;
    }
    while off < src.len() {
        let b = src[off];
        let col = (off - line_start + 1) as u32;
        if b < 0x80 {
            if b == 0 {
                if !f(line, col, "invalid NUL character", off..off + 1) {
                    return;
                }
            } else if b == b'\n' {
                line += 1;
                line_start = off + 1;
            }
            off += 1;
            continue;
        }
        let len = utf8_len(&src[off..]);
        if len == 0 {
            if !f(line, col, "invalid UTF-8 encoding", off..off + 1) {
                return;
            }
            off += 1;
            continue;
        }
        if &src[off..off + len] == "\u{feff}".as_bytes()
            && !f(line, col, "invalid BOM in the middle of the file", off..off + len)
        {
            return;
        }
        off += len;
    }
}

/// The length of the valid UTF-8 sequence at the start of `b`, or 0 when it is not one.
fn utf8_len(b: &[u8]) -> usize {
    let n = match b[0] {
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        _ => return 0,
    };
    match b.get(..n).map(std::str::from_utf8) {
        Some(Ok(_)) => n,
        _ => 0,
    }
}
