package clean

import (
	"slices"
	"testing"
)

// The byline the head's readers give for an invented page: its title,
// then the markup, then two paragraphs of story.
func panelBylines(t *testing.T, markup string) []string {
	t.Helper()
	page := `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Lessons for grid storage</title></head><body><main><article><h1>Lessons for grid storage</h1>` +
		`<p>Batteries that store a day's sun for the night are cheaper each year, and the grids that buy them learn to run with less coal in the evening peak than they once did.</p>` +
		`<p>The report reads three decades of policy and finds that support for research alone did little until buyers were found for what the research made.</p></article></main>` + markup + `</body></html>`
	r, err := HTML([]byte(page), "text/html; charset=utf-8", nil)
	if err != nil {
		t.Fatal(err)
	}
	return r.Meta.BylineAuthors
}

// A report's panel of facts beside the story: "Author(s)" over a list of
// names is the byline where the panel gives the paper's date; a sidebar's
// roll of writers under "Authors" with no date is not.
func TestPanelAuthors(t *testing.T) {
	panel := `<aside class="hero-metadata"><h6>Publication Type</h6><p>Report</p><h6>Date</h6><p>November 2003</p><h6>Author(s)</h6>` +
		`<ul><li><a href="/library/?_author=Ines%20Park">Ines Park</a></li><li><a href="/library/?_author=Tom%20Halvorsen">Tom Halvorsen</a></li></ul></aside>`
	if got, want := panelBylines(t, panel), []string{"Ines Park", "Tom Halvorsen"}; !slices.Equal(got, want) {
		t.Errorf("panel: %q, want %q", got, want)
	}
	roll := `<aside class="widget"><h6>Authors</h6><ul><li><a href="/author/ines-park">Ines Park</a></li><li><a href="/author/tom-halvorsen">Tom Halvorsen</a></li></ul></aside>`
	if got := panelBylines(t, roll); len(got) != 0 {
		t.Errorf("a roll of writers with no date: %q, want none", got)
	}
	if got := panelBylines(t, `<aside class="widget"><h6>Date</h6><p>November 2003</p><h6>Author(s)</h6><p>Read our guides</p></aside>`); len(got) != 0 {
		t.Errorf("no names under the label: %q, want none", got)
	}
}
