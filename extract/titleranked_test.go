package extract

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsclean/newsclean/clean"
	"github.com/newsclean/newsclean/internal/testkit"
)

// The blocks placed as the title whose text the ranker passed over for
// another headline land in Removed at their line; the ranker's title that
// is the same headline cleaned (without the site's name, in another case)
// records nothing.
func TestKeepRankedOutTitle(t *testing.T) {
	blocks := []clean.Block{
		{Kind: clean.Nav, Line: 1, Text: "Home"},
		{Kind: clean.Title, Line: 2, Text: "Sign in to add this item to your wishlist"},
		{Kind: clean.Title, Line: 3, Text: "or mark it as ignored"},
		{Kind: clean.Body, Line: 4, Text: "A story paragraph."},
		{Kind: clean.Other, Line: 5, Text: "© 2025 Harbour Times"},
	}
	placed := []string{"removed", "title", "title", "body", "removed"}
	before := func() []Removed {
		return []Removed{{Kind: clean.Nav, Line: 1, Text: "Home"}, {Kind: clean.Other, Line: 5, Text: "© 2025 Harbour Times"}}
	}
	cases := []struct {
		name, old, ranked string
		want              []Removed
	}{{
		name: "another headline", old: "Sign in to add this item to your wishlist or mark it as ignored", ranked: "Harbour board to dredge the north channel",
		want: []Removed{
			{Kind: clean.Nav, Line: 1, Text: "Home"},
			{Kind: clean.Title, Rule: rankedOutTitleRule, Line: 2, Text: "Sign in to add this item to your wishlist"},
			{Kind: clean.Title, Rule: rankedOutTitleRule, Line: 3, Text: "or mark it as ignored"},
			{Kind: clean.Other, Line: 5, Text: "© 2025 Harbour Times"},
		},
	}, {
		name: "the same headline without the site's name", old: "Harbour board to dredge the north channel | Harbour Times", ranked: "Harbour board to dredge the north channel",
		want: before(),
	}, {
		name: "the same headline in another case and marks", old: "HARBOUR BOARD TO DREDGE THE NORTH CHANNEL", ranked: "Harbour board to dredge the north channel!",
		want: before(),
	}, {
		name: "no title from the blocks", old: "", ranked: "Harbour board to dredge the north channel",
		want: before(),
	}}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := &Article{Removed: before()}
			keepRankedOutTitle(a, blocks, placed, c.old, c.ranked)
			if d := cmp.Diff(c.want, a.Removed); d != "" {
				t.Errorf("removed (-want +got):\n%s", d)
			}
		})
	}
}

// TestRankedOutTitlePlacedHTML checks over the benchmark's HTML pages (when
// ../shared is beside the module) that a block placed as the title is in
// the article's final title (whole, or holding it: "Headline | Site") or
// in Removed once the title ranker has chosen: a headline the ranker
// passed over is not lost.
func TestRankedOutTitlePlacedHTML(t *testing.T) {
	opts := &Options{NoNormalize: true}
	for _, p := range testkit.SharedPages(t, "bench/aeb/html/*.html") {
		res, err := clean.HTML(p.Data, "", nil)
		if errors.Is(err, clean.ErrEmpty) {
			continue
		}
		if err != nil {
			t.Fatalf("%s: %v", p.Name, err)
		}
		_, placed := build(res, opts)
		a, err := HTMLBytes(p.Data, "", opts)
		if err != nil {
			t.Fatalf("%s: %v", p.Name, err)
		}
		title := cleanSquash(a.Title)
		for i, b := range res.Blocks {
			if placed[i] != "title" {
				continue
			}
			k := cleanSquash(b.Text)
			ok := strings.Contains(title, k) || strings.Contains(k, title)
			for _, r := range a.Removed {
				ok = ok || r.Rule == rankedOutTitleRule && r.Text == b.Text
			}
			if !ok {
				t.Errorf("%s: title block %d %q is in neither the title %q nor removed", p.Name, i, b.Text, a.Title)
			}
		}
	}
}
