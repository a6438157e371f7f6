//! Packages net/url (Parse, URL and Userinfo with their methods, Values, the escaping
//! functions) and net's address helpers (SplitHostPort, JoinHostPort).
//!
//! A URL is a struct with Go's exported fields in Go's order, so a program reads `u.Host`
//! or `u.RawQuery` as in Go; Userinfo's fields are unexported, read through its methods.
//! The parser follows Go's url.Parse step by step (fragment, scheme, query, authority with
//! userinfo and port check, path with its raw form), and escaping follows Go's
//! shouldEscape table per component, so String() gives back what Go's does.

use super::{func, method, type_, Call, Fault, Member};
use crate::rt::map::{GoMap, MapKey};
use crate::rt::obj::Obj;
use crate::rt::url::*;
use crate::vm::value::Value;

pub const URL_MEMBERS: &[Member] = &[
    type_(
        "URL",
        "struct{Scheme string; Opaque string; User *Userinfo; Host string; Path string; RawPath string; OmitHost bool; ForceQuery bool; RawQuery string; Fragment string; RawFragment string}",
    ),
    type_("Userinfo", "struct{username string; password string; passwordSet bool}"),
    type_("Values", "map[string][]string"),
    func("Parse", "func(rawURL string) (*URL, error)", parse),
    func("ParseQuery", "func(query string) (Values, error)", |c| {
        let q = c.str(0);
        let (pairs, err) = parse_query(&q);
        let m = new_values(c, &pairs)?;
        c.ret(m);
        c.ret_err(err)
    }),
    func("QueryEscape", "func(s string) string", |c| {
        let s = escape(&c.bytes(0), Mode::QueryComponent);
        c.ret_str(&s)
    }),
    func("PathEscape", "func(s string) string", |c| {
        let s = escape(&c.bytes(0), Mode::PathSegment);
        c.ret_str(&s)
    }),
    func("QueryUnescape", "func(s string) (string, error)", |c| unescape_fn(c, Mode::QueryComponent)),
    func("PathUnescape", "func(s string) (string, error)", |c| unescape_fn(c, Mode::PathSegment)),
    func("User", "func(username string) *Userinfo", |c| {
        let u = c.arg(0);
        let v = c.alloc(Obj::Struct(vec![u, Value::ZERO, Value::bool(false)]))?;
        c.ret(v);
        Ok(())
    }),
    func("UserPassword", "func(username, password string) *Userinfo", |c| {
        let (u, p) = (c.arg(0), c.arg(1));
        let v = c.alloc(Obj::Struct(vec![u, p, Value::bool(true)]))?;
        c.ret(v);
        Ok(())
    }),
    method("*URL", "String", "func() string", |c| {
        let s = url_string(&c.rt.heap, c.arg(0));
        c.ret_str(&s)
    }),
    method("*URL", "Hostname", "func() string", |c| {
        let host = field_str(&c.rt.heap, c.arg(0), HOST);
        let (h, _) = split_host_port_lenient(&host);
        c.ret_str(&h)
    }),
    method("*URL", "Port", "func() string", |c| {
        let host = field_str(&c.rt.heap, c.arg(0), HOST);
        let (_, p) = split_host_port_lenient(&host);
        c.ret_str(&p)
    }),
    method("*URL", "Query", "func() Values", |c| {
        let q = field_str(&c.rt.heap, c.arg(0), RAW_QUERY);
        let (pairs, _) = parse_query(&q);
        let m = new_values(c, &pairs)?;
        c.ret(m);
        Ok(())
    }),
    method("*URL", "EscapedPath", "func() string", |c| {
        let s = escaped_path(&c.rt.heap, c.arg(0));
        c.ret_str(&s)
    }),
    method("*URL", "IsAbs", "func() bool", |c| {
        let abs = !field_str(&c.rt.heap, c.arg(0), SCHEME).is_empty();
        c.ret_bool(abs);
        Ok(())
    }),
    method("*URL", "RequestURI", "func() string", |c| {
        let (h, u) = (&c.rt.heap, c.arg(0));
        let opaque = field_str(h, u, OPAQUE);
        let mut r = if opaque.is_empty() {
            escaped_path(h, u)
        } else if opaque.starts_with("//") {
            format!("{}:{opaque}", field_str(h, u, SCHEME))
        } else {
            opaque
        };
        if r.is_empty() {
            r = "/".into();
        }
        let q = field_str(h, u, RAW_QUERY);
        if field_bool(h, u, FORCE_QUERY) || !q.is_empty() {
            r = format!("{r}?{q}");
        }
        c.ret_str(&r)
    }),
    method("*Userinfo", "Username", "func() string", |c| {
        let s = if c.arg(0).h == 0 { String::new() } else { field_str(&c.rt.heap, c.arg(0), 0) };
        c.ret_str(&s)
    }),
    method("*Userinfo", "Password", "func() (string, bool)", |c| {
        let (h, u) = (&c.rt.heap, c.arg(0));
        let (p, set) = if u.h == 0 { (String::new(), false) } else { (field_str(h, u, 1), field_bool(h, u, 2)) };
        c.ret_str(&p)?;
        c.ret_bool(set);
        Ok(())
    }),
    method("*Userinfo", "String", "func() string", |c| {
        let s = userinfo_string(&c.rt.heap, c.arg(0));
        c.ret_str(&s)
    }),
    method("Values", "Get", "func(key string) string", |c| {
        let v = values_get(c, c.arg(0), &c.bytes(1)).into_iter().next();
        let s = v.map(|v| c.rt.heap.bytes(v).to_vec()).unwrap_or_default();
        let v = c.new_bytes(&s)?;
        c.ret(v);
        Ok(())
    }),
    method("Values", "Has", "func(key string) bool", |c| {
        let key = c.bytes(1);
        let has = with_map(c, c.arg(0), |m| m.get(Some(&MapKey::Str(key))).is_some())?;
        c.ret_bool(has);
        Ok(())
    }),
    method("Values", "Set", "func(key, value string)", |c| {
        let s = c.new_slice(vec![c.arg(2)])?;
        let (k, key) = (c.arg(1), c.bytes(1));
        with_map(c, c.arg(0), |m| m.insert(k, Some(MapKey::Str(key)), s))?;
        Ok(())
    }),
    method("Values", "Add", "func(key, value string)", |c| {
        let key = c.bytes(1);
        let mut vals = values_get(c, c.arg(0), &key);
        vals.push(c.arg(2));
        let s = c.new_slice(vals)?;
        let k = c.arg(1);
        with_map(c, c.arg(0), |m| m.insert(k, Some(MapKey::Str(key)), s))?;
        Ok(())
    }),
    method("Values", "Del", "func(key string)", |c| {
        let key = c.bytes(1);
        with_map(c, c.arg(0), |m| m.remove(Some(&MapKey::Str(key))))?;
        Ok(())
    }),
    method("Values", "Encode", "func() string", |c| {
        let pairs = if c.arg(0).h == 0 { Vec::new() } else { with_map(c, c.arg(0), |m| m.pairs())? };
        let heap = &c.rt.heap;
        let mut keys: Vec<(Vec<u8>, Value)> = pairs.iter().map(|&(k, v)| (heap.bytes(k).to_vec(), v)).collect();
        keys.sort_by(|a, b| a.0.cmp(&b.0));
        let mut out = String::new();
        for (k, vs) in keys {
            let ek = escape(&k, Mode::QueryComponent);
            for v in super::call::elems(c.rt, vs) {
                if !out.is_empty() {
                    out.push('&');
                }
                out.push_str(&ek);
                out.push('=');
                out.push_str(&escape(&heap.bytes(v), Mode::QueryComponent));
            }
        }
        c.ret_str(&out)
    }),
];

