package clean

import "testing"

// The head's labelled bylines, labelled ages and cookie headings are title
// traps; headlines that open with the same words are not.
func TestLabelledHeadLines(t *testing.T) {
	for _, c := range []struct {
		s    string
		trap bool
	}{
		{"Analysis by Jane Roe, Harbour News", true},
		{"Commentary by Jane Roe and Tom Park", true},
		{"Photos by Tom Park", true},
		{"Posted 4 hours ago by Jane Roe", true},
		{"Published: 35 minutes ago", true},
		{"Publié il y a 3 heures", true},
		{"Mis à jour il y a 40 minutes", true},
		{"Actualizado hace 2 horas", true},
		{"3 ชั่วโมงที่แล้ว", true},
		{"Nous utilisons des cookies", true},
		{"This website uses cookies", true},
		{"Inspired by Nature: a footbridge of oak and steel", false},
		{"Analysis: footbridge by the station is late", false},
		{"Review by review, the council changes course", false},
		{"Posted workers strike for a fourth day", false},
		{"Updated rules take effect in 2 days", false},
		{"Published papers show 40 years of decline", false},
		{"We use cookies less than you think, says regulator", false},
		{"Footbridge finally joins the old town to the station", false},
	} {
		if got := isTitleTrap(c.s); got != c.trap {
			t.Errorf("isTitleTrap(%q) = %v, want %v", c.s, got, c.trap)
		}
	}
}
