//! fmt's text keeps a Go string's bytes: fmt formats into a Rust `String`, which cannot hold
//! bytes that are not UTF-8, so while it formats, each such byte B (0x80..=0xFF) is held as
//! the private-use character U+10FF00 + B; the text becomes Go's bytes again where it leaves
//! fmt (output, a new string), or plain text with U+FFFD where a caller wants text. One
//! held byte is one character, so widths and `%.3s` count it as one rune, as Go does.
//! The cost: a program's own U+10FF80..U+10FFFF (private use, the last two noncharacters)
//! printed through fmt comes out as the byte it stands for.

use std::borrow::Cow;

const BASE: u32 = 0x10FF00;

/// `b` as text, each byte that is not part of valid UTF-8 held as its character.
pub fn marked(b: &[u8]) -> Cow<'_, str> {
    if let Ok(s) = std::str::from_utf8(b) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(b.len() + 8);
    for chunk in b.utf8_chunks() {
        out.push_str(chunk.valid());
        for &x in chunk.invalid() {
            out.push(char::from_u32(BASE + x as u32).unwrap_or(char::REPLACEMENT_CHARACTER));
        }
    }
    Cow::Owned(out)
}

/// The byte a character holds, if it is one of the held bytes.
fn held(c: char) -> Option<u8> {
    (c as u32).checked_sub(BASE).filter(|&x| x >= 0x80).map(|x| x as u8)
}

/// The bytes of a text from `marked`: held bytes back as themselves.
pub fn bytes(s: &str) -> Cow<'_, [u8]> {
    // Every held character is encoded F4 8F BE/BF xx.
    if !s.as_bytes().contains(&0xF4) {
        return Cow::Borrowed(s.as_bytes());
    }
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        match held(c) {
            Some(x) => out.push(x),
            None => out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes()),
        }
    }
    Cow::Owned(out)
}

/// A text from `marked` as plain text: held bytes become U+FFFD.
pub fn lossy(s: String) -> String {
    if !s.as_bytes().contains(&0xF4) {
        return s;
    }
    s.chars().map(|c| if held(c).is_some() { char::REPLACEMENT_CHARACTER } else { c }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let raw = b"h\xc3 \xbd\xb2=\xbc \xe2\x82\xac";
        let m = marked(raw);
        assert_eq!(m.chars().count(), 9);
        assert_eq!(&*bytes(&m), raw);
        assert_eq!(lossy(m.into_owned()), "h\u{fffd} \u{fffd}\u{fffd}=\u{fffd} \u{20ac}");
        assert_eq!(&*bytes("plain \u{10fe00}"), "plain \u{10fe00}".as_bytes());
    }
}
