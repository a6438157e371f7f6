//! Package io/fs: FileMode, the FileInfo and DirEntry interfaces (whose values package os
//! makes: `*os.fileStat`, `*os.unixDirent`, see file.rs) and the sentinel errors that
//! errors.Is and os.IsNotExist compare with.

use super::{constant, func, method, type_, var, Call, ConstVal, Fault, Member};
use crate::rt::obj::Obj;
use crate::sched::fs::MODE_DIR;
use crate::vm::value::Value;

/// The codes of io/fs's sentinel errors in `call::SENTINELS`.
pub const ERR_NOT_EXIST: u64 = 17;
pub const ERR_EXIST: u64 = 18;
pub const ERR_CLOSED: u64 = 19;
pub const ERR_INVALID: u64 = 20;
pub const ERR_PERMISSION: u64 = 21;
pub const SKIP_DIR: u64 = 22;
pub const SKIP_ALL: u64 = 23;
pub const ERR_SHORT_BUFFER: u64 = 24;
/// syscall.ENOENT and EEXIST, the Err of os's *PathErrors: errors.Is finds io/fs's
/// ErrNotExist and ErrExist in them (as their Is method says in Go).
pub const ENOENT: u64 = 25;
pub const EEXIST: u64 = 26;

/// Whether errno sentinel `err` is io/fs's sentinel `target` (syscall.Errno's Is).
pub fn errno_is(err: Value, target: Value) -> bool {
    use super::call::is_sentinel;
    (is_sentinel(err, ENOENT) && is_sentinel(target, ERR_NOT_EXIST))
        || (is_sentinel(err, EEXIST) && is_sentinel(target, ERR_EXIST))
}

/// A sentinel as a package variable's value.
const fn sentinel_var(name: &'static str, code: u64) -> Member {
    // Each code needs its own getter: a const fn cannot capture `code` in a closure.
    let get: super::Imp = match code {
        ERR_NOT_EXIST => |c| ret_sentinel(c, ERR_NOT_EXIST),
        ERR_EXIST => |c| ret_sentinel(c, ERR_EXIST),
        ERR_CLOSED => |c| ret_sentinel(c, ERR_CLOSED),
        ERR_INVALID => |c| ret_sentinel(c, ERR_INVALID),
        ERR_PERMISSION => |c| ret_sentinel(c, ERR_PERMISSION),
        SKIP_DIR => |c| ret_sentinel(c, SKIP_DIR),
        _ => |c| ret_sentinel(c, SKIP_ALL),
    };
    var(name, "error", get)
}

fn ret_sentinel(c: &mut Call, code: u64) -> Result<(), Fault> {
    let v = c.sentinel(code);
    c.ret(v);
    Ok(())
}

/// Package io's members for files: Seek's whence values, and ErrShortBuffer (which the
/// prelude's io.ReadAtLeast returns).
pub const IO_MEMBERS: &[Member] = &[
    var("ErrShortBuffer", "error", |c| ret_sentinel(c, ERR_SHORT_BUFFER)),
    type_("ReaderAt", "interface{ReadAt(p []byte, off int64) (n int, err error)}"),
    type_("Seeker", "interface{Seek(offset int64, whence int) (int64, error)}"),
    type_("Closer", "interface{Close() error}"),
    constant("SeekCurrent", "untyped int", ConstVal::Int(1)),
    constant("SeekEnd", "untyped int", ConstVal::Int(2)),
    constant("SeekStart", "untyped int", ConstVal::Int(0)),
];

/// Package path/filepath's members for walking (Walk and WalkDir are Go code in the
/// prelude).
pub const FILEPATH_MEMBERS: &[Member] = &[
    sentinel_var("SkipAll", SKIP_ALL),
    sentinel_var("SkipDir", SKIP_DIR),
    type_("WalkFunc", "func(path string, info fs.FileInfo, err error) error"),
];

/// io/fs's error variables, shared with package os (os.ErrNotExist is fs.ErrNotExist).
pub const ERROR_VARS: &[Member] = &[
    sentinel_var("ErrClosed", ERR_CLOSED),
    sentinel_var("ErrExist", ERR_EXIST),
    sentinel_var("ErrInvalid", ERR_INVALID),
    sentinel_var("ErrNotExist", ERR_NOT_EXIST),
    sentinel_var("ErrPermission", ERR_PERMISSION),
];

