//! The standard library as gopark sees it: which import paths exist (Go 1.23's `go list
//! std`, without internal and vendored packages), and every exported name of the packages
//! gopark provides in part (from Go 1.23's api/go1*.txt). A member that Go has but gopark
//! lacks is "not supported yet"; only a name Go does not have either is "undefined".

use super::Checker;

/// The import paths of Go 1.23's standard library.
pub(crate) const STD_PACKAGES: &[&str] = &[
    "archive/tar", "archive/zip", "bufio", "bytes", "cmp", "compress/bzip2", "compress/flate",
    "compress/gzip", "compress/lzw", "compress/zlib", "container/heap", "container/list",
    "container/ring", "context", "crypto", "crypto/aes", "crypto/cipher", "crypto/des",
    "crypto/dsa", "crypto/ecdh", "crypto/ecdsa", "crypto/ed25519", "crypto/elliptic",
    "crypto/hmac", "crypto/md5", "crypto/rand", "crypto/rc4", "crypto/rsa", "crypto/sha1",
    "crypto/sha256", "crypto/sha512", "crypto/subtle", "crypto/tls", "crypto/x509",
    "crypto/x509/pkix", "database/sql", "database/sql/driver", "debug/buildinfo",
    "debug/dwarf", "debug/elf", "debug/gosym", "debug/macho", "debug/pe", "debug/plan9obj",
    "embed", "encoding", "encoding/ascii85", "encoding/asn1", "encoding/base32",
    "encoding/base64", "encoding/binary", "encoding/csv", "encoding/gob", "encoding/hex",
    "encoding/json", "encoding/pem", "encoding/xml", "errors", "expvar", "flag", "fmt",
    "go/ast", "go/build", "go/build/constraint", "go/constant", "go/doc", "go/doc/comment",
    "go/format", "go/importer", "go/parser", "go/printer", "go/scanner", "go/token",
    "go/types", "go/version", "hash", "hash/adler32", "hash/crc32", "hash/crc64", "hash/fnv",
    "hash/maphash", "html", "html/template", "image", "image/color", "image/color/palette",
    "image/draw", "image/gif", "image/jpeg", "image/png", "index/suffixarray", "io", "io/fs",
    "io/ioutil", "iter", "log", "log/slog", "log/syslog", "maps", "math", "math/big",
    "math/bits", "math/cmplx", "math/rand", "math/rand/v2", "mime", "mime/multipart",
    "mime/quotedprintable", "net", "net/http", "net/http/cgi", "net/http/cookiejar",
    "net/http/fcgi", "net/http/httptest", "net/http/httptrace", "net/http/httputil",
    "net/http/pprof", "net/mail", "net/netip", "net/rpc", "net/rpc/jsonrpc", "net/smtp",
    "net/textproto", "net/url", "os", "os/exec", "os/signal", "os/user", "path",
    "path/filepath", "plugin", "reflect", "regexp", "regexp/syntax", "runtime", "runtime/cgo",
    "runtime/coverage", "runtime/debug", "runtime/metrics", "runtime/pprof", "runtime/race",
    "runtime/trace", "slices", "sort", "strconv", "strings", "structs", "sync", "sync/atomic",
    "syscall", "testing", "testing/fstest", "testing/iotest", "testing/quick",
    "testing/slogtest", "text/scanner", "text/tabwriter", "text/template",
    "text/template/parse", "time", "time/tzdata", "unicode", "unicode/utf16", "unicode/utf8",
    "unique", "unsafe",
];

