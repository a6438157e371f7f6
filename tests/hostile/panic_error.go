// gap: package errors
// exit: 2
// stderr: panic: something bad
package main

import "errors"

func main() {
	panic(errors.New("something bad"))
}
