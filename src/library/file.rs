//! Package os's files, on the run's in-memory file system (sched/fs.rs): opening, reading
//! and writing files, directories, Stat, and Go's *PathError texts ("open /tmp/x: no such
//! file or directory"). An *os.File is os.rs's struct{fd int}; descriptors above 2 are
//! files of the run's file system, so every writer of the library that writes an *os.File
//! through `Runtime::write` (fmt.Fprintln, a bufio.Writer, a log.Logger) reaches them too.

use super::iofs::{ERR_CLOSED, ERR_EXIST, ERR_NOT_EXIST};
use super::{constant, func, method, type_, Call, ConstVal, Fault, Member};
use crate::rt::obj::Obj;
use crate::sched::fs::{self, Errno, Info};
use crate::vm::value::Value;

/// The dynamic type of os's errors that name a path: fs.PathError's {Op, Path, Err}, which
/// errors.Is and Unwrap follow.
pub const PATH_ERROR: &str = "*fs.PathError";
/// The dynamic types of os.Stat's FileInfo and os.ReadDir's DirEntry values, both
/// {name, size, mode, mtime}.
pub const FILE_INFO: &str = "*os.fileStat";
pub const DIR_ENTRY: &str = "*os.unixDirent";

const INT: &str = "int";

pub const MEMBERS: &[Member] = &[
    func("Chdir", "func(dir string) error", chdir),
    func("Create", "func(name string) (*File, error)", |c| {
        open(c, fs::O_RDWR | fs::O_CREATE | fs::O_TRUNC, 0o666)
    }),
    func("CreateTemp", "func(dir, pattern string) (*File, error)", create_temp),
    type_("DirEntry", "= fs.DirEntry"),
    type_("FileInfo", "= fs.FileInfo"),
    type_("FileMode", "= fs.FileMode"),
    type_("PathError", "= fs.PathError"),
    func("Getwd", "func() (dir string, err error)", |c| {
        let wd = c.rt.with_fs(|fs| fs.getwd().to_string());
        c.ret_str(&wd)?;
        c.ret(Value::ZERO);
        Ok(())
    }),
    func("IsExist", "func(err error) bool", |c| is_errno(c, ERR_EXIST)),
    func("IsNotExist", "func(err error) bool", |c| is_errno(c, ERR_NOT_EXIST)),
    func("Lstat", "func(name string) (FileInfo, error)", |c| stat(c, "lstat")),
    func("Mkdir", "func(name string, perm FileMode) error", mkdir),
    func("MkdirAll", "func(path string, perm FileMode) error", mkdir_all),
    func("MkdirTemp", "func(dir, pattern string) (string, error)", mkdir_temp),
    constant("ModeDir", "FileMode", ConstVal::Int(fs::MODE_DIR as i128)),
    constant("ModePerm", "FileMode", ConstVal::Int(0o777)),
    constant("O_APPEND", INT, ConstVal::Int(fs::O_APPEND as i128)),
    constant("O_CREATE", INT, ConstVal::Int(fs::O_CREATE as i128)),
    constant("O_EXCL", INT, ConstVal::Int(fs::O_EXCL as i128)),
    constant("O_RDONLY", INT, ConstVal::Int(0)),
    constant("O_RDWR", INT, ConstVal::Int(fs::O_RDWR as i128)),
    constant("O_SYNC", INT, ConstVal::Int(0x101000)),
    constant("O_TRUNC", INT, ConstVal::Int(fs::O_TRUNC as i128)),
    constant("O_WRONLY", INT, ConstVal::Int(fs::O_WRONLY as i128)),
    func("Open", "func(name string) (*File, error)", |c| open(c, 0, 0)),
    func("OpenFile", "func(name string, flag int, perm FileMode) (*File, error)", |c| {
        let (flag, perm) = (c.int(1), c.int(2) as u32);
        open(c, flag, perm)
    }),
    func("ReadDir", "func(name string) ([]DirEntry, error)", read_dir),
    func("ReadFile", "func(name string) ([]byte, error)", read_file),
    func("Remove", "func(name string) error", |c| {
        path_op(c, "remove", |fs, p, now| fs.remove(p, now))
    }),
    func("RemoveAll", "func(path string) error", |c| {
        path_op(c, "unlinkat", |fs, p, now| fs.remove_all(p, now))
    }),
    func("Rename", "func(oldpath, newpath string) error", rename),
    func("Stat", "func(name string) (FileInfo, error)", |c| stat(c, "stat")),
    func("TempDir", "func() string", |c| c.ret_str("/tmp")),
    func("WriteFile", "func(name string, data []byte, perm FileMode) error", write_file),
    type_("fileStat", "struct{}"),
    method("*fileStat", "IsDir", "func() bool", |c| {
        c.ret_bool(info_field(c, 2).w as u32 & fs::MODE_DIR != 0);
        Ok(())
    }),
    method("*fileStat", "ModTime", "func() time.Time", |c| {
        let ns = info_field(c, 3).as_int() as i128;
        super::time::ret_time(c, ns)
    }),
    method("*fileStat", "Mode", "func() FileMode", |c| ret_field(c, 2)),
    method("*fileStat", "Name", "func() string", |c| ret_field(c, 0)),
    method("*fileStat", "Size", "func() int64", |c| ret_field(c, 1)),
    method("*fileStat", "Sys", "func() any", |c| {
        c.ret(Value::ZERO);
        Ok(())
    }),
    type_("unixDirent", "struct{}"),
    method("*unixDirent", "Info", "func() (FileInfo, error)", |c| {
        let fields = info_fields(c);
        let v = new_info(c, fields, FILE_INFO)?;
        c.ret(v);
        c.ret(Value::ZERO);
        Ok(())
    }),
    method("*unixDirent", "IsDir", "func() bool", |c| {
        c.ret_bool(info_field(c, 2).w as u32 & fs::MODE_DIR != 0);
        Ok(())
    }),
    method("*unixDirent", "Name", "func() string", |c| ret_field(c, 0)),
    method("*unixDirent", "String", "func() string", |c| {
        let f = info_fields(c);
        let text = crate::rt::fmt::dir_entry(&c.text(f[0]), f[2].w as u32);
        c.ret_str(&text)
    }),
    method("*unixDirent", "Type", "func() FileMode", |c| {
        c.ret_int((info_field(c, 2).w as u32 & fs::MODE_DIR) as i64);
        Ok(())
    }),
];

