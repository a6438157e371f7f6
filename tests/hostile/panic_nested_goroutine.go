// exit: 2
// stderr: panic: deep
// stderr-has: goroutine * [running]:
package main

func main() {
	block := make(chan int)
	go func() {
		go func() {
			go func() {
				panic("deep")
			}()
			<-block
		}()
		<-block
	}()
	<-block
}
