package main

import (
	"errors"
	"fmt"
)

type Half string

func (h Half) String() string { return string(h)[:2] }

// Errors and String methods whose text is not UTF-8 keep their bytes too.
func main() {
	s := "héllo"
	err := fmt.Errorf("bad %s", s[:2])
	fmt.Println(err, len(err.Error()), []byte(err.Error()))
	e := fmt.Errorf("")
	fmt.Printf("%q %v %d\n", e.Error(), e == nil, len(e.Error()))
	w := fmt.Errorf("wrap %s: %w", s[:2], errors.New("inner"))
	fmt.Println(w, len(w.Error()), errors.Unwrap(w))
	fmt.Printf("%v|%s|%q|%x\n", w, w, fmt.Errorf("x%s", "\xff"), fmt.Errorf("\xfe"))
	h := Half("hé")
	fmt.Println(h, len(h.String()))
	fmt.Printf("%v|%s|%q|%x|%5s|\n", h, h, h, h, h)
	fmt.Println(fmt.Sprint(h) == "\xc3", fmt.Sprintf("%s", err) == err.Error())
}