/// *os.File's methods beyond os.rs's Read, Write and WriteString.
pub const FILE_METHODS: &[Member] = &[
    method("*File", "Close", "func() error", close),
    method("*File", "Name", "func() string", |c| {
        if c.arg(0).h == 0 {
            return Err(Fault::Panic(super::call::NIL_DEREF.into()));
        }
        let name = file_name(c);
        c.ret_str(&name)
    }),
    method("*File", "ReadAt", "func(b []byte, off int64) (n int, err error)", read_at),
    method("*File", "ReadDir", "func(n int) ([]DirEntry, error)", file_read_dir),
    method("*File", "Seek", "func(offset int64, whence int) (ret int64, err error)", seek),
    method("*File", "Stat", "func() (FileInfo, error)", file_stat),
    method("*File", "Sync", "func() error", |c| {
        let e = if c.arg(0).h == 0 { c.sentinel(super::iofs::ERR_INVALID) } else { Value::ZERO };
        c.ret(e);
        Ok(())
    }),
];

// ---- errors

/// A *fs.PathError "op path: reason" holding the errno (ENOENT and EEXIST as sentinels that
/// errors.Is matches with fs.ErrNotExist and fs.ErrExist), or os.ErrClosed.
pub fn path_error(c: &mut Call, op: &str, path: &str, e: Errno) -> Result<Value, Fault> {
    let inner = match e {
        Errno::NoEnt => c.sentinel(super::iofs::ENOENT),
        Errno::Exist => c.sentinel(super::iofs::EEXIST),
        Errno::Closed => c.sentinel(ERR_CLOSED),
        e => c.new_error(e.text())?,
    };
    new_path_error(c, op, path, inner)
}

/// A *fs.PathError {Op, Path, Err}.
fn new_path_error(c: &mut Call, op: &str, path: &str, err: Value) -> Result<Value, Fault> {
    let op = c.new_str(op)?;
    let path = c.new_str(path)?;
    let mut v = c.alloc(Obj::Struct(vec![op, path, err]))?;
    v.t = c.type_id(PATH_ERROR);
    Ok(v)
}

fn ret_result(c: &mut Call, op: &str, path: &str, r: Result<(), Errno>) -> Result<(), Fault> {
    let err = match r {
        Ok(()) => Value::ZERO,
        Err(e) => path_error(c, op, path, e)?,
    };
    c.ret(err);
    Ok(())
}

