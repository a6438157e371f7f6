//! The run's file system: a small tree in memory, as the Go playground gives each program
//! (go.dev/play: files may be created, written and read; nothing reaches the host). Every
//! run starts with "/" and "/tmp", and "/tmp" is the working directory and os.TempDir().
//!
//! Paths are resolved as the kernel resolves them: a relative path starts at the working
//! directory, "." and ".." are taken per element, and every element before the last must
//! be a directory. Errors are the kernel's (`Errno`); package os wraps them in Go's
//! *PathError texts. Descriptors 0, 1 and 2 are standard input, output and error; an open
//! file gets the next number from 3 up, never reused within a run.
//!
//! The bytes of every file count against the run's heap limit (`Runtime::heap_in_use`), so
//! a program that writes forever ends out of memory instead of filling the host.

use std::collections::BTreeMap;

/// The kernel's error numbers a file operation can end with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Errno {
    NoEnt,
    Exist,
    NotDir,
    IsDir,
    NotEmpty,
    BadF,
    Inval,
    /// Not an errno: the descriptor was closed (Go's os.ErrClosed, checked before the call).
    Closed,
}

impl Errno {
    /// The text Go's syscall.Errno prints.
    pub fn text(self) -> &'static str {
        match self {
            Errno::NoEnt => "no such file or directory",
            Errno::Exist => "file exists",
            Errno::NotDir => "not a directory",
            Errno::IsDir => "is a directory",
            Errno::NotEmpty => "directory not empty",
            Errno::BadF => "bad file descriptor",
            Errno::Inval => "invalid argument",
            Errno::Closed => "file already closed",
        }
    }
}

/// Go's (Linux) open flags.
pub const O_WRONLY: i64 = 0x1;
pub const O_RDWR: i64 = 0x2;
pub const O_CREATE: i64 = 0x40;
pub const O_EXCL: i64 = 0x80;
pub const O_TRUNC: i64 = 0x200;
pub const O_APPEND: i64 = 0x400;

/// fs.ModeDir: the directory bit of a FileMode.
pub const MODE_DIR: u32 = 1 << 31;
/// The umask a Linux shell starts programs with (Go's WriteFile(0666) makes -rw-r--r--).
const UMASK: u32 = 0o022;

enum Data {
    Dir(BTreeMap<String, usize>),
    File(Vec<u8>),
}

struct Node {
    data: Data,
    /// Permission bits (plus MODE_DIR for a directory).
    mode: u32,
    /// Modification time, Unix nanoseconds of the run's clock.
    mtime: i64,
}

/// What Stat says about a file.
#[derive(Clone, Debug)]
pub struct Info {
    /// The last element of the path it was found by.
    pub name: String,
    pub size: i64,
    pub mode: u32,
    pub mtime: i64,
}

impl Info {
    pub fn is_dir(&self) -> bool {
        self.mode & MODE_DIR != 0
    }
}

/// An open file description.
struct Open {
    node: usize,
    /// The name it was opened by (File.Name).
    name: String,
    off: usize,
    read: bool,
    write: bool,
    append: bool,
    /// Directory entries already returned by ReadDir.
    dir_pos: usize,
}

/// The file system of one run.
pub struct Fs {
    /// Nodes by number; 0 is "/". A removed node's slot is emptied (numbers are not reused).
    nodes: Vec<Option<Node>>,
    /// The working directory, absolute and clean.
    cwd: String,
    files: BTreeMap<u32, Open>,
    /// The name each descriptor was opened by, kept after Close (File.Name, errors).
    names: BTreeMap<u32, String>,
    next_fd: u32,
    /// Bytes held by all files.
    pub bytes: usize,
}

/// The elements of `path` made absolute against `cwd`, with "." and ".." applied.
fn elements(cwd: &str, path: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let full = if path.starts_with('/') { path.to_string() } else { format!("{cwd}/{path}") };
    for e in full.split('/') {
        match e {
            "" | "." => {}
            ".." => {
                out.pop();
            }
            e => out.push(e.to_string()),
        }
    }
    out
}

