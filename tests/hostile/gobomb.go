package main

func main() {
	for {
		go func() {
			ch := make(chan int)
			<-ch
		}()
	}
}
