package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// TestIdempotentAEB: the same over the flattened pages of the article
// extraction benchmark, with their URLs (skipped when ../shared is absent).
// Without the learned story detector 7 pages changed (the text head's date
// and byline search; see the end). With it, 58 did: its features read a
// block's neighbours and the whole page, and the text output, without the
// furniture, is another page to it, on which it dropped more paragraphs.
// Two changes brought that to 17: the detector no longer steps aside for a
// page with a few lines that look hard-wrapped (then ran on the output,
// whose blocks are not wrapped), and its second pass also learnt from the
// training pages' stories as pages of their own (internal/train, againPage).
// The text head's headline scorer and byline forms (clean/texthead*.go)
// brought it to 13: the title they find on the first pass is the title of
// the second. The text path's steps after the detector (clean/textstory*.go:
// comment threads, calls to act, comment forms) brought it to 11: what the
// first pass kept of that furniture, the second dropped (5 by 2026-12-01,
// with the model's later changes). Since the text
// head reads its window again once every stage has run, over the lines
// the article keeps (clean's head-settle stage), no page changes without
// the model and 5 do with it: lines under the headline that the
// outside-story stage drops once the model's clutter around them is gone,
// a headline the URL's slug finds only on the shorter page, a dateline
// split only when the story's paragraph comes first. The head-settle
// stage splits that dateline now (4 by 2026-12-01, third session), and
// walks up from the story over the lines the output keeps, as the second
// pass's outside-story stage does (2, fifth session: what is left is the
// model dropping more of a shorter page's furniture). Those two were the
// text head and the lists stage reading the page where the output does
// not: a line read as prose with a wrapped line under it that the model
// took out (the story's first paragraph, and so the headline over it, are
// found where the output prints them now), and a run of dated headlines
// broken by tags the model took out (settled over the kept lines): none
// changes with the model either (sixth session).
func TestIdempotentAEB(t *testing.T) {
	pages := testkit.SharedPages(t, "bench/aeb/text/*.txt")
	urls := aebURLs(t)
	for _, c := range []struct {
		name    string
		disable []string
		most    int // pages allowed to change
	}{{"without the model", []string{"model"}, 0}, {"with the model", nil, 0}} {
		// A ratchet, not the goal (every page the same on the second
		// pass): the learned detector reads a page's neighbourhood, which
		// the first pass changes. Lower the counts as that improves;
		// never raise them.
		var changed []string
		for _, p := range pages {
			opts := &Options{URL: urls[strings.TrimSuffix(p.Name, ".txt")], Disable: c.disable}
			a, err := Text(p.Data, opts)
			if err != nil {
				t.Fatal(err)
			}
			if d, err := again(a, opts); err != nil || d != "" {
				changed = append(changed, p.Name)
				if testing.Verbose() {
					t.Logf("%s, %s: %v%s", c.name, p.Name, err, d)
				}
			}
		}
		t.Logf("%s: %d of %d pages change on the second pass", c.name, len(changed), len(pages))
		if len(changed) > c.most {
			t.Errorf("%s: %d pages change on the second pass, more than %d: %v", c.name, len(changed), c.most, changed)
		}
	}
}

// aebURLs reads the pages' URLs from the benchmark's ground truth.
func aebURLs(t *testing.T) map[string]string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(testkit.Shared(t, "bench/aeb"), "ground-truth.json"))
	if err != nil {
		t.Fatal(err)
	}
	var truth map[string]struct {
		URL string `json:"url"`
	}
	if err := json.Unmarshal(data, &truth); err != nil {
		t.Fatal(err)
	}
	urls := make(map[string]string, len(truth))
	for id, v := range truth {
		urls[id] = v.URL
	}
	return urls
}

// FuzzIdempotent: whatever the input, cleaning the article's text output
// again gives the same title and body. It runs without the learned story
// detector, which is not yet idempotent (see TestIdempotentAEB).
func FuzzIdempotent(f *testing.F) {
	for _, p := range testkit.Seeds(f) {
		f.Add(p.Data)
	}
	f.Add([]byte("Menu\nNews\n\nTalks go on\n\nTBILISI, March 5. /TASS/. The two ministers met in Tbilisi on Tuesday, officials said.\n\nRead also\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		opts := &Options{Disable: []string{"model"}}
		a, err := Text(src, opts)
		if err != nil {
			return // the errors are FuzzText's to check
		}
		if d, err := again(a, opts); err != nil || d != "" {
			t.Fatalf("%v%s", err, d)
		}
	})
}