/// filepath.Base: the last element of `path` ("." for "", "/" for slashes only), the name
/// Stat reports.
fn base(path: &str) -> &str {
    let trimmed = path.trim_end_matches('/');
    if trimmed.is_empty() {
        return if path.is_empty() { "." } else { "/" };
    }
    trimmed.rsplit('/').next().unwrap_or(trimmed)
}

impl Fs {
    /// "/" and "/tmp", working directory "/tmp", made at `now`.
    pub fn new(now: i64) -> Fs {
        let dir =
            |entries| Some(Node { data: Data::Dir(entries), mode: MODE_DIR | 0o755, mtime: now });
        let root = BTreeMap::from([("tmp".to_string(), 1)]);
        let mut tmp = dir(BTreeMap::new());
        if let Some(t) = &mut tmp {
            // drwxrwxrwt, as on Linux (fs.ModeSticky).
            t.mode = MODE_DIR | 1 << 20 | 0o777;
        }
        Fs {
            nodes: vec![dir(root), tmp],
            cwd: "/tmp".into(),
            files: BTreeMap::new(),
            names: BTreeMap::new(),
            next_fd: 3,
            bytes: 0,
        }
    }

    pub fn getwd(&self) -> &str {
        &self.cwd
    }

    fn node(&self, n: usize) -> &Node {
        self.nodes[n].as_ref().unwrap_or_else(|| crate::sys::internal_error("a removed file node"))
    }
    fn node_mut(&mut self, n: usize) -> &mut Node {
        self.nodes[n].as_mut().unwrap_or_else(|| crate::sys::internal_error("a removed file node"))
    }

    /// The node at `elems`.
    fn walk(&self, elems: &[String]) -> Result<usize, Errno> {
        let mut n = 0;
        for e in elems {
            match &self.node(n).data {
                Data::Dir(d) => n = *d.get(e).ok_or(Errno::NoEnt)?,
                Data::File(_) => return Err(Errno::NotDir),
            }
        }
        Ok(n)
    }

    /// The directory that holds `path`'s last element, and that element (None for "/").
    fn parent(&self, path: &str) -> Result<(usize, Option<String>), Errno> {
        let mut elems = elements(&self.cwd, path);
        let last = elems.pop();
        let dir = self.walk(&elems)?;
        match self.node(dir).data {
            Data::Dir(_) => Ok((dir, last)),
            Data::File(_) => Err(Errno::NotDir),
        }
    }

    fn lookup(&self, path: &str) -> Result<usize, Errno> {
        if path.is_empty() {
            return Err(Errno::NoEnt);
        }
        self.walk(&elements(&self.cwd, path))
    }

    fn entries(&mut self, dir: usize) -> &mut BTreeMap<String, usize> {
        match &mut self.node_mut(dir).data {
            Data::Dir(d) => d,
            Data::File(_) => crate::sys::internal_error("entries of a file"),
        }
    }

    fn add(&mut self, dir: usize, name: String, node: Node) -> usize {
        let n = self.nodes.len();
        self.nodes.push(Some(node));
        self.entries(dir).insert(name, n);
        n
    }

    fn info(&self, n: usize, name: &str) -> Info {
        let node = self.node(n);
        let size = match &node.data {
            Data::File(b) => b.len() as i64,
            Data::Dir(_) => 4096,
        };
        Info { name: name.to_string(), size, mode: node.mode, mtime: node.mtime }
    }

    /// Stat (and Lstat: there are no links).
    pub fn stat(&self, path: &str) -> Result<Info, Errno> {
        let n = self.lookup(path)?;
        Ok(self.info(n, base(path)))
    }

