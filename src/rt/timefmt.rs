//! Calendar arithmetic and Go's reference-time layouts ("2006-01-02 15:04:05"), for
//! time.Time's methods and for fmt, which prints a Time with its String method. Every time
//! is in UTC: a page has no time zone database.

/// Unix nanoseconds of Go's zero Time, January 1 of year 1 (UTC).
pub const ZERO_TIME_NS: i128 = -62_135_596_800 * 1_000_000_000;

/// The word a time.Time value holds (one i64: a Value has no room for Go's wall and ext).
/// Instants within 2^62 ns of 1970 (the years 1824 to 2116) keep their nanoseconds; farther
/// ones keep microseconds, which reaches ±146,000 years (Go's zero Time in year 1, the year 0
/// a layout without a date parses to, year 9999). The low bit of the raw form tells which:
/// 0 for `ns << 1`, 1 for `(us << 1) | 1`. The raw form is XORed with the zero Time's, so
/// the zero word is Go's zero Time. Each instant has one encoding, so == on words is == on
/// instants. None beyond the microsecond range.
pub fn encode(unix_ns: i128) -> Option<i64> {
    Some((raw(unix_ns)? ^ ZERO_RAW) as i64)
}

const NEAR_NS: i128 = 1 << 62;
const ZERO_RAW: i128 = ((ZERO_TIME_NS / 1000) << 1) | 1;

fn raw(unix_ns: i128) -> Option<i128> {
    if unix_ns.abs() < NEAR_NS {
        return Some(unix_ns << 1);
    }
    let us = unix_ns.div_euclid(1000);
    (us.abs() < NEAR_NS).then_some((us << 1) | 1)
}

/// The Unix nanoseconds of a time.Time word (see `encode`).
pub fn decode(w: i64) -> i128 {
    let raw = (w as i128) ^ ZERO_RAW;
    if raw & 1 == 0 {
        raw >> 1
    } else {
        (raw >> 1) * 1000
    }
}

/// The calendar fields of Unix time `ns` (UTC).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Civil {
    pub year: i64,
    /// 1..=12
    pub month: u32,
    pub day: u32,
    pub hour: u32,
    pub min: u32,
    pub sec: u32,
    pub nsec: u32,
    /// 0 = Sunday.
    pub weekday: u32,
    /// 1..=366
    pub yday: u32,
}

pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
pub const DAYS: [&str; 7] =
    ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/// Days since 1970-01-01 of a civil date (Howard Hinnant's days_from_civil).
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m as i64 + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

pub fn civil(ns: i128) -> Civil {
    let secs = ns.div_euclid(1_000_000_000) as i64;
    let nsec = ns.rem_euclid(1_000_000_000) as u32;
    let days = secs.div_euclid(86400);
    let sod = secs.rem_euclid(86400) as u32;
    // civil_from_days
    let z = days + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + if month <= 2 { 1 } else { 0 };
    let yday = (days - days_from_civil(year, 1, 1) + 1) as u32;
    Civil {
        year,
        month,
        day,
        hour: sod / 3600,
        min: sod / 60 % 60,
        sec: sod % 60,
        nsec,
        weekday: (days + 4).rem_euclid(7) as u32,
        yday,
    }
}

/// The layout elements Go recognises, longest first where one is a prefix of another.
const CHUNKS: &[&str] = &[
    "January",
    "Jan",
    "Monday",
    "Mon",
    "MST",
    "2006",
    "-07:00:00",
    "-0700",
    "-07:00",
    "-07",
    "Z07:00:00",
    "Z0700",
    "Z07:00",
    "Z07",
    "01",
    "02",
    "03",
    "04",
    "05",
    "06",
    "002",
    "__2",
    "_2",
    "15",
    "1",
    "2",
    "3",
    "4",
    "5",
    "PM",
    "pm",
];

