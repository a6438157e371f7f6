// print and println of a call with several results print every result (to standard
// error), also when deferred.
package main

func divmod(a, b int) (int, int) { return a / b, a % b }

func lookup(k string) (string, bool) { return k + "!", k != "" }

func main() {
	defer println(divmod(17, 5))
	println(divmod(7, 2))
	println(lookup("go"))
	print(lookup(""))
	print("\n")
}
