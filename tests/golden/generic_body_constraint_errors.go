package main

import "fmt"

type Shower interface{ Show() string }

func A[T any](a, b T) bool       { return a == b }
func B[T comparable](a, b T) bool { return a < b }
func C[T Shower](x T) string     { return x.String() }
func D[T any](x T) T             { return x + 1 }
func E[T fmt.Stringer](x T) int  { return len(x) }
func F[T any](x T) string        { return x.Show() }
func G[T any](x T) T             { return -x }
func H[K comparable, V any](m map[K]V, k K) V { return m[k] }
func I[T interface{ ~int | ~string }](a, b T) bool { return a < b }

func main() {
	fmt.Println(H(map[int]int{}, 1), I(1, 2))
}