/// Time `ns` formatted by Go layout `layout`.
pub fn format(ns: i128, layout: &str) -> String {
    let c = civil(ns);
    let mut out = String::new();
    let mut rest = layout;
    while !rest.is_empty() {
        // Fractional seconds: .000 / ,000 (fixed) or .999 (trailing zeros dropped).
        if let Some(n) = frac_len(rest) {
            let digits = &rest[1..=n];
            let fixed = digits.starts_with('0');
            let s = format!("{:09}", c.nsec);
            let mut d = s[..n.min(9)].to_string();
            if !fixed {
                d = d.trim_end_matches('0').to_string();
            }
            if fixed || !d.is_empty() {
                out.push(if fixed { rest.as_bytes()[0] as char } else { '.' });
                out.push_str(&d);
            }
            rest = &rest[n + 1..];
            continue;
        }
        let Some(chunk) = CHUNKS.iter().find(|ch| rest.starts_with(**ch) && boundary(rest, ch))
        else {
            let ch = rest.chars().next().unwrap_or(' ');
            out.push(ch);
            rest = &rest[ch.len_utf8()..];
            continue;
        };
        out.push_str(&element(&c, chunk));
        rest = &rest[chunk.len()..];
    }
    out
}

/// Go does not take "Jan" inside "January"-like words or "Mon" before a lower-case letter.
fn boundary(rest: &str, chunk: &str) -> bool {
    match chunk {
        "Jan" | "Mon" => !rest[chunk.len()..].starts_with(|c: char| c.is_ascii_lowercase()),
        _ => true,
    }
}

/// The number of digits of a fractional-second element at the start of `s`.
fn frac_len(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    if b.len() < 2 || !(b[0] == b'.' || b[0] == b',') || !(b[1] == b'0' || b[1] == b'9') {
        return None;
    }
    let n = b[1..].iter().take_while(|&&x| x == b[1]).count();
    // Go only takes it when no other digit follows.
    if b.get(n + 1).is_some_and(|x| x.is_ascii_digit()) {
        return None;
    }
    Some(n)
}

fn element(c: &Civil, chunk: &str) -> String {
    let h12 = if c.hour % 12 == 0 { 12 } else { c.hour % 12 };
    match chunk {
        "January" => MONTHS[c.month as usize - 1].into(),
        "Jan" => MONTHS[c.month as usize - 1][..3].into(),
        "Monday" => DAYS[c.weekday as usize].into(),
        "Mon" => DAYS[c.weekday as usize][..3].into(),
        "MST" => "UTC".into(),
        "2006" => format!("{:04}", c.year),
        "06" => format!("{:02}", c.year.rem_euclid(100)),
        "01" => format!("{:02}", c.month),
        "1" => c.month.to_string(),
        "02" => format!("{:02}", c.day),
        "_2" => format!("{:>2}", c.day),
        "2" => c.day.to_string(),
        "002" => format!("{:03}", c.yday),
        "__2" => format!("{:>3}", c.yday),
        "15" => format!("{:02}", c.hour),
        "03" => format!("{:02}", h12),
        "3" => h12.to_string(),
        "04" => format!("{:02}", c.min),
        "4" => c.min.to_string(),
        "05" => format!("{:02}", c.sec),
        "5" => c.sec.to_string(),
        "PM" => (if c.hour >= 12 { "PM" } else { "AM" }).into(),
        "pm" => (if c.hour >= 12 { "pm" } else { "am" }).into(),
        "-0700" => "+0000".into(),
        "-07:00" => "+00:00".into(),
        "-07" => "+00".into(),
        "-07:00:00" => "+00:00:00".into(),
        // UTC prints Z in the Z forms.
        _ => "Z".into(),
    }
}

/// Time.String: "2009-11-10 23:00:00 +0000 UTC".
pub fn string(ns: i128) -> String {
    format(ns, "2006-01-02 15:04:05.999999999 -0700 MST")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn playground_epoch() {
        let ns = 1_257_894_000i128 * 1_000_000_000;
        assert_eq!(string(ns), "2009-11-10 23:00:00 +0000 UTC");
        assert_eq!(format(ns, "Mon Jan _2 15:04:05 2006"), "Tue Nov 10 23:00:00 2009");
        assert_eq!(format(ns + 5_000_000, "3:04PM .000"), "11:00PM .005");
        assert_eq!(format(0, "2006-01-02T15:04:05Z07:00"), "1970-01-01T00:00:00Z");
        assert_eq!(civil(-1).year, 1969);
    }
}

