// Package math/big's Int, written from its documentation: a sign and a magnitude of 32-bit
// words, least significant first, without leading zero words (so zero is the empty slice
// and the zero Int is ready to use). Products and quotients of two words fit a uint64.

type gopark__big__nat []uint32

type gopark__big__Int struct {
	neg bool
	abs gopark__big__nat
}

func gopark__big__NewInt(x int64) *gopark__big__Int {
	return new(gopark__big__Int).SetInt64(x)
}

func (z gopark__big__nat) norm() gopark__big__nat {
	i := len(z)
	for i > 0 && z[i-1] == 0 {
		i--
	}
	return z[:i]
}

func gopark__big__natU64(x uint64) gopark__big__nat {
	return gopark__big__nat{uint32(x), uint32(x >> 32)}.norm()
}

func gopark__big__cmp(x, y gopark__big__nat) int {
	if len(x) != len(y) {
		if len(x) < len(y) {
			return -1
		}
		return 1
	}
	for i := len(x) - 1; i >= 0; i-- {
		if x[i] != y[i] {
			if x[i] < y[i] {
				return -1
			}
			return 1
		}
	}
	return 0
}

func gopark__big__add(x, y gopark__big__nat) gopark__big__nat {
	if len(x) < len(y) {
		x, y = y, x
	}
	z := make(gopark__big__nat, len(x)+1)
	var c uint64
	for i := range x {
		c += uint64(x[i])
		if i < len(y) {
			c += uint64(y[i])
		}
		z[i] = uint32(c)
		c >>= 32
	}
	z[len(x)] = uint32(c)
	return z.norm()
}

// sub is x - y for x >= y.
func gopark__big__sub(x, y gopark__big__nat) gopark__big__nat {
	z := make(gopark__big__nat, len(x))
	var b int64
	for i := range x {
		d := int64(x[i]) - b
		if i < len(y) {
			d -= int64(y[i])
		}
		b = 0
		if d < 0 {
			d += 1 << 32
			b = 1
		}
		z[i] = uint32(d)
	}
	return z.norm()
}

func gopark__big__mul(x, y gopark__big__nat) gopark__big__nat {
	if len(x) == 0 || len(y) == 0 {
		return nil
	}
	z := make(gopark__big__nat, len(x)+len(y))
	for i, xi := range x {
		if xi == 0 {
			continue
		}
		var c uint64
		for j, yj := range y {
			c += uint64(xi)*uint64(yj) + uint64(z[i+j])
			z[i+j] = uint32(c)
			c >>= 32
		}
		z[i+len(y)] = uint32(c)
	}
	return z.norm()
}

// divW is x / w and x % w for one word w > 0.
func gopark__big__divW(x gopark__big__nat, w uint32) (gopark__big__nat, uint32) {
	q := make(gopark__big__nat, len(x))
	var r uint64
	for i := len(x) - 1; i >= 0; i-- {
		r = r<<32 | uint64(x[i])
		q[i] = uint32(r / uint64(w))
		r %= uint64(w)
	}
	return q.norm(), uint32(r)
}

func gopark__big__shl(x gopark__big__nat, s uint) gopark__big__nat {
	if len(x) == 0 {
		return nil
	}
	words, bits := int(s/32), s%32
	z := make(gopark__big__nat, len(x)+words+1)
	for i := len(x) - 1; i >= 0; i-- {
		v := uint64(x[i]) << bits
		z[i+words+1] |= uint32(v >> 32)
		z[i+words] = uint32(v)
	}
	return z.norm()
}

func gopark__big__shr(x gopark__big__nat, s uint) gopark__big__nat {
	words, bits := int(s/32), s%32
	if words >= len(x) {
		return nil
	}
	z := make(gopark__big__nat, len(x)-words)
	for i := range z {
		v := uint64(x[i+words])
		if i+words+1 < len(x) {
			v |= uint64(x[i+words+1]) << 32
		}
		z[i] = uint32(v >> bits)
	}
	return z.norm()
}

