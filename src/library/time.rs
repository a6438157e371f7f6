//! Package time: the clock, Duration and Time. A Time is Unix nanoseconds (UTC); a timer's
//! channel delivers the same. time.Sleep, After and Tick are compiled specially (they park
//! or arm runtime timers) and are declared in the checker.

use super::{constant, func, method, Call, ConstVal, Fault, Member};
use crate::rt::chan::Chan;
use crate::rt::fmt::duration;
use crate::rt::obj::Obj;
use crate::rt::timefmt;
use crate::sys::internal_error;
use crate::vm::value::Value;

use ConstVal::{Int as I, Str as S};

pub const MEMBERS: &[Member] = &[
    func(
        "Date",
        "func(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time",
        date,
    ),
    func("AfterFunc", "func(d Duration, f func()) *Timer", after_func),
    func("FixedZone", "func(name string, offset int) *Location", fixed_zone),
    func("LoadLocation", "func(name string) (*Location, error)", load_location),
    func("NewTicker", "func(d Duration) *Ticker", new_ticker),
    func("NewTimer", "func(d Duration) *Timer", new_timer),
    func("Now", "func() Time", now),
    func("Parse", "func(layout, value string) (Time, error)", parse_time),
    func("ParseDuration", "func(s string) (Duration, error)", parse_duration),
    func("Since", "func(t Time) Duration", since),
    func("Unix", "func(sec int64, nsec int64) Time", unix),
    func("UnixMicro", "func(usec int64) Time", |c| unix_scaled(c, 1_000)),
    func("UnixMilli", "func(msec int64) Time", |c| unix_scaled(c, 1_000_000)),
    func("Until", "func(t Time) Duration", until),
    method("Duration", "Hours", "func() float64", |c| dur_float(c, 3600e9)),
    method("Duration", "Microseconds", "func() int64", |c| dur_int(c, 1_000)),
    method("Duration", "Milliseconds", "func() int64", |c| dur_int(c, 1_000_000)),
    method("Duration", "Minutes", "func() float64", |c| dur_float(c, 60e9)),
    method("Duration", "Nanoseconds", "func() int64", |c| dur_int(c, 1)),
    method("Duration", "Round", "func(m Duration) Duration", dur_round),
    method("Duration", "Seconds", "func() float64", |c| dur_float(c, 1e9)),
    method("Duration", "String", "func() string", dur_string),
    method("Duration", "Truncate", "func(m Duration) Duration", dur_truncate),
    method("Month", "String", "func() string", month_string),
    method("Time", "Add", "func(d Duration) Time", add),
    method("Time", "AddDate", "func(years int, months int, days int) Time", add_date),
    method("Time", "After", "func(u Time) bool", |c| cmp(c, |a, b| a > b)),
    method("Time", "Before", "func(u Time) bool", |c| cmp(c, |a, b| a < b)),
    method("Time", "Compare", "func(u Time) int", compare),
    method("Time", "Clock", "func() (hour, min, sec int)", |c| {
        let t = local_civil(c, 0);
        [t.hour, t.min, t.sec].iter().for_each(|&x| c.ret_int(x as i64));
        Ok(())
    }),
    method("Time", "Date", "func() (year int, month Month, day int)", |c| {
        let t = local_civil(c, 0);
        [t.year, t.month as i64, t.day as i64].iter().for_each(|&x| c.ret_int(x));
        Ok(())
    }),
    method("Time", "Day", "func() int", |c| field(c, |t| t.day as i64)),
    method("Time", "Equal", "func(u Time) bool", |c| cmp(c, |a, b| a == b)),
    method("Time", "Format", "func(layout string) string", format),
    method("Time", "Hour", "func() int", |c| field(c, |t| t.hour as i64)),
    method("Time", "IsZero", "func() bool", is_zero),
    method("Time", "ISOWeek", "func() (year, week int)", iso_week),
    method("Time", "In", "func(loc *Location) Time", time_in),
    method("Time", "Location", "func() *Location", time_location),
    method("Time", "Zone", "func() (name string, offset int)", time_zone),
    method("Time", "UTC", "func() Time", |c| {
        c.ret(Value { h: UTC_LOC, ..c.arg(0) });
        Ok(())
    }),
    method("Time", "Local", "func() Time", |c| {
        let local = singleton(c, LOCAL)?;
        c.ret(Value { h: local.h, ..c.arg(0) });
        Ok(())
    }),
    method("Time", "Truncate", "func(d Duration) Time", |c| time_round(c, false)),
    method("Time", "Round", "func(d Duration) Time", |c| time_round(c, true)),
    method("Time", "Minute", "func() int", |c| field(c, |t| t.min as i64)),
    method("Time", "Month", "func() Month", |c| field(c, |t| t.month as i64)),
    method("Time", "Nanosecond", "func() int", |c| field(c, |t| t.nsec as i64)),
    method("Time", "Second", "func() int", |c| field(c, |t| t.sec as i64)),
    method("Time", "String", "func() string", string),
    method("Time", "Sub", "func(u Time) Duration", sub),
    method("Time", "Unix", "func() int64", |c| scaled(c, 1_000_000_000)),
    method("Time", "UnixMicro", "func() int64", |c| scaled(c, 1_000)),
    method("Time", "UnixMilli", "func() int64", |c| scaled(c, 1_000_000)),
    method("Time", "UnixNano", "func() int64", |c| scaled(c, 1)),
    method("Time", "Weekday", "func() Weekday", |c| field(c, |t| t.weekday as i64)),
    method("Time", "Year", "func() int", |c| field(c, |t| t.year)),
    method("Time", "YearDay", "func() int", |c| field(c, |t| t.yday as i64)),
    method("Weekday", "String", "func() string", weekday_string),
    super::type_("Location", "struct{name string; offset int; abbrev string}"),
    method("*Location", "String", "func() string", location_string),
    super::type_("Month", "int"),
    super::type_("Ticker", "struct{C <-chan Time; period Duration}"),
    method("*Ticker", "Reset", "func(d Duration)", ticker_reset),
    method("*Ticker", "Stop", "func()", ticker_stop),
    // f: AfterFunc's function (its C is nil).
    super::type_("Timer", "struct{C <-chan Time; f func()}"),
    method("*Timer", "Reset", "func(d Duration) bool", timer_reset),
    method("*Timer", "Stop", "func() bool", timer_stop),
    super::var("Local", "*Location", |c| {
        let v = singleton(c, LOCAL)?;
        c.ret(v);
        Ok(())
    }),
    super::var("UTC", "*Location", |c| {
        let v = singleton(c, UTC)?;
        c.ret(v);
        Ok(())
    }),
    super::type_("Weekday", "int"),
    constant("ANSIC", "untyped string", S("Mon Jan _2 15:04:05 2006")),
    constant("DateOnly", "untyped string", S("2006-01-02")),
    constant("DateTime", "untyped string", S("2006-01-02 15:04:05")),
    constant("Kitchen", "untyped string", S("3:04PM")),
    constant("Layout", "untyped string", S("01/02 03:04:05PM '06 -0700")),
    constant("RFC1123", "untyped string", S("Mon, 02 Jan 2006 15:04:05 MST")),
    constant("RFC1123Z", "untyped string", S("Mon, 02 Jan 2006 15:04:05 -0700")),
    constant("RFC3339", "untyped string", S("2006-01-02T15:04:05Z07:00")),
    constant("RFC3339Nano", "untyped string", S("2006-01-02T15:04:05.999999999Z07:00")),
    constant("RFC822", "untyped string", S("02 Jan 06 15:04 MST")),
    constant("RFC822Z", "untyped string", S("02 Jan 06 15:04 -0700")),
    constant("RFC850", "untyped string", S("Monday, 02-Jan-06 15:04:05 MST")),
    constant("RubyDate", "untyped string", S("Mon Jan 02 15:04:05 -0700 2006")),
    constant("Stamp", "untyped string", S("Jan _2 15:04:05")),
    constant("StampMicro", "untyped string", S("Jan _2 15:04:05.000000")),
    constant("StampMilli", "untyped string", S("Jan _2 15:04:05.000")),
    constant("StampNano", "untyped string", S("Jan _2 15:04:05.000000000")),
    constant("TimeOnly", "untyped string", S("15:04:05")),
    constant("UnixDate", "untyped string", S("Mon Jan _2 15:04:05 MST 2006")),
    constant("January", "Month", I(1)),
    constant("February", "Month", I(2)),
    constant("March", "Month", I(3)),
    constant("April", "Month", I(4)),
    constant("May", "Month", I(5)),
    constant("June", "Month", I(6)),
    constant("July", "Month", I(7)),
    constant("August", "Month", I(8)),
    constant("September", "Month", I(9)),
    constant("October", "Month", I(10)),
    constant("November", "Month", I(11)),
    constant("December", "Month", I(12)),
    constant("Sunday", "Weekday", I(0)),
    constant("Monday", "Weekday", I(1)),
    constant("Tuesday", "Weekday", I(2)),
    constant("Wednesday", "Weekday", I(3)),
    constant("Thursday", "Weekday", I(4)),
    constant("Friday", "Weekday", I(5)),
    constant("Saturday", "Weekday", I(6)),
];

