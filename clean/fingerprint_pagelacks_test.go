package clean

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// TestFingerprintPageLacks checks pattern.pageLacks, the page-wide test of
// a fingerprint's prefixes and anyOf literals, against trying every block:
// for every built-in fingerprint and every page of the seeds, the rules'
// test cases (each, and all as one page) and, where the shared benchmark
// data sits beside the repository (not in -short mode), AEB's and
// WCXB-dev's flattened pages, a fingerprint the page lacks matches no
// block. It also checks that the test turns some down, and keeps some.
func TestFingerprintPageLacks(t *testing.T) {
	testkit.SkipUnderRace(t, "fingerprints over every corpus page, on one goroutine")
	var pages []string
	for _, p := range testkit.Seeds(t) {
		pages = append(pages, string(p.Data))
	}
	var all strings.Builder
	for _, f := range ruleCaseFiles(t) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, string(b))
		all.Write(b)
	}
	pages = append(pages, all.String(), "", "\n\n")
	if !testing.Short() {
		shared := filepath.Join(testkit.Root(t), "..", "shared", "bench")
		for _, dir := range []string{"aeb/text", "wcxb-dev/text"} {
			files, _ := filepath.Glob(filepath.Join(shared, dir, "*"))
			for _, f := range files {
				if b, err := os.ReadFile(f); err == nil {
					pages = append(pages, string(b))
				}
			}
		}
	}
	lacked, kept := 0, 0
	pairs := new(bigrams)
	for _, src := range pages {
		blocks := segmentText(src)
		pairs.index(src)
		for _, r := range BuiltinRules().rules {
			for fi := range r.fingerprints {
				fp := &r.fingerprints[fi]
				if !fp.pageLacks(pairs) {
					kept++
					continue
				}
				lacked++
				for i := range blocks {
					if tx := blocks[i].Text; len(tx) <= maxMatch && fp.re.MatchString(tx) {
						t.Errorf("%s: the page lacks fingerprint %q, which matches block %q", r.ID(), fp.re.expr, tx)
					}
				}
			}
		}
	}
	if lacked == 0 || kept == 0 {
		t.Errorf("pageLacks turned down %d fingerprints and kept %d: the pages test one side only", lacked, kept)
	}
	t.Logf("%d pages: %d fingerprints lacked, %d kept", len(pages), lacked, kept)
}
