//! Package io: the Writer and Reader interfaces (fmt.Fprint* writes to *os.File and
//! *strings.Builder; strings.Reader reads) and the sentinel errors.

use super::task::Ctx;
use super::{func_go, type_, var, Call, Fault, Member};
use crate::rt::obj::Obj;
use crate::vm::value::Value;

pub const MEMBERS: &[Member] = &[
    func_go("Copy", "func(dst Writer, src Reader) (written int64, err error)", copy),
    func_go("ReadAll", "func(r Reader) ([]byte, error)", read_all),
    type_("Reader", "interface{Read(p []byte) (n int, err error)}"),
    type_("ByteReader", "interface{ReadByte() (byte, error)}"),
    type_("ByteWriter", "interface{WriteByte(c byte) error}"),
    type_("RuneReader", "interface{ReadRune() (r rune, size int, err error)}"),
    type_("StringWriter", "interface{WriteString(s string) (n int, err error)}"),
    type_("Writer", "interface{Write(p []byte) (n int, err error)}"),
    var("EOF", "error", |c| {
        let v = c.sentinel(1);
        c.ret(v);
        Ok(())
    }),
    var("ErrUnexpectedEOF", "error", |c| {
        let v = c.sentinel(2);
        c.ret(v);
        Ok(())
    }),
];

/// How many bytes io.Copy asks each Read for (Go's default buffer).
const COPY_BUF: usize = 32 * 1024;

/// io.Copy: Read into a buffer until EOF or an error, Writing what each Read returned. The
/// Reader's Read (and a Writer of the program's own) are Go calls: the Tour's rot13Reader.
fn copy(c: &mut Call) -> Result<(), Fault> {
    let (dst, src) = (c.arg(0), c.arg(1));
    if src.t == 0 || dst.t == 0 {
        return Err(Fault::Panic(
            "runtime error: invalid memory address or nil pointer dereference".into(),
        ));
    }
    let eof = c.sentinel(1);
    c.task(move |ctx| async move {
        let buf = ctx.native(|c| Ok(vec![c.new_slice(vec![Value::int(0); COPY_BUF])?])).await[0];
        ctx.keep(buf);
        let mut written: i64 = 0;
        loop {
            let r = ctx.method(src, "Read", &[buf], 2).await;
            let (n, err) = (r[0].as_int().clamp(0, COPY_BUF as i64) as usize, r[1]);
            if n > 0 {
                if let Some(werr) = write_all(&ctx, dst, buf, n).await {
                    return Ok(vec![Value::int(written), werr]);
                }
                written += n as i64;
            }
            if err.t != 0 {
                let is_eof = err.t == eof.t && err.w == eof.w && err.h == 0;
                return Ok(vec![Value::int(written), if is_eof { Value::ZERO } else { err }]);
            }
        }
    });
    Ok(())
}

/// io.ReadAll: Read calls into the free part of a buffer that starts at 512 bytes and
/// doubles when full (gopark's append growth; Go's size classes make its later Read
/// lengths differ a little), until EOF (then a nil error) or another error.
fn read_all(c: &mut Call) -> Result<(), Fault> {
    let r = c.arg(0);
    if r.t == 0 {
        return Err(Fault::Panic(
            "runtime error: invalid memory address or nil pointer dereference".into(),
        ));
    }
    let eof = c.sentinel(1);
    c.task(move |ctx| async move {
        let (mut data, mut cap) = (Vec::<Value>::new(), 512usize);
        loop {
            let room = cap - data.len();
            let buf =
                ctx.native(move |c| Ok(vec![c.new_slice(vec![Value::int(0); room])?])).await[0];
            let res = ctx.method(r, "Read", &[buf], 2).await;
            let n = res[0].as_int().clamp(0, room as i64) as usize;
            let got = ctx.native(move |c| Ok(super::call::elems(c.rt, buf)[..n].to_vec())).await;
            data.extend(got);
            let err = res[1];
            if err.t != 0 {
                let is_eof = err.t == eof.t && err.w == eof.w && err.h == 0;
                let err = if is_eof { Value::ZERO } else { err };
                ctx.keep(err);
                let all = std::mem::take(&mut data);
                let out = ctx.native(move |c| Ok(vec![c.new_slice(all.clone())?])).await;
                return Ok(vec![out[0], err]);
            }
            if data.len() == cap {
                cap *= 2;
            }
        }
    });
    Ok(())
}

/// Writes the first `n` bytes of `buf` to `dst`: directly to the library's writers, through
/// its Write method otherwise. The Write's error, if any.
pub(super) async fn write_all(ctx: &Ctx, dst: Value, buf: Value, n: usize) -> Option<Value> {
    let out = ctx
        .native(move |c| {
            let bytes: Vec<u8> =
                super::call::elems(c.rt, buf).iter().take(n).map(|v| v.w as u8).collect();
            let name = c.rt.prog.type_name(dst.t).to_string();
            match name.as_str() {
                "*os.File" => {
                    let fd = match &*c.rt.heap.lock(dst.h) {
                        Obj::Struct(f) => f.first().map_or(1, |v| v.w as u32),
                        _ => 1,
                    };
                    c.rt.write(c.m, c.g.id, fd, &bytes);
                    Ok(vec![])
                }
                "*strings.Builder" | "*bytes.Buffer" => {
                    super::strings::append_bytes(c, dst, &bytes)?;
                    Ok(vec![])
                }
                _ => Ok(vec![c.new_slice(bytes.iter().map(|&b| Value::int(b as i64)).collect())?]),
            }
        })
        .await;
    let chunk = *out.first()?;
    let r = ctx.method(dst, "Write", &[chunk], 2).await;
    (r[1].t != 0).then_some(r[1])
}
