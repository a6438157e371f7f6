//! The PNG encoder behind golang.org/x/tour/pic's ShowImage (lang/prelude/pic.go, which
//! gathers the pixels in Go): the Go playground shows a line "IMAGE:" + base64 of a PNG as
//! a picture, and so does gopark's page.

use super::{func, Call, Fault, Member};
use base64::Engine;

/// Internal helpers (package path "", named `gopark` in the prelude).
pub const INTERNAL_MEMBERS: &[Member] =
    &[func("pngBase64", "func(width, height int, pix string) string", png_base64)];

/// pix: width*height pixels of 4 bytes (R, G, B, A, not premultiplied), row after row.
fn png_base64(c: &mut Call) -> Result<(), Fault> {
    let (w, h, pix) = (c.int(0), c.int(1), c.bytes(2));
    let text = match (u32::try_from(w), u32::try_from(h)) {
        (Ok(w), Ok(h)) => png_rgba(w, h, &pix).map(|png| base64_std(&png)),
        _ => None,
    };
    c.ret_str(&text.unwrap_or_default())
}

/// The PNG of an 8-bit RGBA picture; None if `pix` does not hold exactly its pixels.
pub fn png_rgba(width: u32, height: u32, pix: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let mut enc = png::Encoder::new(&mut out, width, height);
    enc.set_color(png::ColorType::Rgba);
    enc.set_depth(png::BitDepth::Eight);
    enc.set_compression(png::Compression::Best);
    let mut w = enc.write_header().ok()?;
    w.write_image_data(pix).ok()?;
    w.finish().ok()?;
    Some(out)
}

/// Standard base64 with padding, as encoding/base64.StdEncoding writes it.
pub fn base64_std(b: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The PNG decodes to the same pixels.
    #[test]
    fn png_round_trip() {
        let (w, h) = (3u32, 2u32);
        let pix: Vec<u8> = (0..w * h * 4).map(|i| (i * 7) as u8).collect();
        let png = png_rgba(w, h, &pix).expect("encodes");
        let dec = png::Decoder::new(&png[..]);
        let mut r = dec.read_info().expect("header");
        let mut buf = vec![0; r.output_buffer_size()];
        let info = r.next_frame(&mut buf).expect("frame");
        assert_eq!((info.width, info.height), (w, h));
        assert_eq!(info.color_type, png::ColorType::Rgba);
        assert_eq!(&buf[..info.buffer_size()], &pix[..]);
        assert!(png_rgba(w, h, &pix[1..]).is_none());
        assert_eq!(base64_std(b"ab"), "YWI=");
    }
}
