package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestPersonParts checks the reading of metadata names with commas:
// degrees, roles and credits after a person's name dropped, a list of
// people given name by name, and names it must leave alone.
func TestPersonParts(t *testing.T) {
	for _, c := range []struct {
		in, want []string
	}{
		{[]string{"Mara Quill, DVM, MPH"}, []string{"Mara Quill"}},
		{[]string{"Mara Quill, Ph.D."}, []string{"Mara Quill"}},
		{[]string{"Mara Quill, Senior Editor"}, []string{"Mara Quill"}},
		{[]string{"Mara Quill, Harbourlight"}, []string{"Mara Quill"}},   // a one-word outlet's credit
		{[]string{"Mara Quill, Valley Gazette"}, []string{"Mara Quill"}}, // a paper's nameplate word: no co-author's name
		{[]string{"Mara Quill, Master Gardener & Educator"}, []string{"Mara Quill"}},
		{[]string{"Tomas J. Reed CPP, PSP"}, []string{"Tomas J. Reed CPP"}}, // letters glued to the name stay, as a text byline keeps them
		{[]string{"Mara Quill, Tomas Reed, Ines Vale"}, []string{"Mara Quill", "Tomas Reed", "Ines Vale"}},
		{[]string{"Mara Quill, RN, Tomas Reed, Ines Vale, MD"}, []string{"Mara Quill", "Tomas Reed", "Ines Vale"}},
		{[]string{"Mara Quill", "Tomas Reed, DVM"}, []string{"Mara Quill", "Tomas Reed"}},
		{[]string{"Mara Quill, Tomas Reed and Ines Vale"}, []string{"Mara Quill", "Tomas Reed", "Ines Vale"}},
		{[]string{"Mara Quill, Tomas Reed, and Ines Vale"}, []string{"Mara Quill", "Tomas Reed", "Ines Vale"}},
		{[]string{"Mara Quill, Tomas Reed, & Ines Vale"}, []string{"Mara Quill", "Tomas Reed", "Ines Vale"}},
		{[]string{"Mara Quill; Tomas Reed"}, []string{"Mara Quill", "Tomas Reed"}},
		{[]string{"Mara Quill, RN; Tomas Reed, PhD"}, []string{"Mara Quill", "Tomas Reed"}},
		{[]string{"Mara Quill, Master Horticulturist & Garden Educator"}, []string{"Mara Quill"}}, // "&" inside a role
		{[]string{"Quill; Reed"}, []string{"Quill; Reed"}},                                        // no person's name before a semicolon
		// left alone: no comma, a surname first, an organisation's name,
		// two names (a co-author's or an outlet's after the person's)
		{[]string{"Mara Quill, Valley Lantern"}, []string{"Mara Quill, Valley Lantern"}},
		{[]string{"Mara Quill, RN, Tomas Reed"}, []string{"Mara Quill, RN, Tomas Reed"}},
		{[]string{"Mara Quill"}, []string{"Mara Quill"}},
		{[]string{"Quill, Mara"}, []string{"Quill, Mara"}},
		{[]string{"Harbour Lights Media, Inc."}, []string{"Harbour Lights Media, Inc."}},
		{nil, nil},
	} {
		if got := personParts(c.in); !slices.Equal(got, c.want) {
			t.Errorf("personParts(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestPrintedPair checks that the byline near the title settles a
// metadata name of two people's names after a comma, and leaves it alone
// where it names neither.
func TestPrintedPair(t *testing.T) {
	for _, c := range []struct {
		names, byline, want []string
	}{
		{[]string{"Mara Quill, Tomas Reed"}, []string{"Mara Quill", "Tomas Reed"}, []string{"Mara Quill", "Tomas Reed"}},
		{[]string{"Mara Quill, Valley Lantern"}, []string{"Mara Quill"}, []string{"Mara Quill"}},
		{[]string{"Mara Quill, Valley Lantern"}, nil, []string{"Mara Quill, Valley Lantern"}},
		{[]string{"Mara Quill, Valley Lantern"}, []string{"Ines Vale"}, []string{"Mara Quill, Valley Lantern"}},
		{[]string{"Mara Quill, Tomas Reed"}, []string{"Mara Quill", "Ines Vale"}, []string{"Mara Quill, Tomas Reed"}},
		{[]string{"Quill, Mara"}, []string{"Mara Quill"}, []string{"Quill, Mara"}},
	} {
		if got := printedPair(c.names, c.byline); !slices.Equal(got, c.want) {
			t.Errorf("printedPair(%q, %q) = %q, want %q", c.names, c.byline, got, c.want)
		}
	}
}

// TestHTMLAuthorsCredentials: an invented page whose metadata gives its
// author with her degrees, and one listing three writers in one name, give
// the people's names; one whose metadata names the writer surname first
// gives the name in a byline's order.
func TestHTMLAuthorsCredentials(t *testing.T) {
	page := func(author string) string {
		return `<html><head><title>Caring for an old dog</title><meta name="author" content="` + author + `"></head><body><article><h1>Caring for an old dog</h1>` +
			strings.Repeat("<p>An old dog sleeps more and walks less, and its owner learns to read the small signs of pain in how it lies down and gets up again.</p>", 6) +
			`</article></body></html>`
	}
	for _, c := range []struct {
		author string
		want   []string
	}{
		{"Mara Quill, DVM, DACVB", []string{"Mara Quill"}},
		{"Mara Quill, Tomas Reed, Ines Vale", []string{"Mara Quill", "Tomas Reed", "Ines Vale"}},
		{"Quill, Mara", []string{"Mara Quill"}},
	} {
		a, err := HTMLBytes([]byte(page(c.author)), "text/html; charset=utf-8", &Options{URL: "https://vetnotes.example/old-dog"})
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(a.Authors, c.want) {
			t.Errorf("author %q: Authors = %q, want %q", c.author, a.Authors, c.want)
		}
	}
}