func gopark__big__bitLen(x gopark__big__nat) int {
	if len(x) == 0 {
		return 0
	}
	n, top := 32*(len(x)-1), x[len(x)-1]
	for top != 0 {
		n++
		top >>= 1
	}
	return n
}

// divmod is the truncated quotient and remainder of u / v (Knuth's algorithm D).
func gopark__big__divmod(u, v gopark__big__nat) (gopark__big__nat, gopark__big__nat) {
	if len(v) == 0 {
		panic("division by zero")
	}
	if gopark__big__cmp(u, v) < 0 {
		return nil, append(gopark__big__nat(nil), u...)
	}
	if len(v) == 1 {
		q, r := gopark__big__divW(u, v[0])
		return q, gopark__big__natU64(uint64(r))
	}
	n, m := len(v), len(u)-len(v)
	s := uint(32*n - gopark__big__bitLen(v))
	vn := gopark__big__shl(v, s)
	un := make(gopark__big__nat, len(u)+1)
	copy(un, gopark__big__shl(u, s))
	q := make(gopark__big__nat, m+1)
	top, next := uint64(vn[n-1]), uint64(vn[n-2])
	for j := m; j >= 0; j-- {
		num := uint64(un[j+n])<<32 | uint64(un[j+n-1])
		qhat, rhat := num/top, num%top
		for qhat >= 1<<32 || qhat*next > (rhat<<32|uint64(un[j+n-2])) {
			qhat--
			rhat += top
			if rhat >= 1<<32 {
				break
			}
		}
		var k, t int64
		for i := 0; i < n; i++ {
			p := qhat * uint64(vn[i])
			t = int64(un[i+j]) - k - int64(p&0xffffffff)
			un[i+j] = uint32(t)
			k = int64(p>>32) - t>>32
		}
		t = int64(un[j+n]) - k
		un[j+n] = uint32(t)
		q[j] = uint32(qhat)
		if t < 0 {
			// qhat was one too large: add v back.
			q[j]--
			var c uint64
			for i := 0; i < n; i++ {
				c += uint64(un[i+j]) + uint64(vn[i])
				un[i+j] = uint32(c)
				c >>= 32
			}
			un[j+n] += uint32(c)
		}
	}
	return q.norm(), gopark__big__shr(un[:n].norm(), s)
}

func (z *gopark__big__Int) set(neg bool, abs gopark__big__nat) *gopark__big__Int {
	z.abs = abs
	z.neg = neg && len(abs) > 0
	return z
}

func (z *gopark__big__Int) SetInt64(x int64) *gopark__big__Int {
	if x < 0 {
		return z.set(true, gopark__big__natU64(uint64(-x)))
	}
	return z.set(false, gopark__big__natU64(uint64(x)))
}

func (z *gopark__big__Int) SetUint64(x uint64) *gopark__big__Int {
	return z.set(false, gopark__big__natU64(x))
}

func (z *gopark__big__Int) Set(x *gopark__big__Int) *gopark__big__Int {
	return z.set(x.neg, append(gopark__big__nat(nil), x.abs...))
}

func (x *gopark__big__Int) Sign() int {
	if len(x.abs) == 0 {
		return 0
	}
	if x.neg {
		return -1
	}
	return 1
}

func (x *gopark__big__Int) Cmp(y *gopark__big__Int) int {
	switch {
	case x.neg != y.neg:
		if x.neg {
			return -1
		}
		return 1
	case x.neg:
		return -gopark__big__cmp(x.abs, y.abs)
	}
	return gopark__big__cmp(x.abs, y.abs)
}

func (x *gopark__big__Int) CmpAbs(y *gopark__big__Int) int {
	return gopark__big__cmp(x.abs, y.abs)
}

func (z *gopark__big__Int) Abs(x *gopark__big__Int) *gopark__big__Int {
	return z.set(false, x.abs)
}

func (z *gopark__big__Int) Neg(x *gopark__big__Int) *gopark__big__Int {
	return z.set(!x.neg, x.abs)
}

