// Package text/scanner, written from its documentation: a Scanner reads UTF-8 text from an
// io.Reader (all of it, at Init) and splits it into Go-like tokens (identifiers, numbers,
// characters, strings, raw strings, comments) selected by Mode, skipping the characters in
// Whitespace. Positions count lines and columns (in characters) from 1.

const (
	gopark__scanner__EOF = -(iota + 1)
	gopark__scanner__Ident
	gopark__scanner__Int
	gopark__scanner__Float
	gopark__scanner__Char
	gopark__scanner__String
	gopark__scanner__RawString
	gopark__scanner__Comment
	gopark__scanner__skipComment
)

const (
	gopark__scanner__ScanIdents     = 1 << -gopark__scanner__Ident
	gopark__scanner__ScanInts       = 1 << -gopark__scanner__Int
	gopark__scanner__ScanFloats     = 1 << -gopark__scanner__Float
	gopark__scanner__ScanChars      = 1 << -gopark__scanner__Char
	gopark__scanner__ScanStrings    = 1 << -gopark__scanner__String
	gopark__scanner__ScanRawStrings = 1 << -gopark__scanner__RawString
	gopark__scanner__ScanComments   = 1 << -gopark__scanner__Comment
	gopark__scanner__SkipComments   = 1 << -gopark__scanner__skipComment
	gopark__scanner__GoTokens       = gopark__scanner__ScanIdents | gopark__scanner__ScanFloats | gopark__scanner__ScanChars | gopark__scanner__ScanStrings | gopark__scanner__ScanRawStrings | gopark__scanner__ScanComments | gopark__scanner__SkipComments
)

const gopark__scanner__GoWhitespace = 1<<'\t' | 1<<'\n' | 1<<'\r' | 1<<' '

// The characters read before the first one: Peek reads then.
const gopark__scanner__unread = -2

func gopark__scanner__TokenString(tok rune) string {
	names := [...]string{"EOF", "Ident", "Int", "Float", "Char", "String", "RawString", "Comment"}
	if tok < 0 && int(-tok) <= len(names) {
		return names[-tok-1]
	}
	return fmt.Sprintf("%q", string(tok))
}

type gopark__scanner__Position struct {
	Filename string
	Offset   int
	Line     int
	Column   int
}

func (pos *gopark__scanner__Position) IsValid() bool { return pos.Line > 0 }

func (pos gopark__scanner__Position) String() string {
	s := pos.Filename
	if s == "" {
		s = "<input>"
	}
	if pos.IsValid() {
		s += fmt.Sprintf(":%d:%d", pos.Line, pos.Column)
	}
	return s
}

type gopark__scanner__Scanner struct {
	src []byte
	pos int // the offset of the next character to read

	// After the last character read: its line and column, the length of the line before
	// (for a newline) and the character's size in bytes.
	line, column, lastLineLen, lastCharLen int

	tokPos, tokEnd int // the current token's bytes (tokPos < 0: none)
	ch             rune

	Error       func(s *gopark__scanner__Scanner, msg string)
	ErrorCount  int
	Mode        uint
	Whitespace  uint64
	IsIdentRune func(ch rune, i int) bool

	gopark__scanner__Position
}

func (s *gopark__scanner__Scanner) Init(src io.Reader) *gopark__scanner__Scanner {
	data, err := io.ReadAll(src)
	s.src = data
	s.pos = 0
	s.line, s.column, s.lastLineLen, s.lastCharLen = 1, 0, 0, 0
	s.tokPos, s.tokEnd = -1, -1
	s.ch = gopark__scanner__unread
	s.Error = nil
	s.ErrorCount = 0
	s.Mode = gopark__scanner__GoTokens
	s.Whitespace = gopark__scanner__GoWhitespace
	s.Line = 0
	if err != nil {
		s.error(err.Error())
	}
	return s
}

// next reads one character (EOF at the end) and moves the position past it.
func (s *gopark__scanner__Scanner) next() rune {
	if s.pos >= len(s.src) {
		if s.lastCharLen > 0 {
			s.column++
		}
		s.lastCharLen = 0
		return gopark__scanner__EOF
	}
	ch, width := rune(s.src[s.pos]), 1
	if ch >= utf8.RuneSelf {
		ch, width = utf8.DecodeRune(s.src[s.pos:])
		if ch == utf8.RuneError && width == 1 {
			s.pos++
			s.lastCharLen = 1
			s.column++
			s.error("invalid UTF-8 encoding")
			return ch
		}
	}
	s.pos += width
	s.lastCharLen = width
	s.column++
	switch ch {
	case 0:
		s.error("invalid character NUL")
	case '\n':
		s.line++
		s.lastLineLen = s.column
		s.column = 0
	}
	return ch
}