/// Time argument `i` as Unix nanoseconds (see `timefmt::encode`).
fn time(c: &Call, i: usize) -> i128 {
    timefmt::decode(c.int(i))
}

/// Returns a Time in UTC (see `ret_time_in`).
pub(crate) fn ret_time(c: &mut Call, unix_ns: i128) -> Result<(), Fault> {
    ret_time_in(c, unix_ns, UTC_LOC)
}

/// Returns a Time whose Location is object `loc` (`UTC_LOC` for UTC), or stops with "not
/// supported yet" for an instant the representation cannot hold (more than 146,000 years
/// from 1970, see `timefmt::encode`).
fn ret_time_in(c: &mut Call, unix_ns: i128, loc: u32) -> Result<(), Fault> {
    match timefmt::encode(unix_ns) {
        Some(w) => {
            c.ret(Value { w: w as u64, h: loc, t: 0 });
            Ok(())
        }
        None => Err(Fault::Panic(
            "gopark: times more than 146,000 years from 1970 are not supported yet".into(),
        )),
    }
}

/// A difference of instants as a Duration, saturated as Go's Sub saturates.
fn duration_of(ns: i128) -> i64 {
    ns.clamp(i64::MIN as i128, i64::MAX as i128) as i64
}

/// Unix nanoseconds now: the run's clock (virtual in deterministic mode).
pub fn now_ns(c: &Call) -> i64 {
    c.rt.clock.wall_ns(c.rt.clock.now_ns())
}

