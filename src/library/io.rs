//! Package io: the Writer and Reader interfaces (fmt.Fprint* writes to *os.File and
//! *strings.Builder; strings.Reader reads) and the sentinel errors.

use super::{type_, var, Member};

pub const MEMBERS: &[Member] = &[
    type_("Reader", "interface{Read(p []byte) (n int, err error)}"),
    type_("StringWriter", "interface{WriteString(s string) (n int, err error)}"),
    type_("Writer", "interface{Write(p []byte) (n int, err error)}"),
    var("EOF", "error", |c| {
        let v = c.sentinel(1);
        c.ret(v);
        Ok(())
    }),
    var("ErrUnexpectedEOF", "error", |c| {
        let v = c.sentinel(2);
        c.ret(v);
        Ok(())
    }),
];
