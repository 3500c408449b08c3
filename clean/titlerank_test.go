package clean

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/titlerank"
)

// rankPage is an invented article: a navigation heading set as an <h1>,
// the headline, a byline and enough story for the detector.
const rankPage = `<!doctype html><html><head>
<title>Harbour ferries return to the night timetable | Harbour Post</title>
<meta property="og:title" content="Harbour ferries return to the night timetable">
<meta property="og:site_name" content="Harbour Post">
</head><body>
<nav><h1>Accessibility links</h1><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<article>
<h1>Harbour ferries return to the night timetable</h1>
<p>By Mara Lindqvist</p>
<p>The harbour authority said on Tuesday that the three ferries that stopped running after dark last winter will sail again from the first of next month, with crossings every forty minutes until midnight.</p>
<p>Crews trained over the summer on the refitted boats, and the new lights on both piers were tested last week, the authority's spokesperson told reporters at the terminal.</p>
<p>Commuters who work late shifts at the hospital on the island had asked for the service back since the spring, and the council agreed to pay for the extra crews out of its transport budget.</p>
<p>Tickets bought for day crossings will be valid at night as well, and the fares do not change, the authority added in a statement published on its site.</p>
</article>
<footer><p>Harbour Post, all rights reserved.</p></footer>
</body></html>`

// TestRankTitle checks that the ranker chooses the story's headline over a
// navigation label set as an <h1>, and that it changes no block's label.
func TestRankTitle(t *testing.T) {
	const url = "https://harbourpost.example/news/ferries-return-night-timetable"
	on, err := HTML([]byte(rankPage), "text/html; charset=utf-8", &Options{URL: url})
	if err != nil {
		t.Fatal(err)
	}
	if want := "Harbour ferries return to the night timetable"; on.Title != want {
		t.Errorf("Title = %q, want %q", on.Title, want)
	}
	off, err := HTML([]byte(rankPage), "text/html; charset=utf-8", &Options{URL: url, Disable: []string{"html-title-rank"}})
	if err != nil {
		t.Fatal(err)
	}
	if off.Title != "" {
		t.Errorf("Title = %q with the ranker off, want none", off.Title)
	}
	kinds := func(r *Result) []Kind {
		var out []Kind
		for _, b := range r.Blocks {
			out = append(out, b.Kind)
		}
		return out
	}
	if !slices.Equal(kinds(on), kinds(off)) {
		t.Errorf("the ranker changed the labels:\n on %v\noff %v", kinds(on), kinds(off))
	}
}

// TestTitleCandidates checks the candidates the trainer reads: one per
// distinct title, the hand rules' first, every one with all the features.
func TestTitleCandidates(t *testing.T) {
	cands, err := titlerank.Candidates([]byte(rankPage), "https://harbourpost.example/news/ferries-return-night-timetable")
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, c := range cands {
		texts = append(texts, c.Text)
		if len(c.X) != len(titlerank.Names) {
			t.Errorf("%q has %d features, want %d", c.Text, len(c.X), len(titlerank.Names))
		}
	}
	want := []string{"Harbour ferries return to the night timetable", "Accessibility links"}
	if !slices.Equal(texts, want) {
		t.Errorf("candidates %q, want %q", texts, want)
	}
	if len(cands) > 0 && cands[0].X[slices.Index(titlerank.Names, "rules")] != 1 {
		t.Errorf("the first candidate is not the hand rules' choice: %v", cands[0].X)
	}
}

func TestHasYear(t *testing.T) {
	for s, want := range map[string]bool{
		"Best Ferries of 2025": true, "(2026 Guide)": true, "Route 1500 reopens": false, "Top 10 Ferries": false, "": false,
	} {
		if got := hasYear(s); got != want {
			t.Errorf("hasYear(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestRankTitleText checks that text input has no ranked title.
func TestRankTitleText(t *testing.T) {
	res, err := Text([]byte("Harbour ferries return\n\nThe harbour authority said the ferries sail again."), nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Title != "" {
		t.Errorf("Title = %q on text", res.Title)
	}
}

// TestTitleCandidatesSoftHyphen checks that a title's soft hyphens, which
// no reader sees, do not reach the article's title.
func TestTitleCandidatesSoftHyphen(t *testing.T) {
	page := "<html><head><title>Night ferry time\u00adtable returns</title></head><body><p>The ferries sail at night again from next month, the harbour authority said.</p></body></html>"
	cands, err := titlerank.Candidates([]byte(page), "https://harbourpost.example/ferries")
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, c := range cands {
		found = found || c.Text == "Night ferry timetable returns"
		if strings.Contains(c.Text, "\u00ad") {
			t.Errorf("candidate %q keeps a soft hyphen", c.Text)
		}
	}
	if !found {
		t.Errorf("candidates %+v lack the <title> without its soft hyphen", cands)
	}
}