    /// open(2): a new descriptor.
    pub fn open(&mut self, path: &str, flag: i64, perm: u32, now: i64) -> Result<u32, Errno> {
        let (read, write) = match flag & 3 {
            0 => (true, false),
            O_WRONLY => (false, true),
            _ => (true, true),
        };
        let n = match self.lookup(path) {
            Ok(_) if flag & O_CREATE != 0 && flag & O_EXCL != 0 => return Err(Errno::Exist),
            Ok(n) => n,
            Err(Errno::NoEnt) if flag & O_CREATE != 0 => {
                let (dir, name) = self.parent(path)?;
                let name = name.ok_or(Errno::IsDir)?;
                let node =
                    Node { data: Data::File(Vec::new()), mode: perm & 0o777 & !UMASK, mtime: now };
                self.node_mut(dir).mtime = now;
                self.add(dir, name, node)
            }
            Err(e) => return Err(e),
        };
        let is_dir = matches!(self.node(n).data, Data::Dir(_));
        if is_dir && (write || flag & O_TRUNC != 0) {
            return Err(Errno::IsDir);
        }
        if flag & O_TRUNC != 0 && write {
            let node = self.node_mut(n);
            let freed = match &mut node.data {
                Data::File(b) => std::mem::take(b).len(),
                Data::Dir(_) => 0,
            };
            node.mtime = now;
            self.bytes -= freed;
        }
        let fd = self.next_fd;
        self.next_fd += 1;
        let open = Open {
            node: n,
            name: path.to_string(),
            off: 0,
            read,
            write,
            append: flag & O_APPEND != 0,
            dir_pos: 0,
        };
        self.files.insert(fd, open);
        self.names.insert(fd, path.to_string());
        Ok(fd)
    }

    fn file(&mut self, fd: u32) -> Result<&mut Open, Errno> {
        self.files.get_mut(&fd).ok_or(Errno::Closed)
    }

    /// The name descriptor `fd` was opened by (kept after Close, as File.Name is).
    pub fn name(&self, fd: u32) -> Option<&str> {
        self.names.get(&fd).map(|n| n.as_str())
    }

    pub fn close(&mut self, fd: u32) -> Result<(), Errno> {
        self.files.remove(&fd).map(|_| ()).ok_or(Errno::Closed)
    }

    /// Reads up to `max` bytes at `at` (None: at the file offset, which advances). Empty at
    /// the end of the file.
    pub fn read(&mut self, fd: u32, max: usize, at: Option<usize>) -> Result<Vec<u8>, Errno> {
        let o = self.file(fd)?;
        let (n, off, read) = (o.node, at.unwrap_or(o.off), o.read);
        if !read {
            return Err(Errno::BadF);
        }
        let out = match &self.node(n).data {
            Data::Dir(_) => return Err(Errno::IsDir),
            Data::File(b) => b.get(off..).map_or(&[][..], |r| &r[..max.min(r.len())]).to_vec(),
        };
        if at.is_none() {
            self.file(fd)?.off = off + out.len();
        }
        Ok(out)
    }

    /// How many bytes writing `len` bytes to `fd` would add to the file.
    pub fn growth(&self, fd: u32, len: usize) -> usize {
        let Some(o) = self.files.get(&fd) else { return 0 };
        match &self.node(o.node).data {
            Data::File(b) => {
                let off = if o.append { b.len() } else { o.off };
                (off + len).saturating_sub(b.len())
            }
            Data::Dir(_) => 0,
        }
    }

    /// Writes `bytes` at the file offset (at the end with O_APPEND), growing the file.
    pub fn write(&mut self, fd: u32, bytes: &[u8], now: i64) -> Result<usize, Errno> {
        let o = self.file(fd)?;
        if !o.write {
            return Err(Errno::BadF);
        }
        let (n, off, append) = (o.node, o.off, o.append);
        let node = self.node_mut(n);
        node.mtime = now;
        let Data::File(b) = &mut node.data else { return Err(Errno::BadF) };
        let off = if append { b.len() } else { off };
        let before = b.len();
        if b.len() < off + bytes.len() {
            b.resize(off + bytes.len(), 0);
        }
        b[off..off + bytes.len()].copy_from_slice(bytes);
        let grown = b.len() - before;
        self.bytes += grown;
        self.file(fd)?.off = off + bytes.len();
        Ok(bytes.len())
    }

