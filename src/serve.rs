//! A small static file server for the playground (`gopark serve`).
//!
//! The browser build needs a cross-origin isolated page (SharedArrayBuffer, Web Workers on one
//! shared wasm memory), which requires the COOP/COEP headers on every response. Common ad-hoc
//! servers (`python -m http.server`) do not send them, so the CLI carries its own: one thread
//! per connection (at most `MAX_CONNECTIONS`), requests bounded in line length, header count
//! and body size, gzip for text and wasm when the browser accepts it (flate2), ETags for
//! cheap revalidation, and a Content-Security-Policy that allows only this origin plus what
//! wasm and workers need. A classroom can reach it with `--host 0.0.0.0`.

use flate2::write::GzEncoder;
use flate2::Compression;
use std::collections::HashMap;
use std::fs;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::thread;
use std::time::Duration;

/// Serves `root` on 127.0.0.1:`port` until the process ends. With `isolation` false the
/// isolation headers are left out, which lets the page's single-thread fallback be tried.
pub fn serve(root: &Path, host: &str, port: u16, isolation: bool) -> io::Result<()> {
    let root = Arc::new(root.canonicalize()?);
    let listener = TcpListener::bind((host, port))?;
    let port = listener.local_addr()?.port();
    println!("serving http://{host}:{port}/");
    if !isolation {
        println!("cross-origin isolation headers are off: the page will run in deterministic mode");
    }
    io::stdout().flush()?;
    for stream in listener.incoming() {
        let stream = match stream {
            Ok(s) => s,
            // A failed accept (e.g. the peer reset the connection) concerns only that client.
            Err(_) => continue,
        };
        let root = Arc::clone(&root);
        let Some(slot) = ConnSlot::take() else {
            // Too many connections at once: refuse this one quickly rather than queue it.
            let mut stream = stream;
            let _ = stream.write_all(
                b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
            );
            continue;
        };
        thread::spawn(move || {
            let _slot = slot;
            // Errors here are a client going away mid-response; nothing to report.
            let _ = handle(stream, &root, isolation);
        });
    }
    Ok(())
}

/// Connections served at once; more get 503 at once (a classroom is a few dozen browsers,
/// each opening a handful).
const MAX_CONNECTIONS: usize = 256;
/// Longest request line or header line, and most header lines, accepted.
const MAX_LINE: usize = 8 << 10;
const MAX_HEADERS: usize = 100;
/// Largest request body drained (the server takes no uploads).
const MAX_BODY: usize = 64 << 10;

static CONNECTIONS: AtomicUsize = AtomicUsize::new(0);

/// One of the `MAX_CONNECTIONS` places, given back when dropped.
struct ConnSlot;

impl ConnSlot {
    fn take() -> Option<ConnSlot> {
        let n = CONNECTIONS.fetch_add(1, Ordering::AcqRel);
        if n >= MAX_CONNECTIONS {
            CONNECTIONS.fetch_sub(1, Ordering::AcqRel);
            return None;
        }
        Some(ConnSlot)
    }
}

impl Drop for ConnSlot {
    fn drop(&mut self) {
        CONNECTIONS.fetch_sub(1, Ordering::AcqRel);
    }
}

/// Only this origin, plus what the page needs: wasm compilation ('wasm-unsafe-eval'),
/// workers from this origin (and blob: for module workers), inline styles (the page's
/// <style> and style attributes). Any site may frame the embed.
pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
worker-src 'self' blob:; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; \
connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors *";

/// Headers sent with every response. The three cross-origin headers make the page
/// cross-origin isolated; `no-cache` keeps a rebuilt `pkg/` from being shadowed by a stale copy.
pub fn common_headers(isolation: bool) -> Vec<(&'static str, &'static str)> {
    let mut h = vec![
        ("Cache-Control", "no-cache"),
        ("Content-Security-Policy", CSP),
        ("X-Content-Type-Options", "nosniff"),
    ];
    if isolation {
        h.push(("Cross-Origin-Opener-Policy", "same-origin"));
        h.push(("Cross-Origin-Embedder-Policy", "require-corp"));
        h.push(("Cross-Origin-Resource-Policy", "same-origin"));
    }
    h
}

