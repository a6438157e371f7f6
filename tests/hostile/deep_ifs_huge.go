// limit: nesting
// exit: 1
// stderr: prog.go:258:8: exceeded max nesting depth
package main

import "fmt"

func main() {
	x := 1
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
if x > 0 {
	fmt.Println("deep")
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
