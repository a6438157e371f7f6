// A learner's compile error: a for clause's brace on the next line.
package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ 
	{
		fmt.Println(i)
	}
}