pub const MEMBERS: &[Member] = &[
    type_("FileMode", "uint32"),
    method("FileMode", "IsDir", "func() bool", |c| {
        c.ret_bool(mode(c) & MODE_DIR != 0);
        Ok(())
    }),
    method("FileMode", "IsRegular", "func() bool", |c| {
        c.ret_bool(mode(c) & TYPE_BITS == 0);
        Ok(())
    }),
    method("FileMode", "Perm", "func() FileMode", |c| {
        c.ret_int((mode(c) & 0o777) as i64);
        Ok(())
    }),
    method("FileMode", "String", "func() string", |c| {
        c.ret_str(&crate::rt::fmt::file_mode(mode(c)))
    }),
    method("FileMode", "Type", "func() FileMode", |c| {
        c.ret_int((mode(c) & TYPE_BITS) as i64);
        Ok(())
    }),
    constant("ModeDir", "FileMode", ConstVal::Int(MODE_DIR as i128)),
    constant("ModePerm", "FileMode", ConstVal::Int(0o777)),
    constant("ModeType", "FileMode", ConstVal::Int(TYPE_BITS as i128)),
    type_(
        "FileInfo",
        "interface{Name() string; Size() int64; Mode() FileMode; ModTime() time.Time; IsDir() bool; Sys() any}",
    ),
    type_("DirEntry", "interface{Name() string; IsDir() bool; Type() FileMode; Info() (FileInfo, error)}"),
    type_("PathError", "struct{Op string; Path string; Err error}"),
    method("*PathError", "Error", "func() string", |c| {
        let e = path_error_value(c)?;
        let text = crate::rt::fmt::lib_string(&c.fmt_env(), e).unwrap_or_default();
        c.ret_str(&text)
    }),
    method("*PathError", "Unwrap", "func() error", |c| {
        let e = match &*c.rt.heap.lock(path_error_value(c)?.h) {
            Obj::Struct(f) => f.get(2).copied().unwrap_or_default(),
            _ => Value::ZERO,
        };
        c.ret(e);
        Ok(())
    }),
    type_("WalkDirFunc", "func(path string, d DirEntry, err error) error"),
    func("FileInfoToDirEntry", "func(info FileInfo) DirEntry", info_to_dir_entry),
    sentinel_var("SkipAll", SKIP_ALL),
    sentinel_var("SkipDir", SKIP_DIR),
];

/// fs.ModeType: the bits that say what kind of file it is (Go's ModeDir | ModeSymlink |
/// ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice | ModeIrregular).
const TYPE_BITS: u32 = MODE_DIR | 1 << 27 | 1 << 25 | 1 << 24 | 1 << 26 | 1 << 21 | 1 << 19;

/// The receiver of a *PathError method as a library error value (its type word set).
fn path_error_value(c: &Call) -> Result<Value, Fault> {
    let v = c.arg(0);
    if v.h == 0 {
        return Err(Fault::Panic(super::call::NIL_DEREF.into()));
    }
    Ok(Value { t: c.type_id(super::file::PATH_ERROR), ..v })
}

fn mode(c: &Call) -> u32 {
    c.arg(0).w as u32
}

/// fs.FileInfoToDirEntry: the entry of an *os.fileStat (the two share one layout).
fn info_to_dir_entry(c: &mut Call) -> Result<(), Fault> {
    let info = c.arg(0);
    if info.t == 0 {
        c.ret(Value::ZERO);
        return Ok(());
    }
    let fields = match &*c.rt.heap.lock(info.h) {
        Obj::Struct(f) => f.clone(),
        _ => {
            return Err(Fault::Panic(
                "gopark: a FileInfo of your own in FileInfoToDirEntry is not supported yet".into(),
            ))
        }
    };
    let mut v = c.alloc(Obj::Struct(fields))?;
    v.t = c.type_id(super::file::DIR_ENTRY);
    c.ret(v);
    Ok(())
}
