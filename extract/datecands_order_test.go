package extract

import (
	"testing"

	"github.com/newsclean/newsclean/internal/datecand"
)

// TestDateCandidatesPageOrder checks that a visible numeric date that
// reads both ways is a candidate on the day the page's order gives it (month
// first under og:locale en_US), so that it adds to the metadata's day
// instead of offering a rival one; that under en_GB, day first, it
// stays a day of its own; and that the metadata's year-first day settles
// the order over the locale (statedOrder: en_GB, but the metadata names
// 4 January).
func TestDateCandidatesPageOrder(t *testing.T) {
	page := func(locale, meta string) []byte {
		return []byte(`<!doctype html><html lang="en"><head><title>Tide tables move online</title>
<meta property="og:locale" content="` + locale + `">
<meta property="article:published_time" content="` + meta + `T09:00:00+00:00">
</head><body><article><h1>Tide tables move online</h1>
<div class="post-time">Post time: 01-04-2024</div>
<p>The harbour office will stop printing its tide tables this year and publish them on its website instead, the harbourmaster said on Thursday.</p>
<p>Printed copies will stay available at the office counter for those who ask, and the tables will be updated every week during the winter storms.</p>
<p>Fishing crews had asked for the change for years, saying the printed booklets were often out of date before the season began.</p>
</article></body></html>`)
	}
	for _, c := range []struct {
		locale string
		meta   string   // the metadata's publish day
		days   []string // the candidate days, in order
		line   float64  // whether the first day has the date line
	}{
		{"en_US", "2024-01-04", []string{"2024-01-04"}, 1},
		{"en_GB", "2024-02-10", []string{"2024-02-10", "2024-04-01"}, 0},
		{"en_GB", "2024-01-04", []string{"2024-01-04"}, 1},
	} {
		cands, err := htmlDateCandidates(page(c.locale, c.meta), "")
		if err != nil {
			t.Fatal(err)
		}
		var days []string
		for _, cd := range cands {
			days = append(days, cd.Day)
		}
		if len(days) != len(c.days) || days[0] != c.days[0] || len(days) > 1 && days[1] != c.days[1] {
			t.Errorf("%s, %s: candidate days %v, want %v", c.locale, c.meta, days, c.days)
			continue
		}
		if x := cands[0].X; x[datecand.OpenGraph] != 1 || x[datecand.Line] != c.line {
			t.Errorf("%s, %s: %s has opengraph=%g date-line=%g, want 1 and %g", c.locale, c.meta, days[0], x[datecand.OpenGraph], x[datecand.Line], c.line)
		}
	}
}
