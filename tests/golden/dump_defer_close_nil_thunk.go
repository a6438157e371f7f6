package main

func main() {
	var c chan int
	defer close(c)
}
