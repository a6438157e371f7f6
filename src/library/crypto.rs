//! Packages crypto/md5, crypto/sha1 and crypto/sha256 (RustCrypto's implementations, see
//! ARCHITECTURE.md), encoding/hex and encoding/base64.
//!
//! A hash from New is a `*digest` of its package (Go's %T prints `*sha256.digest` too) whose
//! only field holds the bytes written so far as a string; Sum hashes them. Byte slices are
//! read and made through `Call` (one Value per byte).

use super::{func, method, type_, var, Call, Fault, Member};
use crate::rt::obj::Obj;
use crate::vm::value::Value;
use sha2::Digest;

/// The hash functions, by the package they belong to.
#[derive(Clone, Copy)]
enum Algo {
    Md5,
    Sha1,
    Sha256,
    Sha224,
}

impl Algo {
    fn sum(self, data: &[u8]) -> Vec<u8> {
        match self {
            Algo::Md5 => md5::Md5::digest(data).to_vec(),
            Algo::Sha1 => sha1::Sha1::digest(data).to_vec(),
            Algo::Sha256 => sha2::Sha256::digest(data).to_vec(),
            Algo::Sha224 => sha2::Sha224::digest(data).to_vec(),
        }
    }
    fn block_size(self) -> i64 {
        64
    }
}

macro_rules! hash_members {
    ($algo:expr, $size:expr, $sum:literal, $sumsig:literal) => {
        &[
            type_("digest", "struct{data string}"),
            func("New", "func() *digest", |c| new_digest(c)),
            func($sum, $sumsig, |c| sum_array(c, $algo)),
            method("*digest", "BlockSize", "func() int", |c| {
                c.ret_int($algo.block_size());
                Ok(())
            }),
            method("*digest", "Reset", "func()", |c| {
                set_data(c, Value::ZERO);
                Ok(())
            }),
            method("*digest", "Size", "func() int", |c| {
                c.ret_int($size);
                Ok(())
            }),
            method("*digest", "Sum", "func(b []byte) []byte", |c| sum_append(c, $algo)),
            method("*digest", "Write", "func(p []byte) (n int, err error)", write),
            method("*digest", "WriteString", "func(s string) (n int, err error)", write_string),
            super::constant("BlockSize", "untyped int", super::ConstVal::Int(64)),
            super::constant("Size", "untyped int", super::ConstVal::Int($size)),
        ]
    };
}

pub const MD5_MEMBERS: &[Member] =
    hash_members!(Algo::Md5, 16, "Sum", "func(data []byte) [16]byte");
pub const SHA1_MEMBERS: &[Member] =
    hash_members!(Algo::Sha1, 20, "Sum", "func(data []byte) [20]byte");
pub const SHA256_MEMBERS: &[Member] =
    hash_members!(Algo::Sha256, 32, "Sum256", "func(data []byte) [32]byte");
pub const SHA224_MEMBERS: &[Member] = &[
    func("New224", "func() *digest", |c| new_digest(c)),
    func("Sum224", "func(data []byte) [28]byte", |c| sum_array(c, Algo::Sha224)),
];

/// Package hash: the interface every hash above implements.
pub const HASH_MEMBERS: &[Member] = &[type_(
    "Hash",
    "interface{Write(p []byte) (n int, err error); Sum(b []byte) []byte; Reset(); Size() int; BlockSize() int}",
)];

/// The bytes of []byte argument `i`.
pub fn byte_arg(c: &Call, i: usize) -> Vec<u8> {
    c.elems(i).iter().map(|v| v.w as u8).collect()
}
/// A new []byte.
pub fn new_byte_slice(c: &mut Call, b: &[u8]) -> Result<Value, Fault> {
    c.new_slice(b.iter().map(|&x| Value::int(x as i64)).collect())
}

