//! Go maps: `Obj::Map(GoMap)` on the heap, addressed by the handle that a map value holds.
//!
//! Invariants:
//! - `entries` holds every live entry in insertion order; a deleted entry leaves a tombstone
//!   (`None`) so that the positions recorded in `index` stay valid. When at least half of
//!   the slots are tombstones the vector is compacted and `index` rebuilt, so memory stays
//!   proportional to the live entries.
//! - `index` maps the `MapKey` of every live entry whose key is comparable to itself to its
//!   position in `entries`. A NaN float key is never equal to anything, so (as in Go) every
//!   insert with a NaN key makes a new entry that no lookup can find; such entries are
//!   live but absent from `index`.
//! - `live` is the number of `Some` slots, i.e. `len(m)`.
//!
//! Keys are compared by content, not by `Value`: two equal strings are distinct heap
//! objects, so a string key is hashed by its text. The caller derives the `MapKey`
//! (`key_of`, shared by the map instructions and sync.Map) *before* locking the map, because reading a string locks
//! the string's slot and the heap rule is one slot lock at a time.
//!
//! Iteration (`MapIter`) works on a snapshot of the keys taken when the range starts,
//! rotated by a random offset so that the order varies as Go's does (the offset comes from
//! the M's generator, so deterministic mode reproduces it). Each step looks the key up
//! again: entries deleted during the range are skipped, and entries added during it are
//! not produced, both of which the spec allows.

use crate::vm::value::{Handle, Value};
use std::collections::HashMap;
use std::sync::Arc;

/// A key as the map compares it: its content, independent of heap handles.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum MapKey {
    /// Ints, bools, float64 bits (with -0 folded into +0), and reference identities
    /// (channel and pointer handles).
    Word(u64),
    /// A string, by its bytes.
    Str(Arc<[u8]>),
    /// An interface key: its dynamic type and the key of its payload.
    Iface(u32, Box<MapKey>),
    /// A struct or array key: the keys of its fields or elements.
    Agg(Box<[MapKey]>),
}

/// The bytes one entry is counted for, for the heap limit and the GC trigger.
pub const ENTRY_BYTES: usize = 48;

#[derive(Clone, Debug)]
struct Entry {
    key: Value,
    val: Value,
    /// None for a NaN key (never found by a lookup).
    mk: Option<MapKey>,
}

#[derive(Debug, Default)]
pub struct GoMap {
    entries: Vec<Option<Entry>>,
    index: HashMap<MapKey, usize>,
    live: usize,
}

impl GoMap {
    pub fn new() -> GoMap {
        GoMap::default()
    }

    pub fn len(&self) -> usize {
        self.live
    }

    pub fn is_empty(&self) -> bool {
        self.live == 0
    }

    /// The value stored under `mk`, if any (a NaN key, `None`, is never found).
    pub fn get(&self, mk: Option<&MapKey>) -> Option<Value> {
        let i = *self.index.get(mk?)?;
        self.entries[i].as_ref().map(|e| e.val)
    }

    /// Whether storing under `mk` would add an entry (and so needs room on the heap).
    pub fn would_grow(&self, mk: Option<&MapKey>) -> bool {
        match mk {
            Some(k) => !self.index.contains_key(k),
            None => true,
        }
    }

    /// m[k] = v. Returns true when a new entry was added. An existing entry keeps its place
    /// in the order but takes the new key Value, as Go's mapassign does for keys whose
    /// equal values can differ (so `m[-0.0] = 1` after `m[0.0] = 1` prints as -0).
    pub fn insert(&mut self, key: Value, mk: Option<MapKey>, val: Value) -> bool {
        if let Some(k) = &mk {
            if let Some(&i) = self.index.get(k) {
                if let Some(e) = self.entries[i].as_mut() {
                    e.key = key;
                    e.val = val;
                    return false;
                }
            }
            self.index.insert(k.clone(), self.entries.len());
        }
        self.entries.push(Some(Entry { key, val, mk }));
        self.live += 1;
        true
    }

    /// delete(m, k). Returns true when an entry was removed.
    pub fn remove(&mut self, mk: Option<&MapKey>) -> bool {
        let Some(k) = mk else { return false };
        let Some(i) = self.index.remove(k) else {
            return false;
        };
        self.entries[i] = None;
        self.live -= 1;
        if self.entries.len() >= 8 && self.live * 2 <= self.entries.len() {
            self.compact();
        }
        true
    }

    /// clear(m): removes every entry, NaN keys included.
    pub fn clear(&mut self) {
        self.entries.clear();
        self.index.clear();
        self.live = 0;
    }