/// time.Now: in the run's Local with a monotonic clock reading (Go's hasMonotonic), the
/// Location the runtime made for it (sched's `now_loc`: Local with the clock's origin). Add
/// keeps it; Round, Truncate, AddDate, In, UTC and Local strip it, as in Go; == tells the
/// two apart, as Go's == does.
fn now(c: &mut Call) -> Result<(), Fault> {
    ret_time_in(c, now_ns(c) as i128, c.rt.now_loc)
}
fn since(c: &mut Call) -> Result<(), Fault> {
    c.ret_int(duration_of(now_ns(c) as i128 - time(c, 0)));
    Ok(())
}
fn until(c: &mut Call) -> Result<(), Fault> {
    c.ret_int(duration_of(time(c, 0) - now_ns(c) as i128));
    Ok(())
}
fn unix(c: &mut Call) -> Result<(), Fault> {
    let local = singleton(c, LOCAL)?.h;
    ret_time_in(c, c.int(0) as i128 * 1_000_000_000 + c.int(1) as i128, local)
}
fn unix_scaled(c: &mut Call, unit: i64) -> Result<(), Fault> {
    let local = singleton(c, LOCAL)?.h;
    ret_time_in(c, c.int(0) as i128 * unit as i128, local)
}
/// Time.Unix and friends: floor division, as Go's for times before 1970.
fn scaled(c: &mut Call, unit: i64) -> Result<(), Fault> {
    c.ret_int(time(c, 0).div_euclid(unit as i128) as i64);
    Ok(())
}
fn field(c: &mut Call, f: fn(&timefmt::Civil) -> i64) -> Result<(), Fault> {
    let v = f(&local_civil(c, 0));
    c.ret_int(v);
    Ok(())
}
/// ISO 8601's year and week: those of the Thursday of the time's week (Monday to Sunday),
/// since week 1 is the one holding the year's first Thursday.
fn iso_week(c: &mut Call) -> Result<(), Fault> {
    let t = time(c, 0) + zone(c, 0).offset as i128 * 1_000_000_000;
    let from_monday = (timefmt::civil(t).weekday as i128 + 6) % 7;
    let thursday = timefmt::civil(t + (3 - from_monday) * 86_400_000_000_000);
    c.ret_int(thursday.year);
    c.ret_int((thursday.yday as i64 - 1) / 7 + 1);
    Ok(())
}
fn cmp(c: &mut Call, f: fn(i128, i128) -> bool) -> Result<(), Fault> {
    let b = f(time(c, 0), time(c, 1));
    c.ret_bool(b);
    Ok(())
}
fn compare(c: &mut Call) -> Result<(), Fault> {
    c.ret_int(time(c, 0).cmp(&time(c, 1)) as i64);
    Ok(())
}
fn is_zero(c: &mut Call) -> Result<(), Fault> {
    c.ret_bool(c.int(0) == 0);
    Ok(())
}
fn add(c: &mut Call) -> Result<(), Fault> {
    ret_time_in(c, time(c, 0) + c.int(1) as i128, c.arg(0).h)
}
fn sub(c: &mut Call) -> Result<(), Fault> {
    c.ret_int(duration_of(time(c, 0) - time(c, 1)));
    Ok(())
}
fn format(c: &mut Call) -> Result<(), Fault> {
    let s = timefmt::format_in(time(c, 0), &c.str(1), &zone(c, 0));
    c.ret_str(&s)
}
fn string(c: &mut Call) -> Result<(), Fault> {
    let s = timefmt::time_string(&c.rt.heap, c.int(0), c.arg(0).h);
    c.ret_str(&s)
}
fn month_string(c: &mut Call) -> Result<(), Fault> {
    let m = c.int(0);
    let s = match timefmt::MONTHS.get((m - 1) as usize) {
        Some(name) if m >= 1 => name.to_string(),
        _ => format!("%!Month({m})"),
    };
    c.ret_str(&s)
}
fn weekday_string(c: &mut Call) -> Result<(), Fault> {
    let d = c.int(0);
    let s = match timefmt::DAYS.get(d as usize) {
        Some(name) if d >= 0 => name.to_string(),
        _ => format!("%!Weekday({d})"),
    };
    c.ret_str(&s)
}

