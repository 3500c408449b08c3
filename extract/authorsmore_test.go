package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// Authors where the metadata's name is weak: a handle, a list of credits.
func TestAuthorsWeakMeta(t *testing.T) {
	h1 := `<h1>Tides in a closed harbour</h1>`
	for _, c := range []headCase{{
		name:    "a one-word handle in the metadata loses to the byline's full name",
		src:     page(`<meta name="author" content="KatieS">`, h1+`<p>By Ana Lind</p>`),
		authors: []string{"Ana Lind"},
	}, {
		name:    "leave alone: a first name alone in the metadata is no handle",
		src:     page(`<meta name="author" content="Sarah">`, h1+`<p>By Sarah Lind</p>`),
		authors: []string{"Sarah"},
	}, {
		name:    "a list of credits in the metadata is no name",
		src:     page(`<meta name="author" content="text: Tom Berg, photos: Eva Holm">`, h1+`<p>By Ana Lind</p>`),
		authors: []string{"Ana Lind"},
	}} {
		t.Run(c.name, c.run)
	}
}

// TestAuthorsOnUpdateLine checks flattened text whose only byline is glued
// to the update line under the headline: the article takes its names, and
// the update line still gives the modified date.
func TestAuthorsOnUpdateLine(t *testing.T) {
	page := `Home
Guides
How to Price a Garden Shed Repair: Rates, Materials and Margins
By Maria WrenleyUpdated: Feb 5, 2026
Pricing a shed repair well starts with knowing what the job really takes: the hours, the timber and the trips to the yard, which many owners underestimate.
Most repairs fall into three groups, from a new door or hinge to a replaced floor, and each group has its own typical range of hours and materials to plan for.
A fair margin covers the quiet weeks as well as the busy ones, so set it once a year from your books rather than from what the nearest rival charges.
`
	a, err := extract.String(page, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(a.Authors, []string{"Maria Wrenley"}) || !strings.HasPrefix(a.Modified, "2026-02-05") {
		t.Errorf("authors %q, modified %q; want [Maria Wrenley], 2026-02-05", a.Authors, a.Modified)
	}
}