// addSigned sets z to x + y where y's sign is yneg.
func (z *gopark__big__Int) addSigned(x *gopark__big__Int, yneg bool, y gopark__big__nat) *gopark__big__Int {
	if x.neg == yneg {
		return z.set(x.neg, gopark__big__add(x.abs, y))
	}
	if gopark__big__cmp(x.abs, y) >= 0 {
		return z.set(x.neg, gopark__big__sub(x.abs, y))
	}
	return z.set(yneg, gopark__big__sub(y, x.abs))
}

func (z *gopark__big__Int) Add(x, y *gopark__big__Int) *gopark__big__Int {
	return z.addSigned(x, y.neg, y.abs)
}

func (z *gopark__big__Int) Sub(x, y *gopark__big__Int) *gopark__big__Int {
	return z.addSigned(x, !y.neg, y.abs)
}

func (z *gopark__big__Int) Mul(x, y *gopark__big__Int) *gopark__big__Int {
	return z.set(x.neg != y.neg, gopark__big__mul(x.abs, y.abs))
}

// Quo and Rem truncate toward zero, as Go's / and % do.
func (z *gopark__big__Int) Quo(x, y *gopark__big__Int) *gopark__big__Int {
	q, _ := gopark__big__divmod(x.abs, y.abs)
	return z.set(x.neg != y.neg, q)
}

func (z *gopark__big__Int) Rem(x, y *gopark__big__Int) *gopark__big__Int {
	_, r := gopark__big__divmod(x.abs, y.abs)
	return z.set(x.neg, r)
}

func (z *gopark__big__Int) QuoRem(x, y, r *gopark__big__Int) (*gopark__big__Int, *gopark__big__Int) {
	q, rem := gopark__big__divmod(x.abs, y.abs)
	xneg, yneg := x.neg, y.neg
	r.set(xneg, rem)
	return z.set(xneg != yneg, q), r
}

// Div and Mod are Euclidean: the remainder is never negative.
func (z *gopark__big__Int) Div(x, y *gopark__big__Int) *gopark__big__Int {
	q, _ := z.DivMod(x, y, new(gopark__big__Int))
	return q
}

func (z *gopark__big__Int) Mod(x, y *gopark__big__Int) *gopark__big__Int {
	_, m := new(gopark__big__Int).DivMod(x, y, z)
	return m
}

func (z *gopark__big__Int) DivMod(x, y, m *gopark__big__Int) (*gopark__big__Int, *gopark__big__Int) {
	yneg, yabs := y.neg, append(gopark__big__nat(nil), y.abs...)
	z.QuoRem(x, y, m)
	if m.neg {
		one := gopark__big__nat{1}
		if yneg {
			z.addSigned(z, false, one)
		} else {
			z.addSigned(z, true, one)
		}
		m.set(false, gopark__big__sub(yabs, m.abs))
	}
	return z, m
}

func (z *gopark__big__Int) Lsh(x *gopark__big__Int, n uint) *gopark__big__Int {
	return z.set(x.neg, gopark__big__shl(x.abs, n))
}

// Rsh shifts as Go's >> does on a signed integer: negative values round toward -infinity.
func (z *gopark__big__Int) Rsh(x *gopark__big__Int, n uint) *gopark__big__Int {
	if !x.neg {
		return z.set(false, gopark__big__shr(x.abs, n))
	}
	// -x >> n == -((x - 1) >> n) - 1
	t := gopark__big__shr(gopark__big__sub(x.abs, gopark__big__nat{1}), n)
	return z.set(true, gopark__big__add(t, gopark__big__nat{1}))
}

func (x *gopark__big__Int) BitLen() int {
	return gopark__big__bitLen(x.abs)
}

func (x *gopark__big__Int) Bit(i int) uint {
	if i < 0 {
		panic("negative bit index")
	}
	if x.neg {
		t := gopark__big__sub(x.abs, gopark__big__nat{1})
		if i/32 >= len(t) {
			return 1
		}
		return uint(^t[i/32]>>(i%32)) & 1
	}
	if i/32 >= len(x.abs) {
		return 0
	}
	return uint(x.abs[i/32]>>(i%32)) & 1
}

