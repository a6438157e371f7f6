package main

// make of a slice of structs allocates the array and then every struct in one
// instruction. Once the heap is full of live slices, the make that does not fit is retried
// once after a collection and then reported as out of memory (it once retried forever:
// every retry allocated the array again, so "nothing allocated since the collection" never
// held).

type point struct {
	x, y int
	name string
}

func main() {
	var keep [][]point
	for {
		keep = append(keep, make([]point, 10000))
	}
}
