package clean

import (
	"strings"
	"testing"
)

const storyPara = "The ferry line between the two islands reopened on Monday after two months of repairs to the pier, the operator said in a statement on its website."

// storyPage is a flattened article with a menu above and a footer below.
var storyPage = strings.Join([]string{
	"Home", "News", "World", "Sport", "Weather", "Contact us",
	"Ferry line reopens after repairs",
	storyPara,
	"Passengers queued from early morning for the first crossing, and the first boat left the harbour full, the harbour master said.",
	"The operator said the timetable would return to normal by the end of the week, with six crossings a day in each direction.",
	"Share this article",
	"Most read",
	"Bus routes change",
	"Privacy policy",
	"© 2025 Example Daily. All rights reserved.",
}, "\n")

func modelLabels(res *Result) map[string]Block {
	out := map[string]Block{}
	for _, b := range res.Blocks {
		out[b.Text] = b
	}
	return out
}

// TestModelStage: the story detector labels a page's furniture and leaves
// its story, and says nothing about an article.
func TestModelStage(t *testing.T) {
	res, err := String(storyPage, nil)
	if err != nil {
		t.Fatal(err)
	}
	got := modelLabels(res)
	if b := got[storyPara]; b.Kind != Body {
		t.Errorf("story paragraph: %s by %q, want body", b.Kind, b.Rule)
	}
	removed := 0
	for _, b := range res.Blocks {
		if strings.HasPrefix(b.Rule, "model/") {
			removed++
			if b.Kind != Other {
				t.Errorf("%q: the model's kind on text is %s, want other", b.Text, b.Kind)
			}
		}
	}
	if removed == 0 {
		t.Error("the model labelled nothing on a page with a menu and a footer")
	}
	for _, w := range res.Warnings {
		if w.Kind == "not-an-article" {
			t.Errorf("an article warned: %s", w.Detail)
		}
	}
	// Switched off, it labels nothing.
	res, err = String(storyPage, &Options{Disable: []string{"model"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range res.Blocks {
		if strings.HasPrefix(b.Rule, "model/") {
			t.Errorf("disabled, the model still labelled %q", b.Text)
		}
	}
}

// TestNotAnArticle: a page with no story gets the warning with the
// evidence, text and HTML.
func TestNotAnArticle(t *testing.T) {
	var lines []string
	for i := range 12 {
		lines = append(lines, "Product "+string(rune('A'+i)), "$"+string(rune('1'+i%9))+"9.99", "Add to cart")
	}
	res, err := String(strings.Join(lines, "\n"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if !hasWarning(res, "not-an-article", "no story found") {
		t.Errorf("a product listing: warnings %v, want not-an-article", res.Warnings)
	}
	var h strings.Builder
	h.WriteString("<html><body><ul>")
	for _, l := range lines {
		h.WriteString("<li><a href=\"/p\">" + l + "</a></li>")
	}
	h.WriteString("</ul></body></html>")
	hres, err := HTML([]byte(h.String()), "", nil)
	if err != nil {
		t.Fatal(err)
	}
	if !hasWarning(hres, "not-an-article", "blocks the story detector keeps") {
		t.Errorf("an HTML listing: warnings %v, want not-an-article", hres.Warnings)
	}
}

// TestModelLeavesOutletPages: on a page of an outlet with a rule, the
// rules decide; the model labels nothing and warns nothing.
func TestModelLeavesOutletPages(t *testing.T) {
	res, err := String(storyPage, &Options{URL: "https://tass.com/world/1"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Outlet.Name == "" {
		t.Fatal("tass.com not recognised")
	}
	for _, b := range res.Blocks {
		if strings.HasPrefix(b.Rule, "model/") {
			t.Errorf("the model labelled %q on an outlet's page", b.Text)
		}
	}
	if hasWarning(res, "not-an-article", "") {
		t.Error("the model warned on an outlet's page")
	}
}

func hasWarning(res *Result, kind, detail string) bool {
	for _, w := range res.Warnings {
		if w.Kind == kind && strings.Contains(w.Detail, detail) {
			return true
		}
	}
	return false
}

// TestIsDateLine: the story detector leaves to the date detectors the
// short lines that state a full date, and only those.
func TestIsDateLine(t *testing.T) {
	for s, want := range map[string]bool{
		"May 4, 2025":                 true,
		"Posted on June 29, 2020":     true,
		"11 min read":                 false,
		"Subscribe to our newsletter": false,
		"June 2025":                   false, // no day
		storyPara:                     false,
		"The ferry finally sailed on June 29, 2020 from the old pier": false, // five words before it
	} {
		if got := isDateLine(s); got != want {
			t.Errorf("isDateLine(%q) = %v, want %v", s, got, want)
		}
	}
}
