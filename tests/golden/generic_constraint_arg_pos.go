package main

type Number interface{ ~int | ~float64 }

type Result[T Number] struct{ Val T }

func main() {
	type Local[T Number] struct{ Val T }
	var bad Result[string]
	var bad2 Local[string]
	_, _ = bad, bad2
}
