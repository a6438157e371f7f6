package main

// Where goto may not jump, in gc's words.

func main() {
	goto L
	x := 1
	_ = x
L:
	goto M
	{
	M:
		println()
	}
	switch {
	case true:
	N:
	}
	goto N
	goto Q
	for {
	P:
	}
	goto P
}
