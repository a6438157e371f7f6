package main

type E struct{}

func (E) Error() string { return "custom" }

func main() {
	var a []int
	defer func() {
		_ = a[3]
	}()
	panic(E{})
}
