//! Calendar arithmetic and Go's reference-time layouts ("2006-01-02 15:04:05"), for
//! time.Time's methods and for fmt, which prints a Time with its String method. Every time
//! is in UTC: a page has no time zone database.

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

pub fn civil(ns: i64) -> Civil {
    let secs = ns.div_euclid(1_000_000_000);
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
pub fn format(ns: i64, layout: &str) -> String {
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
pub fn string(ns: i64) -> String {
    format(ns, "2006-01-02 15:04:05.999999999 -0700 MST")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn playground_epoch() {
        let ns = 1_257_894_000i64 * 1_000_000_000;
        assert_eq!(string(ns), "2009-11-10 23:00:00 +0000 UTC");
        assert_eq!(format(ns, "Mon Jan _2 15:04:05 2006"), "Tue Nov 10 23:00:00 2009");
        assert_eq!(format(ns + 5_000_000, "3:04PM .000"), "11:00PM .005");
        assert_eq!(format(0, "2006-01-02T15:04:05Z07:00"), "1970-01-01T00:00:00Z");
        assert_eq!(civil(-1).year, 1969);
    }
}
