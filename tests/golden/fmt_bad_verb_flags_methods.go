package main

import (
	"errors"
	"fmt"
)

type Color int

func (c Color) String() string { return [...]string{"Red", "Green"}[c] }

type E struct{ code int }

func (e E) Error() string { return fmt.Sprint("E", e.code) }

type Both struct{}

func (Both) String() string { return "S" }
func (Both) Error() string  { return "E" }

func main() {
	fmt.Printf("%d %v %s %x %X %o %c %q %U\n", Color(1), Color(1), Color(0), Color(1), Color(1), Color(1), Color(1)+65, Color(0), Color(1))
	fmt.Printf("%t %f %p\n", Color(1), Color(0), Color(1))
	fmt.Printf("%d %v %x %+v %#v\n", E{3}, E{3}, E{3}, E{3}, E{3})
	fmt.Printf("%v %s %d\n", Both{}, Both{}, Both{})
	fmt.Println(Both{}, []fmt.Stringer{Color(0), Both{}}, []error{E{1}, Both{}})
	fmt.Printf("%s %v %d\n", errors.New("x"), []interface{}{E{2}, Color(1)}, []interface{}{E{2}, Color(1)})
	fmt.Printf("%6.2s|%-8v|%08v|%x\n", Color(1), Color(0), Color(1), "Red")
	fmt.Printf("%v|%s|%v\n", [2]Color{0, 1}, map[Color]E{1: {5}}, struct{ C Color }{1})
	fmt.Printf("%!%v %z\n", 1)
	fmt.Printf("%[2]v %[1]v %v\n", "a", "b")
	fmt.Printf("%[5]d\n", 1, 2)
	fmt.Printf("%.[2]d|%[3]*.[2]*[1]f|\n", 12, 3, 8)
	fmt.Printf("%-+5d|%+-5d|%- 5d|%0-5d|\n", 3, 3, 3, 3)
	fmt.Printf("%#-8x|%#08o|%# 8b\n", 10, 8, 5)
}
