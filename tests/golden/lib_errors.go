package main

import (
	"errors"
	"fmt"
	"os"
)

var ErrNotFound = errors.New("not found")

func lookup(key string) (int, error) {
	if key == "" {
		return 0, errors.New("empty key")
	}
	if key != "a" {
		return 0, fmt.Errorf("lookup %q: %w", key, ErrNotFound)
	}
	return 1, nil
}

func main() {
	for _, k := range []string{"a", "b", ""} {
		v, err := lookup(k)
		if err != nil {
			fmt.Println("error:", err, "| is not found:", errors.Is(err, ErrNotFound))
			continue
		}
		fmt.Println("value:", v)
	}
	_, err := lookup("zz")
	inner := errors.Unwrap(err)
	fmt.Println(inner, errors.Unwrap(inner) == nil)
	e1 := errors.New("same")
	e2 := errors.New("same")
	fmt.Println(errors.Is(e1, e2), errors.Is(e1, e1))
	fmt.Printf("%v|%s|%q|%10s|\n", err, ErrNotFound, ErrNotFound, ErrNotFound)
	fmt.Fprintln(os.Stderr, "warning:", ErrNotFound)
	fmt.Fprintf(os.Stdout, "%s=%d\n", "n", 3)
	n, err := fmt.Println("counted")
	fmt.Println(n, err)
}
