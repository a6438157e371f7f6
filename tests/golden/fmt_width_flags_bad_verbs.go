package main

import "fmt"

type item struct {
	name  string
	qty   int
	price float64
}

func main() {
	items := []item{{"apple", 3, 0.5}, {"watermelon", 1, 3.25}, {"kiwi", 12, 0.2}}
	fmt.Printf("%-12s|%5s|%8s\n", "name", "qty", "price")
	for _, it := range items {
		fmt.Printf("%-12s|%5d|%8.2f\n", it.name, it.qty, it.price)
	}
	fmt.Printf("|%*d|%-*d|\n", 5, 42, 4, 7)
	fmt.Printf("|%05d|%+d|% d|%x|%#v|\n", -42, 5, 5, -255, 'x')
	fmt.Printf("|%10.3s|%-6q|%c%c|\n", "abcdef", "a", 72, 105)
	fmt.Printf("%t %v %p\n", true, struct{}{}, nil)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Printf("%!\n")
	fmt.Printf("%v %v\n", [3]int{}, &[]string{"a"})
	fmt.Println(fmt.Sprintf("%3c|%-4c|", 'a', 'b'), fmt.Sprintf("%08b", 5))
	fmt.Printf("%6.2v|%.3v|%10v|\n", 3.14159, "abcdef", true)
}
