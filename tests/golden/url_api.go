package main

import (
	"fmt"
	"net"
	"net/url"
)

func main() {
	for _, raw := range []string{
		"https://bob:s3cret@example.com:8443/a/b%20c/?q=go+lang&x=1&x=2#frag%21",
		"http://example.com",
		"mailto:someone@example.com",
		"/relative/path?k=v",
		"//host.only/p",
		"file:///etc/hosts",
		"http://[::1]:8080/ipv6",
		"http://user@host/",
		"http://host/?",
		"http://h/p#a b",
	} {
		u, err := url.Parse(raw)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%q %q %v %q %q %q %q %q\n", u.Scheme, u.Opaque, u.User, u.Host, u.Path, u.RawQuery, u.Fragment, u.RawPath)
		fmt.Println(u, u.String(), u.Hostname(), u.Port(), u.IsAbs(), u.RequestURI(), u.EscapedPath())
		fmt.Println(u.Query())
	}
	for _, bad := range []string{"http://[::1", "http://host:port/", "://nothing", "%zz", "http://a b.com/", "1http://x"} {
		_, err := url.Parse(bad)
		fmt.Println(err)
	}
	q, err := url.ParseQuery("a=1&b=%41&a=3&c")
	fmt.Println(q, err, q.Get("a"), q["a"], q.Has("c"), q.Get("zz"))
	q.Set("d", "x y")
	q.Add("a", "4&5")
	q.Del("b")
	fmt.Println(q.Encode())
	_, err = url.ParseQuery("a=1;b=2")
	fmt.Println(err)
	v := url.Values{}
	v.Set("name", "Ava")
	v.Add("friend", "Jess")
	v.Add("friend", "Sarah")
	fmt.Println(v.Encode())
	fmt.Println(url.QueryEscape("a b&c=d/é"), url.PathEscape("a b/c"))
	s, err := url.QueryUnescape("a+b%26c")
	fmt.Println(s, err)
	_, err = url.PathUnescape("%g1")
	fmt.Println(err)
	fmt.Println(url.UserPassword("me", "p@ss"), url.User("only"))
	for _, hp := range []string{"host:80", "[::1]:443", "nohost", "a:b:c", ":9"} {
		h, p, err := net.SplitHostPort(hp)
		fmt.Printf("%q %q %v\n", h, p, err)
	}
	fmt.Println(net.JoinHostPort("::1", "80"), net.JoinHostPort("example.com", "443"))
}
