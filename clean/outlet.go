package clean

import (
	"net/url"
	"strings"
)

// detectOutlet names the outlet: from the URL's host, else from fingerprints
// in the text; the dateline agency is tried later, in splitDateline.
func (p *Page) detectOutlet() {
	if host := hostOf(p.in.url); host != "" {
		if r := p.in.rules.ForHost(host); r != nil {
			p.own, p.outlet = r, r.outlet("url")
		} else {
			p.outlet = Outlet{Name: host, Domain: host, From: "url"}
		}
	}
	if p.own == nil && p.outlet.Name == "" {
		if r, found := p.fingerprint(); r != nil {
			p.own, p.outlet = r, r.outlet("fingerprint")
			for i := range min(len(r.fingerprints), 64) {
				if found&(1<<i) != 0 {
					p.hit(r, fFingerprint, i)
				}
			}
		}
	}
}

// fingerprint returns the rule with the most fingerprints found in the page
// (the first by ID on a tie), or nil when no fingerprint is found, with a
// bit set in found for each of its first 64 fingerprints found.
func (p *Page) fingerprint() (best *Rule, found uint64) {
	bestHits := 0
	for _, r := range p.in.rules.rules {
		hits := 0
		var mask uint64
		for fi, fp := range r.fingerprints {
			if fp.absentFrom(p.in.src, p.in.pairs) {
				continue
			}
			for i := range p.blocks {
				if len(p.blocks[i].Text) <= maxMatch && !fp.skip(p.blocks[i].Text) && fp.re.MatchString(p.blocks[i].Text) {
					hits++
					if fi < 64 {
						mask |= 1 << fi
					}
					break
				}
			}
		}
		if hits > bestHits {
			best, bestHits, found = r, hits, mask
		}
	}
	return best, found
}

// hostOf returns the lower-cased host of a URL without "www.", or "".
func hostOf(raw string) string {
	if raw == "" {
		return ""
	}
	if !strings.Contains(raw, "://") {
		raw = "http://" + raw
	}
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}
