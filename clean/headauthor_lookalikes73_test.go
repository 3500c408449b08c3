package clean

import "testing"

// TestTitledWorkLookalikes checks that a byline that looks like a titled
// work's credit stays a byline: a section's label before "By", a second
// credit after a "By" byline, and kinds of writing no list holds, while a
// shop's and a maker's lines still read as no byline.
func TestTitledWorkLookalikes(t *testing.T) {
	for _, s := range []string{
		"Politics By Jane Marlow", "Transport by Jane Marlow",
		"By Jane Marlow, Art by Tom Reyes", "By Jane Marlow Graphic by Tom Reyes", "By Jane Marlow, Design by Tom Reyes",
		"Comment by Jane Marlow", "Editorial by Jane Marlow", "Obituary by Jane Marlow", "Viewpoint by Jane Marlow",
		"Fact Check by Jane Marlow", "Explainer by Jane Marlow", "Letters by Jane Marlow", "Big Read by Jane Marlow",
	} {
		if titledWorkBy(s) {
			t.Errorf("titledWorkBy(%q) = true: a byline", s)
		}
	}
	for _, s := range []string{
		"Art by Type", "Mains By Type", "Sort By Position", "Refine by Color: Black",
		"Deals by Brand", "Vibe Marketplace by Greta", "Winter Menu by Chef Ana Ruiz",
	} {
		if !titledWorkBy(s) {
			t.Errorf("titledWorkBy(%q) = false: a shop's control or a maker's credit", s)
		}
	}
}

// TestTitleAloneLineLabels checks that a trade's word used as a label, with
// a colon or a name after it, is no job title alone, so that the byline
// under a kicker is kept.
func TestTitleAloneLineLabels(t *testing.T) {
	for _, s := range []string{"Autor: Max Berg", "Reporter: Jane Marlow", "Penulis: Budi Santoso", "Reporter Jane Marlow"} {
		if titleAloneLine(s) {
			t.Errorf("titleAloneLine(%q) = true: a label and a name", s)
		}
	}
	for _, s := range []string{"Redakteurin Lokales", "Senior Reporter"} {
		if !titleAloneLine(s) {
			t.Errorf("titleAloneLine(%q) = false: a title alone", s)
		}
	}
	for _, c := range []struct{ in, want string }{
		{"Meinung\nAutor: Max Berg", "Meinung\nAutor: Max Berg"},
		{"By\nSenior Reporter", "By\nSenior Reporter"}, // a bare label over a title: left as it is
		{"By Jane Marlow\nSenior Reporter\nJune 3, 2025\nSenior Reporter", "By Jane Marlow\nJune 3, 2025"},
		{"By Jane Marlow\nJune 3, 2025\nSenior Reporter", "By Jane Marlow\nJune 3, 2025"},
	} {
		if got := dropRoleLines(c.in); got != c.want {
			t.Errorf("dropRoleLines(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestMarkedByWordDutchParticle checks that a Dutch surname's "de" before a
// surname and a comma, or before "en", is not read as the Romanian "de".
func TestMarkedByWordDutchParticle(t *testing.T) {
	for _, s := range []string{"de Vries, Pieter", "de Jong en Van Dam", "de Vries"} {
		if got, ok := markedByWord(s); ok {
			t.Errorf("markedByWord(%q) = %q: a Dutch surname's particle read as the Romanian \"de\"", s, got)
		}
	}
	if got, ok := markedByWord("de Ana Pop"); !ok || got != "By Ana Pop" {
		t.Errorf("markedByWord(%q) = %q, %v; want the Romanian byline", "de Ana Pop", got, ok)
	}
}
