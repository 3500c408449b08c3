package wcxb

import (
	"hash/fnv"
	"net"
	"net/url"
	"strings"

	"golang.org/x/net/publicsuffix"
)

// Side is one part of the hold-out split.
type Side uint8

const (
	Train Side = iota // pages a model may be trained and tuned on
	Test              // pages held out: their sites are never trained on
)

// String names the side as reports print it: "train" or "test".
func (s Side) String() string {
	if s == Test {
		return "test"
	}
	return "train"
}

// splitSalt names the split rule; changing it makes a new split.
const splitSalt = "wcxb-split-1/"

// SideOf is the side of the split that the registrable domain site falls
// on: Test for about one domain in four (the FNV-1a hash of
// "wcxb-split-1/" + site is a multiple of 4), Train for the others.
func SideOf(site string) Side {
	h := fnv.New64a()
	h.Write([]byte(splitSalt))
	h.Write([]byte(site))
	if h.Sum64()%4 == 0 {
		return Test
	}
	return Train
}

// Site is the registrable domain (public suffix plus one label, from the
// Public Suffix List in golang.org/x/net/publicsuffix) of a page address or
// a bare host: "https://www.bbc.co.uk/news/x" and "news.bbc.co.uk" both
// give "bbc.co.uk", "cloud.google.com" gives "google.com", and a host under
// a private suffix stays apart ("alice.github.io"). The host is
// lower-cased, without port or trailing dot. An IP address, or a host that
// is itself a public suffix, is returned whole; "" gives "".
func Site(addr string) string {
	host := strings.TrimSpace(addr)
	if strings.Contains(host, "://") {
		u, err := url.Parse(host)
		if err != nil {
			return ""
		}
		host = u.Hostname()
	} else {
		host, _, _ = strings.Cut(host, "/")
		if h, _, err := net.SplitHostPort(host); err == nil {
			host = h
		}
	}
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	if host == "" || net.ParseIP(host) != nil {
		return host
	}
	site, err := publicsuffix.EffectiveTLDPlusOne(host)
	if err != nil {
		return host
	}
	return site
}
