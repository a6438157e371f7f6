//! net/url's URL and Userinfo as fmt prints them (their String methods) and the escaping
//! rules of each URL component (Go's shouldEscape): here, below the library, because fmt
//! (rt/fmt.rs) prints a *url.URL with its String method; library/url.rs parses and holds
//! the package's surface.

use super::obj::{Heap, Obj};
use crate::vm::value::Value;

/// URL's fields, in Go's order.
pub const SCHEME: usize = 0;
pub const OPAQUE: usize = 1;
pub const USER: usize = 2;
pub const HOST: usize = 3;
pub const PATH: usize = 4;
pub const RAW_PATH: usize = 5;
pub const OMIT_HOST: usize = 6;
pub const FORCE_QUERY: usize = 7;
pub const RAW_QUERY: usize = 8;
pub const FRAGMENT: usize = 9;
pub const RAW_FRAGMENT: usize = 10;
pub const URL_FIELDS: usize = 11;

pub fn field(heap: &Heap, v: Value, i: usize) -> Value {
    if v.h == 0 {
        return Value::ZERO;
    }
    match &*heap.lock(v.h) {
        Obj::Struct(f) => f.get(i).copied().unwrap_or_default(),
        _ => Value::ZERO,
    }
}
pub fn field_str(heap: &Heap, v: Value, i: usize) -> String {
    String::from_utf8_lossy(&heap.bytes(field(heap, v, i))).into_owned()
}
pub fn field_bool(heap: &Heap, v: Value, i: usize) -> bool {
    field(heap, v, i).as_bool()
}

#[derive(Clone, Copy, PartialEq)]
pub enum Mode {
    Path,
    PathSegment,
    Host,
    UserPassword,
    QueryComponent,
    Fragment,
}

/// Go's shouldEscape: whether byte `c` is written %XX in component `mode`.
pub fn should_escape(c: u8, mode: Mode) -> bool {
    if c.is_ascii_alphanumeric() {
        return false;
    }
    if mode == Mode::Host && b"!$&'()*+,;=:[]<>\"".contains(&c) {
        return false;
    }
    match c {
        b'-' | b'_' | b'.' | b'~' => return false,
        b'$' | b'&' | b'+' | b',' | b'/' | b':' | b';' | b'=' | b'?' | b'@' => {
            return match mode {
                Mode::Path => c == b'?',
                Mode::PathSegment => matches!(c, b'/' | b';' | b',' | b'?'),
                Mode::UserPassword => matches!(c, b'@' | b'/' | b'?' | b':'),
                Mode::QueryComponent => true,
                Mode::Fragment => false,
                Mode::Host => true,
            };
        }
        _ => {}
    }
    if mode == Mode::Fragment && matches!(c, b'!' | b'(' | b')' | b'*') {
        return false;
    }
    true
}

/// Go's validEncoded: `s` is a valid escaped form in `mode` (a raw path or fragment is kept
/// only then).
fn valid_encoded(s: &str, mode: Mode) -> bool {
    s.bytes().all(|b| b"!$&'()*+,;=:@[]%".contains(&b) || !should_escape(b, mode))
}

pub fn escape(s: &[u8], mode: Mode) -> String {
    let mut out = String::with_capacity(s.len());
    for &b in s {
        if b == b' ' && mode == Mode::QueryComponent {
            out.push('+');
        } else if should_escape(b, mode) {
            out.push_str(&format!("%{b:02X}"));
        } else {
            out.push(b as char);
        }
    }
    out
}

pub fn unescape(s: &str, mode: Mode) -> Result<String, String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'%' => {
                let hex = |x: u8| (x as char).to_digit(16);
                match (b.get(i + 1).and_then(|&x| hex(x)), b.get(i + 2).and_then(|&x| hex(x))) {
                    (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
                    _ => {
                        let bad: String = s[i..].chars().take(3).collect();
                        return Err(format!("invalid URL escape {}", go_quote(&bad)));
                    }
                }
                i += 3;
            }
            b'+' if mode == Mode::QueryComponent => {
                out.push(b' ');
                i += 1;
            }
            x if mode == Mode::Host && x < 0x80 && should_escape(x, mode) => {
                return Err(format!(
                    "invalid character {} in host name",
                    go_quote(&(x as char).to_string())
                ));
            }
            x => {
                out.push(x);
                i += 1;
            }
        }
    }
    Ok(String::from_utf8_lossy(&out).into_owned())
}

/// strconv.Quote, for the texts the errors show (fmt's).
pub use super::fmt::quote as go_quote;

pub fn userinfo_string(heap: &Heap, u: Value) -> String {
    if u.h == 0 {
        return String::new();
    }
    let mut s = escape(&heap.bytes(field(heap, u, 0)), Mode::UserPassword);
    if field_bool(heap, u, 2) {
        s.push(':');
        s.push_str(&escape(&heap.bytes(field(heap, u, 1)), Mode::UserPassword));
    }
    s
}

pub fn escaped_path(heap: &Heap, u: Value) -> String {
    let raw = field_str(heap, u, RAW_PATH);
    let path = field_str(heap, u, PATH);
    if !raw.is_empty()
        && valid_encoded(&raw, Mode::Path)
        && unescape(&raw, Mode::Path).as_deref() == Ok(path.as_str())
    {
        return raw;
    }
    if path == "*" {
        return path;
    }
    escape(path.as_bytes(), Mode::Path)
}

/// URL.String, as Go assembles it.
pub fn url_string(heap: &Heap, u: Value) -> String {
    if u.h == 0 {
        return "<nil>".into();
    }
    let s = |i| field_str(heap, u, i);
    let (scheme, opaque, host) = (s(SCHEME), s(OPAQUE), s(HOST));
    let user = field(heap, u, USER);
    let mut buf = String::new();
    if !scheme.is_empty() {
        buf.push_str(&scheme);
        buf.push(':');
    }
    if !opaque.is_empty() {
        buf.push_str(&opaque);
    } else {
        let path = escaped_path(heap, u);
        if !scheme.is_empty() || !host.is_empty() || user.h != 0 {
            let omit = field_bool(heap, u, OMIT_HOST) && host.is_empty() && user.h == 0;
            if !omit {
                if !host.is_empty() || !path.is_empty() || user.h != 0 {
                    buf.push_str("//");
                }
                if user.h != 0 {
                    buf.push_str(&userinfo_string(heap, user));
                    buf.push('@');
                }
                buf.push_str(&escape(host.as_bytes(), Mode::Host));
            }
        }
        if !path.is_empty() && !path.starts_with('/') && !host.is_empty() {
            buf.push('/');
        }
        if buf.is_empty() {
            let seg = path.split('/').next().unwrap_or("");
            if seg.contains(':') {
                buf.push_str("./");
            }
        }
        buf.push_str(&path);
    }
    let q = s(RAW_QUERY);
    if field_bool(heap, u, FORCE_QUERY) || !q.is_empty() {
        buf.push('?');
        buf.push_str(&q);
    }
    let frag = s(FRAGMENT);
    if !frag.is_empty() {
        buf.push('#');
        let raw = s(RAW_FRAGMENT);
        buf.push_str(&if !raw.is_empty()
            && valid_encoded(&raw, Mode::Fragment)
            && unescape(&raw, Mode::Fragment).as_deref() == Ok(frag.as_str())
        {
            raw
        } else {
            escape(frag.as_bytes(), Mode::Fragment)
        });
    }
    buf
}