pub const NET_MEMBERS: &[Member] = &[
    func("SplitHostPort", "func(hostport string) (host, port string, err error)", |c| {
        let hp = c.str(0);
        match split_host_port(&hp) {
            Ok((h, p)) => {
                c.ret_str(&h)?;
                c.ret_str(&p)?;
                c.ret_err(None)
            }
            Err(why) => {
                c.ret_str("")?;
                c.ret_str("")?;
                c.ret_err(Some(format!("address {hp}: {why}")))
            }
        }
    }),
    func("JoinHostPort", "func(host, port string) string", |c| {
        let (h, p) = (c.str(0), c.str(1));
        let s = if h.contains(':') { format!("[{h}]:{p}") } else { format!("{h}:{p}") };
        c.ret_str(&s)
    }),
];

// ---------- reading the objects ----------

fn with_map<T>(c: &Call, m: Value, f: impl FnOnce(&mut GoMap) -> T) -> Result<T, Fault> {
    if m.h == 0 {
        return Err(Fault::Panic("assignment to entry in nil map".into()));
    }
    match &mut *c.rt.heap.lock(m.h) {
        Obj::Map(map) => Ok(f(map)),
        _ => Err(Fault::Panic("url.Values is not a map".into())),
    }
}

fn values_get(c: &Call, m: Value, key: &[u8]) -> Vec<Value> {
    if m.h == 0 {
        return Vec::new();
    }
    let v = with_map(c, m, |map| map.get(Some(&MapKey::Str(key.into())))).ok().flatten();
    v.map(|s| super::call::elems(c.rt, s)).unwrap_or_default()
}