/// os.IsNotExist / os.IsExist: the error, or the error a *PathError holds, is the sentinel
/// (not through other wrappers, as in Go).
fn is_errno(c: &mut Call, code: u64) -> Result<(), Fault> {
    let mut err = c.arg(0);
    if err.t != 0 && c.rt.prog.type_name(err.t) == PATH_ERROR {
        if let Obj::Struct(f) = &*c.rt.heap.lock(err.h) {
            err = f.get(2).copied().unwrap_or_default();
        }
    }
    let errno = if code == ERR_EXIST { super::iofs::EEXIST } else { super::iofs::ENOENT };
    c.ret_bool(super::call::is_sentinel(err, code) || super::call::is_sentinel(err, errno));
    Ok(())
}

/// A function of one path that returns only an error.
fn path_op(
    c: &mut Call,
    op: &str,
    f: impl FnOnce(&mut fs::Fs, &str, i64) -> Result<(), Errno>,
) -> Result<(), Fault> {
    let path = c.str(0);
    let now = c.rt.wall_now();
    let r = c.rt.with_fs(|fs| f(fs, &path, now));
    ret_result(c, op, &path, r)
}

// ---- files

/// A method of a nil *File: (zero, os.ErrInvalid).
fn ret_invalid(c: &mut Call) -> Result<(), Fault> {
    c.ret(Value::ZERO);
    let e = c.sentinel(super::iofs::ERR_INVALID);
    c.ret(e);
    Ok(())
}

/// The descriptor of *os.File argument 0 (nil: none).
fn fd(c: &Call) -> Option<u32> {
    let f = c.arg(0);
    if f.h == 0 {
        return None;
    }
    match &*c.rt.heap.lock(f.h) {
        Obj::Struct(v) => v.first().map(|v| v.w as u32),
        _ => None,
    }
}

fn file_name(c: &Call) -> String {
    match fd(c) {
        Some(0) => "/dev/stdin".into(),
        Some(1) => "/dev/stdout".into(),
        Some(2) => "/dev/stderr".into(),
        Some(fd) => c.rt.with_fs(|fs| fs.name(fd).unwrap_or_default().to_string()),
        None => String::new(),
    }
}

/// OpenFile: a new *os.File, or a nil one and the error.
fn open(c: &mut Call, flag: i64, perm: u32) -> Result<(), Fault> {
    let name = c.str(0);
    let now = c.rt.wall_now();
    let file = c.alloc(Obj::Struct(vec![Value::ZERO]))?;
    match c.rt.with_fs(|fs| fs.open(&name, flag, perm, now)) {
        Ok(fd) => {
            *c.rt.heap.lock(file.h) = Obj::Struct(vec![Value::int(fd as i64)]);
            c.ret(file);
            c.ret(Value::ZERO);
        }
        Err(e) => {
            let err = path_error(c, "open", &name, e)?;
            c.ret(Value::ZERO);
            c.ret(err);
        }
    }
    Ok(())
}

fn close(c: &mut Call) -> Result<(), Fault> {
    let r = match fd(c) {
        None => {
            let e = c.sentinel(super::iofs::ERR_INVALID);
            c.ret(e);
            return Ok(());
        }
        Some(0..=2) => Ok(()),
        Some(fd) => c.rt.with_fs(|fs| fs.close(fd)),
    };
    let name = file_name(c);
    ret_result(c, "close", &name, r)
}

/// (*File).Read of a file (os.rs's Read hands descriptors above 2 here): (0, io.EOF) at
/// the end.
pub fn read(c: &mut Call) -> Result<(), Fault> {
    let room = c.arg(1).slice_len();
    let Some(fd) = fd(c) else { return ret_invalid(c) };
    let r = c.rt.with_fs(|fs| fs.read(fd, room, None));
    ret_read(c, "read", r, room)
}

fn read_at(c: &mut Call) -> Result<(), Fault> {
    let (room, off) = (c.arg(1).slice_len(), c.int(2));
    if off < 0 {
        let name = file_name(c);
        c.ret_int(0);
        let inner = c.new_error("negative offset")?;
        let e = new_path_error(c, "readat", &name, inner)?;
        c.ret(e);
        return Ok(());
    }
    let Some(fd) = fd(c) else { return ret_invalid(c) };
    let r = c.rt.with_fs(|fs| fs.read(fd, room, Some(off as usize)));
    // ReadAt fills b or says why not: io.EOF when the file ends first.
    let short = matches!(&r, Ok(b) if b.len() < room);
    ret_read(c, "read", r, if short { usize::MAX } else { room })
}

