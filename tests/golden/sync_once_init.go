package main

import (
	"fmt"
	"sync"
)

type Config struct{ Name string; Workers int }

var (
	cfg     *Config
	cfgOnce sync.Once
	loads   int
)

func loadConfig() *Config {
	cfgOnce.Do(func() {
		loads++
		cfg = &Config{Name: "prod", Workers: 8}
	})
	return cfg
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = loadConfig()
		}()
	}
	wg.Wait()
	fmt.Printf("%+v loaded %d time(s)\n", *loadConfig(), loads)

	var once sync.Once
	count := 0
	increment := func() { count++ }
	decrement := func() { count-- }
	once.Do(increment)
	once.Do(decrement)
	fmt.Println("count:", count)

	// A panicking Do still counts as done.
	var o2 sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		o2.Do(func() { panic("boom in once") })
	}()
	o2.Do(func() { fmt.Println("not printed") })
	fmt.Println("second Do skipped")

	v := sync.OnceValue(func() int { fmt.Println("computing"); return 42 })
	fmt.Println(v(), v())
	vs := sync.OnceValues(func() (string, error) { return "data", nil })
	s, err := vs()
	fmt.Println(s, err)
}
