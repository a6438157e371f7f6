package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return "myerr " + strconv.Itoa(e.Code) }

type ValErr struct{ msg string }

func (e ValErr) Error() string { return e.msg }

func main() {
	base := errors.New("base")
	w1 := fmt.Errorf("layer1: %w", base)
	w2 := fmt.Errorf("layer2: %w", w1)
	fmt.Println(w2)
	fmt.Printf("%v|%s|%q|%+v|%#v\n", base, base, base, base, w2 == nil)
	fmt.Printf("%T %T %T\n", base, w1, w2)
	fmt.Println(errors.Is(w2, base), errors.Unwrap(w2) == w1, errors.Unwrap(base))
	var me *MyErr
	e3 := fmt.Errorf("wrap %w and %w", &MyErr{7}, ValErr{"val"})
	fmt.Println(e3, errors.As(e3, &me), me.Code)
	fmt.Printf("%T\n", e3)
	j := errors.Join(base, nil, &MyErr{2})
	fmt.Printf("%v|%q|%T\n", j, j, j)
	var nilErr error
	fmt.Println(nilErr)
	fmt.Printf("%v %s %d\n", nilErr, nilErr, nilErr)
	fmt.Printf("%v %+v\n", ValErr{"x"}, &MyErr{1})
	fmt.Printf("%d %x\n", &MyErr{5}, ValErr{"hi"})
	_, err := strconv.Atoi("12a")
	fmt.Println(err)
	fmt.Printf("%#v\n", err != nil)
	_, err = os.Open("/nonexistent")
	fmt.Println(err, errors.Is(err, fs.ErrNotExist))
	fmt.Println(fmt.Errorf("no wrap %v", base), fmt.Errorf("%w", nil))
	fmt.Println(fmt.Errorf("bad %w", "str"))
	fmt.Printf("%v\n", []error{base, nil, ValErr{"y"}})
	fmt.Printf("%v\n", struct{ E error }{base})
	fmt.Printf("%+v\n", map[string]error{"k": base})
}

func init() {
	e := fmt.Errorf("a %w b %w c %w", errors.New("x"), "notErr", errors.New("z"))
	fmt.Println(e, errors.Unwrap(e) == nil)
	fmt.Printf("%T\n", e)
	e2 := fmt.Errorf("only %w", 42)
	fmt.Printf("%T %v %v\n", e2, e2, errors.Unwrap(e2))
	fmt.Println(fmt.Errorf("missing %w"), fmt.Errorf("%w %w", nil, nil))
	fmt.Println(fmt.Sprintf("%w", errors.New("s")))
	fmt.Printf("%d\n", struct{ E error }{})
}