fn new_digest(c: &mut Call) -> Result<(), Fault> {
    let v = c.alloc(Obj::Struct(vec![Value::ZERO]))?;
    c.ret(v);
    Ok(())
}
fn data(c: &Call) -> Vec<u8> {
    let d = c.arg(0);
    let s = match &*c.rt.heap.lock(d.h) {
        Obj::Struct(f) => f.first().copied().unwrap_or_default(),
        _ => Value::ZERO,
    };
    c.rt.heap.bytes(s).to_vec()
}
fn set_data(c: &Call, s: Value) {
    if let Obj::Struct(f) = &mut *c.rt.heap.lock(c.arg(0).h) {
        if let Some(x) = f.first_mut() {
            *x = s;
        }
    }
}
fn append_data(c: &mut Call, more: &[u8]) -> Result<(), Fault> {
    if c.arg(0).h == 0 {
        return Err(Fault::Panic(crate::library::call::NIL_DEREF.into()));
    }
    let mut all = data(c);
    all.extend_from_slice(more);
    let s = c.new_bytes(&all)?;
    set_data(c, s);
    Ok(())
}
fn write(c: &mut Call) -> Result<(), Fault> {
    let p = byte_arg(c, 1);
    append_data(c, &p)?;
    c.ret_int(p.len() as i64);
    c.ret(Value::ZERO);
    Ok(())
}
fn write_string(c: &mut Call) -> Result<(), Fault> {
    let p = c.bytes(1);
    append_data(c, &p)?;
    c.ret_int(p.len() as i64);
    c.ret(Value::ZERO);
    Ok(())
}
/// d.Sum(b): b with the hash of what was written appended (d is not changed).
fn sum_append(c: &mut Call, algo: Algo) -> Result<(), Fault> {
    let mut out = byte_arg(c, 1);
    out.extend(algo.sum(&data(c)));
    let v = new_byte_slice(c, &out)?;
    c.ret(v);
    Ok(())
}
/// sha256.Sum256(data) and friends: the hash as an array value.
fn sum_array(c: &mut Call, algo: Algo) -> Result<(), Fault> {
    let h = algo.sum(&byte_arg(c, 0));
    let v = c.alloc(Obj::Array(h.iter().map(|&b| Value::int(b as i64)).collect()))?;
    c.ret(v);
    Ok(())
}

// ---- encoding/hex

pub const HEX_MEMBERS: &[Member] = &[
    func("Dump", "func(data []byte) string", |c| {
        let s = hex_dump(&byte_arg(c, 0));
        c.ret_str(&s)
    }),
    func("DecodeString", "func(s string) ([]byte, error)", hex_decode_string),
    func("EncodeToString", "func(src []byte) string", |c| {
        let s: String = byte_arg(c, 0).iter().map(|b| format!("{b:02x}")).collect();
        c.ret_str(&s)
    }),
    func("EncodedLen", "func(n int) int", |c| {
        c.ret_int(c.int(0) * 2);
        Ok(())
    }),
    func("DecodedLen", "func(x int) int", |c| {
        c.ret_int(c.int(0) / 2);
        Ok(())
    }),
];

fn hex_val(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

/// hex.DecodeString: Go checks each pair's bytes in order, then the odd length; the bytes
/// decoded before an error are returned with it.
fn hex_decode_string(c: &mut Call) -> Result<(), Fault> {
    let s = c.bytes(0);
    let mut out = Vec::new();
    let mut err = None;
    for pair in s.chunks(2) {
        let Some(hi) = hex_val(pair[0]) else {
            err = Some(invalid_byte(&s, pair[0]));
            break;
        };
        let Some(&lo) = pair.get(1) else {
            err = Some("encoding/hex: odd length hex string".to_string());
            break;
        };
        let Some(lo) = hex_val(lo) else {
            err = Some(invalid_byte(&s, lo));
            break;
        };
        out.push(hi << 4 | lo);
    }
    let v = new_byte_slice(c, &out)?;
    c.ret(v);
    c.ret_err(err)
}
fn invalid_byte(_s: &[u8], b: u8) -> String {
    // Go prints the byte as a rune with %#U: U+0067 'g'.
    let ch = b as char;
    if b < 0x80 && !ch.is_control() {
        format!("encoding/hex: invalid byte: U+{:04X} '{ch}'", b)
    } else {
        format!("encoding/hex: invalid byte: U+{:04X}", b)
    }
}

// ---- encoding/base64

pub const BASE64_MEMBERS: &[Member] = &[
    type_("Encoding", "struct{kind int}"),
    var("StdEncoding", "*Encoding", |c| encoding(c, 0)),
    var("URLEncoding", "*Encoding", |c| encoding(c, 1)),
    var("RawStdEncoding", "*Encoding", |c| encoding(c, 2)),
    var("RawURLEncoding", "*Encoding", |c| encoding(c, 3)),
    method("*Encoding", "DecodeString", "func(s string) ([]byte, error)", b64_decode_string),
    method("*Encoding", "DecodedLen", "func(n int) int", |c| {
        let (n, pad) = (c.int(1), padded(kind(c)));
        c.ret_int(if pad { n / 4 * 3 } else { n * 6 / 8 });
        Ok(())
    }),
    method("*Encoding", "EncodeToString", "func(src []byte) string", |c| {
        let s = b64_encode(kind(c), &byte_arg(c, 1));
        c.ret_str(&s)
    }),
    method("*Encoding", "EncodedLen", "func(n int) int", |c| {
        let (n, pad) = (c.int(1), padded(kind(c)));
        c.ret_int(if pad { (n + 2) / 3 * 4 } else { (n * 8 + 5) / 6 });
        Ok(())
    }),
];

const STD_ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const URL_ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn encoding(c: &mut Call, k: i64) -> Result<(), Fault> {
    let v = c.alloc(Obj::Struct(vec![Value::int(k)]))?;
    c.ret(v);
    Ok(())
}
fn kind(c: &Call) -> i64 {
    match &*c.rt.heap.lock(c.arg(0).h) {
        Obj::Struct(f) => f.first().map_or(0, |v| v.w as i64),
        _ => 0,
    }
}
fn alphabet(kind: i64) -> &'static [u8; 64] {
    if kind % 2 == 0 {
        STD_ALPHABET
    } else {
        URL_ALPHABET
    }
}
fn padded(kind: i64) -> bool {
    kind < 2
}

