package clean

import (
	"slices"
	"testing"
)

// TestRoleCreditByline checks the credit lines that give each person's
// part in brackets: the writers come out, the photographers and anything
// that is no such credit line do not.
func TestRoleCreditByline(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Anna Lind (text), Per Sand (photos)", []string{"Anna Lind"}},
		{"Anna Lind (texto) / Per Sand (fotos)", []string{"Anna Lind"}},
		{"Anna Lind (words); Per Sand (video); Ola Berg (story)", []string{"Anna Lind", "Ola Berg"}},
		{"Anna Lind (Text)", []string{"Anna Lind"}},
		{"Per Sand (photos)", nil},                         // no writer credited
		{"Anna Lind (text), Per Sand (owner)", nil},        // a part no credit line gives
		{"Anna Lind (2021), Per Sand (photos)", nil},       // a year, no part
		{"the council (text) and the mayor (photos)", nil}, // no person's name
		{"Anna Lind, Per Sand", nil},                       // no parts at all
		{"Anna Lind (text), a sentence follows here", nil}, // a part with no bracket
	} {
		if got := roleCreditByline(c.text); !slices.Equal(got, c.want) {
			t.Errorf("roleCreditByline(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// TestBarFieldByline checks a byline printed as one labelled field of a
// details strip parted by bars.
func TestBarFieldByline(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Views: 312 | Author: Anna Lind | Rating: 0.0/0", []string{"Anna Lind"}},
		{"Просмотров: 312 | Автор: Ирина Соколова | Рейтинг: 0.0/0", []string{"Ирина Соколова"}},
		{"Home | By Topic | Archive", nil}, // no field labelled with a colon
		{"Views: 312 | Rating: 4.5", nil},  // no byline among the fields
		{"Author: Anna Lind", nil},         // no bar: the line's own reader's
	} {
		if got := barFieldByline(c.text); !slices.Equal(got, c.want) {
			t.Errorf("barFieldByline(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}
