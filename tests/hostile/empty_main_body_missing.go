// exit: 1
// stderr: prog.go:5:6: missing function body
package main

func main()