/// Copies what a read got into argument 1 and returns (n, err); `room` usize::MAX means
/// "EOF even though bytes came" (ReadAt's short read).
fn ret_read(c: &mut Call, op: &str, r: Result<Vec<u8>, Errno>, room: usize) -> Result<(), Fault> {
    match r {
        Ok(b) => {
            let vals: Vec<Value> = b.iter().map(|&x| Value::int(x as i64)).collect();
            c.set_elems(1, &vals);
            c.ret_int(vals.len() as i64);
            let eof = (vals.is_empty() && room > 0) || room == usize::MAX;
            let err = if eof { c.sentinel(1) } else { Value::ZERO };
            c.ret(err);
        }
        Err(e) => return ret_count(c, op, Err(e)),
    }
    Ok(())
}

/// (*File).Write and WriteString of a file: the bytes count against the heap limit.
pub fn write(c: &mut Call, bytes: &[u8]) -> Result<(), Fault> {
    let Some(fd) = fd(c) else { return ret_invalid(c) };
    let grow = c.rt.with_fs(|fs| fs.growth(fd, bytes.len()));
    super::call::room(c.rt, c.m, grow)?;
    let now = c.rt.wall_now();
    let r = c.rt.with_fs(|fs| fs.write(fd, bytes, now)).map(|n| n as i64);
    ret_count(c, "write", r)
}

/// Returns (n, nil), or (0, the *PathError of `op` on the file).
fn ret_count(c: &mut Call, op: &str, r: Result<i64, Errno>) -> Result<(), Fault> {
    match r {
        Ok(n) => {
            c.ret_int(n);
            c.ret(Value::ZERO);
        }
        Err(e) => {
            let name = file_name(c);
            c.ret_int(0);
            let err = path_error(c, op, &name, e)?;
            c.ret(err);
        }
    }
    Ok(())
}

fn seek(c: &mut Call) -> Result<(), Fault> {
    let (off, whence) = (c.int(1), c.int(2));
    let r = match fd(c) {
        None => return ret_invalid(c),
        Some(fd) if fd > 2 => c.rt.with_fs(|fs| fs.seek(fd, off, whence)),
        _ => Err(Errno::Inval),
    };
    ret_count(c, "seek", r)
}

fn file_stat(c: &mut Call) -> Result<(), Fault> {
    let r = match fd(c) {
        None => return ret_invalid(c),
        Some(fd) if fd > 2 => c.rt.with_fs(|fs| fs.fstat(fd)),
        _ => {
            return Err(Fault::Panic(
                "gopark: Stat of standard input or output is not supported yet".into(),
            ))
        }
    };
    let name = file_name(c);
    ret_info(c, "stat", &name, r)
}

fn file_read_dir(c: &mut Call) -> Result<(), Fault> {
    let n = c.int(1);
    let Some(fd) = fd(c) else { return ret_invalid(c) };
    let r = c.rt.with_fs(|fs| fs.read_dir_fd(fd, n));
    let name = file_name(c);
    ret_entries(c, "readdirent", &name, r)
}

/// fmt's Fscan of a file: its offset and the bytes from there on (None once it is closed).
pub fn unread(c: &Call, fd: u32) -> Option<(i64, Vec<u8>)> {
    c.rt.with_fs(|fs| {
        let off = fs.seek(fd, 0, 1).ok()?;
        Some((off, fs.read(fd, usize::MAX, Some(off as usize)).ok()?))
    })
}

pub fn set_offset(c: &Call, fd: u32, off: i64) {
    let _ = c.rt.with_fs(|fs| fs.seek(fd, off, 0));
}

/// The error of reading a closed file.
pub fn closed_text(c: &Call, fd: u32) -> String {
    let name = c.rt.with_fs(|fs| fs.name(fd).unwrap_or_default().to_string());
    format!("read {name}: {}", Errno::Closed.text())
}

// ---- FileInfo and DirEntry

/// A new *os.fileStat or *os.unixDirent (interface values of the type `ty`).
fn new_info(c: &mut Call, fields: Vec<Value>, ty: &str) -> Result<Value, Fault> {
    let mut v = c.alloc(Obj::Struct(fields))?;
    v.t = c.type_id(ty);
    Ok(v)
}

fn info_value(c: &mut Call, i: &Info, ty: &str) -> Result<Value, Fault> {
    let name = c.new_str(&i.name)?;
    let fields = vec![name, Value::int(i.size), Value::int(i.mode as i64), Value::int(i.mtime)];
    new_info(c, fields, ty)
}

