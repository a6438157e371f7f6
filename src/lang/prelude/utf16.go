// Package unicode/utf16, written from its documentation: a rune above U+FFFF is a surrogate
// pair (0x10000 subtracted, the high 10 bits after 0xd800, the low 10 after 0xdc00); an
// invalid rune, a surrogate code point included, encodes as U+FFFD, and a lone surrogate
// decodes as U+FFFD.

const gopark__utf16__surr1 = 0xd800
const gopark__utf16__surr2 = 0xdc00
const gopark__utf16__surr3 = 0xe000
const gopark__utf16__surrSelf = 0x10000
const gopark__utf16__maxRune = 0x10ffff
const gopark__utf16__replacementChar = 0xfffd

func gopark__utf16__IsSurrogate(r rune) bool {
	return gopark__utf16__surr1 <= r && r < gopark__utf16__surr3
}

func gopark__utf16__DecodeRune(r1, r2 rune) rune {
	if gopark__utf16__surr1 <= r1 && r1 < gopark__utf16__surr2 && gopark__utf16__surr2 <= r2 && r2 < gopark__utf16__surr3 {
		return (r1-gopark__utf16__surr1)<<10 | (r2 - gopark__utf16__surr2) + gopark__utf16__surrSelf
	}
	return gopark__utf16__replacementChar
}

func gopark__utf16__EncodeRune(r rune) (r1, r2 rune) {
	if r < gopark__utf16__surrSelf || r > gopark__utf16__maxRune {
		return gopark__utf16__replacementChar, gopark__utf16__replacementChar
	}
	r -= gopark__utf16__surrSelf
	return gopark__utf16__surr1 + (r>>10)&0x3ff, gopark__utf16__surr2 + r&0x3ff
}

// RuneLen is the number of 16-bit words r takes: -1 for a surrogate or a rune out of range.
func gopark__utf16__RuneLen(r rune) int {
	switch {
	case 0 <= r && r < gopark__utf16__surr1, gopark__utf16__surr3 <= r && r < gopark__utf16__surrSelf:
		return 1
	case gopark__utf16__surrSelf <= r && r <= gopark__utf16__maxRune:
		return 2
	}
	return -1
}

func gopark__utf16__AppendRune(a []uint16, r rune) []uint16 {
	switch gopark__utf16__RuneLen(r) {
	case 1:
		return append(a, uint16(r))
	case 2:
		r1, r2 := gopark__utf16__EncodeRune(r)
		return append(a, uint16(r1), uint16(r2))
	}
	return append(a, gopark__utf16__replacementChar)
}

func gopark__utf16__Encode(s []rune) []uint16 {
	n := len(s) // its capacity: one more for each rune from U+10000 up, valid or not, as Go's
	for _, r := range s {
		if r >= gopark__utf16__surrSelf {
			n++
		}
	}
	a := make([]uint16, 0, n)
	for _, r := range s {
		a = gopark__utf16__AppendRune(a, r)
	}
	return a
}

func gopark__utf16__Decode(s []uint16) []rune {
	a := make([]rune, 0, len(s))
	for i := 0; i < len(s); i++ {
		r := rune(s[i])
		if gopark__utf16__surr1 <= r && r < gopark__utf16__surr2 && i+1 < len(s) {
			if r2 := rune(s[i+1]); gopark__utf16__surr2 <= r2 && r2 < gopark__utf16__surr3 {
				a = append(a, gopark__utf16__DecodeRune(r, r2))
				i++
				continue
			}
		}
		if gopark__utf16__IsSurrogate(r) {
			r = gopark__utf16__replacementChar
		}
		a = append(a, r)
	}
	return a
}