fn dur_string(c: &mut Call) -> Result<(), Fault> {
    let s = duration(c.int(0));
    c.ret_str(&s)
}
/// Seconds() and friends: whole units plus the fraction, as Go computes them.
fn dur_float(c: &mut Call, unit: f64) -> Result<(), Fault> {
    let d = c.int(0);
    let u = unit as i64;
    c.ret_float((d / u) as f64 + (d % u) as f64 / unit);
    Ok(())
}
fn dur_int(c: &mut Call, unit: i64) -> Result<(), Fault> {
    c.ret_int(c.int(0) / unit);
    Ok(())
}
fn dur_truncate(c: &mut Call) -> Result<(), Fault> {
    let (d, m) = (c.int(0), c.int(1));
    c.ret_int(if m <= 0 { d } else { d - d % m });
    Ok(())
}
fn dur_round(c: &mut Call) -> Result<(), Fault> {
    let (d, m) = (c.int(0), c.int(1));
    if m <= 0 {
        c.ret_int(d);
        return Ok(());
    }
    let mut r = d % m;
    let v = if d < 0 {
        r = -r;
        if r + r < m {
            d + r
        } else {
            d.checked_sub(m - r).map_or(i64::MIN, |x| x + 0)
        }
    } else if r + r < m {
        d - r
    } else {
        d.checked_add(m - r).unwrap_or(i64::MAX)
    };
    c.ret_int(v);
    Ok(())
}

