package main

import (
	"bufio"
	"fmt"
	"log"
	"os"
)

func main() {
	dir, err := os.MkdirTemp("", "gopark-scan")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	os.Chdir(dir)

	os.WriteFile("nums", []byte("3 4\n5 6\nx"), 0644)
	f, _ := os.Open("nums")
	for {
		var a, b int
		n, err := fmt.Fscanln(f, &a, &b)
		fmt.Println(n, err, a, b)
		if err != nil {
			break
		}
	}
	f.Close()
	var z int
	fmt.Println(fmt.Fscan(f, &z))

	f, _ = os.Open("nums")
	r := bufio.NewReader(f)
	line, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	f.Close()

	lf, _ := os.OpenFile("log.txt", os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0644)
	l := log.New(lf, "app: ", 0)
	l.Println("started")
	l.Printf("%d items", 3)
	lf.Close()
	d, _ := os.ReadFile("log.txt")
	fmt.Print(string(d))
	st, _ := os.Stat(".")
	fmt.Println(st.Name(), st.IsDir())
}
