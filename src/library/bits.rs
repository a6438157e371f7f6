//! Package math/bits. Every function has a variant per width (8, 16, 32, 64 and uint, which
//! is 64 bits here as on Go's 64-bit targets); the macros below make the variants of one
//! operation from Rust's own integer methods, which compute exactly what Go's do. Unsigned
//! values of fewer than 64 bits arrive and leave zero-extended, as the interpreter keeps
//! them.

use super::{constant, func, Call, ConstVal, Fault, Member};

/// Go's runtime errors of Div and Rem (the runtime's divideError and overflowError).
const DIVIDE_ERROR: &str = "runtime error: integer divide by zero";
const OVERFLOW_ERROR: &str = "runtime error: integer overflow";

/// A unary operation `f` over argument 0 as type `$t`, its result an int (counts).
macro_rules! count {
    ($name:literal, $sig:literal, $t:ty, $f:expr) => {
        func($name, $sig, |c| {
            let f: fn($t) -> u32 = $f;
            c.ret_int(f(c.int(0) as u64 as $t) as i64);
            Ok(())
        })
    };
}

/// A unary operation `f` over argument 0 as type `$t`, its result of that type.
macro_rules! map {
    ($name:literal, $sig:expr, $t:ty, $f:expr) => {
        func($name, $sig, |c| {
            let f: fn($t) -> $t = $f;
            c.ret_int(f(c.int(0) as u64 as $t) as u64 as i64);
            Ok(())
        })
    };
}

/// RotateLeft: by k mod the width, rightwards for a negative k.
macro_rules! rotate {
    ($name:literal, $sig:literal, $t:ty) => {
        func($name, $sig, |c| {
            let (x, k) = (c.int(0) as u64 as $t, c.int(1));
            let n = k.rem_euclid(<$t>::BITS as i64) as u32;
            c.ret_int(x.rotate_left(n) as u64 as i64);
            Ok(())
        })
    };
}

const UINT_SIZE: u32 = 64;

pub const MEMBERS: &[Member] = &[
    count!("LeadingZeros", "func(x uint) int", u64, |x| x.leading_zeros()),
    count!("LeadingZeros8", "func(x uint8) int", u8, |x| x.leading_zeros()),
    count!("LeadingZeros16", "func(x uint16) int", u16, |x| x.leading_zeros()),
    count!("LeadingZeros32", "func(x uint32) int", u32, |x| x.leading_zeros()),
    count!("LeadingZeros64", "func(x uint64) int", u64, |x| x.leading_zeros()),
    count!("TrailingZeros", "func(x uint) int", u64, |x| x.trailing_zeros()),
    count!("TrailingZeros8", "func(x uint8) int", u8, |x| x.trailing_zeros()),
    count!("TrailingZeros16", "func(x uint16) int", u16, |x| x.trailing_zeros()),
    count!("TrailingZeros32", "func(x uint32) int", u32, |x| x.trailing_zeros()),
    count!("TrailingZeros64", "func(x uint64) int", u64, |x| x.trailing_zeros()),
    count!("OnesCount", "func(x uint) int", u64, |x| x.count_ones()),
    count!("OnesCount8", "func(x uint8) int", u8, |x| x.count_ones()),
    count!("OnesCount16", "func(x uint16) int", u16, |x| x.count_ones()),
    count!("OnesCount32", "func(x uint32) int", u32, |x| x.count_ones()),
    count!("OnesCount64", "func(x uint64) int", u64, |x| x.count_ones()),
    count!("Len", "func(x uint) int", u64, |x| u64::BITS - x.leading_zeros()),
    count!("Len8", "func(x uint8) int", u8, |x| u8::BITS - x.leading_zeros()),
    count!("Len16", "func(x uint16) int", u16, |x| u16::BITS - x.leading_zeros()),
    count!("Len32", "func(x uint32) int", u32, |x| u32::BITS - x.leading_zeros()),
    count!("Len64", "func(x uint64) int", u64, |x| u64::BITS - x.leading_zeros()),
    map!("Reverse", "func(x uint) uint", u64, u64::reverse_bits),
    map!("Reverse8", "func(x uint8) uint8", u8, u8::reverse_bits),
    map!("Reverse16", "func(x uint16) uint16", u16, u16::reverse_bits),
    map!("Reverse32", "func(x uint32) uint32", u32, u32::reverse_bits),
    map!("Reverse64", "func(x uint64) uint64", u64, u64::reverse_bits),
    map!("ReverseBytes", "func(x uint) uint", u64, u64::swap_bytes),
    map!("ReverseBytes16", "func(x uint16) uint16", u16, u16::swap_bytes),
    map!("ReverseBytes32", "func(x uint32) uint32", u32, u32::swap_bytes),
    map!("ReverseBytes64", "func(x uint64) uint64", u64, u64::swap_bytes),
    rotate!("RotateLeft", "func(x uint, k int) uint", u64),
    rotate!("RotateLeft8", "func(x uint8, k int) uint8", u8),
    rotate!("RotateLeft16", "func(x uint16, k int) uint16", u16),
    rotate!("RotateLeft32", "func(x uint32, k int) uint32", u32),
    rotate!("RotateLeft64", "func(x uint64, k int) uint64", u64),
    func("Add", "func(x, y, carry uint) (sum, carryOut uint)", |c| add(c, 64)),
    func("Add32", "func(x, y, carry uint32) (sum, carryOut uint32)", |c| add(c, 32)),
    func("Add64", "func(x, y, carry uint64) (sum, carryOut uint64)", |c| add(c, 64)),
    func("Sub", "func(x, y, borrow uint) (diff, borrowOut uint)", |c| sub(c, 64)),
    func("Sub32", "func(x, y, borrow uint32) (diff, borrowOut uint32)", |c| sub(c, 32)),
    func("Sub64", "func(x, y, borrow uint64) (diff, borrowOut uint64)", |c| sub(c, 64)),
    func("Mul", "func(x, y uint) (hi, lo uint)", |c| mul(c, 64)),
    func("Mul32", "func(x, y uint32) (hi, lo uint32)", |c| mul(c, 32)),
    func("Mul64", "func(x, y uint64) (hi, lo uint64)", |c| mul(c, 64)),
    func("Div", "func(hi, lo, y uint) (quo, rem uint)", |c| div(c, 64)),
    func("Div32", "func(hi, lo, y uint32) (quo, rem uint32)", |c| div(c, 32)),
    func("Div64", "func(hi, lo, y uint64) (quo, rem uint64)", |c| div(c, 64)),
    func("Rem", "func(hi, lo, y uint) uint", |c| rem(c, 64)),
    func("Rem32", "func(hi, lo, y uint32) uint32", |c| rem(c, 32)),
    func("Rem64", "func(hi, lo, y uint64) uint64", |c| rem(c, 64)),
    constant("UintSize", "untyped int", ConstVal::Int(UINT_SIZE as i128)),
];