/// Every exported package-level name of the packages gopark provides in part.
const PARTLY_SUPPORTED: &[(&str, &[&str])] = &[
    (
        "fmt",
        &[
            "Append", "Appendf", "Appendln", "Errorf", "FormatString", "Formatter", "Fprint",
            "Fprintf", "Fprintln", "Fscan", "Fscanf", "Fscanln", "GoStringer", "Print",
            "Printf", "Println", "Scan", "ScanState", "Scanf", "Scanln", "Scanner", "Sprint",
            "Sprintf", "Sprintln", "Sscan", "Sscanf", "Sscanln", "State", "Stringer",
        ],
    ),
    (
        "os",
        &[
            "Args", "Chdir", "Chmod", "Chown", "Chtimes", "Clearenv", "CopyFS", "Create",
            "CreateTemp", "DevNull", "DirEntry", "DirFS", "Environ", "ErrClosed",
            "ErrDeadlineExceeded", "ErrExist", "ErrInvalid", "ErrNoDeadline", "ErrNotExist",
            "ErrPermission", "ErrProcessDone", "Executable", "Exit", "Expand", "ExpandEnv",
            "File", "FileInfo", "FileMode", "FindProcess", "Getegid", "Getenv", "Geteuid",
            "Getgid", "Getgroups", "Getpagesize", "Getpid", "Getppid", "Getuid", "Getwd",
            "Hostname", "Interrupt", "IsExist", "IsNotExist", "IsPathSeparator",
            "IsPermission", "IsTimeout", "Kill", "Lchown", "Link", "LinkError", "LookupEnv",
            "Lstat", "Mkdir", "MkdirAll", "MkdirTemp", "ModeAppend", "ModeCharDevice",
            "ModeDevice", "ModeDir", "ModeExclusive", "ModeIrregular", "ModeNamedPipe",
            "ModePerm", "ModeSetgid", "ModeSetuid", "ModeSocket", "ModeSticky", "ModeSymlink",
            "ModeTemporary", "ModeType", "NewFile", "NewSyscallError", "O_APPEND", "O_CREATE",
            "O_EXCL", "O_RDONLY", "O_RDWR", "O_SYNC", "O_TRUNC", "O_WRONLY", "Open",
            "OpenFile", "PathError", "PathListSeparator", "PathSeparator", "Pipe", "ProcAttr",
            "Process", "ProcessState", "ReadDir", "ReadFile", "Readlink", "Remove",
            "RemoveAll", "Rename", "SEEK_CUR", "SEEK_END", "SEEK_SET", "SameFile", "Setenv",
            "Signal", "StartProcess", "Stat", "Stderr", "Stdin", "Stdout", "Symlink",
            "SyscallError", "TempDir", "Truncate", "Unsetenv", "UserCacheDir", "UserConfigDir",
            "UserHomeDir", "WriteFile",
        ],
    ),
    (
        "runtime",
        &[
            "BlockProfile", "BlockProfileRecord", "Breakpoint", "CPUProfile", "Caller",
            "Callers", "CallersFrames", "Compiler", "Error", "Frame", "Frames", "Func",
            "FuncForPC", "GC", "GOARCH", "GOMAXPROCS", "GOOS", "GOROOT", "Goexit",
            "GoroutineProfile", "Gosched", "KeepAlive", "LockOSThread", "MemProfile",
            "MemProfileRate", "MemProfileRecord", "MemStats", "MutexProfile", "NumCPU",
            "NumCgoCall", "NumGoroutine", "PanicNilError", "Pinner", "ReadMemStats",
            "ReadTrace", "SetBlockProfileRate", "SetCPUProfileRate", "SetCgoTraceback",
            "SetFinalizer", "SetMutexProfileFraction", "Stack", "StackRecord", "StartTrace",
            "StopTrace", "ThreadCreateProfile", "TypeAssertionError", "UnlockOSThread",
            "Version",
        ],
    ),
    (
        "sync",
        &[
            "Cond", "Locker", "Map", "Mutex", "NewCond", "Once", "OnceFunc", "OnceValue",
            "OnceValues", "Pool", "RWMutex", "WaitGroup",
        ],
    ),
    (
        "time",
        &[
            "ANSIC", "After", "AfterFunc", "April", "August", "Date", "DateOnly", "DateTime",
            "December", "Duration", "February", "FixedZone", "Friday", "Hour", "January",
            "July", "June", "Kitchen", "Layout", "LoadLocation", "LoadLocationFromTZData",
            "Local", "Location", "March", "May", "Microsecond", "Millisecond", "Minute",
            "Monday", "Month", "Nanosecond", "NewTicker", "NewTimer", "November", "Now",
            "October", "Parse", "ParseDuration", "ParseError", "ParseInLocation", "RFC1123",
            "RFC1123Z", "RFC3339", "RFC3339Nano", "RFC822", "RFC822Z", "RFC850", "RubyDate",
            "Saturday", "Second", "September", "Since", "Sleep", "Stamp", "StampMicro",
            "StampMilli", "StampNano", "Sunday", "Thursday", "Tick", "Ticker", "Time",
            "TimeOnly", "Timer", "Tuesday", "UTC", "Unix", "UnixDate", "UnixMicro",
            "UnixMilli", "Until", "Wednesday", "Weekday",
        ],
    ),
];

impl<'a> Checker<'a> {
    /// The message for member `name` of imported package `path` that gopark does not
    /// provide (pkg_member found nothing); None for a package outside the standard
    /// library, whose import was reported already.
    pub(crate) fn unsupported_member(&self, path: &str, name: &str) -> Option<String> {
        if !STD_PACKAGES.contains(&path) {
            return None;
        }
        let pkg = path.rsplit('/').next().unwrap_or(path);
        Some(match PARTLY_SUPPORTED.iter().find(|(p, _)| *p == path) {
            Some((_, names)) if !names.contains(&name) => format!("undefined: {}.{}", pkg, name),
            Some(_) => format!("{}.{} is not supported by gopark yet", pkg, name),
            None => format!(
                "{}.{} is not supported by gopark yet (package {} is not supported yet)",
                pkg, name, path
            ),
        })
    }
}