/// The MIME type for a file name. Browsers refuse module scripts and `instantiateStreaming`
/// without the right types, so these must be exact.
pub fn mime_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).map(|e| e.to_ascii_lowercase()).as_deref() {
        Some("html") | Some("htm") => "text/html; charset=utf-8",
        Some("js") | Some("mjs") => "text/javascript; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css; charset=utf-8",
        Some("json") | Some("map") => "application/json",
        Some("go") | Some("txt") | Some("md") => "text/plain; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("ico") => "image/x-icon",
        Some("ts") => "text/javascript; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// Maps a request target (`/www/app.js?x=1`) to a file under `root`, or `None` when the path
/// is malformed or tries to leave `root`. Only plain path segments are accepted, so `..`,
/// absolute paths and encoded separators never reach the file system.
pub fn resolve(root: &Path, target: &str) -> Option<PathBuf> {
    let path = target.split(['?', '#']).next().unwrap_or("");
    if !path.starts_with('/') {
        return None;
    }
    let decoded = percent_decode(path)?;
    let mut out = root.to_path_buf();
    for seg in decoded.split('/') {
        if seg.is_empty() || seg == "." {
            continue;
        }
        // A decoded segment must be one normal path component: no "..", no backslash
        // (a separator on Windows), no NUL, no drive prefix.
        if seg == ".." || seg.contains('\\') || seg.contains('\0') || seg.contains(':') {
            return None;
        }
        let mut comps = Path::new(seg).components();
        match (comps.next(), comps.next()) {
            (Some(Component::Normal(_)), None) => out.push(seg),
            _ => return None,
        }
    }
    if decoded.ends_with('/') || out == root {
        out.push("index.html");
    }
    Some(out)
}

/// Decodes `%XX` escapes; `None` on a malformed escape or non-UTF-8 result.
fn percent_decode(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// A parsed request head.
struct Request {
    method: String,
    target: String,
    keep_alive: bool,
    gzip: bool,
    if_none_match: Option<String>,
}

/// Reads one line of at most `MAX_LINE` bytes; Err(InvalidData) past it, Ok(None) at EOF.
fn read_line(reader: &mut impl BufRead) -> io::Result<Option<String>> {
    let mut buf = Vec::new();
    let n = reader.take(MAX_LINE as u64 + 1).read_until(b'\n', &mut buf)?;
    if n == 0 {
        return Ok(None);
    }
    if n > MAX_LINE || !buf.ends_with(b"\n") {
        return Err(io::Error::new(io::ErrorKind::InvalidData, "line too long"));
    }
    String::from_utf8(buf)
        .map(|s| Some(s.trim_end().to_string()))
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidData, "not UTF-8"))
}

/// Reads a request head (and drains a small body). Ok(None) when the client closed;
/// Err(status) for a request to refuse.
fn read_request(reader: &mut impl BufRead) -> io::Result<Result<Request, &'static str>> {
    let bad = |e: io::Error| match e.kind() {
        io::ErrorKind::InvalidData => Ok(()),
        _ => Err(e),
    };
    let line = match read_line(reader) {
        Ok(Some(l)) => l,
        Ok(None) => return Err(io::ErrorKind::UnexpectedEof.into()),
        Err(e) => return bad(e).map(|_| Err("431 Request Header Fields Too Large")),
    };
    let mut parts = line.split(' ');
    let (method, target, version) = match (parts.next(), parts.next(), parts.next(), parts.next()) {
        (Some(m), Some(t), Some(v), None) if v.starts_with("HTTP/1.") && !m.is_empty() => (m, t, v),
        _ => return Ok(Err("400 Bad Request")),
    };
    let mut req = Request {
        method: method.to_string(),
        target: target.to_string(),
        keep_alive: version != "HTTP/1.0",
        gzip: false,
        if_none_match: None,
    };
    let mut content_length = 0usize;
    for n in 0.. {
        let line = match read_line(reader) {
            Ok(Some(l)) => l,
            Ok(None) => return Err(io::ErrorKind::UnexpectedEof.into()),
            Err(e) => return bad(e).map(|_| Err("431 Request Header Fields Too Large")),
        };
        if line.is_empty() {
            break;
        }
        if n >= MAX_HEADERS {
            return Ok(Err("431 Request Header Fields Too Large"));
        }
        let Some((k, v)) = line.split_once(':') else { return Ok(Err("400 Bad Request")) };
        let (k, v) = (k.trim().to_ascii_lowercase(), v.trim());
        match k.as_str() {
            "content-length" => match v.parse() {
                Ok(n) => content_length = n,
                Err(_) => return Ok(Err("400 Bad Request")),
            },
            "transfer-encoding" => return Ok(Err("501 Not Implemented")),
            "connection" if v.eq_ignore_ascii_case("close") => req.keep_alive = false,
            "accept-encoding" => req.gzip = accepts_gzip(v),
            "if-none-match" => req.if_none_match = Some(v.to_string()),
            _ => {}
        }
    }
    if content_length > MAX_BODY {
        return Ok(Err("413 Content Too Large"));
    }
    // Drain the body so the next request on this connection parses cleanly.
    io::copy(&mut reader.take(content_length as u64), &mut io::sink())?;
    Ok(Ok(req))
}

