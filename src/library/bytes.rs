//! Package bytes: Buffer, for writing text (a library cell holding the text, like
//! strings.Builder; reading from a Buffer is not supported yet).

use super::strings::{
    builder_grow, builder_len, builder_reset, builder_string, builder_write, builder_write_byte,
    builder_write_rune, builder_write_string,
};
use super::{method, type_, Member};

pub const MEMBERS: &[Member] = &[
    type_("Buffer", "cell"),
    method("*Buffer", "Grow", "func(n int)", builder_grow),
    method("*Buffer", "Len", "func() int", builder_len),
    method("*Buffer", "Reset", "func()", builder_reset),
    method("*Buffer", "String", "func() string", builder_string),
    method("*Buffer", "Write", "func(p []byte) (n int, err error)", builder_write),
    method("*Buffer", "WriteByte", "func(c byte) error", builder_write_byte),
    method("*Buffer", "WriteRune", "func(r rune) (n int, err error)", builder_write_rune),
    method("*Buffer", "WriteString", "func(s string) (n int, err error)", builder_write_string),
];
