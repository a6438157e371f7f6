package main

import (
	"fmt"
	"time"
)

type Celsius float64

const Boiling Celsius = 100

func describe(c Celsius) string {
	return fmt.Sprintf("%.1f°C", float64(c))
}

func main() {
	n, err := fmt.Println("hello")
	fmt.Println(n, err)
	var x any
	fmt.Println(x)
	fmt.Printf("%T %T %T %T\n", Boiling, time.Second, 'a', "s")
	fmt.Println(describe(Boiling), describe(Boiling/4))
	d := 2*time.Second + 300*time.Millisecond
	fmt.Println(d)
}
