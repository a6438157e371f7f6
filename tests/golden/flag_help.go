// -help prints the usage and exits with status 0.
package main

import (
	"flag"
	"fmt"
	"time"
)

func main() {
	flag.String("addr", ":8080", "address to `listen` on")
	flag.Duration("timeout", 0, "request timeout")
	flag.Bool("debug", false, "debug mode")
	flag.Float64("scale", 1, "scale factor")
	flag.Parse()
	fmt.Println("not reached", time.Second)
}
