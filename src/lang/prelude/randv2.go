// Package math/rand/v2's generic N, written in Go (the rest is native, library/rand.rs): a
// value in [0, n) drawn as Uint64N draws it, in n's own integer type.

type gopark__rand__intType interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr
}

func gopark__rand__N[Int gopark__rand__intType](n Int) Int {
	if n <= 0 {
		panic("invalid argument to N")
	}
	return Int(gopark.randUint64N(uint64(n)))
}
