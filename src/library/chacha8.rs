//! ChaCha8Rand, math/rand/v2's ChaCha8 source, written from its specification
//! (c2sp.org/chacha8rand): each iteration keys ChaCha8 (zero nonce) with 32 bytes, makes 16
//! blocks (counters 0 to 15) without the final addition of the constants and the counter,
//! interleaves each four blocks word by word, and gives the first 992 bytes as output (read
//! as little-endian uint64s) and the last 32 as the next iteration's key.

const SIGMA: [u32; 4] = [0x6170_7865, 0x3320_646e, 0x7962_2d32, 0x6b20_6574];

/// The bytes of one iteration over `key`: 992 bytes of output, then the next key.
pub fn iteration(key: &[u8; 32]) -> Vec<u8> {
    let k: Vec<u32> = key.chunks(4).map(|w| u32::from_le_bytes([w[0], w[1], w[2], w[3]])).collect();
    let blocks: Vec<[u32; 16]> = (0..16).map(|ctr| block(&k, ctr)).collect();
    let mut out = Vec::with_capacity(1024);
    for group in blocks.chunks(4) {
        for word in 0..16 {
            for b in group {
                out.extend_from_slice(&b[word].to_le_bytes());
            }
        }
    }
    out
}

/// One ChaCha8 block: 4 double rounds; only the key words get the state added back.
fn block(key: &[u32], counter: u32) -> [u32; 16] {
    let mut init = [0u32; 16];
    init[..4].copy_from_slice(&SIGMA);
    init[4..12].copy_from_slice(key);
    init[12] = counter;
    let mut x = init;
    for _ in 0..4 {
        quarter(&mut x, 0, 4, 8, 12);
        quarter(&mut x, 1, 5, 9, 13);
        quarter(&mut x, 2, 6, 10, 14);
        quarter(&mut x, 3, 7, 11, 15);
        quarter(&mut x, 0, 5, 10, 15);
        quarter(&mut x, 1, 6, 11, 12);
        quarter(&mut x, 2, 7, 8, 13);
        quarter(&mut x, 3, 4, 9, 14);
    }
    for i in 4..12 {
        x[i] = x[i].wrapping_add(init[i]);
    }
    x
}

fn quarter(x: &mut [u32; 16], a: usize, b: usize, c: usize, d: usize) {
    x[a] = x[a].wrapping_add(x[b]);
    x[d] = (x[d] ^ x[a]).rotate_left(16);
    x[c] = x[c].wrapping_add(x[d]);
    x[b] = (x[b] ^ x[c]).rotate_left(12);
    x[a] = x[a].wrapping_add(x[b]);
    x[d] = (x[d] ^ x[a]).rotate_left(8);
    x[c] = x[c].wrapping_add(x[d]);
    x[b] = (x[b] ^ x[c]).rotate_left(7);
}

#[cfg(test)]
mod tests {
    /// The specification's sample: the first uint64s for the seed "ABCD...123456".
    #[test]
    fn sample_output() {
        let out = super::iteration(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ123456");
        let first: Vec<u64> = out
            .chunks(8)
            .take(4)
            .map(|b| u64::from_le_bytes(b.try_into().unwrap_or_default()))
            .collect();
        assert_eq!(
            first,
            [0xb773b6063d4616a5, 0x1160af22a66abc3c, 0x8c2599d9418d287c, 0x7ee07e037edc5cd6]
        );
    }
}
