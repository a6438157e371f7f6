package main

import (
	"errors"
	"fmt"
)

type codeErr struct {
	code int
	msg  string
}

func (e *codeErr) Error() string { return fmt.Sprintf("code %d: %s", e.code, e.msg) }

type valErr struct {
	name string
	pos  [2]int
}

func (e valErr) Error() string { return "bad " + e.name }

type timeout interface{ Timeout() bool }

type netErr struct{ op string }

func (e netErr) Error() string   { return e.op + ": i/o timeout" }
func (e netErr) Timeout() bool   { return true }
func (e netErr) Temporary() bool { return false }

var errBase = errors.New("base failure")

func find(kind int) error {
	switch kind {
	case 0:
		return &codeErr{404, "not found"}
	case 1:
		return fmt.Errorf("loading: %w", &codeErr{500, "server"})
	case 2:
		return valErr{"input", [2]int{3, 4}}
	case 3:
		return fmt.Errorf("dial: %w", netErr{"read"})
	case 4:
		return errors.Join(errBase, fmt.Errorf("ctx: %w", &codeErr{1, "joined"}))
	}
	return nil
}

func main() {
	for kind := 0; kind <= 5; kind++ {
		err := find(kind)
		var ce *codeErr
		var ve valErr
		var te timeout
		var e2 error
		fmt.Println(kind, err)
		if errors.As(err, &ce) {
			fmt.Println("  codeErr", ce.code, ce.msg, ce == err)
		}
		if errors.As(err, &ve) {
			ve.pos[0] = 99 // a copy: the error inside err keeps its value
			fmt.Println("  valErr", ve.name, ve.pos)
		}
		if errors.As(err, &te) {
			fmt.Println("  timeout", te.Timeout(), te)
		}
		if errors.As(err, &e2) {
			fmt.Println("  error", e2 == err)
		}
		fmt.Println("  is base:", errors.Is(err, errBase))
	}
	if v, ok := find(2).(valErr); ok {
		fmt.Println("original", v.pos)
	}

	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	j := errors.Join(nil, errors.New("one"), nil, &codeErr{2, "two"})
	fmt.Printf("%q\n", j.Error())
	fmt.Println(errors.Unwrap(j) == nil)
	wrapped := fmt.Errorf("outer: %w", j)
	var ce *codeErr
	fmt.Println(errors.As(wrapped, &ce), ce.code)
}
