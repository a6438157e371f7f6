// exit: 2
// stderr: panic: interface conversion: interface {} is int, not string
// gap: type assertions
package main

func main() {
	var i interface{} = 1
	s := i.(string)
	println(s)
}
