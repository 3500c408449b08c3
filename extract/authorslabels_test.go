package extract

import (
	"slices"
	"testing"
)

// labelStory is a local paper's story under its headline, as HTML
// paragraphs and as flattened text.
const (
	labelStoryHTML = `<p>The council voted on Tuesday to widen the old bridge over the river, ending a debate that had run for three years and split the town into two camps.</p><p>Work starts in the spring and should take eighteen months, the council said, with one lane open to traffic for most of that time and the footpath closed.</p><p>Residents on both banks had asked for the work since the bridge was closed to lorries, which now drive twenty minutes round by the ring road.</p>`
	labelStoryText = "The council voted on Tuesday to widen the old bridge over the river, ending a debate that had run for three years and split the town into two camps.\n\nWork starts in the spring and should take eighteen months, the council said, with one lane open to traffic for most of that time and the footpath closed.\n\nResidents on both banks had asked for the work since the bridge was closed to lorries, which now drive twenty minutes round by the ring road.\n"
	labelURL       = "https://courier.example/news/2025/03/04/bridge"
)

// labelAuthors returns the authors of the story with line between its
// headline and its date line, as HTML and as flattened text.
func labelAuthors(t *testing.T, line string) (html, text []string) {
	t.Helper()
	h := `<!doctype html><html><head><title>Council votes to widen the old bridge</title></head><body><main><article><h1>Council votes to widen the old bridge</h1><p>` +
		line + `</p><p>March 4, 2025</p>` + labelStoryHTML + `</article></main></body></html>`
	a, err := HTMLBytes([]byte(h), "text/html; charset=utf-8", &Options{URL: labelURL})
	if err != nil {
		t.Fatal(err)
	}
	tx := "Home\nNews\nSport\n\nCouncil votes to widen the old bridge\n\n" + line + "\n\nMarch 4, 2025\n\n" + labelStoryText + "\nShare this\n"
	b, err := Text([]byte(tx), &Options{URL: labelURL})
	if err != nil {
		t.Fatal(err)
	}
	if b.Title != "Council votes to widen the old bridge" {
		t.Errorf("%q: text title %q", line, b.Title)
	}
	return a.Authors, b.Authors
}

// TestLabelledBylines checks the bylines whose label is a magazine's or a
// contributor's ("Words: Jane Doe", "Text by", "Guest post by"), on HTML
// and on flattened text, where the text path took the line for the
// headline; and the lines with such a label that name nobody.
func TestLabelledBylines(t *testing.T) {
	want := []string{"Mara Quillon"}
	for _, line := range []string{
		"Words: Mara Quillon", "Words by Mara Quillon", "Text: Mara Quillon", "Text by Mara Quillon",
		"Writer: Mara Quillon", "Byline: Mara Quillon",
		"Reporting by Mara Quillon", "Article by Mara Quillon", "Authored by Mara Quillon",
		"Contributed by Mara Quillon", "Guest post by Mara Quillon", "Opinion by Mara Quillon",
	} {
		html, text := labelAuthors(t, line)
		if !slices.Equal(html, want) || !slices.Equal(text, want) {
			t.Errorf("%q: authors %q (HTML), %q (text), want %q", line, html, text, want)
		}
	}
	for _, line := range []string{"Text: Article Five of the Treaty", "Writer: Unknown", "Text size: Large", "Words: 1,200"} {
		if html, text := labelAuthors(t, line); len(html) > 0 || len(text) > 0 {
			t.Errorf("%q: authors %q (HTML), %q (text), want none", line, html, text)
		}
	}
}

// TestBylineDegrees checks that a byline's degrees after the name are no
// second author on either path ("Written by Jane Doe, PhD").
func TestBylineDegrees(t *testing.T) {
	for _, line := range []string{"Written by Mara Quillon, PhD", "By Mara Quillon, MD, MPH"} {
		html, text := labelAuthors(t, line)
		if want := []string{"Mara Quillon"}; !slices.Equal(html, want) || !slices.Equal(text, want) {
			t.Errorf("%q: authors %q (HTML), %q (text), want %q", line, html, text, want)
		}
	}
}