    /// Drops the tombstones and renumbers the index.
    fn compact(&mut self) {
        self.entries.retain(|e| e.is_some());
        self.index.clear();
        for (i, e) in self.entries.iter().enumerate() {
            if let Some(Entry { mk: Some(k), .. }) = e {
                self.index.insert(k.clone(), i);
            }
        }
    }

    /// The live entries (key, value) in insertion order.
    pub fn pairs(&self) -> Vec<(Value, Value)> {
        self.entries.iter().flatten().map(|e| (e.key, e.val)).collect()
    }

    /// Starts a range over the map: a snapshot of its keys beginning at entry `offset`
    /// (taken modulo the length) and wrapping around.
    pub fn iter(&self, map: Handle, offset: u64) -> MapIter {
        let live: Vec<&Entry> = self.entries.iter().flatten().collect();
        let n = live.len();
        let start = if n == 0 { 0 } else { (offset % n as u64) as usize };
        let keys = (0..n)
            .map(|i| {
                let e = live[(start + i) % n];
                // A NaN-keyed entry cannot be looked up again, so its value is kept now.
                let nan_val = if e.mk.is_none() { Some(e.val) } else { None };
                (e.key, e.mk.clone(), nan_val)
            })
            .collect();
        MapIter { map, keys, pos: 0 }
    }

    /// Bytes to count for this map (see `ENTRY_BYTES`).
    pub fn size_bytes(&self) -> usize {
        self.entries.len() * ENTRY_BYTES
    }

    /// Calls `f` with every handle the map's keys and values refer to.
    pub fn each_ref(&self, f: &mut dyn FnMut(Handle)) {
        for e in self.entries.iter().flatten() {
            if e.key.h != 0 {
                f(e.key.h)
            }
            if e.val.h != 0 {
                f(e.val.h)
            }
        }
    }
}

/// The state of one `for k, v := range m` (`Obj::MapIter`).
#[derive(Debug)]
pub struct MapIter {
    /// The map being ranged over (kept alive by the iterator).
    pub map: Handle,
    /// Keys in the order they will be produced, with their MapKey and, for NaN keys, the
    /// value they had when the range started.
    keys: Vec<(Value, Option<MapKey>, Option<Value>)>,
    pos: usize,
}

impl MapIter {
    /// The next key of the snapshot with its MapKey, or None when the range is over. The
    /// caller looks the key up in the map (locking it) and calls again when it is gone.
    pub fn next_key(&mut self) -> Option<(Value, Option<MapKey>, Option<Value>)> {
        let k = self.keys.get(self.pos)?.clone();
        self.pos += 1;
        Some(k)
    }

    pub fn size_bytes(&self) -> usize {
        self.keys.len() * 32
    }