/// ParseDuration: "1h30m", "1.5s", "-2ms", "300us".
fn parse_duration(c: &mut Call) -> Result<(), Fault> {
    let s = c.str(0);
    let parsed = parse(&s);
    c.ret_int(parsed.unwrap_or(0));
    let err =
        parsed.is_none().then(|| format!("time: invalid duration {}", crate::rt::fmt::quote(&s)));
    c.ret_err(err)
}
pub(super) fn parse(s: &str) -> Option<i64> {
    let (neg, mut rest) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    if rest == "0" {
        return Some(0);
    }
    if rest.is_empty() {
        return None;
    }
    let mut total: f64 = 0.0;
    while !rest.is_empty() {
        let n = rest.find(|ch: char| !(ch.is_ascii_digit() || ch == '.')).unwrap_or(rest.len());
        let num: f64 = rest[..n].parse().ok()?;
        rest = &rest[n..];
        let u = rest.find(|ch: char| ch.is_ascii_digit() || ch == '.').unwrap_or(rest.len());
        let unit = match &rest[..u] {
            "ns" => 1.0,
            "us" | "µs" | "μs" => 1e3,
            "ms" => 1e6,
            "s" => 1e9,
            "m" => 60e9,
            "h" => 3600e9,
            _ => return None,
        };
        rest = &rest[u..];
        total += num * unit;
    }
    if total > i64::MAX as f64 {
        return None;
    }
    Some(if neg { -(total.round() as i64) } else { total.round() as i64 })
}

// ---- Locations: a *Location is a struct {name, offset east of UTC in seconds,
// abbreviation}; a Time holds the handle of its Location beside its instant (the `h` of its
// Value, which keeps the Location alive), 0 for UTC as Go's nil loc.

/// The Location handle a Time holds for UTC.
const UTC_LOC: u32 = 0;
/// The run's time.UTC and time.Local (Local is UTC with Go's name for it).
const UTC: &str = "time.UTC";
const LOCAL: &str = "time.Local";

/// The run's time.UTC or time.Local object (`key`), made at first use.
fn singleton(c: &mut Call, key: &'static str) -> Result<Value, Fault> {
    if let Some(v) = c.global(key) {
        return Ok(v);
    }
    let name = if key == UTC { "UTC" } else { "Local" };
    let v = new_location(c, name, 0, "UTC")?;
    let mut g = crate::sys::lock(&c.rt.lib_globals);
    // Another goroutine may have made it meanwhile: theirs stays.
    if let Some((_, v)) = g.iter().find(|(k, _)| *k == key) {
        return Ok(*v);
    }
    g.push((key, v));
    Ok(v)
}

fn new_location(c: &mut Call, name: &str, offset: i64, abbrev: &str) -> Result<Value, Fault> {
    let name_v = c.new_str(name)?;
    let abbrev_v = if abbrev == name { name_v } else { c.new_str(abbrev)? };
    c.alloc(Obj::Struct(vec![name_v, Value::int(offset), abbrev_v]))
}

