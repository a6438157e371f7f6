package main

import "fmt"

// Writing an int field through a nil pointer faults at the field's offset: qty comes after
// a string (16 bytes).
type Item struct {
	name string
	qty  int
	next *Item
}

func find(head *Item, name string) *Item {
	for p := head; p != nil; p = p.next {
		if p.name == name {
			return p
		}
	}
	return nil
}

func main() {
	head := &Item{"apples", 3, &Item{"pears", 1, nil}}
	find(head, "pears").qty += 2
	fmt.Println(head.next.name, head.next.qty)
	find(head, "plums").qty = 7
	fmt.Println("unreachable")
}
