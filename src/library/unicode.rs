//! Package unicode: rune classes and case mappings. The category tables (`unicode.Letter`,
//! ...) are `*RangeTable`s holding the index of their class in `TABLES` rather than ranges;
//! Is and In test a rune with the class's function. The script tables (Latin, Han, ...) are
//! not supported yet.

use super::strings::{is_space, lower, upper};
use super::{constant, func, type_, var, Call, ConstVal, Fault, Member};
use crate::rt::obj::Obj;
use crate::vm::value::Value;

/// The category tables: (key of the run's one object, class).
const TABLES: &[(&str, fn(char) -> bool)] = &[
    ("unicode.Letter", char::is_alphabetic),
    ("unicode.Digit", |r| r.is_ascii_digit() || is_nd(r)),
    ("unicode.Number", char::is_numeric),
    ("unicode.Upper", char::is_uppercase),
    ("unicode.Lower", char::is_lowercase),
    // Category Z: the White_Space property (Rust's is_whitespace) without its controls.
    ("unicode.Space", |r| r.is_whitespace() && !r.is_control()),
    ("unicode.Punct", punct),
    ("unicode.White_Space", char::is_whitespace),
];

/// A category table's variable (Go's aliases share one table, as in Go).
macro_rules! table {
    ($name:literal, $i:literal) => {
        var($name, "*RangeTable", |c| table(c, $i))
    };
}

pub const MEMBERS: &[Member] = &[
    type_("RangeTable", "struct{class int}"),
    func("Is", "func(rangeTab *RangeTable, r rune) bool", is),
    func("In", "func(r rune, ranges ...*RangeTable) bool", in_),
    func("IsOneOf", "func(ranges []*RangeTable, r rune) bool", is_one_of),
    table!("Letter", 0),
    table!("L", 0),
    table!("Digit", 1),
    table!("Nd", 1),
    table!("Number", 2),
    table!("N", 2),
    table!("Upper", 3),
    table!("Lu", 3),
    table!("Lower", 4),
    table!("Ll", 4),
    table!("Space", 5),
    table!("Z", 5),
    table!("Punct", 6),
    table!("P", 6),
    table!("White_Space", 7),
    func("IsControl", "func(r rune) bool", is_control),
    func("IsDigit", "func(r rune) bool", is_digit),
    func("IsGraphic", "func(r rune) bool", is_graphic),
    func("IsLetter", "func(r rune) bool", is_letter),
    func("IsLower", "func(r rune) bool", is_lower),
    func("IsNumber", "func(r rune) bool", is_number),
    func("IsPrint", "func(r rune) bool", is_print),
    func("IsPunct", "func(r rune) bool", is_punct),
    func("IsSpace", "func(r rune) bool", is_space_),
    func("IsTitle", "func(r rune) bool", is_upper),
    func("IsUpper", "func(r rune) bool", is_upper),
    func("ToLower", "func(r rune) rune", to_lower),
    func("ToTitle", "func(r rune) rune", to_upper),
    func("ToUpper", "func(r rune) rune", to_upper),
    constant("MaxASCII", "untyped rune", ConstVal::Int(0x7f)),
    constant("MaxLatin1", "untyped rune", ConstVal::Int(0xff)),
    constant("MaxRune", "untyped rune", ConstVal::Int(0x10ffff)),
    constant("ReplacementChar", "untyped rune", ConstVal::Int(0xfffd)),
];