fn info_fields(c: &Call) -> Vec<Value> {
    match &*c.rt.heap.lock(c.arg(0).h) {
        Obj::Struct(f) if f.len() == 4 => f.clone(),
        _ => vec![Value::ZERO; 4],
    }
}
fn info_field(c: &Call, i: usize) -> Value {
    info_fields(c)[i]
}
fn ret_field(c: &mut Call, i: usize) -> Result<(), Fault> {
    let v = info_field(c, i);
    c.ret(v);
    Ok(())
}

/// Returns (the value `make` makes of a result, nil), or (nil, the *PathError of `op`).
fn ret_pair<T>(
    c: &mut Call,
    op: &str,
    path: &str,
    r: Result<T, Errno>,
    make: impl FnOnce(&mut Call, T) -> Result<Value, Fault>,
) -> Result<(), Fault> {
    let (v, err) = match r {
        Ok(x) => (make(c, x)?, Value::ZERO),
        Err(e) => (Value::ZERO, path_error(c, op, path, e)?),
    };
    c.ret(v);
    c.ret(err);
    Ok(())
}

fn ret_info(c: &mut Call, op: &str, path: &str, r: Result<Info, Errno>) -> Result<(), Fault> {
    ret_pair(c, op, path, r, |c, i| info_value(c, &i, FILE_INFO))
}

fn ret_entries(
    c: &mut Call,
    op: &str,
    path: &str,
    r: Result<Vec<Info>, Errno>,
) -> Result<(), Fault> {
    ret_pair(c, op, path, r, |c, list| {
        super::call::room(c.rt, c.m, list.len() * 160)?;
        let mut items = Vec::with_capacity(list.len());
        for i in &list {
            items.push(info_value(c, i, DIR_ENTRY)?);
        }
        c.new_slice(items)
    })
}

fn stat(c: &mut Call, op: &str) -> Result<(), Fault> {
    let name = c.str(0);
    let r = c.rt.with_fs(|fs| fs.stat(&name));
    ret_info(c, op, &name, r)
}

fn read_dir(c: &mut Call) -> Result<(), Fault> {
    let name = c.str(0);
    let (r, is_file) = c.rt.with_fs(|fs| (fs.read_dir(&name), fs.stat(&name).is_ok()));
    // A file opens, then reading its entries fails.
    let op = if is_file && r.is_err() { "readdirent" } else { "open" };
    ret_entries(c, op, &name, r)
}

// ---- whole files and directories

fn read_file(c: &mut Call) -> Result<(), Fault> {
    let name = c.str(0);
    let r = c.rt.with_fs(|fs| {
        let fd = fs.open(&name, 0, 0, 0).map_err(|e| ("open", e))?;
        let r = fs.read(fd, usize::MAX, None).map_err(|e| ("read", e));
        let _ = fs.close(fd);
        r
    });
    let op = if matches!(r, Err(("read", _))) { "read" } else { "open" };
    ret_pair(c, op, &name, r.map_err(|(_, e)| e), |c, b| super::crypto::new_byte_slice(c, &b))
}

fn write_file(c: &mut Call) -> Result<(), Fault> {
    let name = c.str(0);
    let data: Vec<u8> = c.elems(1).iter().map(|v| v.w as u8).collect();
    let perm = c.int(2) as u32;
    // The file's old bytes are freed by the truncation: counting all new ones is safe.
    super::call::room(c.rt, c.m, data.len())?;
    let now = c.rt.wall_now();
    let flag = fs::O_WRONLY | fs::O_CREATE | fs::O_TRUNC;
    let r = c.rt.with_fs(|fs| {
        let fd = fs.open(&name, flag, perm, now).map_err(|e| ("open", e))?;
        let r = fs.write(fd, &data, now).map(|_| ()).map_err(|e| ("write", e));
        let _ = fs.close(fd);
        r
    });
    let err = match r {
        Ok(()) => Value::ZERO,
        Err((op, e)) => path_error(c, op, &name, e)?,
    };
    c.ret(err);
    Ok(())
}

fn chdir(c: &mut Call) -> Result<(), Fault> {
    path_op(c, "chdir", |fs, p, _| fs.chdir(p))
}

fn mkdir(c: &mut Call) -> Result<(), Fault> {
    let perm = c.int(1) as u32;
    path_op(c, "mkdir", |fs, p, now| fs.mkdir(p, perm, now))
}