fn b64_encode(kind: i64, src: &[u8]) -> String {
    let a = alphabet(kind);
    let mut out = String::new();
    for chunk in src.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        for i in 0..=chunk.len() {
            out.push(a[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
        if padded(kind) {
            for _ in chunk.len()..3 {
                out.push('=');
            }
        }
    }
    out
}

/// DecodeString as Go's decoder (encoding/base64's decodeQuantum): newlines are skipped;
/// a byte outside the alphabet, misplaced or missing padding, or a lone final character is
/// a CorruptInputError at Go's offset ("illegal base64 data at input byte N"), returned
/// with the bytes of the quanta decoded before it.
fn b64_decode_string(c: &mut Call) -> Result<(), Fault> {
    let k = kind(c);
    let (out, err) = b64_decode(k, &c.bytes(1));
    let v = new_byte_slice(c, &out)?;
    c.ret(v);
    c.ret_err(err.map(|at| format!("illegal base64 data at input byte {at}")))
}

fn b64_decode(kind: i64, src: &[u8]) -> (Vec<u8>, Option<usize>) {
    let a = alphabet(kind);
    let mut out = Vec::new();
    let mut si = 0;
    loop {
        let mut dbuf = [0u32; 4];
        let mut j = 0;
        let mut err = None;
        while j < 4 {
            if si == src.len() {
                if j == 0 {
                    return (out, None);
                }
                if j == 1 || padded(kind) {
                    return (out, Some(si - j));
                }
                break;
            }
            let b = src[si];
            si += 1;
            if let Some(v) = a.iter().position(|x| *x == b) {
                dbuf[j] = v as u32;
                j += 1;
                continue;
            }
            if b == b'\n' || b == b'\r' {
                continue;
            }
            if b != b'=' || !padded(kind) {
                return (out, Some(si - 1));
            }
            // Padding ends the input: "==" after two characters, "=" after three.
            match j {
                0 | 1 => return (out, Some(si - 1)),
                2 => {
                    while si < src.len() && (src[si] == b'\n' || src[si] == b'\r') {
                        si += 1;
                    }
                    if si == src.len() {
                        return (out, Some(src.len()));
                    }
                    if src[si] != b'=' {
                        return (out, Some(si - 1));
                    }
                    si += 1;
                }
                _ => {}
            }
            while si < src.len() && (src[si] == b'\n' || src[si] == b'\r') {
                si += 1;
            }
            if si < src.len() {
                err = Some(si);
            }
            break;
        }
        let word = dbuf[0] << 18 | dbuf[1] << 12 | dbuf[2] << 6 | dbuf[3];
        let bytes = [(word >> 16) as u8, (word >> 8) as u8, word as u8];
        out.extend_from_slice(&bytes[..j - 1]);
        if err.is_some() || j < 4 {
            return (out, err);
        }
    }
}

/// hex.Dump's text, as `hexdump -C` lays it out: per 16 bytes the offset, the bytes in hex
/// (two groups of 8) and the printable ASCII ones between bars, '.' for the rest.
fn hex_dump(b: &[u8]) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    for (line, chunk) in b.chunks(16).enumerate() {
        let _ = write!(out, "{:08x}  ", line * 16);
        for i in 0..16 {
            match chunk.get(i) {
                Some(x) => {
                    let _ = write!(out, "{x:02x} ");
                }
                None => out.push_str("   "),
            }
            if i == 7 {
                out.push(' ');
            }
        }
        out.push_str(" |");
        out.extend(chunk.iter().map(|&x| if (32..127).contains(&x) { x as char } else { '.' }));
        out.push_str("|\n");
    }
    out
}