/// A new url.Values from (key, value) pairs in order (values of one key kept in order).
fn new_values(c: &mut Call, pairs: &[(String, String)]) -> Result<Value, Fault> {
    let mut grouped: Vec<(String, Vec<String>)> = Vec::new();
    for (k, v) in pairs {
        match grouped.iter_mut().find(|(gk, _)| gk == k) {
            Some((_, vs)) => vs.push(v.clone()),
            None => grouped.push((k.clone(), vec![v.clone()])),
        }
    }
    let mut entries = Vec::with_capacity(grouped.len());
    for (k, vs) in &grouped {
        let key = c.new_str(k)?;
        let list = c.new_strings(vs)?;
        entries.push((key, k.as_bytes().to_vec(), list));
    }
    let mut map = GoMap::new();
    for (key, bytes, list) in entries {
        map.insert(key, Some(MapKey::Str(bytes.into())), list);
    }
    c.alloc(Obj::Map(Box::new(map)))
}

// ---------- parsing ----------

fn parse(c: &mut Call) -> Result<(), Fault> {
    let raw = c.str(0).to_string();
    match parse_url(&raw) {
        Ok(u) => {
            let user = match &u.user {
                Some((name, pass)) => {
                    let n = c.new_str(name)?;
                    let p = c.new_str(pass.as_deref().unwrap_or(""))?;
                    c.alloc(Obj::Struct(vec![n, p, Value::bool(pass.is_some())]))?
                }
                None => Value::ZERO,
            };
            let mut f = vec![Value::ZERO; URL_FIELDS];
            for (i, s) in [
                (SCHEME, &u.scheme),
                (OPAQUE, &u.opaque),
                (HOST, &u.host),
                (PATH, &u.path),
                (RAW_PATH, &u.raw_path),
                (RAW_QUERY, &u.raw_query),
                (FRAGMENT, &u.fragment),
                (RAW_FRAGMENT, &u.raw_fragment),
            ] {
                f[i] = c.new_str(s)?;
            }
            f[USER] = user;
            f[OMIT_HOST] = Value::bool(u.omit_host);
            f[FORCE_QUERY] = Value::bool(u.force_query);
            let v = c.alloc(Obj::Struct(f))?;
            c.ret(v);
            c.ret_err(None)
        }
        Err(why) => {
            c.ret(Value::ZERO);
            c.ret_err(Some(format!("parse {}: {why}", go_quote(&raw))))
        }
    }
}

#[derive(Default)]
struct Url {
    scheme: String,
    opaque: String,
    user: Option<(String, Option<String>)>,
    host: String,
    path: String,
    raw_path: String,
    omit_host: bool,
    force_query: bool,
    raw_query: String,
    fragment: String,
    raw_fragment: String,
}

fn parse_url(raw: &str) -> Result<Url, String> {
    let mut u = Url::default();
    let (rest, frag) = match raw.split_once('#') {
        Some((a, b)) => (a, Some(b)),
        None => (raw, None),
    };
    if raw.bytes().any(|b| b < 0x20 || b == 0x7f) {
        return Err("net/url: invalid control character in URL".into());
    }
    if rest == "*" {
        u.path = "*".into();
    } else {
        parse_main(&mut u, rest)?;
    }
    if let Some(f) = frag {
        u.fragment = unescape(f, Mode::Fragment)?;
        if escape(u.fragment.as_bytes(), Mode::Fragment) != f {
            u.raw_fragment = f.to_string();
        }
    }
    Ok(u)
}

fn parse_main(u: &mut Url, raw: &str) -> Result<(), String> {
    let (scheme, mut rest) = get_scheme(raw)?;
    u.scheme = scheme.to_ascii_lowercase();
    let query;
    if rest.ends_with('?') && rest.matches('?').count() == 1 {
        u.force_query = true;
        rest = &rest[..rest.len() - 1];
    } else if let Some((a, q)) = rest.split_once('?') {
        query = q.to_string();
        u.raw_query = query;
        rest = a;
    }
    if !rest.starts_with('/') {
        if !u.scheme.is_empty() {
            u.opaque = rest.to_string();
            return Ok(());
        }
        let seg = rest.split('/').next().unwrap_or("");
        if seg.contains(':') {
            return Err("first path segment in URL cannot contain colon".into());
        }
    }
    if (!u.scheme.is_empty() || !rest.starts_with("///")) && rest.starts_with("//") {
        let after = &rest[2..];
        let (authority, path) = match after.find('/') {
            Some(i) => (&after[..i], &after[i..]),
            None => (after, ""),
        };
        parse_authority(u, authority)?;
        rest = path;
    } else if !u.scheme.is_empty() && rest.starts_with('/') {
        u.omit_host = true;
    }
    u.path = unescape(rest, Mode::Path)?;
    if escape(u.path.as_bytes(), Mode::Path) != rest {
        u.raw_path = rest.to_string();
    }
    Ok(())
}

