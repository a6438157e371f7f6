//! Package os, its environment: Getenv, LookupEnv, Setenv, Unsetenv, Clearenv, Environ and
//! ExpandEnv, over the run's own copy of what the host gave (`sched::Input::env`: the CLI's
//! environment, none on the page), so a program's Setenv changes nothing outside it.

use super::{func, Call, Fault, Member};
use crate::sys::lock;

pub const MEMBERS: &[Member] = &[
    func("Clearenv", "func()", |c| {
        with_env(c, |env| env.clear());
        Ok(())
    }),
    func("Environ", "func() []string", environ),
    func("ExpandEnv", "func(s string) string", expand_env),
    func("Getenv", "func(key string) string", getenv),
    func("LookupEnv", "func(key string) (string, bool)", lookup_env),
    func("Setenv", "func(key, value string) error", setenv),
    func("Unsetenv", "func(key string) error", unsetenv),
];

/// Runs `f` on the environment (made from the host's on first use).
fn with_env<R>(c: &Call, f: impl FnOnce(&mut Vec<String>) -> R) -> R {
    let mut env = lock(&c.rt.environ);
    f(env.get_or_insert_with(|| c.rt.cfg.input.env.clone()))
}

/// The value of `key`, if set (the first entry, as Go's copyenv keeps).
fn lookup(c: &Call, key: &str) -> Option<String> {
    with_env(c, |env| {
        env.iter()
            .find_map(|e| e.strip_prefix(key).and_then(|v| v.strip_prefix('=')).map(String::from))
    })
}

fn getenv(c: &mut Call) -> Result<(), Fault> {
    let v = lookup(c, &c.str(0)).unwrap_or_default();
    c.ret_str(&v)
}

fn lookup_env(c: &mut Call) -> Result<(), Fault> {
    let v = lookup(c, &c.str(0));
    c.ret_str(v.as_deref().unwrap_or(""))?;
    c.ret_bool(v.is_some());
    Ok(())
}

fn environ(c: &mut Call) -> Result<(), Fault> {
    let all = with_env(c, |env| env.clone());
    let v = c.new_strings(&all)?;
    c.ret(v);
    Ok(())
}

/// Setenv: the entry replaced where it was, or appended; syscall's EINVAL for a key that is
/// empty or holds '=' or NUL, or a value holding NUL.
fn setenv(c: &mut Call) -> Result<(), Fault> {
    let (key, value) = (c.str(0), c.str(1));
    if key.is_empty() || key.contains(['=', '\0']) || value.contains('\0') {
        return c.ret_err(Some("setenv: invalid argument".into()));
    }
    let entry = format!("{key}={value}");
    with_env(c, |env| {
        let prefix = format!("{key}=");
        match env.iter().position(|e| e.starts_with(&prefix)) {
            Some(i) => env[i] = entry,
            None => env.push(entry),
        }
    });
    c.ret_err(None)
}

fn unsetenv(c: &mut Call) -> Result<(), Fault> {
    let prefix = format!("{}=", c.str(0));
    with_env(c, |env| env.retain(|e| !e.starts_with(&prefix)));
    c.ret_err(None)
}

/// ExpandEnv: `$NAME` and `${NAME}` replaced by their values (os.Expand's rules: a name is
/// letters, digits and underscores, or one special character; `${` without its `}` is kept
/// out, as Go's getShellName does).
fn expand_env(c: &mut Call) -> Result<(), Fault> {
    let s = c.str(0);
    let b = s.as_bytes();
    let mut out = String::new();
    let mut i = 0;
    let mut copied = 0;
    while i < b.len() {
        if b[i] != b'$' || i + 1 >= b.len() {
            i += 1;
            continue;
        }
        out.push_str(&s[copied..i]);
        let (name, w) = shell_name(&s[i + 1..]);
        if name.is_empty() && w > 0 {
            // A bad ${...}: both the $ and what follows are dropped.
        } else if name.is_empty() {
            out.push('$');
        } else {
            out.push_str(&lookup(c, name).unwrap_or_default());
        }
        i += 1 + w;
        copied = i;
    }
    out.push_str(&s[copied..]);
    c.ret_str(&out)
}

/// os.getShellName: the name after a '$' and the bytes it takes.
fn shell_name(s: &str) -> (&str, usize) {
    let b = s.as_bytes();
    let special = |c: u8| b"*#$@!?-0123456789".contains(&c);
    let alnum = |c: u8| c == b'_' || c.is_ascii_alphanumeric();
    if b[0] == b'{' {
        if b.len() > 2 && special(b[1]) && b[2] == b'}' {
            return (&s[1..2], 3);
        }
        // Up to the closing brace; "${}" and an unclosed "${" are bad syntax, eaten.
        return match s[1..].find('}') {
            Some(0) => ("", 2),
            Some(j) => (&s[1..1 + j], j + 2),
            None => ("", 1),
        };
    }
    if special(b[0]) {
        return (&s[..1], 1);
    }
    let n = b.iter().take_while(|&&c| alnum(c)).count();
    (&s[..n], n)
}