func (x *gopark__big__Int) TrailingZeroBits() uint {
	for i, w := range x.abs {
		if w != 0 {
			n := uint(32 * i)
			for w&1 == 0 {
				n++
				w >>= 1
			}
			return n
		}
	}
	return 0
}

func (x *gopark__big__Int) low64() uint64 {
	var v uint64
	if len(x.abs) > 0 {
		v = uint64(x.abs[0])
	}
	if len(x.abs) > 1 {
		v |= uint64(x.abs[1]) << 32
	}
	return v
}

func (x *gopark__big__Int) Int64() int64 {
	v := int64(x.low64())
	if x.neg {
		return -v
	}
	return v
}

func (x *gopark__big__Int) Uint64() uint64 {
	return x.low64()
}

func (x *gopark__big__Int) IsInt64() bool {
	if len(x.abs) <= 2 {
		w := int64(x.low64())
		return w >= 0 || x.neg && w == -w
	}
	return false
}

func (x *gopark__big__Int) IsUint64() bool {
	return !x.neg && len(x.abs) <= 2
}

func (x *gopark__big__Int) Float64() (float64, int8) {
	f := 0.0
	for i := len(x.abs) - 1; i >= 0; i-- {
		f = f*4294967296 + float64(x.abs[i])
	}
	if x.neg {
		f = -f
	}
	return f, 0
}

func (z *gopark__big__Int) Exp(x, y, m *gopark__big__Int) *gopark__big__Int {
	var mod gopark__big__nat
	if m != nil {
		mod = m.abs
	}
	if y.neg {
		if len(mod) == 0 {
			return z.SetInt64(1)
		}
		inv := new(gopark__big__Int).ModInverse(x, m)
		if inv == nil {
			return nil
		}
		x = inv
	}
	base, e := x.abs, append(gopark__big__nat(nil), y.abs...)
	if len(mod) > 0 {
		_, base = gopark__big__divmod(base, mod)
	}
	r := gopark__big__nat{1}
	for i := gopark__big__bitLen(e) - 1; i >= 0; i-- {
		r = gopark__big__mul(r, r)
		if e[i/32]>>(i%32)&1 == 1 {
			r = gopark__big__mul(r, base)
		}
		if len(mod) > 0 {
			_, r = gopark__big__divmod(r, mod)
		}
	}
	if len(mod) > 0 && len(mod) == 1 && mod[0] == 1 {
		r = nil
	}
	neg := x.neg && len(e) > 0 && e[0]&1 == 1
	z.set(neg, r)
	if z.neg && len(mod) > 0 {
		z.set(false, gopark__big__sub(mod, z.abs))
	}
	return z
}

// Sqrt is the floor of the square root (Newton's iteration from above).
func (z *gopark__big__Int) Sqrt(x *gopark__big__Int) *gopark__big__Int {
	if x.neg {
		panic("square root of negative number")
	}
	if len(x.abs) == 0 {
		return z.set(false, nil)
	}
	r := gopark__big__shl(gopark__big__nat{1}, uint(gopark__big__bitLen(x.abs)/2+1))
	for {
		q, _ := gopark__big__divmod(x.abs, r)
		next := gopark__big__shr(gopark__big__add(r, q), 1)
		if gopark__big__cmp(next, r) >= 0 {
			return z.set(false, r)
		}
		r = next
	}
}

