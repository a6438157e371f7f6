// Package unicode/utf8's EncodeRune, written in Go (the rest is native, library/utf8.rs):
// a rune converts to its UTF-8 text (U+FFFD for an invalid one), as EncodeRune writes it.

func gopark__utf8__EncodeRune(p []byte, r rune) int {
	s := string(r)
	for i := 0; i < len(s); i++ {
		p[i] = s[i]
	}
	return len(s)
}

func gopark__utf8__AppendRune(p []byte, r rune) []byte {
	return append(p, string(r)...)
}
