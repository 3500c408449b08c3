package extract

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsclean/newsclean/clean"
	"github.com/newsclean/newsclean/internal/testkit"
)

// The assembler places the headline's block knowing the title ranker's
// choice: a block the ranker passed over for another headline lands in
// Removed at its line (and a later Title block is not promoted in its
// stead unless it prints the ranker's headline:
// TestPlaceTitleLaterBlockOfRankedHeadline); a block that is the ranker's title cleaned (with the site's
// name, in another case) stays the title, which is the ranker's text; a
// page with no headline block takes the ranker's title; without a ranked
// title the block's text is the title.
func TestBuildRankedTitle(t *testing.T) {
	page := func(title ...string) *clean.Result {
		res := &clean.Result{Blocks: []clean.Block{{Kind: clean.Nav, Line: 1, Text: "Home"}}}
		for _, s := range title {
			res.Blocks = append(res.Blocks, clean.Block{Kind: clean.Title, Line: len(res.Blocks) + 1, Text: s})
		}
		return res
	}
	tail := func(res *clean.Result) *clean.Result {
		n := len(res.Blocks)
		res.Blocks = append(res.Blocks,
			clean.Block{Kind: clean.Body, Line: n + 1, Text: "The harbour board voted on Tuesday to dredge the north channel before the autumn storms."},
			clean.Block{Kind: clean.Other, Line: n + 2, Text: "© 2025 Harbour Times"})
		return res
	}
	const headline = "Harbour board to dredge the north channel"
	home := Removed{Kind: clean.Nav, Line: 1, Text: "Home"}
	cases := []struct {
		name    string
		res     *clean.Result
		ranked  string
		title   string
		placed  string // where block 1 went
		removed []Removed
	}{{
		name: "another headline", res: tail(page("Sign in to add this item to your wishlist")), ranked: headline,
		title: headline, placed: "removed",
		removed: []Removed{home,
			{Kind: clean.Title, Rule: rankedOutTitleRule, Line: 2, Text: "Sign in to add this item to your wishlist"},
			{Kind: clean.Other, Line: 4, Text: "© 2025 Harbour Times"}},
	}, {
		name: "another headline, then a second title block", res: tail(page("Sign in to add this item to your wishlist", "Your basket")), ranked: headline,
		title: headline, placed: "removed",
		removed: []Removed{home,
			{Kind: clean.Title, Rule: rankedOutTitleRule, Line: 2, Text: "Sign in to add this item to your wishlist"},
			{Kind: clean.Title, Line: 3, Text: "Your basket"},
			{Kind: clean.Other, Line: 5, Text: "© 2025 Harbour Times"}},
	}, {
		name: "the same headline with the site's name", res: tail(page(headline + " | Harbour Times")), ranked: headline,
		title: headline, placed: "title",
		removed: []Removed{home, {Kind: clean.Other, Line: 4, Text: "© 2025 Harbour Times"}},
	}, {
		name: "the same headline in another case and marks", res: tail(page("HARBOUR BOARD TO DREDGE THE NORTH CHANNEL")), ranked: headline + "!",
		title: headline + "!", placed: "title",
		removed: []Removed{home, {Kind: clean.Other, Line: 4, Text: "© 2025 Harbour Times"}},
	}, {
		name: "no headline block", res: tail(page()), ranked: headline,
		title: headline, placed: "body",
		removed: []Removed{home, {Kind: clean.Other, Line: 3, Text: "© 2025 Harbour Times"}},
	}, {
		name: "no ranked title", res: tail(page("Sign in to add this item to your wishlist")), ranked: "",
		title: "Sign in to add this item to your wishlist", placed: "title",
		removed: []Removed{home, {Kind: clean.Other, Line: 4, Text: "© 2025 Harbour Times"}},
	}}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, placed := build(c.res, &Options{NoNormalize: true}, c.ranked)
			if a.Title != c.title {
				t.Errorf("title %q, want %q", a.Title, c.title)
			}
			if placed[1] != c.placed {
				t.Errorf("block 1 placed %q, want %q", placed[1], c.placed)
			}
			if d := cmp.Diff(c.removed, a.Removed); d != "" {
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
		_, placed := build(res, opts, "")
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
