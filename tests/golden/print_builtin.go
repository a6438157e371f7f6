package main

func main() {
	println()
	println(-5, 0, 9223372036854775807)
	println(true, false)
	println(1.0, -0.5, 1e100, 0.0)
	println("a", "b")
	print("x", 1, true, "\n")
	print(2.5)
	print("\n")
	var ch chan int
	println(ch == nil)
}