/// The rune argument, or None for a value that is no code point (every class is false).
fn rune(c: &Call) -> Option<char> {
    u32::try_from(c.int(0)).ok().and_then(char::from_u32)
}
fn class(c: &mut Call, f: fn(char) -> bool) -> Result<(), Fault> {
    let b = rune(c).is_some_and(f);
    c.ret_bool(b);
    Ok(())
}
fn is_control(c: &mut Call) -> Result<(), Fault> {
    class(c, char::is_control)
}
fn is_digit(c: &mut Call) -> Result<(), Fault> {
    // Unicode category Nd; Rust's is_numeric also takes Nl and No, so check ASCII first.
    class(c, |r| r.is_ascii_digit() || is_nd(r))
}
/// A rough test for category Nd outside ASCII: the decimal digit blocks are 10 runes long
/// and start at a code point ending in 0 or 6 (enough for the scripts tutorials use).
fn is_nd(r: char) -> bool {
    let u = r as u32;
    (0x660..=0x669).contains(&u)
        || (0x6f0..=0x6f9).contains(&u)
        || (0x966..=0x96f).contains(&u)
        || (0xff10..=0xff19).contains(&u)
}
fn is_graphic(c: &mut Call) -> Result<(), Fault> {
    class(c, |r| !r.is_control() && (r == ' ' || !r.is_whitespace() || r == '\u{3000}'))
}
fn is_letter(c: &mut Call) -> Result<(), Fault> {
    class(c, char::is_alphabetic)
}
fn is_lower(c: &mut Call) -> Result<(), Fault> {
    class(c, char::is_lowercase)
}
fn is_number(c: &mut Call) -> Result<(), Fault> {
    class(c, char::is_numeric)
}
fn is_print(c: &mut Call) -> Result<(), Fault> {
    class(c, |r| r == ' ' || (!r.is_control() && !r.is_whitespace()))
}
fn is_punct(c: &mut Call) -> Result<(), Fault> {
    class(c, punct)
}
/// Category P: ASCII punctuation other than the symbols (S) $+<=>^`|~.
fn punct(r: char) -> bool {
    r.is_ascii_punctuation() && !"$+<=>^`|~".contains(r)
}

/// Category table `i`: one object for the run, so its aliases are the same pointer.
fn table(c: &mut Call, i: usize) -> Result<(), Fault> {
    let key = TABLES[i].0;
    let v = match c.global(key) {
        Some(v) => v,
        None => {
            let v = c.alloc(Obj::Struct(vec![Value::int(i as i64)]))?;
            c.set_global(key, v);
            v
        }
    };
    c.ret(v);
    Ok(())
}

/// Whether rune `r` is in the table `t` points to (nil: Go's nil dereference).
fn in_table(c: &Call, t: Value, r: i64) -> Result<bool, Fault> {
    if t.h == 0 {
        return Err(Fault::Panic(super::call::NIL_DEREF.into()));
    }
    let i = match &*c.rt.heap.lock(t.h) {
        Obj::Struct(f) => f.first().map_or(0, |v| v.w as usize),
        _ => 0,
    };
    let r = u32::try_from(r).ok().and_then(char::from_u32);
    Ok(r.is_some_and(|r| TABLES.get(i).is_some_and(|(_, f)| f(r))))
}
fn is(c: &mut Call) -> Result<(), Fault> {
    let b = in_table(c, c.arg(0), c.int(1))?;
    c.ret_bool(b);
    Ok(())
}
fn in_(c: &mut Call) -> Result<(), Fault> {
    let b = any_table(c, &c.elems(1), c.int(0))?;
    c.ret_bool(b);
    Ok(())
}
fn is_one_of(c: &mut Call) -> Result<(), Fault> {
    let b = any_table(c, &c.elems(0), c.int(1))?;
    c.ret_bool(b);
    Ok(())
}
/// Whether rune `r` is in any of `tables`.
fn any_table(c: &Call, tables: &[Value], r: i64) -> Result<bool, Fault> {
    for &t in tables {
        if in_table(c, t, r)? {
            return Ok(true);
        }
    }
    Ok(false)
}
fn is_space_(c: &mut Call) -> Result<(), Fault> {
    class(c, is_space)
}
fn is_upper(c: &mut Call) -> Result<(), Fault> {
    class(c, char::is_uppercase)
}
fn to_lower(c: &mut Call) -> Result<(), Fault> {
    let r = rune(c).map_or(c.int(0), |r| lower(r) as i64);
    c.ret_int(r);
    Ok(())
}
fn to_upper(c: &mut Call) -> Result<(), Fault> {
    let r = rune(c).map_or(c.int(0), |r| upper(r) as i64);
    c.ret_int(r);
    Ok(())
}