/// MkdirAll: each missing directory of the path in turn; one that exists as a file ends it
/// with "not a directory" (named by the path so far, as Go's recursion names it).
fn mkdir_all(c: &mut Call) -> Result<(), Fault> {
    let (path, perm) = (c.str(0), c.int(1) as u32);
    let now = c.rt.wall_now();
    let r = c.rt.with_fs(|fs| {
        let mut upto = String::new();
        for (i, part) in path.split('/').enumerate() {
            if i > 0 {
                upto.push('/');
            }
            upto.push_str(part);
            if part.is_empty() || part == "." || part == ".." {
                continue;
            }
            let r = match fs.stat(&upto) {
                Ok(info) if info.is_dir() => Ok(()),
                Ok(_) => Err(Errno::NotDir),
                Err(_) => fs.mkdir(&upto, perm, now),
            };
            r.map_err(|e| (upto.clone(), e))?;
        }
        Ok(())
    });
    let err = match r {
        Ok(()) => Value::ZERO,
        Err((at, e)) => path_error(c, "mkdir", &at, e)?,
    };
    c.ret(err);
    Ok(())
}

fn rename(c: &mut Call) -> Result<(), Fault> {
    let (old, new) = (c.str(0), c.str(1));
    let now = c.rt.wall_now();
    let r = c.rt.with_fs(|fs| fs.rename(&old, &new, now));
    // Go's *os.LinkError text: "rename old new: reason".
    ret_result(c, "rename", &format!("{old} {new}"), r)
}

/// The name pattern's parts around its last "*" (at the end when it has none), or the
/// error Go gives for a pattern with a path separator.
fn temp_parts(pattern: &str) -> Option<(String, String)> {
    if pattern.contains('/') {
        return None;
    }
    Some(match pattern.rfind('*') {
        Some(i) => (pattern[..i].to_string(), pattern[i + 1..].to_string()),
        None => (pattern.to_string(), String::new()),
    })
}

/// Tries names dir/prefix + random + suffix with `make` (Go's CreateTemp and MkdirTemp:
/// a random uint32 in decimal, up to 10000 tries while the name exists).
fn temp_name<T>(
    c: &mut Call,
    op: &str,
    mut make: impl FnMut(&mut fs::Fs, &str, i64) -> Result<T, Errno>,
) -> Result<Result<(String, T), Value>, Fault> {
    let (dir, pattern) = (c.str(0), c.str(1));
    let dir = if dir.is_empty() { "/tmp".to_string() } else { dir.to_string() };
    let Some((prefix, suffix)) = temp_parts(&pattern) else {
        let e = c.new_error(&format!("{op}: pattern contains path separator"))?;
        return Ok(Err(e));
    };
    let base = if dir.ends_with('/') { dir.clone() } else { format!("{dir}/") };
    let now = c.rt.wall_now();
    for _ in 0..10000 {
        let name = format!("{base}{prefix}{}{suffix}", c.m.rand() as u32);
        match c.rt.with_fs(|fs| make(fs, &name, now)) {
            Ok(v) => return Ok(Ok((name, v))),
            Err(Errno::Exist) => continue,
            Err(e) => {
                let shown = format!("{base}{prefix}*{suffix}");
                return path_error(c, op, &shown, e).map(Err);
            }
        }
    }
    let shown = format!("{base}{prefix}*{suffix}");
    path_error(c, op, &shown, Errno::Exist).map(Err)
}

fn mkdir_temp(c: &mut Call) -> Result<(), Fault> {
    match temp_name(c, "mkdirtemp", |fs, name, now| fs.mkdir(name, 0o700, now))? {
        Ok((name, ())) => {
            c.ret_str(&name)?;
            c.ret(Value::ZERO);
        }
        Err(e) => {
            c.ret(Value::ZERO);
            c.ret(e);
        }
    }
    Ok(())
}

fn create_temp(c: &mut Call) -> Result<(), Fault> {
    let file = c.alloc(Obj::Struct(vec![Value::ZERO]))?;
    let flag = fs::O_RDWR | fs::O_CREATE | fs::O_EXCL;
    match temp_name(c, "createtemp", |fs, name, now| fs.open(name, flag, 0o600, now))? {
        Ok((_, fd)) => {
            *c.rt.heap.lock(file.h) = Obj::Struct(vec![Value::int(fd as i64)]);
            c.ret(file);
            c.ret(Value::ZERO);
        }
        Err(e) => {
            c.ret(Value::ZERO);
            c.ret(e);
        }
    }
    Ok(())
}
