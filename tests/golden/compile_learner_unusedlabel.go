// A learner's compile error: an unused label and type switch variable.
package main

func main() {
L:
	for {
		break
	}
	var x interface{} = 1
	switch y := x.(type) {
	case int:
	}
}