func (s *gopark__scanner__Scanner) Next() rune {
	s.tokPos = -1
	s.Line = 0
	ch := s.Peek()
	if ch != gopark__scanner__EOF {
		s.ch = s.next()
	}
	return ch
}

func (s *gopark__scanner__Scanner) Peek() rune {
	if s.ch == gopark__scanner__unread {
		s.ch = s.next()
		if s.ch == '\uFEFF' {
			s.ch = s.next()
		}
	}
	return s.ch
}

func (s *gopark__scanner__Scanner) error(msg string) {
	s.ErrorCount++
	if s.Error != nil {
		s.Error(s, msg)
		return
	}
	pos := s.Position
	if !pos.IsValid() {
		pos = s.Pos()
	}
	fmt.Fprintf(os.Stderr, "%s: %s\n", pos, msg)
}

func (s *gopark__scanner__Scanner) isIdentRune(ch rune, i int) bool {
	if s.IsIdentRune != nil {
		return ch != gopark__scanner__EOF && s.IsIdentRune(ch, i)
	}
	return ch == '_' || unicode.IsLetter(ch) || unicode.IsDigit(ch) && i > 0
}

func (s *gopark__scanner__Scanner) Scan() rune {
	ch := s.Peek()
	s.tokPos = -1
	s.Line = 0
	for {
		for ch >= 0 && ch < 64 && s.Whitespace&(1<<uint(ch)) != 0 {
			ch = s.next()
		}
		s.tokPos = s.pos - s.lastCharLen
		s.Offset = s.tokPos
		if s.column > 0 {
			s.Line, s.Column = s.line, s.column
		} else {
			// The last character read was a newline.
			s.Line, s.Column = s.line-1, s.lastLineLen
		}
		tok, next, again := s.token(ch)
		ch = next
		if again {
			continue
		}
		s.tokEnd = s.pos - s.lastCharLen
		s.ch = ch
		return tok
	}
}

// token scans the token starting with ch: its kind, the character after it, and whether
// it was a skipped comment (scan again).
func (s *gopark__scanner__Scanner) token(ch rune) (rune, rune, bool) {
	tok := ch
	switch {
	case s.isIdentRune(ch, 0):
		if s.Mode&gopark__scanner__ScanIdents != 0 {
			tok = gopark__scanner__Ident
			ch = s.scanIdentifier()
		} else {
			ch = s.next()
		}
	case '0' <= ch && ch <= '9':
		if s.Mode&(gopark__scanner__ScanInts|gopark__scanner__ScanFloats) != 0 {
			tok, ch = s.scanNumber(ch, false)
		} else {
			ch = s.next()
		}
	case ch == gopark__scanner__EOF:
	case ch == '"':
		if s.Mode&gopark__scanner__ScanStrings != 0 {
			s.scanString('"')
			tok = gopark__scanner__String
		}
		ch = s.next()
	case ch == '.':
		ch = s.next()
		if '0' <= ch && ch <= '9' && s.Mode&gopark__scanner__ScanFloats != 0 {
			tok, ch = s.scanNumber(ch, true)
		}
	case ch == '/':
		ch = s.next()
		if (ch == '/' || ch == '*') && s.Mode&gopark__scanner__ScanComments != 0 {
			if s.Mode&gopark__scanner__SkipComments != 0 {
				s.tokPos = -1
				return tok, s.scanComment(ch), true
			}
			ch = s.scanComment(ch)
			tok = gopark__scanner__Comment
		}
	case ch == '`':
		if s.Mode&gopark__scanner__ScanRawStrings != 0 {
			s.scanRawString()
			tok = gopark__scanner__RawString
		}
		ch = s.next()
	case ch == '\'':
		if s.Mode&gopark__scanner__ScanChars != 0 {
			if s.scanString('\'') != 1 {
				s.error("invalid char literal")
			}
			tok = gopark__scanner__Char
		}
		ch = s.next()
	default:
		ch = s.next()
	}
	return tok, ch, false
}

func (s *gopark__scanner__Scanner) scanIdentifier() rune {
	ch := s.next()
	for i := 1; s.isIdentRune(ch, i); i++ {
		ch = s.next()
	}
	return ch
}

func gopark__scanner__digitVal(ch rune) int {
	switch {
	case '0' <= ch && ch <= '9':
		return int(ch - '0')
	case 'a' <= ch && ch <= 'f':
		return int(ch - 'a' + 10)
	case 'A' <= ch && ch <= 'F':
		return int(ch - 'A' + 10)
	}
	return 16
}

