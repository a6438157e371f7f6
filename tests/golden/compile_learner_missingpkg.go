// A learner's compile error: a package used without its import.
package main

func main() {
	fmt.Println("forgot import")
	strings.ToUpper("x")
}
