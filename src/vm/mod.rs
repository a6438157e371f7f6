//! The machine's definition, shared by the compiler and the runtime: values (value.rs), the
//! instruction set (op.rs) and a compiled program (program.rs). Plain data; no behaviour
//! that needs the heap or the scheduler.

pub mod layout;
pub mod op;
pub mod program;
pub mod value;

pub use op::{Native, Op};
pub use program::{Func, Program, TypeDesc, TypeKind};
pub use value::Value;
