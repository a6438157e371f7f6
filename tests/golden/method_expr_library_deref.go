// (*T).M of a library value method (time.Duration, time.Month): a wrapper loads the value;
// a nil pointer panics with the runtime's panicwrap text.
package main

import (
	"fmt"
	"time"
)

func main() {
	d := 90 * time.Second
	s := (*time.Duration).String
	fmt.Println(s(&d), time.Duration.String(d))
	h := (*time.Duration).Hours
	fmt.Println(h(&d))
	m := time.March
	fmt.Println((*time.Month).String(&m))
	defer func() { fmt.Println(recover()) }()
	var np *time.Duration
	fmt.Println(s(np))
}