/// What to send: status, type, body, ETag, whether the body is gzip.
struct Response {
    status: &'static str,
    ctype: &'static str,
    body: Arc<Vec<u8>>,
    etag: Option<String>,
    gzip: bool,
}

fn plain(status: &'static str) -> Response {
    let text = format!("{}\n", status.split_once(' ').map_or(status, |(_, t)| t).to_lowercase());
    Response {
        status,
        ctype: "text/plain; charset=utf-8",
        body: Arc::new(text.into_bytes()),
        etag: None,
        gzip: false,
    }
}

fn respond(root: &Path, req: &Request) -> Response {
    if req.method != "GET" && req.method != "HEAD" {
        return plain("405 Method Not Allowed");
    }
    let Some(path) = resolve(root, &req.target) else { return plain("400 Bad Request") };
    let Some((real, meta)) = file_inside(root, &path) else { return plain("404 Not Found") };
    let mtime = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos());
    let etag = format!("\"{:x}-{:x}\"", meta.len(), mtime);
    if req.if_none_match.as_deref() == Some(etag.as_str()) {
        let mut r = plain("304 Not Modified");
        r.body = Arc::new(Vec::new());
        r.etag = Some(etag);
        return r;
    }
    let ctype = mime_type(&path);
    let gzip = req.gzip && compressible(ctype) && meta.len() > 1024;
    let body = match cached_body(&real, &etag, gzip) {
        Some(b) => b,
        None => return plain("404 Not Found"),
    };
    Response { status: "200 OK", ctype, body, etag: Some(etag), gzip }
}

/// Text, JSON and wasm shrink well (the wasm module to about a third); images do not.
fn compressible(ctype: &str) -> bool {
    ctype.starts_with("text/") || ctype == "application/wasm" || ctype == "application/json"
}

/// A file's bytes, gzipped if asked, kept while its ETag (size and mtime) is unchanged so
/// that the 1.5 MB wasm module is compressed once, not per request.
fn cached_body(real: &Path, etag: &str, gzip: bool) -> Option<Arc<Vec<u8>>> {
    type Cache = Mutex<HashMap<(PathBuf, bool), (String, Arc<Vec<u8>>)>>;
    static CACHE: OnceLock<Cache> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    let key = (real.to_path_buf(), gzip);
    if let Some((tag, body)) = cache.lock().ok()?.get(&key) {
        if tag == etag {
            return Some(body.clone());
        }
    }
    let raw = fs::read(real).ok()?;
    let body = if gzip {
        let mut enc = GzEncoder::new(Vec::new(), Compression::default());
        enc.write_all(&raw).ok()?;
        enc.finish().ok()?
    } else {
        raw
    };
    let body = Arc::new(body);
    cache.lock().ok()?.insert(key, (etag.to_string(), body.clone()));
    Some(body)
}

