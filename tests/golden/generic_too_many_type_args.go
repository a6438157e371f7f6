package main

func G[T any](x T) {}

var _ = G[int, string]

func main() {
	G[int, string, bool](1)
}
