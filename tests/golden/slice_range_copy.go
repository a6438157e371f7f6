// range over slices in all its forms, slicing and sharing, full slice expressions, copy.
package main

import "fmt"

func double(s []int) {
	for i := range s {
		s[i] *= 2
	}
}

func main() {
	pow := []int{1, 2, 4, 8, 16}
	for i, v := range pow {
		fmt.Printf("2**%d = %d\n", i, v)
	}
	sum := 0
	for _, v := range pow {
		sum += v
	}
	n := 0
	for range pow {
		n++
	}
	fmt.Println(sum, n)

	// The range expression is evaluated once; changing the variable does not matter.
	s := []int{1, 2, 3}
	for i, v := range s {
		if i == 0 {
			s = append(s, 99)
		}
		fmt.Print(v, " ")
	}
	fmt.Println(len(s))

	var i, v int
	for i, v = range []int{5, 6, 7} {
	}
	fmt.Println(i, v)

	// Subslices share the array.
	arr := []int{0, 1, 2, 3, 4, 5, 6, 7}
	mid := arr[2:6]
	double(mid)
	fmt.Println(arr, mid)
	tail := mid[2:]
	tail[0] = -1
	fmt.Println(arr, len(tail), cap(tail))
	lim := arr[1:3:4]
	fmt.Println(lim, len(lim), cap(lim))
	lim = append(lim, 50)
	fmt.Println(arr)
	lim = append(lim, 60)
	lim[0] = 1000
	fmt.Println(arr, lim)

	dst := make([]int, 3)
	c := copy(dst, arr)
	fmt.Println(c, dst)
	c = copy(dst, []int{9})
	fmt.Println(c, dst)
	// copy handles overlapping slices.
	c = copy(arr[1:], arr)
	fmt.Println(c, arr)
	var empty []int
	fmt.Println(copy(empty, arr), copy(dst, empty))

	// Closures capture range variables per iteration (Go 1.22).
	var fs []func() int
	for _, v := range []int{10, 20, 30} {
		fs = append(fs, func() int { return v })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
