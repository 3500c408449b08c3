package clean

import (
	"math/bits"
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
	var firsts *blocksByFirst // built when a fingerprint's literal is first found
	for _, r := range p.in.rules.rules {
		hits := 0
		var mask uint64
		for fi := range r.fingerprints {
			fp := &r.fingerprints[fi] // by pointer: a pattern is a dozen words
			// A ^-anchored fingerprint skips the search of the whole page
			// for its literal: the blocks it can start, few, are searched
			// one by one (pattern.skip) for less. (absentFrom's test, with
			// the byte pairs looked up once.)
			if fp.lit != "" && (!p.in.pairs.mayContainRare(fp.lit, fp.rare) || fp.start == nil && !strings.Contains(p.in.src, fp.lit)) {
				continue
			}
			if len(fp.lit) <= weakLiteral && fp.pageLacks(p.in.pairs) {
				continue
			}
			if firsts == nil {
				firsts = newBlocksByFirst(p.blocks)
			}
			if p.fingerprintFound(fp, firsts) {
				hits++
				if fi < 64 {
					mask |= 1 << fi
				}
			}
		}
		if hits > bestHits {
			best, bestHits, found = r, hits, mask
		}
	}
	return best, found
}

// fingerprintFound reports whether fingerprint fp matches a block of at most
// maxMatch bytes. A ^-anchored one is tried only on the blocks that open
// with one of its start bytes: those of its set that open a block of the
// page.
func (p *Page) fingerprintFound(fp *pattern, firsts *blocksByFirst) bool {
	if fp.start == nil {
		for i := range p.blocks {
			if t := p.blocks[i].Text; len(t) <= maxMatch && !fp.skip(t) && fp.re.MatchString(t) {
				return true
			}
		}
		return false
	}
	for w := range fp.start {
		word := fp.start[w] & firsts.opens[w]
		for word != 0 {
			b := w*64 + bits.TrailingZeros64(word)
			word &= word - 1
			for _, i := range firsts.idx[firsts.from[b]:firsts.from[b+1]] {
				if t := p.blocks[i].Text; !fp.skip(t) && fp.re.MatchString(t) {
					return true
				}
			}
		}
	}
	return false
}

// fits reports whether t's length is one a match of p can have (the
// first test of pattern.skip).
func (p *pattern) fits(t string) bool {
	return len(t) >= p.minLen && (p.maxLen < 0 || len(t) <= p.maxLen)
}

// blocksByFirst indexes the blocks of a page that a fingerprint may match
// (not empty, at most maxMatch bytes) by their first byte: those that open
// with byte b are idx[from[b]:from[b+1]], in page order, and opens holds
// the bytes that open one (from is set for those bytes only).
type blocksByFirst struct {
	from  [257]int32
	idx   []int32
	opens byteSet
}

// newBlocksByFirst indexes blocks in two passes (a counting sort).
func newBlocksByFirst(blocks []Block) *blocksByFirst {
	x := new(blocksByFirst)
	n := 0
	for i := range blocks {
		if t := blocks[i].Text; t != "" && len(t) <= maxMatch {
			x.from[int(t[0])+1]++
			x.opens.add(t[0])
			n++
		}
	}
	// the counts (from[b+1], for each byte b that opens a block) summed
	// over those bytes only, in order: a page's blocks open with a few
	// dozen bytes of the 256 (from is read at them only)
	pos := int32(0)
	for w, word := range x.opens {
		for word != 0 {
			b := w*64 + bits.TrailingZeros64(word)
			word &= word - 1
			n := x.from[b+1]
			x.from[b] = pos
			pos += n
			x.from[b+1] = pos
		}
	}
	x.idx = make([]int32, n)
	next := x.from
	for i := range blocks {
		if t := blocks[i].Text; t != "" && len(t) <= maxMatch {
			x.idx[next[t[0]]] = int32(i)
			next[t[0]]++
		}
	}
	return x
}

// hostOf returns the lower-cased host of a URL without "www.", or "".
func hostOf(raw string) string {
	if raw == "" {
		return ""
	}
	if !strings.Contains(raw, "://") {
		// A bare host ("caliber.az/x") or a protocol-relative address
		// ("//caliber.az/x", as pages write their links) is read as http.
		raw = "http://" + strings.TrimPrefix(raw, "//")
	}
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}