/// The zone of Time argument `i`.
fn zone(c: &Call, i: usize) -> timefmt::Zone {
    timefmt::zone_of(&c.rt.heap, c.arg(i).h)
}

/// The calendar fields of Time argument `i` in its zone.
fn local_civil(c: &Call, i: usize) -> timefmt::Civil {
    timefmt::civil(time(c, i) + zone(c, i).offset as i128 * 1_000_000_000)
}

/// What a Time holds for Location `loc`: UTC_LOC for time.UTC (Go's setLoc).
fn time_loc(c: &Call, loc: Value) -> u32 {
    match c.global(UTC) {
        Some(u) if u.h == loc.h => UTC_LOC,
        _ => loc.h,
    }
}

/// time.FixedZone(name, offset): a zone always `offset` seconds east of UTC.
fn fixed_zone(c: &mut Call) -> Result<(), Fault> {
    let name = c.str(0);
    let v = new_location(c, &name, c.int(1), &name)?;
    c.ret(v);
    Ok(())
}

/// time.LoadLocation: UTC ("" too) and Local; other names need the time zone database.
fn load_location(c: &mut Call) -> Result<(), Fault> {
    let name = c.str(0);
    let key = match &*name {
        "" | "UTC" => UTC,
        "Local" => LOCAL,
        _ => {
            return Err(Fault::Panic(format!(
                "gopark: time.LoadLocation({}) is not supported yet (no time zone database)",
                crate::rt::fmt::quote(&name)
            )))
        }
    };
    let v = singleton(c, key)?;
    c.ret(v);
    c.ret(Value::ZERO);
    Ok(())
}

fn time_in(c: &mut Call) -> Result<(), Fault> {
    let loc = c.arg(1);
    if loc.h == 0 {
        return Err(Fault::Panic("time: missing Location in call to Time.In".into()));
    }
    let h = time_loc(c, loc);
    c.ret(Value { h, ..c.arg(0) });
    Ok(())
}

fn time_location(c: &mut Call) -> Result<(), Fault> {
    let v = match c.arg(0).h {
        UTC_LOC => singleton(c, UTC)?,
        h => Value::handle(strip_mono(c, h)?),
    };
    c.ret(v);
    Ok(())
}

fn time_zone(c: &mut Call) -> Result<(), Fault> {
    let z = zone(c, 0);
    c.ret_str(&z.abbrev)?;
    c.ret_int(z.offset);
    Ok(())
}

fn location_string(c: &mut Call) -> Result<(), Fault> {
    let name = match &*c.rt.heap.lock(c.arg(0).h) {
        Obj::Struct(f) => f.first().copied().unwrap_or_default(),
        _ => Value::ZERO,
    };
    c.ret(name);
    Ok(())
}

/// time.Date, normalizing out-of-range fields as Go does (October 32 is November 1).
fn date(c: &mut Call) -> Result<(), Fault> {
    if c.arg(7).h == 0 {
        return Err(Fault::Panic("time: missing Location in call to Date".into()));
    }
    let f = [c.int(0), c.int(1), c.int(2), c.int(3), c.int(4), c.int(5), c.int(6)];
    let loc = time_loc(c, c.arg(7));
    let offset = timefmt::zone_of(&c.rt.heap, loc).offset as i128 * 1_000_000_000;
    ret_time_in(c, civil_to_unix(f) - offset, loc)
}

/// Unix nanoseconds of [year, month, day, hour, min, sec, nsec], each normalized as Date
/// does.
fn civil_to_unix([y, mo, d, h, mi, s, ns]: [i64; 7]) -> i128 {
    let mo = mo - 1;
    let (y, mo) = (y + mo.div_euclid(12), mo.rem_euclid(12) + 1);
    let days = timefmt::days_from_civil(y, mo as u32, 1) as i128 + d as i128 - 1;
    let secs = days * 86400 + h as i128 * 3600 + mi as i128 * 60 + s as i128;
    secs * 1_000_000_000 + ns as i128
}