/// Why `parse` failed: Go's message tail (`cannot parse "x" as "y"`, `month out of range`),
/// or a time gopark cannot represent.
#[derive(Debug, PartialEq)]
pub enum ParseError {
    Go(String),
    Unsupported(&'static str),
}

/// The fields time.Parse has read so far.
struct Fields {
    year: i64,
    month: i64,
    day: i64,
    hour: i64,
    min: i64,
    sec: i64,
    nsec: i64,
    /// Some(true) after "PM", Some(false) after "AM".
    pm: Option<bool>,
}

/// time.Parse: `value` read by Go layout `layout`, as Unix nanoseconds (UTC).
pub fn parse(layout: &str, value: &str) -> Result<i128, ParseError> {
    let mut f = Fields { year: 0, month: 1, day: 1, hour: 0, min: 0, sec: 0, nsec: 0, pm: None };
    let (mut rest, mut val) = (layout, value);
    let bad = |v: &str, what: &str| ParseError::Go(format!("cannot parse {} as {}", q(v), q(what)));
    while !rest.is_empty() {
        if let Some(n) = frac_len(rest) {
            // A fractional second in the layout: its digits (all optional for .999).
            let (digits, after) = take_digits(val.strip_prefix(&rest[..1]).unwrap_or(val), 9);
            if rest.as_bytes()[1] == b'0' && (digits.len() != n || !val.starts_with(&rest[..1])) {
                return Err(bad(val, &rest[..=n]));
            }
            if !digits.is_empty() {
                f.nsec = format!("{digits:0<9}").parse().unwrap_or(0);
                val = after;
            }
            rest = &rest[n + 1..];
            continue;
        }
        let Some(chunk) = CHUNKS.iter().find(|ch| rest.starts_with(**ch) && boundary(rest, ch))
        else {
            // Literal text must match exactly.
            let ch = rest.chars().next().unwrap_or(' ');
            if !val.starts_with(ch) {
                let lit: String = rest.chars().take_while(|c| !c.is_ascii_digit()).collect();
                return Err(bad(val, &lit));
            }
            rest = &rest[ch.len_utf8()..];
            val = &val[ch.len_utf8()..];
            continue;
        };
        match parse_chunk(chunk, val, &mut f)? {
            Some(after) => val = after,
            None => return Err(bad(val, chunk)),
        }
        rest = &rest[chunk.len()..];
        // Go accepts a fractional second after the seconds even if the layout has none.
        if matches!(*chunk, "05" | "5") && val.starts_with('.') && !rest.starts_with('.') {
            let (digits, after) = take_digits(&val[1..], 9);
            if !digits.is_empty() {
                f.nsec = format!("{digits:0<9}").parse().unwrap_or(0);
                val = after;
            }
        }
    }
    if !val.is_empty() {
        return Err(ParseError::Go(format!("extra text: {}", q(val))));
    }
    instant(f)
}

/// The instant of parsed fields, after Go's range checks.
fn instant(mut f: Fields) -> Result<i128, ParseError> {
    if let Some(pm) = f.pm {
        if f.hour > 12 {
            return Err(ParseError::Go("hour out of range".into()));
        }
        f.hour = f.hour % 12 + if pm { 12 } else { 0 };
    }
    if !(1..=12).contains(&f.month) {
        return Err(ParseError::Go("month out of range".into()));
    }
    if f.day < 1 || f.day > 31 || f.hour > 23 || f.min > 59 || f.sec > 59 {
        return Err(ParseError::Go("day out of range".into()));
    }
    let days = days_from_civil(f.year, f.month as u32, f.day as u32);
    let secs = days * 86400 + f.hour * 3600 + f.min * 60 + f.sec;
    Ok(secs as i128 * 1_000_000_000 + f.nsec as i128)
}

/// Reads layout element `chunk` at the start of `val` into `f`: what follows it, or None
/// when `val` does not hold one.
fn parse_chunk<'v>(
    chunk: &str,
    val: &'v str,
    f: &mut Fields,
) -> Result<Option<&'v str>, ParseError> {
    let mut val = val;
    let mut num = |max: usize, fixed: bool| -> Option<i64> {
        let (d, after) = take_digits(val, max);
        if d.is_empty() || (fixed && d.len() != max) {
            return None;
        }
        val = after;
        d.parse().ok()
    };
    let ok = match chunk {
        "2006" => num(4, true).map(|v| f.year = v),
        "06" => num(2, true).map(|v| f.year = if v >= 69 { 1900 + v } else { 2000 + v }),
        "01" | "1" => num(2, chunk == "01").map(|v| f.month = v),
        "02" | "2" => num(2, chunk == "02").map(|v| f.day = v),
        "15" | "03" | "3" => num(2, chunk != "3").map(|v| f.hour = v),
        "04" | "4" => num(2, chunk == "04").map(|v| f.min = v),
        "05" | "5" => num(2, chunk == "05").map(|v| f.sec = v),
        "_2" => {
            val = val.strip_prefix(' ').unwrap_or(val);
            let (d, after) = take_digits(val, 2);
            d.parse().ok().map(|v| {
                f.day = v;
                val = after;
            })
        }
        "PM" | "pm" => match val.get(..2).map(|s| s.to_ascii_uppercase()).as_deref() {
            Some(ap @ ("AM" | "PM")) => {
                f.pm = Some(ap == "PM");
                val = &val[2..];
                Some(())
            }
            _ => None,
        },
        "January" | "Jan" | "Monday" | "Mon" => {
            let months = chunk.starts_with('J');
            let names: &[&str] = if months { &MONTHS } else { &DAYS };
            let long = chunk.len() > 3;
            let hit = names.iter().enumerate().find_map(|(i, n)| {
                let n = if long { n } else { &n[..3] };
                val.starts_with(n).then_some((i, n.len()))
            });
            hit.map(|(i, len)| {
                if months {
                    f.month = i as i64 + 1;
                }
                val = &val[len..];
            })
        }
        "MST" => val.strip_prefix("UTC").map(|v| val = v),
        _ => return zone(chunk, val),
    };
    Ok(ok.map(|()| val))
}

