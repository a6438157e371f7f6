//! Values, heap and the interpreter.

pub mod heap;
pub mod interp;
pub mod peephole;
pub mod op;
pub mod program;
pub mod value;

pub use op::{Native, Op};
pub use program::{Func, Program, TypeDesc, TypeKind};
pub use value::Value;
