// Package bytes' functions that call a Go function for each rune, written from their
// documentation (the rest of bytes is native, src/library/bytes*.rs). Each byte that does
// not begin a valid UTF-8 sequence is passed as U+FFFD and counts one byte; results other
// than Map's are parts of s, so such bytes are kept as they are.

// Map: s with each rune replaced by mapping(r), dropped when that is negative.
func gopark__bytes__Map(mapping func(r rune) rune, s []byte) []byte {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, width := utf8.DecodeRune(s[i:])
		if m := mapping(r); m >= 0 {
			out = utf8.AppendRune(out, m)
		}
		i += width
	}
	return out
}

// indexFunc: the index of the first rune for which f(r) is truth, or -1.
func gopark__bytes__indexFunc(s []byte, f func(r rune) bool, truth bool) int {
	for i := 0; i < len(s); {
		r, width := utf8.DecodeRune(s[i:])
		if f(r) == truth {
			return i
		}
		i += width
	}
	return -1
}

// lastIndexFunc: the index of the last rune for which f(r) is truth, or -1 (runes read
// from the end, as utf8.DecodeLastRune reads them).
func gopark__bytes__lastIndexFunc(s []byte, f func(r rune) bool, truth bool) int {
	for i := len(s); i > 0; {
		r, width := utf8.DecodeLastRune(s[:i])
		i -= width
		if f(r) == truth {
			return i
		}
	}
	return -1
}

func gopark__bytes__IndexFunc(s []byte, f func(r rune) bool) int {
	return gopark__bytes__indexFunc(s, f, true)
}

func gopark__bytes__LastIndexFunc(s []byte, f func(r rune) bool) int {
	return gopark__bytes__lastIndexFunc(s, f, true)
}

func gopark__bytes__ContainsFunc(b []byte, f func(rune) bool) bool {
	return gopark__bytes__indexFunc(b, f, true) >= 0
}

// TrimLeftFunc: s without its leading runes for which f is true (nil when that is all).
func gopark__bytes__TrimLeftFunc(s []byte, f func(r rune) bool) []byte {
	i := gopark__bytes__indexFunc(s, f, false)
	if i < 0 {
		return nil
	}
	return s[i:]
}

// TrimRightFunc: s without its trailing runes for which f is true.
func gopark__bytes__TrimRightFunc(s []byte, f func(r rune) bool) []byte {
	i := gopark__bytes__lastIndexFunc(s, f, false)
	if i < 0 {
		return s[0:0]
	}
	_, width := utf8.DecodeRune(s[i:])
	return s[0 : i+width]
}

func gopark__bytes__TrimFunc(s []byte, f func(r rune) bool) []byte {
	return gopark__bytes__TrimRightFunc(gopark__bytes__TrimLeftFunc(s, f), f)
}

// FieldsFunc: the runs of runes for which f is false, as slices of s.
func gopark__bytes__FieldsFunc(s []byte, f func(rune) bool) [][]byte {
	var fields [][]byte
	start := -1
	for i := 0; i < len(s); {
		r, width := utf8.DecodeRune(s[i:])
		if f(r) {
			if start >= 0 {
				fields = append(fields, s[start:i:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += width
	}
	if start >= 0 {
		fields = append(fields, s[start:len(s):len(s)])
	}
	return fields
}
