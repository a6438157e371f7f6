//! The run's string table: texts that events refer to by id (channel labels, the values
//! sent and received). Equal texts share one id, so a ping-pong of "ping" costs one entry.
//!
//! Bounded like the events: past `MAX_BYTES` of text or `MAX_ENTRIES` entries, `intern`
//! returns `NONE` (the views then show an ellipsis), and the run goes on.

use super::NONE;
use std::collections::HashMap;

/// Longest text kept for one value (longer ones are cut, with an ellipsis).
pub const MAX_TEXT: usize = 32;
const MAX_BYTES: usize = 16 << 20;
const MAX_ENTRIES: usize = 1 << 20;

#[derive(Default)]
pub struct Strings {
    list: Vec<Box<str>>,
    index: HashMap<Box<str>, u32>,
    bytes: usize,
    /// How many entries `take_new` has handed out.
    taken: usize,
}

impl Strings {
    /// The id of `s` (cut to MAX_TEXT characters), or NONE once the table is full.
    pub fn intern(&mut self, s: &str) -> u32 {
        let cut;
        let s = if s.chars().count() > MAX_TEXT {
            cut = s.chars().take(MAX_TEXT - 1).chain(['…']).collect::<String>();
            cut.as_str()
        } else {
            s
        };
        if let Some(&id) = self.index.get(s) {
            return id;
        }
        if self.list.len() >= MAX_ENTRIES || self.bytes + s.len() > MAX_BYTES {
            return NONE;
        }
        let id = self.list.len() as u32;
        self.bytes += s.len();
        self.list.push(s.into());
        self.index.insert(s.into(), id);
        id
    }

    pub fn all(&self) -> &[Box<str>] {
        &self.list
    }

    /// The entries added since the last call (the page receives them with each poll).
    pub fn take_new(&mut self) -> &[Box<str>] {
        let from = self.taken;
        self.taken = self.list.len();
        &self.list[from..]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_texts_share_an_id_and_long_ones_are_cut() {
        let mut t = Strings::default();
        let a = t.intern("ping");
        assert_eq!(t.intern("ping"), a);
        let b = t.intern(&"x".repeat(100));
        assert_eq!(t.all()[b as usize].chars().count(), MAX_TEXT);
        assert_eq!(t.take_new().len(), 2);
        assert_eq!(t.take_new().len(), 0);
    }
}