// GCD sets z to the greatest common divisor of |a| and |b| and x, y to Bezout coefficients
// (z = a*x + b*y), by the extended Euclidean algorithm.
func (z *gopark__big__Int) GCD(x, y, a, b *gopark__big__Int) *gopark__big__Int {
	if len(a.abs) == 0 || len(b.abs) == 0 {
		aneg, bneg, alen, blen := a.neg, b.neg, len(a.abs), len(b.abs)
		if alen == 0 {
			z.set(false, append(gopark__big__nat(nil), b.abs...))
		} else {
			z.set(false, append(gopark__big__nat(nil), a.abs...))
		}
		if x != nil {
			x.set(aneg, gopark__big__natU64(uint64(gopark__big__min(alen, 1))))
		}
		if y != nil {
			y.set(bneg, gopark__big__natU64(uint64(gopark__big__min(blen, 1))))
		}
		return z
	}
	aneg, bneg := a.neg, b.neg
	r0, r1 := new(gopark__big__Int).Abs(a), new(gopark__big__Int).Abs(b)
	s0, s1 := gopark__big__NewInt(1), gopark__big__NewInt(0)
	t0, t1 := gopark__big__NewInt(0), gopark__big__NewInt(1)
	for len(r1.abs) > 0 {
		q, r := new(gopark__big__Int).QuoRem(r0, r1, new(gopark__big__Int))
		r0, r1 = r1, r
		s0, s1 = s1, new(gopark__big__Int).Sub(s0, new(gopark__big__Int).Mul(q, s1))
		t0, t1 = t1, new(gopark__big__Int).Sub(t0, new(gopark__big__Int).Mul(q, t1))
	}
	if x != nil {
		x.set(s0.neg != aneg, s0.abs)
	}
	if y != nil {
		y.set(t0.neg != bneg, t0.abs)
	}
	return z.set(false, r0.abs)
}

func gopark__big__min(a, b int) int {
	if a < b {
		return a
	}
	return b
}

func (z *gopark__big__Int) ModInverse(g, n *gopark__big__Int) *gopark__big__Int {
	nn := new(gopark__big__Int).Abs(n)
	gg := new(gopark__big__Int).Mod(g, nn)
	x := new(gopark__big__Int)
	d := new(gopark__big__Int).GCD(x, nil, gg, nn)
	if d.Cmp(gopark__big__NewInt(1)) != 0 {
		return nil
	}
	if x.neg {
		return z.Add(x, nn)
	}
	return z.Set(x)
}

func (z *gopark__big__Int) MulRange(a, b int64) *gopark__big__Int {
	switch {
	case a > b:
		return z.SetInt64(1)
	case a <= 0 && b >= 0:
		return z.SetInt64(0)
	}
	neg := false
	if a < 0 {
		neg = (b-a)&1 == 0
		a, b = -b, -a
	}
	r := gopark__big__nat{1}
	for i := a; i <= b; i++ {
		r = gopark__big__mul(r, gopark__big__natU64(uint64(i)))
	}
	return z.set(neg, r)
}

func (z *gopark__big__Int) Binomial(n, k int64) *gopark__big__Int {
	if k > n {
		return z.SetInt64(0)
	}
	if k > n-k {
		k = n - k
	}
	num := new(gopark__big__Int).MulRange(n-k+1, n)
	return z.Quo(num, new(gopark__big__Int).MulRange(1, k))
}

// ProbablyPrime runs Miller-Rabin with the first prime bases (exact below 3.3e24) and n more.
func (x *gopark__big__Int) ProbablyPrime(n int) bool {
	if n < 0 {
		panic("negative n for ProbablyPrime")
	}
	if x.neg || len(x.abs) == 0 {
		return false
	}
	small := []uint32{2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53}
	if len(x.abs) == 1 && x.abs[0] < 59*59 {
		v := x.abs[0]
		if v < 2 {
			return false
		}
		for _, p := range small {
			if v%p == 0 {
				return v == p
			}
		}
		return true
	}
	for _, p := range small {
		if _, r := gopark__big__divW(x.abs, p); r == 0 {
			return false
		}
	}
	one := gopark__big__NewInt(1)
	m := new(gopark__big__Int).Sub(x, one)
	s := m.TrailingZeroBits()
	d := new(gopark__big__Int).Rsh(m, s)
	for i := 0; i < len(small)-4+n; i++ {
		a := gopark__big__NewInt(int64(small[i%len(small)]) + int64(i/len(small))*61)
		y := new(gopark__big__Int).Exp(a, d, x)
		if y.Cmp(one) == 0 || y.Cmp(m) == 0 {
			continue
		}
		composite := true
		for r := uint(1); r < s; r++ {
			y.Mod(y.Mul(y, y), x)
			if y.Cmp(m) == 0 {
				composite = false
				break
			}
		}
		if composite {
			return false
		}
	}
	return true
}

