package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

const reviewerStory = `Winter nights are long, and yet many people sleep worse in the cold months than in summer, for reasons that have to do with light and with heat.
Keeping the bedroom cool, getting daylight in the morning and holding to a regular bedtime help most sleepers more than any pill or gadget.
A cool room, a dark window and a fixed hour to rise do more for sleep than any of the gadgets sold for it, the sleep researchers say.
Heavy meals late in the evening keep the body busy when it should be winding down, and a glass of wine makes the second half of the night worse.
Screens are less of a problem than their reputation says, but a phone in bed invites one more message, and one more after that.
`

// TestReviewerLabelAlone checks that a reviewer's label printed alone on
// its line, the name on the line under it ("Reviewed By:" / "Ana Lind"),
// leaves neither in the body nor among the authors, on flattened text
// (under the headline and under the story) and on HTML; and that a
// sentence that says who reviewed something, and a paragraph under a
// label, stay in the body.
func TestReviewerLabelAlone(t *testing.T) {
	check := func(name string, a *extract.Article, authors []string, notBody ...string) {
		t.Helper()
		if !slices.Equal(a.Authors, authors) {
			t.Errorf("%s: authors %q, want %q", name, a.Authors, authors)
		}
		for _, p := range a.Body {
			for _, s := range notBody {
				if p == s {
					t.Errorf("%s: %q kept in the body", name, s)
				}
			}
		}
	}
	for _, label := range []string{"Reviewed By:", "Fact checked by", "Medically reviewed by", "Article reviewed by:"} {
		for _, name := range []string{"Ana Lind", "Ana Lind, MD"} {
			page := "How to sleep better in winter\nBy Tomas Wrenley\n" + reviewerStory + label + "\n" + name + "\n"
			a, err := extract.String(page, nil)
			if err != nil {
				t.Fatal(err)
			}
			check("text, under the story", a, []string{"Tomas Wrenley"}, label, name)
		}
	}
	var html strings.Builder
	html.WriteString(`<html><head><title>How to sleep better in winter</title></head><body><nav><a href="/">Home</a> <a href="/health">Health</a></nav>` +
		`<article><h1>How to sleep better in winter</h1><div class="meta"><p>Reviewed By:</p><p><a href="/people/ana-lind">Ana Lind</a></p></div>`)
	for _, l := range strings.Split(strings.TrimSpace(reviewerStory), "\n") {
		html.WriteString("<p>" + l + "</p>")
	}
	html.WriteString(`</article><footer><p>Copyright 2026 Sleep Notes</p></footer></body></html>`)
	a, err := extract.HTMLBytes([]byte(html.String()), "", nil)
	if err != nil {
		t.Fatal(err)
	}
	check("html", a, nil, "Reviewed By:", "Ana Lind")

	// left alone: a sentence that names who reviewed, and a paragraph
	// under a label that is no name.
	const said = "The plan was reviewed by the hospital's sleep clinic before it went out to the families in the study."
	page := "How to sleep better in winter\nBy Tomas Wrenley\n" + reviewerStory + said + "\n"
	if a, err = extract.String(page, nil); err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(a.Body, said) {
		t.Errorf("the sentence %q left the body: %q", said, a.Body)
	}
	const para = "Readers who wrote in after the first part asked about naps, and the short answer is that a nap before three in the afternoon rarely hurts."
	page = "How to sleep better in winter\nBy Tomas Wrenley\n" + reviewerStory + "Edited by\n" + para + "\n"
	if a, err = extract.String(page, nil); err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(a.Body, para) {
		t.Errorf("the paragraph under a label %q left the body: %q", para, a.Body)
	}
}
