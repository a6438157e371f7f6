// errgroup.WithContext fetching fake URLs: one fetch fails, which cancels the group's
// context, and the slower fetches give up.
package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"golang.org/x/sync/errgroup"
)

// fetch pretends to download url: it takes as long as the url says, or fails.
func fetch(ctx context.Context, url string) (string, error) {
	delay := 10 * time.Millisecond
	switch {
	case strings.Contains(url, "slow"):
		delay = 300 * time.Millisecond
	case strings.Contains(url, "broken"):
		delay = 60 * time.Millisecond
	}
	select {
	case <-time.After(delay):
	case <-ctx.Done():
		return "", ctx.Err()
	}
	if strings.Contains(url, "broken") {
		return "", fmt.Errorf("fetch %s: 503 Service Unavailable", url)
	}
	return "<html>" + url + "</html>", nil
}

func fetchAll(urls []string) ([]string, error) {
	g, ctx := errgroup.WithContext(context.Background())
	pages := make([]string, len(urls))
	errs := make([]error, len(urls))
	for i, url := range urls {
		g.Go(func() error {
			page, err := fetch(ctx, url)
			pages[i], errs[i] = page, err
			return err
		})
	}
	err := g.Wait()
	for i, url := range urls {
		fmt.Printf("  %-28s %q err=%v\n", url, pages[i], errs[i])
	}
	fmt.Println("  context after Wait:", ctx.Err())
	return pages, err
}

func main() {
	fmt.Println("all good:")
	pages, err := fetchAll([]string{"http://a.example/", "http://b.example/", "http://c.example/"})
	fmt.Println("=>", len(pages), "pages, err:", err)

	fmt.Println("one broken:")
	_, err = fetchAll([]string{
		"http://slow.example/1",
		"http://broken.example/",
		"http://slow.example/2",
		"http://fast.example/",
	})
	fmt.Println("=> err:", err)
	fmt.Println("canceled?", errors.Is(err, context.Canceled))

	// The zero Group has no context: errors do not stop the others.
	var g errgroup.Group
	fmt.Printf("%T\n", &g)
	done := make([]bool, 3)
	for i := range done {
		g.Go(func() error {
			time.Sleep(time.Duration(i*20) * time.Millisecond)
			done[i] = true
			if i == 0 {
				return errors.New("first fails")
			}
			return errors.New("later fails too")
		})
	}
	fmt.Println(g.Wait(), done)
}
