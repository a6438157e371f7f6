// Package variables are initialized after the variables that the methods their
// initializers call refer to (through method values and method expressions too).
package main

import "fmt"

type Config struct{ name string }

func (c Config) Greeting() string { return greeting + ", " + c.name }

func (c *Config) Size() int { return len(sizes) }

var hello = Config{"gopher"}.Greeting()
var size = (&Config{}).Size()
var viaExpr = Config.Greeting(Config{"expr"})
var viaValue = func() string { f := Config{"value"}.Greeting; return f() }()

var greeting = pick("hello")
var sizes = make([]int, count())

func pick(s string) string { fmt.Println("pick", s); return s }
func count() int           { fmt.Println("count"); return 3 }

func main() {
	fmt.Println(hello, size, viaExpr, viaValue)
}
