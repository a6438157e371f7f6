package main

func main() {
	ch := make(chan int, 1)
	len(ch)
	1 + 2
}