/// The scheme before the first ':' (empty when there is none) and the rest.
fn get_scheme(raw: &str) -> Result<(&str, &str), String> {
    for (i, ch) in raw.bytes().enumerate() {
        match ch {
            b'a'..=b'z' | b'A'..=b'Z' => {}
            b'0'..=b'9' | b'+' | b'-' | b'.' if i > 0 => {}
            b':' if i == 0 => return Err("missing protocol scheme".into()),
            b':' => return Ok((&raw[..i], &raw[i + 1..])),
            _ => return Ok(("", raw)),
        }
    }
    Ok(("", raw))
}

fn parse_authority(u: &mut Url, authority: &str) -> Result<(), String> {
    let (userinfo, host) = match authority.rfind('@') {
        Some(i) => (Some(&authority[..i]), &authority[i + 1..]),
        None => (None, authority),
    };
    u.host = parse_host(host)?;
    if let Some(ui) = userinfo {
        if ui.bytes().any(|b| !valid_userinfo_byte(b)) {
            return Err("net/url: invalid userinfo".into());
        }
        u.user = Some(match ui.split_once(':') {
            Some((n, p)) => {
                (unescape(n, Mode::UserPassword)?, Some(unescape(p, Mode::UserPassword)?))
            }
            None => (unescape(ui, Mode::UserPassword)?, None),
        });
    }
    Ok(())
}

fn valid_userinfo_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"-._:~!$&'()*+,;=%@".contains(&b)
}

fn parse_host(host: &str) -> Result<String, String> {
    if host.starts_with('[') {
        let Some(i) = host.rfind(']') else { return Err("missing ']' in host".into()) };
        let port = &host[i + 1..];
        if !valid_optional_port(port) {
            return Err(format!("invalid port {} after host", go_quote(port)));
        }
    } else if let Some(i) = host.rfind(':') {
        let port = &host[i..];
        if !valid_optional_port(port) {
            return Err(format!("invalid port {} after host", go_quote(port)));
        }
    }
    unescape(host, Mode::Host)
}

fn valid_optional_port(port: &str) -> bool {
    port.is_empty() || (port.starts_with(':') && port[1..].bytes().all(|b| b.is_ascii_digit()))
}

/// url.ParseQuery: key/value pairs in order, and the first error met (parsing goes on).
fn parse_query(q: &str) -> (Vec<(String, String)>, Option<String>) {
    let mut out = Vec::new();
    let mut err = None;
    for part in q.split('&') {
        if part.is_empty() {
            continue;
        }
        if part.contains(';') {
            err.get_or_insert_with(|| "invalid semicolon separator in query".to_string());
            continue;
        }
        let (k, v) = part.split_once('=').unwrap_or((part, ""));
        match (unescape(k, Mode::QueryComponent), unescape(v, Mode::QueryComponent)) {
            (Ok(k), Ok(v)) => out.push((k, v)),
            (Err(e), _) | (_, Err(e)) => {
                err.get_or_insert(e);
            }
        }
    }
    (out, err)
}

fn unescape_fn(c: &mut Call, mode: Mode) -> Result<(), Fault> {
    match unescape(&c.str(0), mode) {
        Ok(s) => {
            c.ret_str(&s)?;
            c.ret_err(None)
        }
        Err(e) => {
            c.ret_str("")?;
            c.ret_err(Some(e))
        }
    }
}

/// Hostname and Port: the host without its port (and brackets), and the port.
fn split_host_port_lenient(host: &str) -> (String, String) {
    let (h, p) = match host.rfind(':') {
        Some(i) if valid_optional_port(&host[i..]) && !host[i..].contains(']') => {
            (&host[..i], &host[i + 1..])
        }
        _ => (host, ""),
    };
    let h = h.strip_prefix('[').and_then(|x| x.strip_suffix(']')).unwrap_or(h);
    (h.to_string(), p.to_string())
}

/// net.SplitHostPort, with Go's reasons.
fn split_host_port(hp: &str) -> Result<(String, String), &'static str> {
    let Some(i) = hp.rfind(':') else { return Err("missing port in address") };
    let (host, port) = (&hp[..i], &hp[i + 1..]);
    if let Some(inner) = host.strip_prefix('[') {
        let Some(end) = inner.find(']') else { return Err("missing ']' in address") };
        if end + 1 != inner.len() {
            return Err(if inner[end + 1..].starts_with(':') {
                "too many colons in address"
            } else {
                "missing port in address"
            });
        }
        return Ok((inner[..end].to_string(), port.to_string()));
    }
    if host.contains(':') {
        return Err("too many colons in address");
    }
    if host.contains('[') || host.contains(']') || port.contains('[') || port.contains(']') {
        return Err("unexpected '[' in address");
    }
    Ok((host.to_string(), port.to_string()))
}