/// Arguments 0..3 as unsigned numbers of `width` bits.
fn three(c: &Call) -> (u128, u128, u128) {
    (c.int(0) as u64 as u128, c.int(1) as u64 as u128, c.int(2) as u64 as u128)
}

fn mask(width: u32) -> u128 {
    (1u128 << width) - 1
}

fn ret_pair(c: &mut Call, a: u128, b: u128) -> Result<(), Fault> {
    c.ret_int(a as u64 as i64);
    c.ret_int(b as u64 as i64);
    Ok(())
}

/// x + y + carry and the carry out. Add64 computes the carry bitwise from x, y and the sum
/// (`((x & y) | ((x | y) &^ sum)) >> 63`), Add32 as the top half of the 64-bit sum; the two
/// differ only for a carry input other than 0 or 1, which Go leaves undefined.
fn add(c: &mut Call, width: u32) -> Result<(), Fault> {
    let (x, y, carry) = three(c);
    let full = x + y + carry;
    let sum = full & mask(width);
    let out = if width == 32 {
        (full >> 32) & mask(32)
    } else {
        (((x & y) | ((x | y) & !sum)) >> 63) & 1
    };
    ret_pair(c, sum, out)
}

/// x - y - borrow and the borrow out, by Go's bitwise formula
/// `((^x & y) | (^(x ^ y) & diff)) >> (width-1)`.
fn sub(c: &mut Call, width: u32) -> Result<(), Fault> {
    let (x, y, borrow) = three(c);
    let m = mask(width);
    let diff = x.wrapping_sub(y).wrapping_sub(borrow) & m;
    let top = 1u128 << (width - 1);
    let out = ((!x & y) | (!(x ^ y) & diff)) & top != 0;
    ret_pair(c, diff, out as u128)
}

fn mul(c: &mut Call, width: u32) -> Result<(), Fault> {
    let (x, y) = (c.int(0) as u64 as u128, c.int(1) as u64 as u128);
    let p = x * y;
    ret_pair(c, p >> width, p & mask(width))
}

/// (hi, lo) / y: panics when y is 0, and when the quotient would not fit (y <= hi).
fn div(c: &mut Call, width: u32) -> Result<(), Fault> {
    let (hi, lo, y) = three(c);
    if y == 0 {
        return Err(Fault::Panic(DIVIDE_ERROR.into()));
    }
    if y <= hi {
        return Err(Fault::Panic(OVERFLOW_ERROR.into()));
    }
    let n = (hi << width) | lo;
    ret_pair(c, n / y, n % y)
}

/// (hi, lo) % y, which never overflows (hi is reduced first, as Go's Rem does).
fn rem(c: &mut Call, width: u32) -> Result<(), Fault> {
    let (hi, lo, y) = three(c);
    if y == 0 {
        return Err(Fault::Panic(DIVIDE_ERROR.into()));
    }
    let n = ((hi % y) << width) | lo;
    c.ret_int((n % y) as u64 as i64);
    Ok(())
}