    /// lseek(2): whence 0 from the start, 1 from the offset, 2 from the end.
    pub fn seek(&mut self, fd: u32, offset: i64, whence: i64) -> Result<i64, Errno> {
        let o = self.file(fd)?;
        let (n, cur) = (o.node, o.off as i64);
        let end = match &self.node(n).data {
            Data::File(b) => b.len() as i64,
            Data::Dir(_) => 0,
        };
        let base = match whence {
            0 => 0,
            1 => cur,
            2 => end,
            _ => return Err(Errno::Inval),
        };
        let to = base.checked_add(offset).filter(|&t| t >= 0).ok_or(Errno::Inval)?;
        self.file(fd)?.off = to as usize;
        Ok(to)
    }

    /// Stat of an open file.
    pub fn fstat(&self, fd: u32) -> Result<Info, Errno> {
        let o = self.files.get(&fd).ok_or(Errno::Closed)?;
        let name = o.name.rsplit('/').find(|s| !s.is_empty()).unwrap_or("/");
        Ok(self.info(o.node, name))
    }

    /// The entries of directory `n`, sorted by name.
    fn list(&self, n: usize) -> Result<Vec<Info>, Errno> {
        match &self.node(n).data {
            Data::Dir(d) => Ok(d.iter().map(|(name, &c)| self.info(c, name)).collect()),
            Data::File(_) => Err(Errno::NotDir),
        }
    }

    /// os.ReadDir: the directory's entries, sorted by name.
    pub fn read_dir(&self, path: &str) -> Result<Vec<Info>, Errno> {
        self.list(self.lookup(path)?)
    }

    /// File.ReadDir(n): the next `n` entries (all that are left for n <= 0).
    pub fn read_dir_fd(&mut self, fd: u32, n: i64) -> Result<Vec<Info>, Errno> {
        let o = self.file(fd)?;
        let (node, pos) = (o.node, o.dir_pos);
        let all = self.list(node)?;
        let rest: Vec<Info> = all.into_iter().skip(pos).collect();
        let take = if n <= 0 { rest.len() } else { rest.len().min(n as usize) };
        self.file(fd)?.dir_pos = pos + take;
        Ok(rest.into_iter().take(take).collect())
    }

    pub fn mkdir(&mut self, path: &str, perm: u32, now: i64) -> Result<(), Errno> {
        let (dir, name) = self.parent(path)?;
        let name = name.ok_or(Errno::Exist)?;
        if self.entries(dir).contains_key(&name) {
            return Err(Errno::Exist);
        }
        let node = Node {
            data: Data::Dir(BTreeMap::new()),
            mode: MODE_DIR | (perm & 0o777 & !UMASK),
            mtime: now,
        };
        self.node_mut(dir).mtime = now;
        self.add(dir, name, node);
        Ok(())
    }

    /// os.Remove: unlinks a file, or a directory when it is empty.
    pub fn remove(&mut self, path: &str, now: i64) -> Result<(), Errno> {
        let (dir, name) = self.parent(path)?;
        let name = name.ok_or(Errno::Inval)?;
        let n = *self.entries(dir).get(&name).ok_or(Errno::NoEnt)?;
        if let Data::Dir(d) = &self.node(n).data {
            if !d.is_empty() {
                return Err(Errno::NotEmpty);
            }
        }
        self.entries(dir).remove(&name);
        self.node_mut(dir).mtime = now;
        self.drop_node(n);
        Ok(())
    }

    /// Frees node `n` and everything under it, unless an open file still refers to it
    /// (then its bytes stay, as an unlinked open file's do).
    fn drop_node(&mut self, n: usize) {
        if self.files.values().any(|o| o.node == n) {
            return;
        }
        if let Some(node) = self.nodes[n].take() {
            match node.data {
                Data::File(b) => self.bytes -= b.len(),
                Data::Dir(d) => d.into_values().for_each(|c| self.drop_node(c)),
            }
        }
    }