fn handle(stream: TcpStream, root: &Path, isolation: bool) -> io::Result<()> {
    // A stalled client must not pin a thread forever.
    stream.set_read_timeout(Some(Duration::from_secs(30)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut writer = stream;
    loop {
        let (resp, keep_alive, head_only) = match read_request(&mut reader) {
            Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => return Ok(()),
            Err(e) => return Err(e),
            Ok(Err(status)) => (plain(status), false, false),
            Ok(Ok(req)) => (respond(root, &req), req.keep_alive, req.method == "HEAD"),
        };
        let mut head = format!(
            "HTTP/1.1 {}\r\nContent-Type: {}\r\nContent-Length: {}\r\nConnection: {}\r\n",
            resp.status,
            resp.ctype,
            resp.body.len(),
            if keep_alive { "keep-alive" } else { "close" }
        );
        if let Some(tag) = &resp.etag {
            head.push_str(&format!("ETag: {tag}\r\nVary: Accept-Encoding\r\n"));
        }
        if resp.gzip {
            head.push_str("Content-Encoding: gzip\r\n");
        }
        for (k, v) in common_headers(isolation) {
            head.push_str(&format!("{k}: {v}\r\n"));
        }
        head.push_str("\r\n");
        writer.write_all(head.as_bytes())?;
        if !head_only {
            writer.write_all(&resp.body)?;
        }
        writer.flush()?;
        if !keep_alive {
            return Ok(());
        }
    }
}

/// Whether an Accept-Encoding value admits gzip (`gzip`, `gzip;q=0.5`, `*`; not `gzip;q=0`).
pub fn accepts_gzip(value: &str) -> bool {
    value.split(',').any(|part| {
        let mut it = part.split(';');
        let coding = it.next().unwrap_or("").trim();
        let q_zero = it.any(|p| {
            let p = p.trim();
            p.strip_prefix("q=").is_some_and(|q| q.trim().parse::<f32>().is_ok_and(|q| q == 0.0))
        });
        (coding.eq_ignore_ascii_case("gzip") || coding == "*") && !q_zero
    })
}

/// A regular file's canonical path and metadata, after checking that the canonical path
/// (symlinks resolved) is still under `root`: `resolve` rejects `..`, but a symlink inside
/// the tree could point outside.
fn file_inside(root: &Path, path: &Path) -> Option<(PathBuf, fs::Metadata)> {
    let real = path.canonicalize().ok()?;
    let meta = fs::metadata(&real).ok()?;
    (real.starts_with(root) && meta.is_file()).then_some((real, meta))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn isolation_headers_present_only_when_asked() {
        let on = common_headers(true);
        assert!(on.contains(&("Cross-Origin-Opener-Policy", "same-origin")));
        assert!(on.contains(&("Cross-Origin-Embedder-Policy", "require-corp")));
        assert!(on.contains(&("Cross-Origin-Resource-Policy", "same-origin")));
        let off = common_headers(false);
        assert!(off.iter().all(|(k, _)| !k.starts_with("Cross-Origin")));
    }

    #[test]
    fn gzip_accepted_unless_refused() {
        assert!(accepts_gzip("gzip, deflate, br"));
        assert!(accepts_gzip("br;q=1.0, gzip;q=0.8"));
        assert!(accepts_gzip("*"));
        assert!(!accepts_gzip("gzip;q=0"));
        assert!(!accepts_gzip("br, deflate"));
        assert!(!accepts_gzip(""));
    }

    #[test]
    fn mime_types() {
        assert_eq!(mime_type(Path::new("pkg/gopark_bg.wasm")), "application/wasm");
        assert!(mime_type(Path::new("www/app.js")).starts_with("text/javascript"));
        assert!(mime_type(Path::new("x.mjs")).starts_with("text/javascript"));
        assert!(mime_type(Path::new("index.html")).starts_with("text/html"));
    }

    #[test]
    fn resolve_maps_paths_and_rejects_traversal() {
        let root = Path::new("/srv/site");
        assert_eq!(resolve(root, "/"), Some(root.join("index.html")));
        assert_eq!(resolve(root, "/www/app.js?v=1"), Some(root.join("www/app.js")));
        assert_eq!(resolve(root, "/pkg/"), Some(root.join("pkg/index.html")));
        assert_eq!(resolve(root, "/a%20b.txt"), Some(root.join("a b.txt")));
        for bad in [
            "/../etc/passwd",
            "/www/../../etc/passwd",
            "/%2e%2e/etc/passwd",
            "/www/%2E%2E/%2E%2E/etc/passwd",
            "/..%2fetc%2fpasswd",
            "/..%5c..%5cwindows",
            "/a%00b",
            "/%zz",
            "etc/passwd",
            "http://evil/",
            "/C:/windows",
        ] {
            assert_eq!(resolve(root, bad), None, "{bad} must be rejected");
        }
    }

    #[test]
    fn serves_files_with_headers_over_http() {
        let dir = std::env::temp_dir().join(format!("gopark-serve-test-{}", std::process::id()));
        fs::create_dir_all(dir.join("www")).unwrap();
        fs::write(dir.join("index.html"), "<p>hi</p>").unwrap();
        fs::write(dir.join("www/app.js"), "export {}").unwrap();
        let outside =
            std::env::temp_dir().join(format!("gopark-serve-secret-{}", std::process::id()));
        fs::write(&outside, "secret").unwrap();

        // Bind to port 0 through a probe listener to pick a free port, then serve on it.
        let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let root = dir.clone();
        thread::spawn(move || serve(&root, "127.0.0.1", port, true));
        let get = |target: &str| -> String {
            for _ in 0..100 {
                if let Ok(mut s) = TcpStream::connect(("127.0.0.1", port)) {
                    write!(s, "GET {target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                        .unwrap();
                    let mut out = String::new();
                    s.read_to_string(&mut out).unwrap();
                    return out;
                }
                thread::sleep(Duration::from_millis(20));
            }
            panic!("server did not start");
        };
        let r = get("/");
        assert!(r.starts_with("HTTP/1.1 200 OK"), "{r}");
        assert!(r.contains("Cross-Origin-Embedder-Policy: require-corp"));
        assert!(r.contains("Cross-Origin-Opener-Policy: same-origin"));
        assert!(r.ends_with("<p>hi</p>"));
        let r = get("/www/app.js");
        assert!(r.contains("Content-Type: text/javascript"), "{r}");
        let name = outside.file_name().unwrap().to_str().unwrap();
        let r = get(&format!("/../{name}"));
        assert!(r.starts_with("HTTP/1.1 400"), "{r}");
        assert!(!r.contains("secret"));
        let r = get(&format!("/%2e%2e/{name}"));
        assert!(r.starts_with("HTTP/1.1 400"), "{r}");
        let r = get("/missing.js");
        assert!(r.starts_with("HTTP/1.1 404"), "{r}");
        assert!(r.contains(&format!("Content-Security-Policy: {CSP}")), "{r}");

        // Raw requests, malformed ones included: each gets a status, never a hang or crash.
        let raw = |req: &[u8]| -> Vec<u8> {
            let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
            s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
            let _ = s.write_all(req);
            // No more requests: the server sees the end after answering (or mid-request).
            let _ = s.shutdown(std::net::Shutdown::Write);
            let mut out = Vec::new();
            let _ = s.read_to_end(&mut out);
            out
        };
        let status = |r: &[u8]| String::from_utf8_lossy(&r[..r.len().min(12)]).into_owned();
        let long_line = format!("GET /{} HTTP/1.1\r\n\r\n", "a".repeat(MAX_LINE + 10));
        assert_eq!(status(&raw(long_line.as_bytes())), "HTTP/1.1 431");
        let mut many = String::from("GET / HTTP/1.1\r\n");
        for i in 0..=MAX_HEADERS {
            many.push_str(&format!("X-{i}: y\r\n"));
        }
        many.push_str("\r\n");
        assert_eq!(status(&raw(many.as_bytes())), "HTTP/1.1 431");
        for bad in [&b"GARBAGE\r\n\r\n"[..], b"GET /\r\n\r\n", b"GET / HTTP/1.1 x\r\n\r\n"] {
            assert_eq!(status(&raw(bad)), "HTTP/1.1 400", "{:?}", String::from_utf8_lossy(bad));
        }
        let r = raw(b"GET / HTTP/1.1\r\nNo colon here\r\n\r\n");
        assert_eq!(status(&r), "HTTP/1.1 400");
        let r = raw(b"POST / HTTP/1.1\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabc");
        assert_eq!(status(&r), "HTTP/1.1 405");
        let r = raw(b"POST / HTTP/1.1\r\nContent-Length: 99999999\r\n\r\n");
        assert_eq!(status(&r), "HTTP/1.1 413");
        let r = raw(b"\xff\xfe\r\n\r\n");
        assert_eq!(status(&r), "HTTP/1.1 431", "bytes that are not UTF-8 are refused");
        let r = raw(b"GET / HT");
        assert!(r.is_empty() || r.starts_with(b"HTTP/1.1 4"), "a request cut short is refused");

        // gzip when accepted (bodies over 1 KiB), an ETag, and 304 for a matching one.
        let big = "console.log('gopark');\n".repeat(200);
        fs::write(dir.join("www/big.js"), &big).unwrap();
        let r = raw(
            b"GET /www/big.js HTTP/1.1\r\nAccept-Encoding: gzip, br\r\nConnection: close\r\n\r\n",
        );
        let text = String::from_utf8_lossy(&r).into_owned();
        assert!(text.contains("Content-Encoding: gzip"), "{text}");
        let split = r.windows(4).position(|w| w == b"\r\n\r\n").unwrap() + 4;
        let mut plain = String::new();
        flate2::read::GzDecoder::new(&r[split..]).read_to_string(&mut plain).unwrap();
        assert_eq!(plain, big);
        let etag = text.lines().find_map(|l| l.strip_prefix("ETag: ")).unwrap().to_string();
        let cond = format!(
            "GET /www/big.js HTTP/1.1\r\nIf-None-Match: {etag}\r\nConnection: close\r\n\r\n"
        );
        assert_eq!(status(&raw(cond.as_bytes())), "HTTP/1.1 304");
        let r = raw(b"HEAD /www/big.js HTTP/1.1\r\nConnection: close\r\n\r\n");
        assert!(String::from_utf8_lossy(&r).ends_with("\r\n\r\n"), "HEAD sends no body");
        let _ = fs::remove_dir_all(&dir);
        let _ = fs::remove_file(&outside);
    }
}