const gopark__big__digits = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"

func (x *gopark__big__Int) Text(base int) string {
	if x == nil {
		return "<nil>"
	}
	return string(x.Append(nil, base))
}

func (x *gopark__big__Int) String() string {
	return x.Text(10)
}

func (x *gopark__big__Int) Append(buf []byte, base int) []byte {
	if x == nil {
		return append(buf, "<nil>"...)
	}
	if base < 2 || base > 62 {
		panic("invalid base")
	}
	if len(x.abs) == 0 {
		return append(buf, '0')
	}
	// Divide by the largest power of base that fits a word, then split each remainder.
	bb, k := uint32(base), 1
	for uint64(bb)*uint64(base) < 1<<32 {
		bb *= uint32(base)
		k++
	}
	var rev []byte
	q := x.abs
	for len(q) > 0 {
		var r uint32
		q, r = gopark__big__divW(q, bb)
		for i := 0; i < k && (len(q) > 0 || r > 0); i++ {
			rev = append(rev, gopark__big__digits[r%uint32(base)])
			r /= uint32(base)
		}
	}
	if x.neg {
		buf = append(buf, '-')
	}
	for i := len(rev) - 1; i >= 0; i-- {
		buf = append(buf, rev[i])
	}
	return buf
}

// SetString reads an optionally signed integer in base (2 to 62), or for base 0 with a
// prefix 0b, 0o, 0 or 0x choosing it and underscores between digits allowed.
func (z *gopark__big__Int) SetString(s string, base int) (*gopark__big__Int, bool) {
	neg := false
	if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	under := base == 0
	if base == 0 {
		base = 10
		if len(s) > 1 && s[0] == '0' {
			switch s[1] {
			case 'x', 'X':
				base, s = 16, s[2:]
			case 'b', 'B':
				base, s = 2, s[2:]
			case 'o', 'O':
				base, s = 8, s[2:]
			default:
				base, s = 8, s[1:]
			}
		}
	}
	if base < 2 || base > 62 || len(s) == 0 {
		return nil, false
	}
	var r gopark__big__nat
	prevUnder := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '_' && under {
			if prevUnder {
				return nil, false
			}
			prevUnder = true
			continue
		}
		prevUnder = false
		d := 99
		switch {
		case '0' <= c && c <= '9':
			d = int(c - '0')
		case 'a' <= c && c <= 'z':
			d = int(c-'a') + 10
		case 'A' <= c && c <= 'Z':
			d = int(c-'A') + 10
			if base > 36 {
				d += 26
			}
		}
		if d >= base {
			return nil, false
		}
		r = gopark__big__add(gopark__big__mul(r, gopark__big__nat{uint32(base)}), gopark__big__natU64(uint64(d)))
	}
	if prevUnder && under {
		return nil, false
	}
	return z.set(neg, r), true
}

func (z *gopark__big__Int) SetBytes(buf []byte) *gopark__big__Int {
	var r gopark__big__nat
	for _, b := range buf {
		r = gopark__big__add(gopark__big__shl(r, 8), gopark__big__natU64(uint64(b)))
	}
	return z.set(false, r)
}

func (x *gopark__big__Int) Bytes() []byte {
	var out []byte
	for i := len(x.abs) - 1; i >= 0; i-- {
		w := x.abs[i]
		out = append(out, byte(w>>24), byte(w>>16), byte(w>>8), byte(w))
	}
	for len(out) > 0 && out[0] == 0 {
		out = out[1:]
	}
	return out
}
