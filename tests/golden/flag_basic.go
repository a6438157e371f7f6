// Flags of every kind, set with -name=value, -name value and --name, bool flags alone,
// numbers in other bases, positional arguments after them, Set, and PrintDefaults.
package main

import (
	"flag"
	"fmt"
	"time"
)

func main() {
	name := flag.String("name", "world", "who to greet")
	times := flag.Int("n", 1, "how many `times` to greet")
	shout := flag.Bool("shout", false, "end with an exclamation mark")
	quiet := flag.Bool("q", false, "quiet")
	ratio := flag.Float64("ratio", 0.25, "a ratio")
	delay := flag.Duration("delay", 1500*time.Millisecond, "how long to wait")
	var big int64
	flag.Int64Var(&big, "big", 0, "a big number\nexplained on two lines")
	var mask uint
	flag.UintVar(&mask, "mask", 0o755, "a mask")
	var label string
	flag.StringVar(&label, "label", "", "a label")

	fmt.Println("parsed:", flag.Parsed())
	flag.Parse()
	fmt.Println("parsed:", flag.Parsed())
	for i := 0; i < *times; i++ {
		greeting := "hello, " + *name
		if *shout {
			greeting += "!"
		}
		fmt.Println(greeting)
	}
	fmt.Println(*quiet, *ratio, *delay, big, mask, label)
	fmt.Println("flags set:", flag.NFlag(), "args:", flag.NArg(), flag.Args())
	fmt.Printf("arg 0 %q, arg 5 %q\n", flag.Arg(0), flag.Arg(5))
	fmt.Println(flag.Set("n", "many"), flag.Set("missing", "1"), flag.Set("q", "true"), *quiet)
	fmt.Println(flag.Set("big", "99999999999999999999"))
	flag.CommandLine.SetOutput(flag.CommandLine.Output())
	flag.PrintDefaults()
}
