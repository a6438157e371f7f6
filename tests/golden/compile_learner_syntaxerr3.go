// A learner's compile error: a function's brace on the next line.
package main

import "fmt"

func main()
{
	fmt.Println("brace")
}
