// exit: 2
// stderr: panic: custom failure 3
// gap: methods called through an error value
package main

type MyErr struct{ code int }

func (e *MyErr) Error() string { return "custom failure " + string(rune('0'+e.code)) }

func main() {
	var err error = &MyErr{3}
	panic(err)
}
