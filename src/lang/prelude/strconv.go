// Package strconv's error values and Append functions, written in Go over the library's
// native parsers (gopark.strconvParse*): a failed parse returns a *NumError whose Err is
// ErrSyntax, ErrRange or the base or bit size complaint, so errors.Is and errors.As see
// what they see in Go. The rest of strconv is native (library/strconv.rs).

var gopark__strconv__ErrRange = errors.New("value out of range")

var gopark__strconv__ErrSyntax = errors.New("invalid syntax")

type gopark__strconv__NumError struct {
	Func string
	Num  string
	Err  error
}

func (e *gopark__strconv__NumError) Error() string {
	return "strconv." + e.Func + ": parsing " + strconv.Quote(e.Num) + ": " + e.Err.Error()
}

func (e *gopark__strconv__NumError) Unwrap() error {
	return e.Err
}

// numError is nil for a parse that did not fail (why == "").
func gopark__strconv__numError(fn, s, why string) error {
	switch why {
	case "":
		return nil
	case "invalid syntax":
		return &gopark__strconv__NumError{fn, s, gopark__strconv__ErrSyntax}
	case "value out of range":
		return &gopark__strconv__NumError{fn, s, gopark__strconv__ErrRange}
	}
	return &gopark__strconv__NumError{fn, s, errors.New(why)}
}

func gopark__strconv__Atoi(s string) (int, error) {
	v, why := gopark.strconvParseInt(s, 10, 0)
	return int(v), gopark__strconv__numError("Atoi", s, why)
}

func gopark__strconv__ParseInt(s string, base int, bitSize int) (i int64, err error) {
	v, why := gopark.strconvParseInt(s, base, bitSize)
	return v, gopark__strconv__numError("ParseInt", s, why)
}

func gopark__strconv__ParseUint(s string, base int, bitSize int) (uint64, error) {
	v, why := gopark.strconvParseUint(s, base, bitSize)
	return v, gopark__strconv__numError("ParseUint", s, why)
}

func gopark__strconv__ParseFloat(s string, bitSize int) (float64, error) {
	v, why := gopark.strconvParseFloat(s, bitSize)
	return v, gopark__strconv__numError("ParseFloat", s, why)
}

func gopark__strconv__ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, &gopark__strconv__NumError{"ParseBool", str, gopark__strconv__ErrSyntax}
}

func gopark__strconv__Unquote(s string) (string, error) {
	t, ok := gopark.strconvUnquote(s)
	if !ok {
		return "", gopark__strconv__ErrSyntax
	}
	return t, nil
}

func gopark__strconv__QuoteToASCII(s string) string {
	return gopark.strconvQuoteASCII(s)
}

func gopark__strconv__IsPrint(r rune) bool {
	return gopark.strconvIsPrint(r)
}

func gopark__strconv__AppendInt(dst []byte, i int64, base int) []byte {
	return append(dst, strconv.FormatInt(i, base)...)
}

func gopark__strconv__AppendUint(dst []byte, i uint64, base int) []byte {
	return append(dst, strconv.FormatUint(i, base)...)
}

func gopark__strconv__AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return append(dst, strconv.FormatFloat(f, fmt, prec, bitSize)...)
}

func gopark__strconv__AppendBool(dst []byte, b bool) []byte {
	return append(dst, strconv.FormatBool(b)...)
}

func gopark__strconv__AppendQuote(dst []byte, s string) []byte {
	return append(dst, strconv.Quote(s)...)
}

func gopark__strconv__AppendQuoteRune(dst []byte, r rune) []byte {
	return append(dst, strconv.QuoteRune(r)...)
}

func gopark__strconv__AppendQuoteToASCII(dst []byte, s string) []byte {
	return append(dst, gopark.strconvQuoteASCII(s)...)
}