/// t.AddDate(years, months, days): Date of the fields with those added (normalized, so
/// October 31 plus a month is December 1, as in Go).
fn add_date(c: &mut Call) -> Result<(), Fault> {
    let t = local_civil(c, 0);
    let f = [
        t.year + c.int(1),
        t.month as i64 + c.int(2),
        t.day as i64 + c.int(3),
        t.hour as i64,
        t.min as i64,
        t.sec as i64,
        t.nsec as i64,
    ];
    let offset = zone(c, 0).offset as i128 * 1_000_000_000;
    let loc = strip_mono(c, c.arg(0).h)?;
    ret_time_in(c, civil_to_unix(f) - offset, loc)
}

/// A Time's Location handle without its monotonic reading (see `now`).
fn strip_mono(c: &mut Call, loc: u32) -> Result<u32, Fault> {
    match loc != 0 && loc == c.rt.now_loc {
        true => Ok(singleton(c, LOCAL)?.h),
        false => Ok(loc),
    }
}

/// A timer's channel: buffered by one, as Go's runtime keeps it, though Go 1.23 reports
/// it as unbuffered and (like here) never delivers a value that was due before a Stop or
/// Reset.
fn timer_chan(c: &mut Call) -> Result<Value, Fault> {
    let elem = c.type_id("time.Time");
    c.alloc(Obj::Chan(Box::new(Chan::new(1, elem))))
}

/// The channel field (C) of the *Timer or *Ticker in argument 0.
fn chan_of(c: &Call) -> Result<Value, Fault> {
    let t = c.arg(0);
    if t.h == 0 {
        return Err(Fault::Panic(
            "runtime error: invalid memory address or nil pointer dereference".into(),
        ));
    }
    match &*c.rt.heap.lock(t.h) {
        Obj::Struct(f) => Ok(f.first().copied().unwrap_or_default()),
        _ => internal_error("a *time.Timer that is not a struct"),
    }
}

/// Stops the timer sending on `ch` and empties the channel (no stale value after Stop or
/// Reset, as Go 1.23 guarantees): true if the timer was pending.
fn stop(c: &Call, ch: Value) -> bool {
    let pending = c.rt.stop_chan_timer(ch.h);
    if let Obj::Chan(ch) = &mut *c.rt.heap.lock(ch.h) {
        ch.buf.clear();
    }
    pending
}

fn new_timer(c: &mut Call) -> Result<(), Fault> {
    let d = c.int(0);
    let ch = timer_chan(c)?;
    let t = c.alloc(Obj::Struct(vec![ch, Value::ZERO]))?;
    c.rt.start_chan_timer(c.m, c.g.id, ch.h, d.max(0) as u64, 0);
    c.ret(t);
    Ok(())
}
fn new_ticker(c: &mut Call) -> Result<(), Fault> {
    let d = c.int(0);
    if d <= 0 {
        return Err(Fault::Panic("non-positive interval for NewTicker".into()));
    }
    let ch = timer_chan(c)?;
    let t = c.alloc(Obj::Struct(vec![ch, Value::int(d)]))?;
    c.rt.start_chan_timer(c.m, c.g.id, ch.h, d as u64, d as u64);
    c.ret(t);
    Ok(())
}
/// time.AfterFunc(d, f): a Timer with no channel whose firing starts f in a goroutine of
/// its own (sched's `TimerAction::Func`); Stop and Reset act on that timer.
fn after_func(c: &mut Call) -> Result<(), Fault> {
    let (d, f) = (c.int(0), c.arg(1));
    let t = c.alloc(Obj::Struct(vec![Value::ZERO, f]))?;
    c.rt.start_func_timer(c.m, c.g.id, t.h, d.max(0) as u64);
    c.ret(t);
    Ok(())
}

