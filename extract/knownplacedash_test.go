package extract_test

import (
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// A headline that opens with a known place and a dash ("Berlin - A City
// Divided") stays the title; the story's "Berlin - " opener, before a
// sentence, is its dateline and leaves the body. A label and a dash
// ("Update - ") opening the story stays in the body.
func TestKnownPlaceDashHead(t *testing.T) {
	const head = "Berlin - A City Divided\nBy Jane Roe\n4 December 2026\n\n"
	const second = "\n\nThe second paragraph tells more of the story and what happened next.\n"
	a, err := extract.String(head+"Berlin - The wall went up overnight in August, and the city woke to find its streets cut in two."+second, nil)
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Berlin - A City Divided" {
		t.Errorf("title %q", a.Title)
	}
	if a.Dateline == nil || a.Dateline.Place != "Berlin" {
		t.Errorf("dateline %+v, want Berlin", a.Dateline)
	}
	if len(a.Body) == 0 || a.Body[0] != "The wall went up overnight in August, and the city woke to find its streets cut in two." {
		t.Errorf("body %q", a.Body)
	}
	const label = "Update - The company said on Friday that it would close two of its plants by the end of the year."
	if a, err = extract.String(head+label+second, nil); err != nil {
		t.Fatal(err)
	}
	if a.Dateline != nil {
		t.Errorf("dateline %+v from a label", a.Dateline)
	}
	if len(a.Body) == 0 || a.Body[0] != label {
		t.Errorf("body %q", a.Body)
	}
}
