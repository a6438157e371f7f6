//! A small static file server for the playground (`gopark serve`).
//!
//! The browser build needs a cross-origin isolated page (SharedArrayBuffer, Web Workers on one
//! shared wasm memory), which requires the COOP/COEP headers on every response. Common ad-hoc
//! servers (`python -m http.server`) do not send them, so the CLI carries its own. It uses only
//! std: one thread per connection is plenty for a single learner's browser, and it keeps the
//! native build free of an HTTP dependency.

use std::fs;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;
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
        thread::spawn(move || {
            // Errors here are a client going away mid-response; nothing to report.
            let _ = handle(stream, &root, isolation);
        });
    }
    Ok(())
}

/// Headers sent with every response. The three cross-origin headers make the page
/// cross-origin isolated; `no-cache` keeps a rebuilt `pkg/` from being shadowed by a stale copy.
pub fn common_headers(isolation: bool) -> Vec<(&'static str, &'static str)> {
    let mut h = vec![("Cache-Control", "no-cache")];
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

fn handle(stream: TcpStream, root: &Path, isolation: bool) -> io::Result<()> {
    // A stalled client must not pin a thread forever.
    stream.set_read_timeout(Some(Duration::from_secs(30)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut writer = stream;
    loop {
        let mut request_line = String::new();
        if reader.read_line(&mut request_line)? == 0 {
            return Ok(());
        }
        let mut content_length = 0usize;
        let mut keep_alive = true;
        let mut gzip_ok = false;
        loop {
            let mut line = String::new();
            if reader.read_line(&mut line)? == 0 {
                return Ok(());
            }
            let line = line.trim_end();
            if line.is_empty() {
                break;
            }
            if let Some((k, v)) = line.split_once(':') {
                let k = k.trim().to_ascii_lowercase();
                let v = v.trim();
                if k == "content-length" {
                    content_length = v.parse().unwrap_or(0);
                } else if k == "connection" && v.eq_ignore_ascii_case("close") {
                    keep_alive = false;
                } else if k == "accept-encoding" {
                    gzip_ok = accepts_gzip(v);
                }
            }
        }
        // Drain any request body so the next request on this connection parses cleanly.
        if content_length > 0 {
            io::copy(&mut (&mut reader).take(content_length as u64), &mut io::sink())?;
        }
        let mut parts = request_line.split_whitespace();
        let method = parts.next().unwrap_or("");
        let target = parts.next().unwrap_or("");
        let version = parts.next().unwrap_or("");
        if version == "HTTP/1.0" {
            keep_alive = false;
        }
        let head_only = method == "HEAD";
        let mut gzipped = false;
        let (status, ctype, body) = if method != "GET" && method != "HEAD" {
            (
                "405 Method Not Allowed",
                "text/plain; charset=utf-8",
                b"method not allowed\n".to_vec(),
            )
        } else {
            match resolve(root, target) {
                None => ("400 Bad Request", "text/plain; charset=utf-8", b"bad request\n".to_vec()),
                Some(path) => {
                    // A precompressed copy beside the file (scripts/build-dist.sh writes them
                    // for the wasm and the scripts) is sent when the client takes gzip.
                    let gz = gzip_ok.then(|| read_inside(root, &gz_path(&path))).flatten();
                    gzipped = gz.is_some() && path.is_file();
                    match gz.filter(|_| gzipped).or_else(|| read_inside(root, &path)) {
                        Some(body) => ("200 OK", mime_type(&path), body),
                        None => {
                            ("404 Not Found", "text/plain; charset=utf-8", b"not found\n".to_vec())
                        }
                    }
                }
            }
        };
        let mut head = format!(
            "HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nConnection: {}\r\n",
            body.len(),
            if keep_alive { "keep-alive" } else { "close" }
        );
        for (k, v) in common_headers(isolation) {
            head.push_str(&format!("{k}: {v}\r\n"));
        }
        if gzipped {
            head.push_str("Content-Encoding: gzip\r\nVary: Accept-Encoding\r\n");
        }
        head.push_str("\r\n");
        writer.write_all(head.as_bytes())?;
        if !head_only {
            writer.write_all(&body)?;
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

/// `dir/file.wasm` -> `dir/file.wasm.gz`.
fn gz_path(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".gz");
    PathBuf::from(name)
}

/// Reads a regular file, after checking that its canonical path (symlinks resolved) is still
/// under `root`: `resolve` rejects `..`, but a symlink inside the tree could point outside.
fn read_inside(root: &Path, path: &Path) -> Option<Vec<u8>> {
    let real = path.canonicalize().ok()?;
    if !real.starts_with(root) || !real.is_file() {
        return None;
    }
    fs::read(real).ok()
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
        // A precompressed copy is sent only to clients that take gzip.
        fs::write(dir.join("www/app.js.gz"), "GZ").unwrap();
        let r = get("/www/app.js");
        assert!(!r.contains("Content-Encoding") && r.ends_with("export {}"), "{r}");
        let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
        write!(s, "GET /www/app.js HTTP/1.1\r\nAccept-Encoding: gzip\r\nConnection: close\r\n\r\n")
            .unwrap();
        let mut r = String::new();
        s.read_to_string(&mut r).unwrap();
        assert!(
            r.contains("Content-Encoding: gzip") && r.contains("Content-Type: text/javascript"),
            "{r}"
        );
        assert!(r.ends_with("GZ"), "{r}");
        let _ = fs::remove_dir_all(&dir);
        let _ = fs::remove_file(&outside);
    }
}
