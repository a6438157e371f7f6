// Inference failures in go/types' words: nothing inferred yet (cannot infer T), a
// parameter whose inferred type the argument does not match, and interface inference
// (Getter[T]) against a type whose method needs a pointer receiver.
package main

type Getter[T any] interface{ Get() T }

func get[T any](g Getter[T]) T { return g.Get() }

func two[T any](a T, g Getter[T]) T { return a }

func pair[K comparable, V any](m map[K]V, k K) V { return m[k] }

type P struct{}

func (*P) Get() int { return 1 }

func main() {
	_ = get(P{})
	_ = two(1, P{})
	_ = pair(map[string]int{}, 3.5)
	_ = pair([]int{}, 1)
	_ = two(int8(1), P{})
	_ = get(&P{})
}
