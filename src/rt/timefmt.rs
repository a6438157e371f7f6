//! Calendar arithmetic and Go's reference-time layouts ("2006-01-02 15:04:05"), for
//! time.Time's methods and for fmt, which prints a Time with its String method. A Time is
//! in UTC, Local (which is UTC: a page has no time zone database) or a fixed zone
//! (time.FixedZone, or the offset time.Parse read): `Zone`.

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
    "-070000",
    "-0700",
    "-07:00",
    "-07",
    "Z07:00:00",
    "Z070000",
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

/// A Time's zone: its offset east of UTC in seconds and its abbreviation ("" for a zone
/// time.Parse made from a bare offset, which Format's MST prints as -0700).
#[derive(Clone, Debug, PartialEq)]
pub struct Zone {
    pub offset: i64,
    pub abbrev: String,
}

impl Zone {
    pub fn utc() -> Zone {
        Zone { offset: 0, abbrev: "UTC".into() }
    }
}

/// Time `ns` (UTC) formatted by Go layout `layout`.
pub fn format(ns: i128, layout: &str) -> String {
    format_in(ns, layout, &Zone::utc())
}

/// Time `ns` formatted by Go layout `layout` in `zone`.
pub fn format_in(ns: i128, layout: &str, zone: &Zone) -> String {
    let c = civil(ns + zone.offset as i128 * 1_000_000_000);
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
        out.push_str(&element(&c, chunk, zone));
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

fn element(c: &Civil, chunk: &str, zone: &Zone) -> String {
    let h12 = if c.hour % 12 == 0 { 12 } else { c.hour % 12 };
    match chunk {
        "January" => MONTHS[c.month as usize - 1].into(),
        "Jan" => MONTHS[c.month as usize - 1][..3].into(),
        "Monday" => DAYS[c.weekday as usize].into(),
        "Mon" => DAYS[c.weekday as usize][..3].into(),
        "MST" if zone.abbrev.is_empty() => offset_text(zone.offset, "-0700"),
        "MST" => zone.abbrev.clone(),
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
        // A zero offset prints Z in the Z forms.
        _ if chunk.starts_with('Z') && zone.offset == 0 => "Z".into(),
        _ => offset_text(zone.offset, chunk),
    }
}

/// Offset `secs` east of UTC as zone element `chunk` (-0700, Z07:00, -07, -07:00:00, ...)
/// writes a non-zero one: sign, hours, then minutes and seconds if the element has them.
fn offset_text(secs: i64, chunk: &str) -> String {
    let digits: String = chunk.chars().filter(char::is_ascii_digit).collect();
    let colon = if chunk.contains(':') { ":" } else { "" };
    let a = secs.unsigned_abs();
    let mut s = format!("{}{:02}", if secs < 0 { '-' } else { '+' }, a / 3600);
    if digits.len() >= 4 {
        s.push_str(&format!("{colon}{:02}", a / 60 % 60));
    }
    if digits.len() >= 6 {
        s.push_str(&format!("{colon}{:02}", a % 60));
    }
    s
}

/// Time.String: "2009-11-10 23:00:00 +0000 UTC".
pub fn string(ns: i128) -> String {
    string_in(ns, &Zone::utc())
}

/// Time.String of a time in `zone`.
pub fn string_in(ns: i128, zone: &Zone) -> String {
    format_in(ns, "2006-01-02 15:04:05.999999999 -0700 MST", zone)
}

/// The zone of a Time whose Location is object `loc` (`time::location`'s struct {name,
/// offset, abbreviation}; 0 is UTC).
pub fn zone_of(heap: &super::obj::Heap, loc: u32) -> Zone {
    if loc == 0 {
        return Zone::utc();
    }
    match &*heap.lock(loc) {
        super::obj::Obj::Struct(f) if f.len() >= 3 => {
            Zone { offset: f[1].as_int(), abbrev: heap.str(f[2]).to_string() }
        }
        _ => Zone::utc(),
    }
}

/// The monotonic clock reading (ns) of a Time at `unix_ns` whose Location is `loc`, when it
/// has one: time.Now's Times hold the run's Local with a fourth field, the Unix ns at which
/// the monotonic clock read 0 (library/time.rs), so the reading needs no word of its own.
pub fn mono_of(heap: &super::obj::Heap, loc: u32, unix_ns: i128) -> Option<i128> {
    if loc == 0 {
        return None;
    }
    match &*heap.lock(loc) {
        super::obj::Obj::Struct(f) if f.len() == 4 => Some(unix_ns - f[3].as_int() as i128),
        _ => None,
    }
}

/// Time.String: the date in its zone, and " m=+s.nnnnnnnnn" when it has a monotonic reading.
pub fn time_string(heap: &super::obj::Heap, w: i64, loc: u32) -> String {
    let ns = decode(w);
    let mut s = string_in(ns, &zone_of(heap, loc));
    if let Some(m) = mono_of(heap, loc, ns) {
        let sign = if m < 0 { '-' } else { '+' };
        let m = m.unsigned_abs();
        s += &format!(" m={sign}{}.{:09}", m / 1_000_000_000, m % 1_000_000_000);
    }
    s
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
    /// A Z zone element read "Z", or MST read "UTC".
    utc: bool,
    /// The offset a numeric zone element read, in seconds east of UTC.
    offset: Option<i64>,
    /// The abbreviation MST read ("PST").
    name: Option<String>,
}

/// The Location of a time time.Parse read (Go's rules for a machine whose Local is UTC).
#[derive(Clone, Debug, PartialEq)]
pub enum ParsedZone {
    Utc,
    Local,
    /// time.FixedZone(name, offset).
    Fixed(String, i64),
}

/// time.Parse: `value` read by Go layout `layout`, as Unix nanoseconds and the zone it
/// names.
pub fn parse(layout: &str, value: &str) -> Result<(i128, ParsedZone), ParseError> {
    let (utc, offset, name) = (false, None, None);
    let mut f = Fields {
        year: 0,
        month: 1,
        day: 1,
        hour: 0,
        min: 0,
        sec: 0,
        nsec: 0,
        pm: None,
        utc,
        offset,
        name,
    };
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

/// The instant of parsed fields, after Go's range checks, and its zone: Z and UTC are UTC;
/// an offset is Local's when it is Local's (0, and no other name), else a fixed zone of
/// that offset; a name alone is a fixed zone of offset 0 (GMT+N of N hours), as Go makes
/// one for a name its Local does not know.
fn instant(f: Fields) -> Result<(i128, ParsedZone), ParseError> {
    let zone = match (&f.offset, &f.name) {
        _ if f.utc => ParsedZone::Utc,
        (Some(0), None) => ParsedZone::Local,
        (Some(0), Some(n)) if n == "UTC" => ParsedZone::Local,
        (Some(o), n) => ParsedZone::Fixed(n.clone().unwrap_or_default(), *o),
        (None, Some(n)) => {
            let gmt = n.strip_prefix("GMT").and_then(|h| h.parse::<i64>().ok()).unwrap_or(0);
            ParsedZone::Fixed(n.clone(), gmt * 3600)
        }
        (None, None) => ParsedZone::Utc,
    };
    let offset = f.offset.filter(|_| !f.utc).unwrap_or(0) as i128 * 1_000_000_000;
    Ok((civil_instant(f)? - offset, zone))
}

/// The instant of parsed fields read as UTC, after Go's range checks.
fn civil_instant(mut f: Fields) -> Result<i128, ParseError> {
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
        "MST" if val.starts_with("UTC") => {
            f.utc = true;
            val = &val[3..];
            Some(())
        }
        "MST" => zone_name_len(val).map(|n| {
            f.name = Some(val[..n].to_string());
            val = &val[n..];
        }),
        _ if chunk.starts_with('Z') && val.starts_with('Z') => {
            f.utc = true;
            val = &val[1..];
            Some(())
        }
        _ => zone_offset(chunk, val).map(|(o, after)| {
            f.offset = Some(o);
            val = after;
        }),
    };
    Ok(ok.map(|()| val))
}

/// The length of the zone abbreviation at the start of `v` (Go's parseTimeZone): three
/// upper-case letters, four or five ending in T, ChST, MeST, WITA, or GMT with an offset.
fn zone_name_len(v: &str) -> Option<usize> {
    let b = v.as_bytes();
    if b.len() < 3 {
        return None;
    }
    if v.starts_with("ChST") || v.starts_with("MeST") {
        return Some(4);
    }
    if let Some(rest) = v.strip_prefix("GMT") {
        return Some(3 + signed_hours_len(rest));
    }
    if v.starts_with(['+', '-']) {
        return Some(signed_hours_len(v)).filter(|&n| n > 0);
    }
    let upper = b.iter().take(6).take_while(|c| c.is_ascii_uppercase()).count();
    match upper {
        3 => Some(3),
        4 if b[3] == b'T' || v.starts_with("WITA") => Some(4),
        5 if b[4] == b'T' => Some(5),
        _ => None,
    }
}

/// The length of a signed hour offset from -23 to +23, not zero ("+03"), or 0.
fn signed_hours_len(v: &str) -> usize {
    let Some(rest) = v.strip_prefix(['+', '-']) else { return 0 };
    let (d, _) = take_digits(rest, 2);
    match d.parse::<i64>() {
        Ok(h) if h != 0 && h <= 23 => 1 + d.len(),
        _ => 0,
    }
}

/// A numeric zone element (-0700, -07:00, -07, -070000, -07:00:00 and their Z forms, which
/// read Z before this): the offset in seconds and what follows, or None if `val` holds none.
fn zone_offset<'v>(chunk: &str, val: &'v str) -> Option<(i64, &'v str)> {
    let digits = chunk.chars().filter(char::is_ascii_digit).count();
    let colon = chunk.contains(':');
    let len = 1 + digits + if colon { digits / 2 - 1 } else { 0 };
    let z = val.get(..len)?;
    let sign = match z.as_bytes()[0] {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let mut parts = Vec::new();
    let mut rest = &z[1..];
    while !rest.is_empty() {
        let (two, after) = rest.split_at(2.min(rest.len()));
        if two.len() != 2 || !two.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        parts.push(two.parse::<i64>().ok()?);
        rest = match after.strip_prefix(':') {
            Some(a) if colon => a,
            _ if colon && !after.is_empty() => return None,
            _ => after,
        };
    }
    let (h, m, s) = (parts[0], *parts.get(1).unwrap_or(&0), *parts.get(2).unwrap_or(&0));
    Some((sign * ((h * 60 + m) * 60 + s), &val[len..]))
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
        let (t, z) = parse("2006-01-02T15:04:05Z07:00", "2012-11-01T22:08:41+00:00").unwrap();
        assert_eq!((string(t), z), ("2012-11-01 22:08:41 +0000 UTC".into(), ParsedZone::Local));
        let (t, z) = parse("2006-01-02T15:04:05Z07:00", "2012-11-01T22:08:41+05:30").unwrap();
        assert_eq!(string(t), "2012-11-01 16:38:41 +0000 UTC");
        let zone = match z {
            ParsedZone::Fixed(n, o) => Zone { abbrev: n, offset: o },
            z => panic!("{z:?}"),
        };
        assert_eq!(string_in(t, &zone), "2012-11-01 22:08:41 +0530 +0530");
        let (t, _) = parse("Jan 2, 2006 at 3:04pm (MST)", "Feb 3, 2013 at 7:54pm (UTC)").unwrap();
        assert_eq!(string(t), "2013-02-03 19:54:00 +0000 UTC");
        assert_eq!(
            parse("Mon Jan _2 15:04:05 2006", "8:41PM"),
            Err(ParseError::Go("cannot parse \"8:41PM\" as \"Mon\"".into()))
        );
        assert_eq!(string(parse("3 04 PM", "8 41 PM").unwrap().0), "0000-01-01 20:41:00 +0000 UTC");
        let year0 = parse("3 04 PM", "8 41 PM").unwrap().0;
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
