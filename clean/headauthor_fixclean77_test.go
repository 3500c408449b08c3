package clean

import (
	"slices"
	"strings"
	"testing"
)

// headBylineAuthors returns the byline authors clean reads from a page
// whose article prints head under its headline, then a short story.
func headBylineAuthors(t *testing.T, lang, head string) []string {
	t.Helper()
	story := strings.Repeat("<p>The harbour board met on Monday to weigh a longer season for the ferries that cross to the islands.</p>", 4)
	page := `<html lang="` + lang + `"><head><title>Ferries to run later into the autumn</title></head><body><article><h1>Ferries to run later into the autumn</h1>` +
		head + story + "</article></body></html>"
	res, err := HTML([]byte(page), "text/html; charset=utf-8", &Options{URL: "https://harbourpost.example/ferries-later"})
	if err != nil {
		t.Fatal(err)
	}
	return res.Meta.BylineAuthors
}

// TestRelAuthorTokens checks that rel is read as HTML's list of tokens:
// "author" among others marks the author, a rel without the token does
// not.
func TestRelAuthorTokens(t *testing.T) {
	for v, want := range map[string]bool{
		"author":          true,
		"author external": true,
		"nofollow AUTHOR": true,
		" author ":        true,
		"external":        false,
		"authorized":      false,
		"co-author":       false,
		"":                false,
	} {
		if got := relAuthor(v); got != want {
			t.Errorf("relAuthor(%q) = %v, want %v", v, got, want)
		}
	}
	got := headBylineAuthors(t, "en", `<div class="post-info"><a rel="author external" href="https://tomasvik.example/">Tomas Vik</a></div>`)
	if !slices.Equal(got, []string{"Tomas Vik"}) {
		t.Errorf(`rel="author external": authors %q, want ["Tomas Vik"]`, got)
	}
}

// TestWorldAuthorWholeWords checks the class words that count only whole:
// Italian and Spanish "firma", Vietnamese "tac-gia" in its spellings; and
// the words that only begin like them.
func TestWorldAuthorWholeWords(t *testing.T) {
	for v, want := range map[string]bool{
		"firma":          true,
		"articolo-firma": true,
		"Firma":          true,
		"tac-gia":        true,
		"tac_gia":        true,
		"tacgia":         true,
		"tacGia":         true,
		"box tac-gia":    true,
		"firmaadresse":   false, // Danish: a company's address
		"firmanavn":      false, // Norwegian: a company's name
		"firmen-logo":    false,
		"tac--gia":       false,
		"tac gia":        false, // two classes, "tac" and "gia", side by side
		"contac-giant":   false,
		"tac-giang":      false,
	} {
		if got := worldAuthorClass(v); got != want {
			t.Errorf("worldAuthorClass(%q) = %v, want %v", v, got, want)
		}
	}
	for _, c := range []struct{ lang, head, want string }{
		{"it", `<span class="firma">Marta Ferri</span>`, "Marta Ferri"},
		{"vi", `<p class="tac-gia">Trần Thị Lan</p>`, "Trần Thị Lan"},
	} {
		if got := headBylineAuthors(t, c.lang, c.head); !slices.Equal(got, []string{c.want}) {
			t.Errorf("%s: authors %q, want [%q]", c.head, got, c.want)
		}
	}
}

// TestCreditTailCut checks that a contributor's credit to the paper after
// the byline's name is her role, not a second name, and that a second
// person's name stays.
func TestCreditTailCut(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"By Rosa Ilves, Special to the Harbour Post", []string{"Rosa Ilves"}},
		{"By Rosa Ilves, Special for the Harbour Post", []string{"Rosa Ilves"}},
		{"By Rosa Ilves, For the Harbour Post", []string{"Rosa Ilves"}},
		{"By Rosa Ilves and Karl Mets, Special to the Harbour Post", []string{"Rosa Ilves", "Karl Mets"}},
		{"By Rosa Ilves, Karl Mets", []string{"Rosa Ilves", "Karl Mets"}},
		{"By Rosa Ilves, Special Olsen", []string{"Rosa Ilves", "Special Olsen"}}, // a name that opens with the word
	} {
		if got := bylineMatch(c.text); !slices.Equal(got, c.want) {
			t.Errorf("bylineMatch(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// TestLabelWordAnds checks the Swedish, Norwegian and Dutch "and" between
// two names after their languages' labels, and that "en" after another
// label, or before no person's name, parts nothing.
func TestLabelWordAnds(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"av Maja Lund och Nils Ek", []string{"Maja Lund", "Nils Ek"}},
		{"Av Kari Dahl og Ola Moe", []string{"Kari Dahl", "Ola Moe"}},
		{"door Joost van Dam en Femke Smit", []string{"Joost van Dam", "Femke Smit"}},
		{"door Femke Smit en Joost van Dam", []string{"Femke Smit", "Joost van Dam"}},
		{"por Lucía Gómez en Sevilla", []string{"Lucía Gómez"}},      // Spanish "en": in Seville
		{"par Claire Dubois en Provence", []string{"Claire Dubois"}}, // French "en": in Provence
		{"door Femke Smit en ANP", []string{"Femke Smit"}},           // a wire, no person
		{"av Maja Lund och Nils", []string{"Maja Lund"}},             // no full name after it
	} {
		if got := bylineMatch(c.text); !slices.Equal(got, c.want) {
			t.Errorf("bylineMatch(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}
