pub const MEMBERS: &[super::super::Member] = &[];
pub fn write_native() {}
