package main

import (
	"errors"
	"fmt"
)

type E struct{}

func (E) Error() string        { return "e" }
func (E) Is(target error) bool { panic("in Is") }

func main() {
	is := errors.Is
	fmt.Println(is(fmt.Errorf("w: %w", errors.New("x")), nil))
	fmt.Println(errors.Is(fmt.Errorf("w: %w", E{}), errors.New("y")))
}
