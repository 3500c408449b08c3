package extract_test

import (
	"slices"
	"strings"
	"testing"
)

// TestWireCreditsBothPaths checks that a wire's credits under its story
// give the same authors on an HTML page and in flattened text: the
// reporters and the writer who wrote the story, in their order, each
// once; an additional reporter only where no credit names a reporter or
// a writer; the editors never (clean's wireAuthorRoles, one list for
// both paths).
func TestWireCreditsBothPaths(t *testing.T) {
	for _, c := range []struct {
		credits string
		want    []string
	}{
		{"Reporting by Leo Hartmann in Geneva; Writing by Sofia Ricci; Editing by Mark Dalton", []string{"Leo Hartmann", "Sofia Ricci"}},
		{"(Reporting by Leo Hartmann and Ines Vogt; Writing by Sofia Ricci; Editing by Mark Dalton and Jane Merriman)", []string{"Leo Hartmann", "Ines Vogt", "Sofia Ricci"}},
		{"Reporting by Leo Hartmann; Writing by Leo Hartmann; Editing by Mark Dalton", []string{"Leo Hartmann"}},
		{"Reporting by Leo Hartmann; Editing by Mark Dalton", []string{"Leo Hartmann"}},
		{"Writing by Sofia Ricci; Editing by Mark Dalton", []string{"Sofia Ricci"}},
		{"(Additional reporting by Ken Ito in Tokyo; Writing by Sofia Ricci; Editing by Mark Dalton)", []string{"Sofia Ricci"}},
	} {
		for _, kind := range [...]string{"html", "text"} {
			byline := storyMark + c.credits
			if kind == "html" {
				byline = storyMark + "<p>" + c.credits + "</p>"
			}
			r := worldBylineRow{name: c.credits, lang: "en", kind: kind, byline: byline}
			t.Run(kind+" "+c.credits, func(t *testing.T) {
				a := r.article(t)
				if !slices.Equal(a.Authors, c.want) {
					t.Errorf("authors %q, want %q", a.Authors, c.want)
				}
				if body := strings.Join(a.Body, "\n"); strings.Contains(body, "Editing by") {
					t.Errorf("the credits left in the body %q", body)
				}
			})
		}
	}
}
