// limit: output
// exit: 1
// stderr: 0 flood
// stderr-has: gopark: output limit of 64KiB reached
package main

func main() {
	for i := 0; ; i++ {
		println(i, "flood")
	}
}
