package main

import "fmt"

// Storing a string writes its length first (the pointer goes through the write barrier):
// the fault is 8 bytes into the field.
type User struct {
	ID    int
	Email string
}

var users = map[int]*User{1: {ID: 1, Email: "a@example.com"}}

func main() {
	users[1].Email = "b@example.com"
	fmt.Println(users[1].Email)
	users[2].Email = "c@example.com"
}
