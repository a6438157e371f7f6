// errors.Is, As and Unwrap follow a program's own Unwrap() error / Unwrap() []error methods
// and ask its Is and As methods.
package main

import (
	"errors"
	"fmt"
	"io"
)

type NotFound struct{ Name string }

func (e *NotFound) Error() string { return e.Name + " not found" }

type Wrap struct {
	Op  string
	Err error
}

func (w Wrap) Error() string { return w.Op + ": " + w.Err.Error() }
func (w Wrap) Unwrap() error { return w.Err }

type Multi struct{ errs []error }

func (m Multi) Error() string   { return "multi" }
func (m Multi) Unwrap() []error { return m.errs }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }
func (c Code) Is(target error) bool {
	t, ok := target.(Code)
	return ok && (t == 0 || t == c)
}

type Temp struct{}

func (Temp) Error() string { return "temp" }
func (Temp) As(target any) bool {
	if p, ok := target.(*Code); ok {
		*p = 42
		return true
	}
	return false
}

var ErrBase = errors.New("base")

func main() {
	e1 := Wrap{"read", &NotFound{"x"}}
	var nf *NotFound
	fmt.Println(errors.As(e1, &nf), nf.Name)
	fmt.Println(errors.Unwrap(e1))
	fmt.Println(errors.Unwrap(errors.Unwrap(e1)))
	e2 := Wrap{"open", Wrap{"inner", ErrBase}}
	fmt.Println(errors.Is(e2, ErrBase), errors.Is(e2, io.EOF))
	m := Multi{[]error{io.EOF, Wrap{"x", ErrBase}}}
	fmt.Println(errors.Is(m, ErrBase), errors.Is(m, io.EOF), errors.Unwrap(m))
	var w Wrap
	fmt.Println(errors.As(m, &w), w.Op)
	c := Wrap{"op", Code(5)}
	fmt.Println(errors.Is(c, Code(0)), errors.Is(c, Code(5)), errors.Is(c, Code(6)))
	var tc Code
	fmt.Println(errors.As(Wrap{"t", Temp{}}, &tc), tc)
	fe := fmt.Errorf("ctx: %w", e1)
	fmt.Println(errors.As(fe, &nf), errors.Is(fe, ErrBase))
	j := errors.Join(Code(3), Wrap{"j", ErrBase})
	fmt.Println(errors.Is(j, Code(0)), errors.Is(j, ErrBase))
	var code Code
	fmt.Println(errors.As(j, &code), code)
	var target interface{ Unwrap() error }
	fmt.Println(errors.As(fe, &target), target != nil)
}
