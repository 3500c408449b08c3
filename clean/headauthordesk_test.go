package clean

import (
	"slices"
	"testing"
)

// A paper's staff credit printed as the byline is kept whole as the
// author ("Staff Reporter", "Our Correspondent, Lagos"); a writer's role
// alone ("Staff Writer") and a role after a person's name are not.
func TestStaffCredit(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"Staff", true}, {"Staff Reporter", true}, {"Our Correspondent", true}, {"  our  correspondent ", true},
		{"Staff Writer", false}, {"Senior Editor", false}, {"Jane Doe", false}, {"Staff Reporter and Jane Doe", false},
	} {
		if got := staffCredit(c.in); got != c.want {
			t.Errorf("staffCredit(%q) = %v, want %v", c.in, got, c.want)
		}
		if got := notAuthorName(c.in); c.want && got {
			t.Errorf("notAuthorName(%q) = true, want a staff credit kept", c.in)
		}
	}
	if notAuthorName("Staff Writer") == false {
		t.Error(`notAuthorName("Staff Writer") = false, want a role alone to name no one`)
	}
	for in, want := range map[string]string{
		"Our Correspondent, Lagos": "Our Correspondent",
		"Staff Reporter":           "Staff Reporter",
		"Jane Doe Staff Writer":    "Jane Doe",
	} {
		if got := trimName(in); got != want {
			t.Errorf("trimName(%q) = %q, want %q", in, got, want)
		}
	}
}

// splitAuthors leaves out a job's title after a name ("Health
// Correspondent"), and keeps a second person after a comma.
func TestSplitAuthorsRoleAfterName(t *testing.T) {
	for in, want := range map[string][]string{
		"By Amara Nwosu, Health Correspondent": {"Amara Nwosu"},
		"By Jane Doe, John Roe":                {"Jane Doe", "John Roe"},
		"By Jane Doe and John Roe":             {"Jane Doe", "John Roe"},
	} {
		if got := splitAuthors(in); !slices.Equal(got, want) {
			t.Errorf("splitAuthors(%q) = %q, want %q", in, got, want)
		}
	}
}

// A shop's menu entry that sorts by something is no byline on flattened
// text, whatever its case; a byline's own label before "By" still reads.
func TestShopByNoByline(t *testing.T) {
	for in, want := range map[string][]string{
		"Shop By Comfort":       nil,
		"Browse by Brand":       nil,
		"Story By Jane Doe":     {"Jane Doe"},
		"By Jane Doe":           {"Jane Doe"},
		"di Giulia Rossi":       {"Giulia Rossi"},
		"di recente il governo": nil,
	} {
		if got := bylineNames(in); !slices.Equal(got, want) {
			t.Errorf("bylineNames(%q) = %q, want %q", in, got, want)
		}
	}
	for _, s := range []string{"di Maio", "di recente il governo ha deciso", "Di Marco"} {
		if got := italianBy(s); got != s {
			t.Errorf("italianBy(%q) = %q, want it left alone", s, got)
		}
	}
}

// An element marked as the author's that prints a role after a bar gives
// the name before it; a bar before anything but a role, or after no
// person's name, gives none.
func TestMarkedNameRoleAfterBar(t *testing.T) {
	for in, want := range map[string]string{
		"Erik Solberg | Staff Writer": "Erik Solberg",
		"Erik Solberg | Harbor Daily": "",
		"News | Sports Editor":        "",
	} {
		if got := markedName(in, "", ""); got != want {
			t.Errorf("markedName(%q) = %q, want %q", in, got, want)
		}
	}
}

// A newsroom's desk printed as the byline is its credit, in the world's
// words for it, with the desk's or the outlet's name after or before it;
// a writer's name with the desk after it is hers, and a name that only
// opens like a newsroom's word is a person's.
func TestDeskCredit(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"Redacción", true}, {"Redazione ANSA", true}, {"Redacción Internacional", true}, {"Rédaction Web", true},
		{"Redação", true}, {"Redaktion Politik", true}, {"Redactie", true}, {"Redakcja", true}, {"Редакция", true},
		{"Редакція", true}, {"Redaksiya", true}, {"Խմբագրություն", true}, {"რედაქცია", true}, {"编辑部", true},
		{"편집국", true}, {"くらし編集部", true}, {"Haber Merkezi", true}, {"Ekonomi Haber Merkezi", true},
		{"Ayşe Demir Haber Merkezi", false}, {"Ana Redondo", false}, {"Marta Redazione", false}, {"Reuters", false},
		{"Redazione ANSA di Roma e della Lombardia", false}, {"", false},
	} {
		if got := deskCredit(c.in); got != c.want {
			t.Errorf("deskCredit(%q) = %v, want %v", c.in, got, c.want)
		}
	}
	for in, want := range map[string]string{
		"Ayşe Demir Haber Merkezi": "Ayşe Demir",
		"Redazione ANSA":           "Redazione ANSA",
		"Haber Merkezi":            "Haber Merkezi",
		"Jane Doe":                 "Jane Doe",
	} {
		if got := trimName(in); got != want {
			t.Errorf("trimName(%q) = %q, want %q", in, got, want)
		}
	}
}
