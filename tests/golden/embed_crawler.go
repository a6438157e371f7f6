// A concurrent crawler over a fake web, in the shape of A Tour of Go's web crawler
// exercise: the shared set of visited pages embeds a sync.Mutex, and the crawler embeds a
// sync.WaitGroup and a pointer to that set, so c.Lock(), c.Done() and c.seen are promoted.
package main

import (
	"fmt"
	"sync"
)

type page struct {
	title string
	links []string
}

// site stands in for the network: URL -> page.
type site map[string]*page

func (s site) get(url string) (string, []string, bool) {
	if p, ok := s[url]; ok {
		return p.title, p.links, true
	}
	return "", nil, false
}

// pages records what was found at each URL; the embedded Mutex guards the map.
type pages struct {
	sync.Mutex
	seen map[string]string
}

// claim marks url as taken and reports whether no one had taken it before.
func (p *pages) claim(url string) bool {
	p.Lock()
	defer p.Unlock()
	if _, ok := p.seen[url]; ok {
		return false
	}
	p.seen[url] = "(pending)"
	return true
}

func (p *pages) record(url, result string) {
	p.Lock()
	p.seen[url] = result
	p.Unlock()
}

type crawler struct {
	sync.WaitGroup
	*pages
	web site
}

func (c *crawler) crawl(url string, depth int) {
	defer c.Done()
	if depth <= 0 || !c.claim(url) {
		return
	}
	title, links, ok := c.web.get(url)
	if !ok {
		c.record(url, "not found")
		return
	}
	c.record(url, fmt.Sprintf("%q, %d links", title, len(links)))
	for _, u := range links {
		c.Add(1)
		go c.crawl(u, depth-1)
	}
}

func main() {
	web := site{
		"https://lang.example/": {"The Language", []string{
			"https://lang.example/spec/",
			"https://lang.example/pkg/",
		}},
		"https://lang.example/spec/": {"Specification", []string{
			"https://lang.example/",
			"https://lang.example/pkg/",
			"https://lang.example/faq/",
		}},
		"https://lang.example/pkg/": {"Packages", []string{
			"https://lang.example/pkg/sync/",
			"https://lang.example/pkg/fmt/",
		}},
		"https://lang.example/pkg/sync/": {"Package sync", []string{
			"https://lang.example/pkg/",
			"https://lang.example/",
		}},
		"https://lang.example/pkg/fmt/": {"Package fmt", []string{
			"https://lang.example/pkg/",
			"https://lang.example/pkg/sync/",
		}},
	}
	c := &crawler{pages: &pages{seen: map[string]string{}}, web: web}
	c.Add(1)
	go c.crawl("https://lang.example/", 10)
	c.Wait()
	order := []string{
		"https://lang.example/",
		"https://lang.example/spec/",
		"https://lang.example/pkg/",
		"https://lang.example/pkg/sync/",
		"https://lang.example/pkg/fmt/",
		"https://lang.example/faq/",
		"https://lang.example/blog/",
	}
	for _, u := range order {
		r, ok := c.seen[u]
		if !ok {
			r = "never reached"
		}
		fmt.Printf("%-32s %s\n", u, r)
	}
	fmt.Println(len(c.seen), "URLs claimed")
}
