package main

import "fmt"

func Show[T any](x T) string {
	return x.String()
}

func Add[T any](a, b T) T {
	return a + b
}

func main() {
	fmt.Println(Show(1), Add(1, 2))
}