// digits reads the digits of base (and '_' separators) from ch on.
func (s *gopark__scanner__Scanner) digits(ch rune, base int) rune {
	for gopark__scanner__digitVal(ch) < base || ch == '_' {
		ch = s.next()
	}
	return ch
}

// scanNumber scans a number from its first digit ch (or the digit after a leading '.').
func (s *gopark__scanner__Scanner) scanNumber(ch rune, seenDot bool) (rune, rune) {
	tok := rune(gopark__scanner__Int)
	base, prefix := 10, rune(0)
	if !seenDot {
		if ch == '0' {
			ch = s.next()
			switch ch {
			case 'x', 'X':
				base, prefix = 16, 'x'
				ch = s.next()
			case 'o', 'O':
				base, prefix = 8, 'o'
				ch = s.next()
			case 'b', 'B':
				base, prefix = 2, 'b'
				ch = s.next()
			}
		}
		ch = s.digits(ch, base)
		if ch == '.' && s.Mode&gopark__scanner__ScanFloats != 0 && (prefix == 0 || prefix == 'x') {
			ch = s.next()
			seenDot = true
		}
	}
	if seenDot {
		tok = gopark__scanner__Float
		ch = s.digits(ch, base)
	}
	e := ch | 0x20
	if s.Mode&gopark__scanner__ScanFloats != 0 && (e == 'e' && prefix == 0 || e == 'p' && prefix == 'x') {
		tok = gopark__scanner__Float
		ch = s.next()
		if ch == '+' || ch == '-' {
			ch = s.next()
		}
		ch = s.digits(ch, 10)
	}
	return tok, ch
}

// scanString scans a quoted literal after its opening quote; it returns the number of
// characters inside.
func (s *gopark__scanner__Scanner) scanString(quote rune) int {
	n := 0
	ch := s.next()
	for ch != quote {
		if ch == '\n' || ch < 0 {
			s.error("literal not terminated")
			return n
		}
		if ch == '\\' {
			ch = s.scanEscape(quote)
		} else {
			ch = s.next()
		}
		n++
	}
	return n
}

func (s *gopark__scanner__Scanner) scanEscape(quote rune) rune {
	ch := s.next()
	switch ch {
	case 'a', 'b', 'f', 'n', 'r', 't', 'v', '\\', quote:
		return s.next()
	case '0', '1', '2', '3', '4', '5', '6', '7':
		return s.escapeDigits(ch, 8, 3)
	case 'x':
		return s.escapeDigits(s.next(), 16, 2)
	case 'u':
		return s.escapeDigits(s.next(), 16, 4)
	case 'U':
		return s.escapeDigits(s.next(), 16, 8)
	}
	s.error("invalid char escape")
	return ch
}

func (s *gopark__scanner__Scanner) escapeDigits(ch rune, base, n int) rune {
	for n > 0 && gopark__scanner__digitVal(ch) < base {
		ch = s.next()
		n--
	}
	if n > 0 {
		s.error("invalid char escape")
	}
	return ch
}

func (s *gopark__scanner__Scanner) scanRawString() {
	ch := s.next()
	for ch != '`' {
		if ch < 0 {
			s.error("literal not terminated")
			return
		}
		ch = s.next()
	}
}

// scanComment scans a comment after its '/', from ch (its second character).
func (s *gopark__scanner__Scanner) scanComment(ch rune) rune {
	if ch == '/' {
		ch = s.next()
		for ch != '\n' && ch >= 0 {
			ch = s.next()
		}
		return ch
	}
	ch = s.next()
	for {
		if ch < 0 {
			s.error("comment not terminated")
			return ch
		}
		ch0 := ch
		ch = s.next()
		if ch0 == '*' && ch == '/' {
			return s.next()
		}
	}
}

// Pos is the position just after the last character or token read.
func (s *gopark__scanner__Scanner) Pos() (pos gopark__scanner__Position) {
	pos.Filename = s.Filename
	pos.Offset = s.pos - s.lastCharLen
	switch {
	case s.column > 0:
		pos.Line, pos.Column = s.line, s.column
	case s.lastLineLen > 0:
		pos.Line, pos.Column = s.line-1, s.lastLineLen
	default:
		pos.Line, pos.Column = 1, 1
	}
	return
}

func (s *gopark__scanner__Scanner) TokenText() string {
	if s.tokPos < 0 {
		return ""
	}
	end := s.tokEnd
	if end < s.tokPos {
		// Called before Scan or Next returned.
		end = s.tokPos
	}
	return string(s.src[s.tokPos:end])
}
