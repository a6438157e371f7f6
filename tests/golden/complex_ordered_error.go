package main

func main() {
	var z, w complex128
	println(z < w)
}
