// Subcommands, each with a FlagSet of its own: ContinueOnError returns the errors (and
// prints them with the set's usage); a set's Usage function of the program's own; flags
// after a missing value; PanicOnError.
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
)

func run(args []string) {
	add := flag.NewFlagSet("add", flag.ContinueOnError)
	force := add.Bool("force", false, "overwrite")
	tags := add.String("tags", "", "comma-separated tags")

	list := flag.NewFlagSet("list", flag.ContinueOnError)
	limit := list.Int("limit", 10, "at most this many")
	list.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: list [-limit n]")
	}

	if len(args) < 1 {
		fmt.Println("expected a subcommand")
		return
	}
	switch args[0] {
	case "add":
		if err := add.Parse(args[1:]); err != nil {
			fmt.Println("add:", err)
			return
		}
		fmt.Println("add", add.Name(), *force, strings.Split(*tags, ","), add.Args(), add.NFlag())
	case "list":
		if err := list.Parse(args[1:]); err != nil {
			fmt.Println("list:", err)
			return
		}
		fmt.Println("list", *limit, list.Args())
	default:
		fmt.Println("unknown subcommand", args[0])
	}
}

func main() {
	run(strings.Fields("add -force -tags=a,b file1 file2"))
	run(strings.Fields("add -tags"))
	run(strings.Fields("add --force=yes"))
	run(strings.Fields("list -limit 3 x"))
	run(strings.Fields("list -all"))
	run(strings.Fields("list ---limit=1"))
	run(strings.Fields("list -h"))
	run(strings.Fields("remove x"))
	run(nil)

	fs := flag.NewFlagSet("", flag.ContinueOnError)
	fs.Int("n", 0, "count")
	fmt.Println(fs.Parse([]string{"-x"}))

	strict := flag.NewFlagSet("strict", flag.PanicOnError)
	strict.Int("n", 0, "count")
	defer func() { fmt.Println("recovered:", recover() != nil) }()
	strict.Parse([]string{"-n", "x"})
}