    pub fn each_ref(&self, f: &mut dyn FnMut(Handle)) {
        if self.map != 0 {
            f(self.map)
        }
        for (k, _, v) in &self.keys {
            if k.h != 0 {
                f(k.h)
            }
            if let Some(v) = v {
                if v.h != 0 {
                    f(v.h)
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn k(i: u64) -> Option<MapKey> {
        Some(MapKey::Word(i))
    }

    /// Runs a range over `m` the way the interpreter does, calling `body` for each entry
    /// produced (with the map unlocked in between, so the body may change it).
    fn range(m: &mut GoMap, offset: u64, mut body: impl FnMut(&mut GoMap, i64)) {
        let mut it = m.iter(1, offset);
        while let Some((key, mk, nan_val)) = it.next_key() {
            let present = match &mk {
                Some(_) => m.get(mk.as_ref()).is_some(),
                None => nan_val.is_some(),
            };
            if present {
                body(m, key.as_int());
            }
        }
    }

    #[test]
    fn insert_get_remove_keep_order_and_len() {
        let mut m = GoMap::new();
        assert!(m.insert(Value::int(1), k(1), Value::int(10)));
        assert!(m.insert(Value::int(2), k(2), Value::int(20)));
        assert!(!m.insert(Value::int(1), k(1), Value::int(11)));
        assert_eq!(m.len(), 2);
        assert_eq!(m.get(k(1).as_ref()), Some(Value::int(11)));
        assert!(m.remove(k(1).as_ref()));
        assert!(!m.remove(k(1).as_ref()));
        assert_eq!(m.get(k(1).as_ref()), None);
        assert_eq!(m.pairs(), vec![(Value::int(2), Value::int(20))]);
    }

    #[test]
    fn nan_keys_are_all_distinct() {
        let mut m = GoMap::new();
        assert!(m.insert(Value::float(f64::NAN), None, Value::int(1)));
        assert!(m.insert(Value::float(f64::NAN), None, Value::int(2)));
        assert_eq!(m.len(), 2);
        assert_eq!(m.get(None), None);
        assert!(!m.remove(None));
        m.clear();
        assert!(m.is_empty());
    }

    #[test]
    fn compaction_keeps_lookups_right() {
        let mut m = GoMap::new();
        for i in 0..100 {
            m.insert(Value::int(i), k(i as u64), Value::int(i * 2));
        }
        for i in 0..90 {
            assert!(m.remove(k(i).as_ref()));
        }
        assert!(m.entries.len() < 100, "tombstones were compacted");
        for i in 90..100 {
            assert_eq!(m.get(k(i).as_ref()), Some(Value::int(i as i64 * 2)));
        }
        assert_eq!(m.len(), 10);
    }

    #[test]
    fn range_visits_every_key_once_even_with_deletions() {
        for offset in 0..7 {
            let mut m = GoMap::new();
            for i in 0..50 {
                m.insert(Value::int(i), k(i as u64), Value::int(i));
            }
            let mut seen = std::collections::HashSet::new();
            let mut deleted = std::collections::HashSet::new();
            range(&mut m, offset, |m, key| {
                assert!(seen.insert(key), "key {key} produced twice");
                assert!(!deleted.contains(&key), "deleted key {key} produced");
                // Delete a key not yet seen, and the current one (which forces compactions).
                let other = (key + 17) % 50;
                if !seen.contains(&other) && m.remove(k(other as u64).as_ref()) {
                    deleted.insert(other);
                }
                m.remove(k(key as u64).as_ref());
                // Entries added during the range may or may not be produced; ours are not.
                m.insert(Value::int(1000 + key), k(1000 + key as u64), Value::ZERO);
            });
            let all: std::collections::HashSet<i64> = (0..50).collect();
            let expect: std::collections::HashSet<i64> =
                all.difference(&deleted).copied().collect();
            assert_eq!(seen, expect);
        }
    }

    #[test]
    fn range_order_depends_on_the_offset_only() {
        let mut m = GoMap::new();
        for i in 0..20 {
            m.insert(Value::int(i), k(i as u64), Value::ZERO);
        }
        let order = |m: &mut GoMap, off: u64| {
            let mut v = Vec::new();
            range(m, off, |_, key| v.push(key));
            v
        };
        assert_eq!(order(&mut m, 5), order(&mut m, 5));
        assert_ne!(order(&mut m, 5), order(&mut m, 6));
    }
}

/// The key a map compares for `v` (of key kind `kk`): None for a NaN, which equals nothing.
/// An interface key whose dynamic type cannot be hashed is `Err(that type)`; the caller
/// panics as Go's runtime does ("hash of unhashable type T"). The one set of rules for the
/// map instructions (interp/maps.rs) and sync.Map (library/syncmap.rs).
pub fn key_of(
    heap: &super::obj::Heap,
    prog: &crate::vm::program::Program,
    v: Value,
    kk: crate::vm::op::MapKeyKind,
) -> Result<Option<MapKey>, crate::vm::op::TypeId> {
    use crate::vm::op::MapKeyKind;
    use crate::vm::program::TypeKind;
    Ok(match kk {
        MapKeyKind::Agg(ty) => typed_key(heap, prog, v, ty as u32, 0)?,
        MapKeyKind::Word => Some(word_key(v)),
        MapKeyKind::Float => float_key(v.as_float()),
        MapKeyKind::Str => Some(MapKey::Str(heap.bytes(v))),
        MapKeyKind::Ref => Some(MapKey::Word(v.h as u64)),
        MapKeyKind::Iface => {
            if v.t == 0 {
                return Ok(Some(MapKey::Iface(0, Box::new(MapKey::Word(0)))));
            }
            let inner = match prog.types.get(v.t as usize).map(|d| &d.kind) {
                Some(TypeKind::Bool | TypeKind::Int { .. }) => Some(word_key(v)),
                Some(TypeKind::Float64 | TypeKind::Float32) => float_key(v.as_float()),
                Some(TypeKind::String) => Some(MapKey::Str(heap.bytes(v))),
                Some(TypeKind::Chan { .. } | TypeKind::Pointer | TypeKind::StructPtr { .. }) => {
                    Some(MapKey::Word(v.h as u64))
                }
                Some(TypeKind::Complex { .. }) => complex_key(heap, v),
                Some(TypeKind::Struct { .. } | TypeKind::Array { .. })
                    if comparable_type(prog, v.t) =>
                {
                    typed_key(heap, prog, Value { t: 0, ..v }, v.t, 0)?
                }
                _ => return Err(v.t),
            };
            inner.map(|k| MapKey::Iface(v.t, Box::new(k)))
        }
    })
}

/// The key of `v`, a value of static type `ty` (a struct or array's fields in turn, to a
/// bounded depth); None when a float in it is NaN.
fn typed_key(
    heap: &super::obj::Heap,
    prog: &crate::vm::program::Program,
    v: Value,
    ty: u32,
    depth: u32,
) -> Result<Option<MapKey>, crate::vm::op::TypeId> {
    use crate::vm::op::MapKeyKind;
    use crate::vm::program::TypeKind;
    let parts: Vec<(Value, u32)> = match prog.types.get(ty as usize).map(|d| &d.kind) {
        Some(TypeKind::Struct { fields }) if depth < 64 => {
            let vals = agg_parts(heap, v);
            fields
                .iter()
                .enumerate()
                .map(|(i, f)| (vals.get(i).copied().unwrap_or_default(), f.1))
                .collect()
        }
        Some(TypeKind::Array { elem, .. }) if depth < 64 => {
            agg_parts(heap, v).into_iter().map(|e| (e, *elem)).collect()
        }
        Some(TypeKind::Float64 | TypeKind::Float32) => {
            return key_of(heap, prog, v, MapKeyKind::Float)
        }
        Some(TypeKind::Complex { .. }) => return Ok(complex_key(heap, v)),
        Some(TypeKind::String) => return key_of(heap, prog, v, MapKeyKind::Str),
        Some(TypeKind::Interface) => return key_of(heap, prog, v, MapKeyKind::Iface),
        Some(TypeKind::Bool | TypeKind::Int { .. }) => return Ok(Some(word_key(v))),
        _ => return Ok(Some(MapKey::Word(v.h as u64))),
    };
    let mut keys = Vec::with_capacity(parts.len());
    for (p, t) in parts {
        match typed_key(heap, prog, p, t, depth + 1)? {
            Some(k) => keys.push(k),
            None => return Ok(None),
        }
    }
    Ok(Some(MapKey::Agg(keys.into())))
}

/// The fields of a struct or the elements of an array (none for a nil handle).
/// The key of an int or bool: its word; a time.Time (an Int at run time) is also keyed by
/// its Location's handle, as Go's == compares loc (other ints have handle 0).
fn word_key(v: Value) -> MapKey {
    match v.h {
        0 => MapKey::Word(v.w),
        h => MapKey::Agg(Box::new([MapKey::Word(v.w), MapKey::Word(h as u64)])),
    }
}

/// A float's key; None for NaN, which equals nothing.
fn float_key(f: f64) -> Option<MapKey> {
    if f.is_nan() {
        None
    } else if f == 0.0 {
        // +0 and -0 are equal, so they are one key.
        Some(MapKey::Word(0))
    } else {
        Some(MapKey::Word(f.to_bits()))
    }
}

/// A complex number's key: its two parts' float keys (None when either is NaN).
fn complex_key(heap: &super::obj::Heap, v: Value) -> Option<MapKey> {
    let (re, im) = heap.complex(v);
    Some(MapKey::Agg(vec![float_key(re)?, float_key(im)?].into()))
}

fn agg_parts(heap: &super::obj::Heap, v: Value) -> Vec<Value> {
    if v.h == 0 {
        return Vec::new();
    }
    match &*heap.lock(v.h) {
        super::obj::Obj::Struct(f) | super::obj::Obj::Array(f) => f.clone(),
        _ => Vec::new(),
    }
}

/// Whether values of type `t` may be compared and hashed (structs field by field).
pub fn comparable_type(prog: &crate::vm::program::Program, t: crate::vm::op::TypeId) -> bool {
    comparable(prog, t, 0)
}

fn comparable(prog: &crate::vm::program::Program, t: crate::vm::op::TypeId, depth: u32) -> bool {
    use crate::vm::program::TypeKind;
    match prog.types.get(t as usize).map(|d| &d.kind) {
        Some(TypeKind::Slice { .. } | TypeKind::Map { .. } | TypeKind::Func) => false,
        Some(TypeKind::Struct { fields }) if depth < 64 => {
            fields.iter().all(|(_, ft)| comparable(prog, *ft, depth + 1))
        }
        Some(TypeKind::Array { elem, .. }) if depth < 64 => comparable(prog, *elem, depth + 1),
        _ => true,
    }
}