    /// os.RemoveAll: `path` and everything under it; a missing path is no error.
    pub fn remove_all(&mut self, path: &str, now: i64) -> Result<(), Errno> {
        let (dir, name) = match self.parent(path) {
            Err(Errno::NoEnt) => return Ok(()),
            r => r?,
        };
        let name = name.ok_or(Errno::Inval)?;
        let Some(n) = self.entries(dir).remove(&name) else { return Ok(()) };
        self.node_mut(dir).mtime = now;
        self.drop_node(n);
        Ok(())
    }

    /// rename(2): `new` is replaced if it is a file (or an empty directory when `old` is one).
    pub fn rename(&mut self, old: &str, new: &str, now: i64) -> Result<(), Errno> {
        let (od, oname) = self.parent(old)?;
        let oname = oname.ok_or(Errno::Inval)?;
        let n = *self.entries(od).get(&oname).ok_or(Errno::NoEnt)?;
        let (nd, nname) = self.parent(new)?;
        let nname = nname.ok_or(Errno::Inval)?;
        let moving_dir = matches!(self.node(n).data, Data::Dir(_));
        if let Some(&target) = self.entries(nd).get(&nname) {
            if target == n {
                return Ok(());
            }
            match &self.node(target).data {
                Data::Dir(_) if !moving_dir => return Err(Errno::IsDir),
                Data::Dir(d) if !d.is_empty() => return Err(Errno::NotEmpty),
                Data::File(_) if moving_dir => return Err(Errno::NotDir),
                _ => {}
            }
            self.drop_node(target);
        }
        if moving_dir {
            // A directory cannot move under itself.
            let (oe, ne) = (elements(&self.cwd, old), elements(&self.cwd, new));
            if ne.len() > oe.len() && ne[..oe.len()] == oe[..] {
                return Err(Errno::Inval);
            }
        }
        self.entries(od).remove(&oname);
        self.entries(nd).insert(nname, n);
        self.node_mut(od).mtime = now;
        self.node_mut(nd).mtime = now;
        Ok(())
    }

    pub fn chdir(&mut self, path: &str) -> Result<(), Errno> {
        let n = self.lookup(path)?;
        if !matches!(self.node(n).data, Data::Dir(_)) {
            return Err(Errno::NotDir);
        }
        self.cwd = format!("/{}", elements(&self.cwd, path).join("/"));
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn create_write_read_remove() {
        let mut fs = Fs::new(0);
        let fd = fs.open("x", O_RDWR | O_CREATE | O_TRUNC, 0o666, 1).unwrap();
        assert_eq!(fs.write(fd, b"hello", 2), Ok(5));
        assert_eq!(fs.bytes, 5);
        assert_eq!(fs.seek(fd, 1, 0), Ok(1));
        assert_eq!(fs.read(fd, 3, None).unwrap(), b"ell");
        assert_eq!(fs.stat("/tmp/x").unwrap().mode, 0o644);
        fs.close(fd).unwrap();
        assert_eq!(fs.close(fd), Err(Errno::Closed));
        fs.mkdir("d", 0o755, 3).unwrap();
        assert_eq!(fs.mkdir("d", 0o755, 3), Err(Errno::Exist));
        fs.rename("x", "d/y", 4).unwrap();
        assert_eq!(fs.remove("d", 4), Err(Errno::NotEmpty));
        assert_eq!(fs.read_dir("/tmp/d").unwrap()[0].name, "y");
        fs.remove_all("d", 5).unwrap();
        assert_eq!(fs.bytes, 0);
        assert_eq!(fs.stat("d").unwrap_err(), Errno::NoEnt);
        assert_eq!(fs.open("/nope/x", O_CREATE | O_WRONLY, 0o666, 0), Err(Errno::NoEnt));
        fs.chdir("..").unwrap();
        assert_eq!(fs.getwd(), "/");
    }
}
