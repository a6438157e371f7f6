package main

import "fmt"

const Big = 1 << 40

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	q, r = divmod(-17, 5)
	fmt.Println(q, r)
	fmt.Println(Big, Big>>38, 7&3, 7|8, 6^3, 1<<3)
	max := 9223372036854775807
	max++
	fmt.Println(max)
	x := 10
	x += 5
	x -= 3
	x *= 2
	x /= 4
	x %= 4
	fmt.Println(x)
	fmt.Println(fib(20))
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	var f float64 = 7
	fmt.Println(f/2, float64(x)/3, int(f*1.9))
	fmt.Println("abc" + "def", "abc" < "abd", "b" > "abc", 3 >= 3 && !(2 == 2) || true)
	s := ""
	for i := 0; i < 5; i++ {
		if i == 3 {
			continue
		}
		s += fmt.Sprintf("%d", i)
	}
	n := 0
	for {
		n++
		if n > 100 {
			break
		}
	}
	k := 1
	for k < 1000 {
		k *= 3
	}
	fmt.Println(s, n, k)
}
