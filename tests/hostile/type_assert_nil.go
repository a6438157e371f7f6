// exit: 2
// stderr: panic: interface conversion: interface {} is nil, not int
// gap: type assertions
package main

func main() {
	var i interface{}
	println(i.(int))
}
