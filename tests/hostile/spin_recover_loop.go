// limit: time
// limits: time=200ms
// exit: 1
// stderr: gopark: time limit of 200ms reached
// gap: defer and recover
package main

func try() {
	defer func() {
		recover()
	}()
	panic("again")
}

func main() {
	for {
		try()
	}
}