fn timer_stop(c: &mut Call) -> Result<(), Fault> {
    let ch = chan_of(c)?;
    if ch.h == 0 {
        let was = c.rt.stop_func_timer(c.arg(0).h);
        c.ret_bool(was);
        return Ok(());
    }
    let was = stop(c, ch);
    c.ret_bool(was);
    Ok(())
}
fn timer_reset(c: &mut Call) -> Result<(), Fault> {
    let (ch, d) = (chan_of(c)?, c.int(1));
    if ch.h == 0 {
        let t = c.arg(0).h;
        let was = c.rt.stop_func_timer(t);
        c.rt.start_func_timer(c.m, c.g.id, t, d.max(0) as u64);
        c.ret_bool(was);
        return Ok(());
    }
    let was = stop(c, ch);
    c.rt.start_chan_timer(c.m, c.g.id, ch.h, d.max(0) as u64, 0);
    c.ret_bool(was);
    Ok(())
}
fn ticker_stop(c: &mut Call) -> Result<(), Fault> {
    let ch = chan_of(c)?;
    stop(c, ch);
    Ok(())
}
fn ticker_reset(c: &mut Call) -> Result<(), Fault> {
    let (ch, d) = (chan_of(c)?, c.int(1));
    if d <= 0 {
        return Err(Fault::Panic("non-positive interval for Ticker.Reset".into()));
    }
    stop(c, ch);
    if let Obj::Struct(f) = &mut *c.rt.heap.lock(c.arg(0).h) {
        if let Some(p) = f.get_mut(1) {
            *p = Value::int(d);
        }
    }
    c.rt.start_chan_timer(c.m, c.g.id, ch.h, d as u64, d as u64);
    Ok(())
}

/// Time.Truncate (`round` false: down) and Time.Round (to the nearest, halfway up, Go's
/// rule): to a multiple of d since the zero Time (January 1, year 1), which is a whole
/// number of days before 1970.
fn time_round(c: &mut Call, round: bool) -> Result<(), Fault> {
    let (t, d) = (time(c, 0), c.int(1) as i128);
    let loc = strip_mono(c, c.arg(0).h)?;
    if d <= 0 {
        c.ret(Value { h: loc, ..c.arg(0) });
        return Ok(());
    }
    let zero = timefmt::days_from_civil(1, 1, 1) as i128 * 86_400_000_000_000;
    let r = (t - zero).rem_euclid(d);
    let down = t - r;
    ret_time_in(c, if round && r + r >= d { down + d } else { down }, loc)
}

/// time.Parse: Go's errors read `parsing time "V" as "L": cannot parse ...`. A time gopark
/// cannot represent yet (another zone, a year beyond ±146,000) stops the program with a
/// "not supported yet" panic rather than giving a wrong time.
fn parse_time(c: &mut Call) -> Result<(), Fault> {
    let (layout, value) = (c.str(0), c.str(1));
    match timefmt::parse(&layout, &value) {
        Ok((t, z)) => {
            let loc = match z {
                timefmt::ParsedZone::Utc => UTC_LOC,
                timefmt::ParsedZone::Local => singleton(c, LOCAL)?.h,
                timefmt::ParsedZone::Fixed(name, offset) => {
                    new_location(c, &name, offset, &name)?.h
                }
            };
            ret_time_in(c, t, loc)?;
            c.ret_err(None)
        }
        Err(timefmt::ParseError::Go(why)) => {
            c.ret_int(0);
            let q = crate::rt::fmt::quote;
            // Go names the layout only when a layout element did not match.
            let msg = if why.starts_with("cannot") {
                format!("parsing time {} as {}: {why}", q(&value), q(&layout))
            } else {
                format!("parsing time {}: {why}", q(&value))
            };
            c.ret_err(Some(msg))
        }
        Err(timefmt::ParseError::Unsupported(what)) => {
            Err(Fault::Panic(format!("gopark: time.Parse of {what} is not supported yet")))
        }
    }
}
