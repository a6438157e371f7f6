package main

import (
	"fmt"
	"os"
	"time"
)

type point struct{ x, y int }

func main() {
	p := point{1, 2}
	fmt.Printf("struct1: %v\n", p)
	fmt.Printf("struct2: %+v\n", p)
	fmt.Printf("struct3: %#v\n", p)
	fmt.Printf("type: %T\n", p)
	fmt.Printf("bool: %t\n", true)
	fmt.Printf("int: %d\n", 123)
	fmt.Printf("bin: %b\n", 14)
	fmt.Printf("char: %c\n", 33)
	fmt.Printf("hex: %x\n", 456)
	fmt.Printf("float1: %f\n", 78.9)
	fmt.Printf("float2: %e\n", 123400000.0)
	fmt.Printf("float3: %E\n", 123400000.0)
	fmt.Printf("str1: %s\n", "\"string\"")
	fmt.Printf("str2: %q\n", "\"string\"")
	fmt.Printf("str3: %x\n", "hex this")
	fmt.Printf("width1: |%6d|%6d|\n", 12, 345)
	fmt.Printf("width2: |%6.2f|%6.2f|\n", 1.2, 3.45)
	fmt.Printf("width3: |%-6.2f|%-6.2f|\n", 1.2, 3.45)
	fmt.Printf("width4: |%6s|%6s|\n", "foo", "b")
	fmt.Printf("width5: |%-6s|%-6s|\n", "foo", "b")
	s := fmt.Sprintf("sprintf: a %s", "string")
	fmt.Println(s)
	fmt.Fprintf(os.Stdout, "io: an %s\n", "error")
	d := 1500 * time.Millisecond
	fmt.Printf("%v|%s|%d|%10v|%-10s|%q|%.1f\n", d, d, d, d, d, d, d.Seconds())
	fmt.Println(time.Duration(0), 90*time.Second, -3*time.Microsecond, time.Duration(1))
	fmt.Printf("|%-10s|%10s|%-4s|%4s|\n", "héllo", "世界", "日本語x", "ñ")
	fmt.Printf("|%5c|%-3c|%5q|%-5U|%08U\n", '世', 'x', '世', 'a', 'a')
	for i, name := range []string{"apple", "kiwi", "watermelon"} {
		fmt.Printf("%-3d %-12s %6.2f %5.1f%%\n", i+1, name, float64(len(name))*1.25, float64(i)*33.333)
	}
	fmt.Printf("%v %v\n", int64(-1<<63), uint64(1<<63))
	fmt.Printf("%x %X %o %b\n", int64(-1<<63), uint32(1<<31), int8(-128), uint8(255))
}
