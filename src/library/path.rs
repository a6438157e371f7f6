//! Packages path and path/filepath: slash-separated paths, handled lexically as Go's
//! path.Clean does (Rob Pike's "Lexical File Names in Plan 9"). filepath is path with
//! the operating system's separator, which on the Unix Go targets here is also '/'; its
//! functions that touch the file system (Abs, Glob, Walk, EvalSymlinks) are not here.

use super::{constant, func, Call, ConstVal, Fault, Member};

pub const PATH_MEMBERS: &[Member] = &[
    func("Base", "func(path string) string", |c| ret(c, base(&c.str(0)))),
    func("Clean", "func(path string) string", |c| ret(c, clean(&c.str(0)))),
    func("Dir", "func(path string) string", |c| ret(c, dir(&c.str(0)))),
    func("Ext", "func(path string) string", |c| ret(c, ext(&c.str(0)).to_string())),
    func("IsAbs", "func(path string) bool", is_abs),
    func("Join", "func(elem ...string) string", join),
    func("Split", "func(path string) (dir, file string)", split),
];

pub const FILEPATH_MEMBERS: &[Member] = &[
    func("Base", "func(path string) string", |c| ret(c, base(&c.str(0)))),
    func("Clean", "func(path string) string", |c| ret(c, clean(&c.str(0)))),
    func("Dir", "func(path string) string", |c| ret(c, dir(&c.str(0)))),
    func("Ext", "func(path string) string", |c| ret(c, ext(&c.str(0)).to_string())),
    func("FromSlash", "func(path string) string", |c| ret(c, c.str(0).to_string())),
    func("IsAbs", "func(path string) bool", is_abs),
    func("IsLocal", "func(path string) bool", is_local),
    func("Join", "func(elem ...string) string", join),
    func("Rel", "func(basepath, targpath string) (string, error)", rel),
    func("Split", "func(path string) (dir, file string)", split),
    func("SplitList", "func(path string) []string", split_list),
    func("ToSlash", "func(path string) string", |c| ret(c, c.str(0).to_string())),
    func("VolumeName", "func(path string) string", |c| ret(c, String::new())),
    constant("ListSeparator", "untyped rune", ConstVal::Int(b':' as i128)),
    constant("Separator", "untyped rune", ConstVal::Int(b'/' as i128)),
];

fn ret(c: &mut Call, s: String) -> Result<(), Fault> {
    c.ret_str(&s)
}

/// Clean: the shortest path equal to `p` by purely lexical processing: one slash between
/// elements, no `.` elements, no `..` after a name it cancels, no `..` at the root, no
/// trailing slash; "." for an empty result.
pub fn clean(p: &str) -> String {
    if p.is_empty() {
        return ".".into();
    }
    let rooted = p.starts_with('/');
    let mut out: Vec<&str> = Vec::new();
    // How many leading ".." of a relative path cannot be cancelled.
    let mut dotdot = 0;
    for elem in p.split('/') {
        match elem {
            "" | "." => {}
            ".." if out.len() > dotdot => {
                out.pop();
            }
            ".." if !rooted => {
                out.push("..");
                dotdot += 1;
            }
            ".." => {}
            _ => out.push(elem),
        }
    }
    let body = out.join("/");
    match (rooted, body.is_empty()) {
        (true, _) => format!("/{body}"),
        (false, true) => ".".into(),
        (false, false) => body,
    }
}

/// Split: everything up to and including the last slash, and the rest.
fn split_at_last(p: &str) -> (&str, &str) {
    match p.rfind('/') {
        Some(i) => (&p[..=i], &p[i + 1..]),
        None => ("", p),
    }
}

fn base(p: &str) -> String {
    if p.is_empty() {
        return ".".into();
    }
    let trimmed = p.trim_end_matches('/');
    if trimmed.is_empty() {
        return "/".into();
    }
    split_at_last(trimmed).1.to_string()
}

fn dir(p: &str) -> String {
    clean(split_at_last(p).0)
}

fn ext(p: &str) -> &str {
    let last = split_at_last(p).1;
    last.rfind('.').map_or("", |i| &last[i..])
}

fn is_abs(c: &mut Call) -> Result<(), Fault> {
    let abs = c.str(0).starts_with('/');
    c.ret_bool(abs);
    Ok(())
}

/// IsLocal: relative, not escaping by "..", not empty.
fn is_local(c: &mut Call) -> Result<(), Fault> {
    let p = c.str(0);
    let cleaned = clean(&p);
    let local =
        !p.is_empty() && !p.starts_with('/') && cleaned != ".." && !cleaned.starts_with("../");
    c.ret_bool(local);
    Ok(())
}

fn join(c: &mut Call) -> Result<(), Fault> {
    let parts: Vec<String> = c.strings(0).iter().map(|s| s.to_string()).collect();
    let nonempty: Vec<&str> =
        parts.iter().map(String::as_str).skip_while(|s| s.is_empty()).collect();
    let joined = if nonempty.is_empty() { String::new() } else { clean(&nonempty.join("/")) };
    c.ret_str(&joined)
}

fn split(c: &mut Call) -> Result<(), Fault> {
    let p = c.str(0);
    let (d, f) = split_at_last(&p);
    c.ret_str(d)?;
    c.ret_str(f)
}

fn split_list(c: &mut Call) -> Result<(), Fault> {
    let p = c.str(0);
    let items: Vec<&str> = if p.is_empty() { Vec::new() } else { p.split(':').collect() };
    let v = c.new_strings(&items)?;
    c.ret(v);
    Ok(())
}

/// Rel: a relative path that joined to `base` is lexically `targ`, or Go's error when
/// there is none.
fn rel(c: &mut Call) -> Result<(), Fault> {
    let (b0, t0) = (c.str(0), c.str(1));
    let (b, t) = (clean(&b0), clean(&t0));
    let fail = |c: &mut Call| {
        c.ret_str("")?;
        c.ret_err(Some(format!("Rel: can't make {t0} relative to {b0}")))
    };
    if b.starts_with('/') != t.starts_with('/') {
        return fail(c);
    }
    if b == t {
        c.ret_str(".")?;
        return c.ret_err(None);
    }
    let parts = |s: &str| -> Vec<String> {
        if s == "." {
            Vec::new()
        } else {
            s.trim_start_matches('/')
                .split('/')
                .filter(|e| !e.is_empty())
                .map(String::from)
                .collect()
        }
    };
    let (bp, tp) = (parts(&b), parts(&t));
    let common = bp.iter().zip(&tp).take_while(|(x, y)| x == y).count();
    if bp[common..].iter().any(|e| e == "..") {
        return fail(c);
    }
    let mut out: Vec<String> = vec!["..".into(); bp.len() - common];
    out.extend(tp[common..].iter().cloned());
    c.ret_str(&out.join("/"))?;
    c.ret_err(None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_as_go() {
        for (p, want) in [
            ("", "."),
            ("abc", "abc"),
            ("abc/def/", "abc/def"),
            ("a//b", "a/b"),
            ("/../abc", "/abc"),
            ("../../abc", "../../abc"),
            ("abc/../../x", "../x"),
            ("/", "/"),
            ("./", "."),
            ("a/./b/../c", "a/c"),
            ("abc/def/../..", "."),
        ] {
            assert_eq!(clean(p), want, "Clean({p:?})");
        }
        assert_eq!(base("/a/b/"), "b");
        assert_eq!(base("///"), "/");
        assert_eq!(dir("a/b"), "a");
        assert_eq!(dir("abc"), ".");
        assert_eq!(ext("x/file.tar.gz"), ".gz");
        assert_eq!(ext("x.d/file"), "");
    }
}
