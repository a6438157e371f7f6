package main

import (
	"errors"
	"fmt"
	"strconv"
)

func parse(s string) {
	n, err := strconv.Atoi(s)
	if err != nil {
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Printf("Func=%s Num=%q Err=%v syntax=%t range=%t\n", ne.Func, ne.Num, ne.Err,
				errors.Is(err, strconv.ErrSyntax), errors.Is(err, strconv.ErrRange))
		}
		fmt.Println("error:", err)
		return
	}
	fmt.Println("ok:", n)
}

func main() {
	for _, s := range []string{"42", "-7", "abc", "", "99999999999999999999", "1_000", "+5"} {
		parse(s)
	}
	v, err := strconv.ParseInt("300", 10, 8)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("-300", 10, 8)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("ff", 16, 64)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("0x1f", 0, 64)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("12", 1, 64)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("12", 10, 65)
	fmt.Println(v, err)
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("256", 10, 8)
	fmt.Println(u, err)
	f, err := strconv.ParseFloat("3.25", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("1e400", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("x1.5", 64)
	fmt.Println(f, err)
	b, err := strconv.ParseBool("maybe")
	fmt.Println(b, err)
	b, err = strconv.ParseBool("T")
	fmt.Println(b, err)
	s, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", s, err)
	s, err = strconv.Unquote(`"broken`)
	fmt.Printf("%q %v %t\n", s, err, err == strconv.ErrSyntax)
	fmt.Printf("%T %T\n", err, func() error { _, e := strconv.Atoi("z"); return e }())

	buf := []byte("n=")
	buf = strconv.AppendInt(buf, -42, 10)
	buf = append(buf, ' ')
	buf = strconv.AppendUint(buf, 255, 16)
	buf = append(buf, ' ')
	buf = strconv.AppendFloat(buf, 3.14159, 'f', 2, 64)
	buf = append(buf, ' ')
	buf = strconv.AppendFloat(buf, 1e21, 'g', -1, 64)
	buf = append(buf, ' ')
	buf = strconv.AppendBool(buf, false)
	buf = append(buf, ' ')
	buf = strconv.AppendQuote(buf, "héllo\n")
	buf = append(buf, ' ')
	buf = strconv.AppendQuoteRune(buf, '☺')
	buf = append(buf, ' ')
	buf = strconv.AppendQuoteToASCII(buf, "héllo")
	fmt.Println(string(buf))
	fmt.Println(strconv.QuoteToASCII("日本"), strconv.IsPrint('a'), strconv.IsPrint('\x01'))
	e := &strconv.NumError{Func: "ParseThing", Num: "zz", Err: strconv.ErrRange}
	fmt.Println(e, errors.Unwrap(e) == strconv.ErrRange)
	fmt.Println(strconv.ErrSyntax, strconv.ErrRange)
}
