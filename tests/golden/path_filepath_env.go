// Packages path and path/filepath (lexical: Clean, Join, Dir, Base, Ext, Split, Rel, ...) and the
// environment of package os (Setenv, Getenv, LookupEnv, ExpandEnv, Unsetenv, Clearenv, Environ).
package main

import (
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"
)

func main() {
	p := filepath.Join("dir1", "dir2", "filename")
	fmt.Println("p:", p)
	fmt.Println(filepath.Join("dir1//", "filename"))
	fmt.Println(filepath.Join("dir1/../dir1", "filename"))
	fmt.Println("Dir(p):", filepath.Dir(p))
	fmt.Println("Base(p):", filepath.Base(p))
	fmt.Println(filepath.IsAbs("dir/file"))
	fmt.Println(filepath.IsAbs("/dir/file"))
	filename := "config.json"
	ext := filepath.Ext(filename)
	fmt.Println(ext)
	fmt.Println(strings.TrimSuffix(filename, ext))
	rel, err := filepath.Rel("a/b", "a/b/t/file")
	fmt.Println(rel, err)
	rel, err = filepath.Rel("a/b", "a/c/t/file")
	fmt.Println(rel, err)
	rel, err = filepath.Rel("/a", "b")
	fmt.Println(rel, err)
	rel, err = filepath.Rel("../a", "b")
	fmt.Println(rel, err)
	for _, s := range []string{"", ".", "..", "/", "a/b/", "/a/./b/../../..", "x//y/.", "../../x/./y"} {
		fmt.Printf("%q %q %q %q %q\n", path.Clean(s), path.Base(s), path.Dir(s), path.Ext(s), filepath.Clean(s))
		d, f := path.Split(s)
		fmt.Printf("%q %q\n", d, f)
	}
	fmt.Println(path.Join(), path.Join("", ""), path.Join("", "a"), path.Join("a", ""), path.Join("/", "x"))
	fmt.Println(filepath.SplitList("/a:/b::c"), len(filepath.SplitList("")))
	fmt.Println(filepath.IsLocal("a/../b"), filepath.IsLocal("../a"), filepath.IsLocal(""), filepath.IsLocal("/x"))
	os.Setenv("FOO", "1")
	fmt.Println("FOO:", os.Getenv("FOO"))
	fmt.Println("BAR:", os.Getenv("BAR"))
	v, ok := os.LookupEnv("FOO")
	fmt.Println(v, ok)
	fmt.Println(os.Setenv("", "x"), os.Setenv("A=B", "x"))
	os.Setenv("FOO", "2")
	os.Setenv("NAME", "gopher")
	fmt.Println(os.ExpandEnv("$FOO ${NAME}! ${} $ ${NAME $1 end$"))
	os.Unsetenv("FOO")
	_, ok = os.LookupEnv("FOO")
	fmt.Println(ok)
	os.Clearenv()
	fmt.Println(len(os.Environ()))
	os.Setenv("X", "y")
	fmt.Println(os.Environ())
}
