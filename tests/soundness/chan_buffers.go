package main

// Channel buffers count against the heap limit for their whole capacity, as Go allocates
// them at make: a program that keeps making big buffered channels runs out of memory.
func main() {
	var keep []chan int
	for {
		c := make(chan int, 100000)
		for i := 0; i < 100000; i++ {
			c <- i
		}
		keep = append(keep, c)
	}
}
