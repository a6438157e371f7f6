// exit: 1
// stderr: prog.go:5:1: syntax error: non-declaration statement outside function body
package main

hello, world
this is not a Go program
