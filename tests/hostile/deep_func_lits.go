// stdout-prefix: 7
package main

import "fmt"

func main() {
	fmt.Println(func() int { return func() int { return func() int { return func() int { return func() int { return func() int { return func() int { return func() int { return func() int { return func() int { return func() int { return func() int { return func() int { return func() int { return func() int { return func() int { return func() int { return func() int { return func() int { return func() int { return 7 }() }() }() }() }() }() }() }() }() }() }() }() }() }() }() }() }() }() }() }())
}
