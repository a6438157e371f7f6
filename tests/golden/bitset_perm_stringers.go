package main

import "fmt"

type BitSet uint64

func (b BitSet) Has(i uint) bool    { return b&(1<<i) != 0 }
func (b *BitSet) Set(i uint)        { *b |= 1 << i }
func (b *BitSet) Clear(i uint)      { *b &^= 1 << i }
func (b BitSet) String() string {
	s := "{"
	first := true
	for i := uint(0); i < 64; i++ {
		if b.Has(i) {
			if !first {
				s += " "
			}
			s += fmt.Sprint(i)
			first = false
		}
	}
	return s + "}"
}

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
)

func (p Perm) String() string {
	out := []byte("---")
	if p&Read != 0 {
		out[0] = 'r'
	}
	if p&Write != 0 {
		out[1] = 'w'
	}
	if p&Exec != 0 {
		out[2] = 'x'
	}
	return string(out)
}

func main() {
	var b BitSet
	b.Set(1)
	b.Set(5)
	b.Set(63)
	fmt.Println(b, b.Has(5), uint64(b))
	b.Clear(5)
	fmt.Printf("%v %d %b\n", b, b, b&0xff)
	perms := []Perm{Read, Read | Write, Read | Write | Exec, 0}
	fmt.Println(perms)
	fmt.Printf("%s %v %d\n", Write|Exec, Exec, Exec)
	var x uint32 = 0xDEADBEEF
	fmt.Printf("%x %X %#08x %032b\n", x, x>>16, x&0xff, x)
	hi, lo := x>>16, x&0xffff
	fmt.Println(hi, lo, hi<<16|lo == x)
}
