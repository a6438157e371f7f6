// limit: heap
// exit: 2
// stderr: fatal error: runtime: out of memory
package main

func main() {
	var fs []func() int
	for i := 0; ; i++ {
		big := make([]int, 1024)
		big[0] = i
		fs = append(fs, func() int { return big[0] })
	}
}
