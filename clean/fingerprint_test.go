package clean

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// TestFingerprintByFirstByte checks the first-byte index of fingerprint
// against trying every block: for every built-in fingerprint and every
// page of the seeds and the rules' test cases (and the cases' lines as one
// page), both find a match or neither does.
func TestFingerprintByFirstByte(t *testing.T) {
	var pages []string
	for _, p := range testkit.Seeds(t) {
		pages = append(pages, string(p.Data))
	}
	cases := ruleCaseFiles(t)
	var all strings.Builder
	for _, f := range cases {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, string(b))
		all.Write(b)
	}
	pages = append(pages, all.String(), "", "\n\n", strings.Repeat("x", maxMatch+1))
	found := 0
	for _, src := range pages {
		p := &Page{blocks: segmentText(src)}
		firsts := newBlocksByFirst(p.blocks)
		for _, r := range BuiltinRules().rules {
			for _, fp := range r.fingerprints {
				want := false
				for i := range p.blocks {
					if tx := p.blocks[i].Text; len(tx) <= maxMatch && !fp.skip(tx) && fp.re.MatchString(tx) {
						want = true
						break
					}
				}
				if got := p.fingerprintFound(&fp, firsts); got != want {
					t.Errorf("%s %s on a page of %d blocks: found %v, trying every block %v", r.id, fp.re, len(p.blocks), got, want)
				}
				if want {
					found++
				}
			}
		}
	}
	if found == 0 {
		t.Error("no fingerprint found in any page")
	}
	detected := 0
	for _, src := range pages {
		var pairs bigrams
		pairs.index(src)
		p := &Page{in: input{src: src, pairs: &pairs, rules: BuiltinRules()}, blocks: segmentText(src)}
		best, mask := p.fingerprint()
		wantBest, wantMask := plainFingerprint(p)
		if wantBest != nil {
			detected++
		}
		if best != wantBest || mask != wantMask {
			t.Errorf("a page of %d blocks: fingerprint() = %v, %b; without prefilters %v, %b", len(p.blocks), best, mask, wantBest, wantMask)
		}
	}
	if detected == 0 {
		t.Error("no page named an outlet by its fingerprints")
	}
}

// plainFingerprint is Page.fingerprint without prefilters: every
// fingerprint's regexp on every block of at most maxMatch bytes.
func plainFingerprint(p *Page) (best *Rule, found uint64) {
	bestHits := 0
	for _, r := range p.in.rules.rules {
		hits := 0
		var mask uint64
		for fi, fp := range r.fingerprints {
			for i := range p.blocks {
				if tx := p.blocks[i].Text; len(tx) <= maxMatch && fp.re.MatchString(tx) {
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

// ruleCaseFiles returns the built-in rules' test cases (rules/*/*.txtar),
// failing the test when there are none: a test that reads them must not
// pass on an empty set.
func ruleCaseFiles(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("rules/*/*.txtar")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no rule test cases in rules/*/*.txtar")
	}
	return files
}
