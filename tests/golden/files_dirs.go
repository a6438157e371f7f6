package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

func check(err error) {
	if err != nil {
		panic(err)
	}
}

func touch(name string) {
	check(os.WriteFile(name, []byte(name), 0644))
}

func main() {
	dir, err := os.MkdirTemp("", "gopark-dirs")
	check(err)
	defer os.RemoveAll(dir)
	check(os.Chdir(dir))

	check(os.Mkdir("top", 0755))
	fmt.Println("Mkdir again:", os.Mkdir("top", 0755))
	fmt.Println("Mkdir no parent:", os.Mkdir("nope/sub", 0755))
	check(os.MkdirAll("top/b/c", 0755))
	check(os.MkdirAll("top/b/c", 0755))
	check(os.MkdirAll("top/a", 0755))
	touch("top/z.txt")
	touch("top/b/y.txt")
	touch("top/b/c/x.txt")
	touch("top/a/w.txt")
	fmt.Println("MkdirAll over a file:", os.MkdirAll("top/z.txt/d", 0755))

	entries, err := os.ReadDir("top")
	check(err)
	for _, e := range entries {
		info, _ := e.Info()
		fmt.Println(e.Name(), e.IsDir(), e.Type().IsDir(), info.Mode(), e)
	}
	_, err = os.ReadDir("top/z.txt")
	fmt.Println("ReadDir of a file:", err)

	fmt.Println("WalkDir:")
	filepath.WalkDir("top", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Name() == "c" {
			fmt.Println("  skip", path)
			return filepath.SkipDir
		}
		fmt.Println(" ", path, d.IsDir())
		return nil
	})
	fmt.Println("Walk:")
	filepath.Walk("top", func(path string, info fs.FileInfo, err error) error {
		fmt.Println(" ", path, info.Size() > 0, info.IsDir())
		return nil
	})
	err = filepath.WalkDir("absent", func(path string, d fs.DirEntry, err error) error {
		fmt.Println("  visit", path, d == nil, err)
		return err
	})
	fmt.Println("WalkDir missing:", err)

	fmt.Println("Remove non-empty:", os.Remove("top/b"))
	fmt.Println("Remove missing:", os.Remove("top/none"))
	check(os.Rename("top/a/w.txt", "top/w2.txt"))
	fmt.Println("Rename missing:", os.Rename("top/a/w.txt", "top/w3.txt"))
	check(os.Remove("top/a"))
	check(os.Chdir("top/b"))
	entries, _ = os.ReadDir(".")
	for _, e := range entries {
		fmt.Println("in top/b:", e.Name())
	}
	fmt.Println("Chdir to a file:", os.Chdir("y.txt"))
	check(os.Chdir("../.."))
	check(os.RemoveAll("top/b"))
	check(os.RemoveAll("top/b"))
	entries, _ = os.ReadDir("top")
	for _, e := range entries {
		fmt.Println("left:", e.Name())
	}
	f, err := os.Open("top")
	check(err)
	first, err := f.ReadDir(1)
	fmt.Println("File.ReadDir(1):", len(first), first[0].Name(), err)
	rest, err := f.ReadDir(-1)
	fmt.Println("File.ReadDir(-1):", len(rest), err)
	_, err = f.Write([]byte("x"))
	fmt.Println("write to dir:", err)
	f.Close()
	fmt.Println(os.TempDir(), fs.ModeDir|0755, fs.FileMode(0644))
}
