//! Values as they sit in registers, globals, boxes and channel buffers.
//!
//! A `Value` is 16 bytes and `Copy`: a scalar word `w`, a heap handle `h` and a dynamic
//! type id `t`. Instructions are typed, so an int add reads `w` without looking at anything
//! else; but every write stores the whole value, so `h != 0` holds exactly when the value
//! refers to a heap object. That makes the collector precise without per-function pointer
//! maps: it marks every non-zero `h` it finds in a root or an object.
//!
//! A slice packs into the same 16 bytes: `h` is the handle of its backing array (an
//! `Obj::Array` holding `cap` elements or more), `w` holds the offset of the slice's first
//! element in that array (low 32 bits) and its length (high 32 bits), and `t` holds its
//! capacity. A nil slice is `Value::ZERO`, so comparing a slice with nil compares values.
//! Because `t` doubles as the capacity, a slice stored in an interface value is boxed in an
//! `Obj::Cell` first (`Op::MakeIface`), leaving `t` free for the dynamic type.

/// A heap handle: an index into the runtime's object table. 0 is nil.
pub type Handle = u32;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Value {
    /// Ints, bools (0/1), float64 bits.
    pub w: u64,
    /// Heap handle (strings, channels, closures, boxes, WaitGroups); 0 = nil / "".
    pub h: Handle,
    /// Dynamic type of an interface value (0 = none / nil interface).
    pub t: u32,
}

impl Value {
    pub const ZERO: Value = Value { w: 0, h: 0, t: 0 };

    #[inline(always)]
    pub fn int(i: i64) -> Value {
        Value { w: i as u64, h: 0, t: 0 }
    }
    #[inline(always)]
    pub fn bool(b: bool) -> Value {
        Value { w: b as u64, h: 0, t: 0 }
    }
    #[inline(always)]
    pub fn float(f: f64) -> Value {
        Value { w: f.to_bits(), h: 0, t: 0 }
    }
    #[inline(always)]
    pub fn handle(h: Handle) -> Value {
        Value { w: 0, h, t: 0 }
    }
    #[inline(always)]
    pub fn as_int(self) -> i64 {
        self.w as i64
    }
    #[inline(always)]
    pub fn as_bool(self) -> bool {
        self.w != 0
    }
    #[inline(always)]
    pub fn as_float(self) -> f64 {
        f64::from_bits(self.w)
    }
    /// A slice of `len` elements starting at `off` in backing array `h`, with capacity `cap`.
    #[inline(always)]
    pub fn slice(h: Handle, off: u32, len: u32, cap: u32) -> Value {
        Value { w: off as u64 | (len as u64) << 32, h, t: cap }
    }
    /// A slice's offset into its backing array.
    #[inline(always)]
    pub fn slice_off(self) -> usize {
        (self.w & 0xffff_ffff) as usize
    }
    #[inline(always)]
    pub fn slice_len(self) -> usize {
        (self.w >> 32) as usize
    }
    #[inline(always)]
    pub fn slice_cap(self) -> usize {
        self.t as usize
    }
}
