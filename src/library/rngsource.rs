//! math/rand's rngSource: an additive lagged Fibonacci generator (607 words, tap 273), as
//! D. P. Mitchell and J. A. Reeds designed it and Go's math/rand keeps it for Go 1
//! compatibility. Seeding fills the 607 words from a Lehmer generator (48271 mod 2^31-1) and
//! XORs each with a fixed "cooked" word. Go holds those words as literals; they are, by its
//! generator program (gen_cooked.go), the state of the same additive generator after
//! 7.8e12 steps from a Lehmer seeding of 1. We compute them: the recurrence
//! s[n] = s[n-607] + s[n-273] (mod 2^64) is linear, so jumping N steps ahead is x^N modulo its
//! characteristic polynomial x^607 - x^334 - 1 (monic, so division works over Z/2^64), by
//! square and multiply, applied to the initial words.

use std::sync::OnceLock;

/// The number of words of state.
pub const LEN: usize = 607;
/// The lag of the second term.
const TAP: usize = 273;
/// Where the feed index starts (the tap index starts at 0).
pub const FEED: usize = LEN - TAP;
/// How many steps the cooked words are past their seeding (gen_cooked.go's loop bound).
const COOKED_STEPS: u64 = 7_800_000_000_000;

/// One step of the Lehmer generator x' = 48271 x mod (2^31 - 1), by Schrage's method as the
/// original code computes it in 32-bit arithmetic.
fn seedrand(x: i32) -> i32 {
    const A: i32 = 48271;
    const Q: i32 = 44488; // (2^31-1) / A
    const R: i32 = 3399; // (2^31-1) % A
    let (hi, lo) = (x / Q, x % Q);
    let x = A * lo - R * hi;
    if x < 0 {
        x + i32::MAX
    } else {
        x
    }
}

/// The 607 words a Lehmer generator started at `seed` gives, each from three of its steps
/// (after 20 discarded ones), the first shifted left by `2 * shift` and the second by
/// `shift`. rngSource.Seed uses shift 20; the cooked words were seeded with shift 10.
fn lehmer_words(seed: i32, shift: u32) -> [u64; LEN] {
    let mut x = seed;
    for _ in 0..20 {
        x = seedrand(x);
    }
    let mut words = [0u64; LEN];
    for w in words.iter_mut() {
        x = seedrand(x);
        let mut u = (x as u64) << (2 * shift);
        x = seedrand(x);
        u ^= (x as u64) << shift;
        x = seedrand(x);
        u ^= x as u64;
        *w = u;
    }
    words
}

/// The slot of the state array that holds term k of the sequence: the feed index moves down
/// one slot a step, so term k is written at FEED - k (mod 607), initial terms -606..=0 too.
fn slot(k: i64) -> usize {
    (FEED as i64 - k).rem_euclid(LEN as i64) as usize
}

/// a * b modulo x^607 - x^334 - 1.
fn mul_mod(a: &[u64], b: &[u64]) -> Vec<u64> {
    let mut p = vec![0u64; 2 * LEN - 1];
    for (i, &ai) in a.iter().enumerate() {
        if ai == 0 {
            continue;
        }
        for (pj, &bj) in p[i..].iter_mut().zip(b) {
            *pj = pj.wrapping_add(ai.wrapping_mul(bj));
        }
    }
    reduce(p)
}

/// p modulo x^607 - x^334 - 1: from the top, x^k = x^(k-607) + x^(k-273).
fn reduce(mut p: Vec<u64>) -> Vec<u64> {
    for k in (LEN..p.len()).rev() {
        let c = std::mem::take(&mut p[k]);
        p[k - LEN] = p[k - LEN].wrapping_add(c);
        p[k - TAP] = p[k - TAP].wrapping_add(c);
    }
    p.truncate(LEN);
    p
}

/// x^n modulo x^607 - x^334 - 1, by squaring from n's top bit down.
fn x_pow(n: u64) -> Vec<u64> {
    let mut r = vec![0u64; LEN];
    r[0] = 1;
    for bit in (0..64 - n.leading_zeros()).rev() {
        r = mul_mod(&r, &r);
        if n >> bit & 1 == 1 {
            r.insert(0, 0);
            r = reduce(r);
        }
    }
    r
}

/// The state array of an additive generator whose array was `start`, `n` steps later.
fn jump(start: &[u64; LEN], n: u64) -> [u64; LEN] {
    // Terms -606..=0 are the initial words; t[m] is term m - 606, computed up to term 606.
    let mut t: Vec<u64> = (0..LEN as i64).map(|m| start[slot(m - 606)]).collect();
    for m in LEN..2 * LEN - 1 {
        t.push(t[m - LEN].wrapping_add(t[m - TAP]));
    }
    // Term n - 606 + j is t[n + j] = sum of c[i] t[i + j], where x^n = sum c[i] x^i.
    let c = x_pow(n);
    let mut out = [0u64; LEN];
    for j in 0..LEN {
        let v =
            c.iter().zip(&t[j..]).fold(0u64, |s, (&ci, &tj)| s.wrapping_add(ci.wrapping_mul(tj)));
        out[slot(n as i64 - 606 + j as i64)] = v;
    }
    out
}

/// The cooked words, computed at first use.
pub fn cooked() -> &'static [u64; LEN] {
    static COOKED: OnceLock<[u64; LEN]> = OnceLock::new();
    COOKED.get_or_init(|| jump(&lehmer_words(1, 10), COOKED_STEPS))
}

/// The state array rngSource.Seed(seed) gives (the indices start at tap 0, feed `FEED`).
pub fn seeded(seed: i64) -> [u64; LEN] {
    let mut seed = seed % i32::MAX as i64;
    if seed < 0 {
        seed += i32::MAX as i64;
    }
    if seed == 0 {
        seed = 89482311;
    }
    let mut words = lehmer_words(seed as i32, 20);
    for (w, c) in words.iter_mut().zip(cooked()) {
        *w ^= c;
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One step: both indices move down one slot, and the word at feed becomes its sum with
    /// the word at tap, which is the step's 64 random bits.
    fn step(vec: &mut [u64], tap: &mut usize, feed: &mut usize) -> u64 {
        *tap = if *tap == 0 { LEN - 1 } else { *tap - 1 };
        *feed = if *feed == 0 { LEN - 1 } else { *feed - 1 };
        let x = vec[*feed].wrapping_add(vec[*tap]);
        vec[*feed] = x;
        x
    }

    /// The first outputs of Go 1.23's rand.NewSource(1).(rand.Source64).Uint64(), printed by
    /// running Go: the 1st (slots 333 and 606), 334th (slots 0 and 273) and 607th (slot 0
    /// again and slot 334), which between them read the first and last cooked words.
    #[test]
    fn new_source_1_matches_go() {
        let mut vec = seeded(1);
        let (mut tap, mut feed) = (0, FEED);
        let out: Vec<u64> = (0..607).map(|_| step(&mut vec, &mut tap, &mut feed)).collect();
        assert_eq!(out[0], 5577006791947779410);
        assert_eq!(out[1], 8674665223082153551);
        assert_eq!(out[2], 15352856648520921629);
        assert_eq!(out[333], 4174355002817818100);
        assert_eq!(out[606], 11728227432073157542);
    }

    /// Jumping ahead agrees with stepping.
    #[test]
    fn jump_matches_steps() {
        let start = lehmer_words(7, 10);
        let mut vec = start;
        let (mut tap, mut feed) = (0, FEED);
        for _ in 0..2000 {
            step(&mut vec, &mut tap, &mut feed);
        }
        assert_eq!(jump(&start, 2000), vec);
    }
}
