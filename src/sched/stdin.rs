//! The program's input: its arguments (os.Args) and its standard input (os.Stdin).
//!
//! Where standard input comes from is the host's choice (`Stdin`): the CLI gives the
//! process's own, tests give bytes, and the page gives what its "Standard input" box holds
//! (bytes too; an empty box is none: every read returns io.EOF at once, as on go.dev/play).
//!
//! Reading the process's stdin may block for as long as the user takes to type, so it is a
//! blocking system call, as in Go: `(*os.File).Read` on an empty buffer leaves the
//! interpreter with `Exit::ReadStdin` (its pc still on the call), the M enters the system
//! call (syscall.rs: sysmon may hand its P to another M meanwhile), blocks in `fill_stdin`
//! holding no lock, exits the system call, and the Read runs again, now finding bytes or
//! the end of input.
//!
//! The read(2) itself happens on a reader thread of its own, one chunk per request: an M
//! waits for it, but stops waiting when the program ends, so a program whose main returns
//! while another goroutine waits for input exits at once, as Go's does (the reader thread,
//! still blocked in the kernel, ends with the process).

use super::Runtime;
use crate::sys::{lock, Arc, Condvar, Mutex, MutexGuard};
use std::io::Read;
use std::time::Duration;

/// Where os.Stdin reads from.
#[derive(Clone, Debug, Default)]
pub enum Stdin {
    /// Nothing: every read is io.EOF (the page with an empty input box).
    #[default]
    Empty,
    /// These bytes, then io.EOF (tests, the page's input box).
    Bytes(Arc<[u8]>),
    /// The process's standard input (the CLI).
    Process,
}

/// What the program reads besides its source.
#[derive(Clone, Debug, Default)]
pub struct Input {
    /// os.Args[1:] (os.Args[0] is the program's path, made from its file name).
    pub args: Vec<String>,
    pub stdin: Stdin,
    /// The environment ("KEY=value"): the CLI's own, none on the page.
    pub env: Vec<String>,
}

/// Standard input read and not yet handed to the program.
#[derive(Default)]
pub(crate) struct StdinBuf {
    buf: Vec<u8>,
    off: usize,
    started: bool,
    eof: bool,
    /// The reader thread exists.
    reading: bool,
    /// An M waits for the next chunk.
    wanted: bool,
    /// Chunks read so far (an M waits for this to change).
    chunks: u64,
}

/// The buffer and the condition variable the reader thread and the Ms meet at (shared
/// with the reader thread, which may outlive the run).
#[derive(Default)]
pub(crate) struct StdinShared {
    buf: Mutex<StdinBuf>,
    cv: Condvar,
}

/// What a read of standard input finds.
pub enum StdinRead {
    Bytes(Vec<u8>),
    Eof,
    /// Nothing buffered: the goroutine must block in `fill_stdin` and read again.
    MustBlock,
}

/// How many bytes one blocking read asks the process's stdin for.
const CHUNK: usize = 64 * 1024;

impl Runtime {
    /// The buffer, its input source set up on first use.
    fn stdin_buf(&self) -> MutexGuard<'_, StdinBuf> {
        let mut s = lock(&self.stdin.buf);
        if !s.started {
            s.started = true;
            match &self.cfg.input.stdin {
                Stdin::Empty => s.eof = true,
                Stdin::Bytes(b) => (s.buf, s.eof) = (b.to_vec(), true),
                Stdin::Process => {}
            }
        }
        s
    }

    /// Standard input at hand for a reader that must see it before taking any (fmt's Scan
    /// family scans it whole, then takes what it read): `f` gets the buffered bytes and
    /// whether more may follow them, and returns how many it took, or None when it needs more
    /// (then the goroutine blocks in `fill_stdin` and calls again). Returns whether `f` took.
    pub fn stdin_with(&self, f: impl FnOnce(&[u8], bool) -> Option<usize>) -> bool {
        let mut s = self.stdin_buf();
        let more = !s.eof;
        let off = s.off;
        let Some(n) = f(&s.buf[off..], more) else { return false };
        s.off = (off + n).min(s.buf.len());
        if s.off == s.buf.len() {
            (s.buf, s.off) = (Vec::new(), 0);
        }
        true
    }

    /// Takes up to `max` bytes of standard input that are at hand, without blocking.
    pub fn stdin_take(&self, max: usize) -> StdinRead {
        let mut s = self.stdin_buf();
        if s.off < s.buf.len() {
            let n = max.min(s.buf.len() - s.off);
            let out = s.buf[s.off..s.off + n].to_vec();
            s.off += n;
            if s.off == s.buf.len() {
                (s.buf, s.off) = (Vec::new(), 0);
            }
            return StdinRead::Bytes(out);
        }
        if s.eof {
            StdinRead::Eof
        } else {
            StdinRead::MustBlock
        }
    }

    /// The blocking system call: waits until the reader thread has read another chunk of
    /// the process's stdin (or the end), or the program has ended. Called with no lock of
    /// the runtime held.
    pub fn fill_stdin(&self) {
        let shared = &self.stdin;
        let mut s = lock(&shared.buf);
        let before = s.chunks;
        if !s.reading {
            s.reading = true;
            let reader = shared.clone();
            let spawned = std::thread::Builder::new()
                .name("gopark-stdin".into())
                .spawn(move || read_loop(&reader));
            if spawned.is_err() {
                s.eof = true;
                return;
            }
        }
        s.wanted = true;
        shared.cv.notify_all();
        while s.chunks == before && !s.eof && !self.is_done() {
            s = shared
                .cv
                .wait_timeout(s, Duration::from_millis(50))
                .unwrap_or_else(|e| e.into_inner())
                .0;
        }
    }
}

/// The reader thread: one read(2) of the process's stdin per request, until the end (a
/// read error ends the input, as EOF does).
fn read_loop(shared: &StdinShared) {
    let mut chunk = vec![0u8; CHUNK];
    loop {
        {
            let mut s = lock(&shared.buf);
            while !s.wanted {
                s = shared.cv.wait(s).unwrap_or_else(|e| e.into_inner());
            }
        }
        let n = loop {
            match std::io::stdin().read(&mut chunk) {
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                r => break r.unwrap_or(0),
            }
        };
        let mut s = lock(&shared.buf);
        s.wanted = false;
        s.chunks += 1;
        s.buf.extend_from_slice(&chunk[..n]);
        if n == 0 {
            s.eof = true;
        }
        shared.cv.notify_all();
        if n == 0 {
            return;
        }
    }
}
