package main

func main() {
	panic("something bad happened")
}
