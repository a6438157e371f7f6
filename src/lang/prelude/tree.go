// Package golang.org/x/tour/tree, as A Tour of Go's exercises use it.

type gopark__tree__Tree struct {
	Left  *gopark__tree__Tree
	Value int
	Right *gopark__tree__Tree
}

// New is a binary search tree of k, 2k, ..., 10k, inserted in a random order (so its shape
// differs from call to call, its contents do not).
func gopark__tree__New(k int) *gopark__tree__Tree {
	var t *gopark__tree__Tree
	for _, v := range rand.Perm(10) {
		t = gopark__tree__insert(t, (1+v)*k)
	}
	return t
}

func gopark__tree__insert(t *gopark__tree__Tree, v int) *gopark__tree__Tree {
	if t == nil {
		return &gopark__tree__Tree{nil, v, nil}
	}
	if v < t.Value {
		t.Left = gopark__tree__insert(t.Left, v)
	} else {
		t.Right = gopark__tree__insert(t.Right, v)
	}
	return t
}

// String writes the tree in order, each subtree in parentheses: ((1 2) 3 (4)).
func (t *gopark__tree__Tree) String() string {
	if t == nil {
		return "()"
	}
	s := ""
	if t.Left != nil {
		s = t.Left.String() + " "
	}
	s += strconv.Itoa(t.Value)
	if t.Right != nil {
		s += " " + t.Right.String()
	}
	return "(" + s + ")"
}
