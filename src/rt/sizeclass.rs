//! Go's allocation sizes: the allocator's size classes and the capacity append gives a
//! grown slice (runtime/sizeclasses.go, runtime/slice.go), shared by the interpreter's
//! append and the library's byte buffers (strings.Builder, bytes.Buffer).

use crate::vm::op::{ElemSize, ELEM_POINTERS};

/// The size classes of Go's allocator (runtime/sizeclasses.go, Go 1.23): the object sizes a
/// small allocation is rounded up to.
const SIZE_CLASSES: [u32; 68] = [
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320,
    352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792,
    2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728,
    10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672,
    32768,
];

/// The capacity Go gives a slice of capacity `old_cap` grown by append to `new_len` elements
/// of `esize` (runtime/slice.go): twice the old capacity below 256 elements, then about 1.25
/// times, at least `new_len`; then as many elements as fit the memory the allocator really
/// hands out (the size class, or whole 8 KiB pages above 32 KiB; an object with pointers
/// above 512 bytes also carries an 8-byte header). So cap() prints what Go prints.
pub fn grown_cap(old_cap: usize, new_len: usize, esize: ElemSize) -> usize {
    let mut cap = old_cap;
    if new_len > 2 * old_cap {
        cap = new_len;
    } else if old_cap < 256 {
        cap = 2 * old_cap;
    } else {
        while cap < new_len {
            cap += (cap + 3 * 256) >> 2;
        }
    }
    let size = (esize & !ELEM_POINTERS) as usize;
    if size == 0 {
        // Zero-size elements take no memory: the capacity is the length.
        return new_len;
    }
    let mem = cap.saturating_mul(size);
    let header = if esize & ELEM_POINTERS != 0 && mem > 512 { 8 } else { 0 };
    let req = mem + header;
    let rounded = if req <= 32768 - 8 { round_up_size(req) - header } else { round_up_size(mem) };
    rounded / size
}

/// The memory the allocator hands out for a request of `size` bytes (runtime's
/// roundupsize): its size class up to 32760 bytes, whole 8 KiB pages above.
pub fn round_up_size(size: usize) -> usize {
    if size <= 32768 - 8 {
        return SIZE_CLASSES.iter().map(|&c| c as usize).find(|&c| c >= size).unwrap_or(size);
    }
    size.div_ceil(8192) * 8192
}