/// A zone offset element (Z07:00, -0700, ...): Z or a zero offset; other zones are not
/// supported yet.
fn zone<'v>(chunk: &str, val: &'v str) -> Result<Option<&'v str>, ParseError> {
    if chunk.starts_with('Z') && val.starts_with('Z') {
        return Ok(Some(&val[1..]));
    }
    match val.get(..chunk.len()) {
        Some(z) if z.starts_with(['+', '-']) => {
            if z[1..].chars().any(|c| c.is_ascii_digit() && c != '0') {
                return Err(ParseError::Unsupported("time zones other than UTC"));
            }
            Ok(Some(&val[chunk.len()..]))
        }
        _ => Ok(None),
    }
}

fn q(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

/// Up to `max` leading ASCII digits of `s`, and what follows them.
fn take_digits(s: &str, max: usize) -> (&str, &str) {
    let n = s.bytes().take(max).take_while(|b| b.is_ascii_digit()).count();
    (&s[..n], &s[n..])
}

#[cfg(test)]
mod parse_tests {
    use super::*;

    #[test]
    fn parse_layouts() {
        let t = parse("2006-01-02T15:04:05Z07:00", "2012-11-01T22:08:41+00:00").unwrap();
        assert_eq!(string(t), "2012-11-01 22:08:41 +0000 UTC");
        let t = parse("Jan 2, 2006 at 3:04pm (MST)", "Feb 3, 2013 at 7:54pm (UTC)").unwrap();
        assert_eq!(string(t), "2013-02-03 19:54:00 +0000 UTC");
        assert_eq!(
            parse("Mon Jan _2 15:04:05 2006", "8:41PM"),
            Err(ParseError::Go("cannot parse \"8:41PM\" as \"Mon\"".into()))
        );
        assert_eq!(string(parse("3 04 PM", "8 41 PM").unwrap()), "0000-01-01 20:41:00 +0000 UTC");
        let year0 = parse("3 04 PM", "8 41 PM").unwrap();
        assert_eq!(decode(encode(year0).unwrap()), year0);
        assert_eq!(encode(ZERO_TIME_NS), Some(0));
        for t in [
            0,
            -1,
            1,
            NEAR_NS - 1,
            -NEAR_NS + 1,
            (NEAR_NS / 1000 + 1) * 1000,
            -(NEAR_NS / 1000 + 7) * 1000,
            ZERO_TIME_NS + 1000,
        ] {
            assert_eq!(decode(encode(t).unwrap()), t, "{t}");
        }
        assert_ne!(encode(0), Some(0));
        assert_eq!(encode(i128::MAX), None);
        assert_eq!(decode(0), ZERO_TIME_NS);
        assert_eq!(string(ZERO_TIME_NS), "0001-01-01 00:00:00 +0000 UTC");
        assert_eq!(decode(encode(5).unwrap()), 5);
        assert_eq!(
            parse("2006-01-02", "2020-13-01"),
            Err(ParseError::Go("month out of range".into()))
        );
    }
}
