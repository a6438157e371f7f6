package main

import "fmt"

type Celsius float32

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float32(c)) }

func half[T ~float32 | ~float64](x T) T { return x / 3 }

func main() {
	x := float32(1)
	fmt.Println(x/0.1, x/3, half(x), half(1.0), half(Celsius(1)))
	var c Celsius = 36.6
	fmt.Println(c, c*2, float32(c)*2)
	arr := [3]float32{0.1, 0.2}
	arr[2] = arr[0] + arr[1]
	fmt.Println(arr, arr[2] == 0.3)
	ch := make(chan float32, 1)
	ch <- 1.0 / 3
	fmt.Println(<-ch)
	var f64 float64 = 1.0 / 3
	f := float32(f64)
	fmt.Println(f, f64, float64(f) == f64)
	k := map[float32]int{0.1: 1}
	fmt.Println(k[float32(0.1)], k)
	fmt.Printf("%6.2v|%v|%.3g\n", x/3, []any{x / 3, float64(x) / 3}, x/3)
	var s struct{ A float32 }
	s.A = 2.0 / 3
	s.A *= 3
	fmt.Printf("%v %+v %T\n", s, s, s.A)
}
