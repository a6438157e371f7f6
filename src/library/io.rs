//! Package io: the Writer interface (fmt.Fprint* writes to *os.File and *strings.Builder).

use super::{type_, Member};

pub const MEMBERS: &[Member] = &[
    type_("Writer", "interface{Write(p []byte) (n int, err error)}"),
    type_("StringWriter", "interface{WriteString(s string) (n int, err error)}"),
];
