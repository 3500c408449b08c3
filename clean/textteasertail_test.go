package clean

import (
	"strings"
	"testing"
)

// TestTeaserLabelEnd reads the pointer labels teaserLabelEnd knows, with
// their separators, and lines that open with the same words and no label.
func TestTeaserLabelEnd(t *testing.T) {
	for _, c := range []struct {
		line  string
		want  string // the headline, "" for none
		pairs bool
	}{
		{"ALSO READ | Tunnel survey finds cracks", "Tunnel survey finds cracks", true},
		{">> Related: The best ferry apps", "The best ferry apps", true},
		{"İLGİLİ HABER: Metro saatleri uzatıldı", "Metro saatleri uzatıldı", true},
		{"【関連記事】市バス、来月から運賃値上げ", "市バス、来月から運賃値上げ", true},
		{"Video – Inside the new depot", "Inside the new depot", false},
		{"Читайте также: Новая станция", "Новая станция", true},
		{"Related costs: €6 million so far", "", false},
		{"Read more closely, the report says: no.", "", false},
		{"【お知らせ】臨時ダイヤ", "", false},
		{"", "", false},
	} {
		at, pairs := teaserLabelEnd(c.line)
		got := ""
		if at >= 0 {
			got = strings.TrimSpace(c.line[at:])
		}
		if got != c.want || at >= 0 && pairs != c.pairs {
			t.Errorf("teaserLabelEnd(%q): headline %q pairs %v, want %q %v", c.line, got, pairs, c.want, c.pairs)
		}
	}
}

// TestCutTeaserTailsSubheading: a bare label whose list the story
// detector dropped leaves the story's subheading under it alone.
func TestCutTeaserTailsSubheading(t *testing.T) {
	sub := "Pick the right site"
	page := []string{"Read Next", "Rail link talks resume", para1, para2, "Read Next",
		"Harbour ferries add a winter timetable", "Bridge repairs start in May", "Contact us", "Privacy", sub, para3,
		"The line, closed since a landslide four winters ago, carried about 300,000 passengers a year before the damage."}
	res, err := String(strings.Join(page, "\n\n"), nil)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, b := range res.Blocks {
		if b.Text == sub {
			found = true
			if b.Kind != Body {
				t.Errorf("subheading %q: %s, want body\n%s", sub, b.Kind, dump(res))
			}
		}
	}
	if !found {
		t.Errorf("subheading %q is no block of its own\n%s", sub, dump(res))
	}
}

// TestTeaserTailsLeaveEmbedCredits: an embed's label over a name in a
// credit's form ("Video: ...", as the images stage reads "Photo: ...")
// under the story's prose is the credit of the player beside it, left to
// the images stage, not a pointer to another page; the same label with a
// dash ("Video – ...") or a call ("WATCH: ...") is a pointer and leaves.
func TestTeaserTailsLeaveEmbedCredits(t *testing.T) {
	for _, c := range []struct {
		line string
		want Kind
	}{
		{"Video: Harbour Works Training Centre", Credit},
		{"VIDEO: How the new signal box works", Credit},
		{"Video – Inside the new depot", Related},
		{"WATCH: Inside the flooded tunnel", Related},
	} {
		page := []string{"Ministers agree to reopen the mountain rail link", "By Jane Ortega", "05.03.2025 10:02", para1, para2,
			c.line, "Play Video", para3,
			"The line, closed since a landslide four winters ago, carried about 300,000 passengers a year before the damage, according to the railway operator."}
		res, err := String(strings.Join(page, "\n\n"), nil)
		if err != nil {
			t.Fatal(err)
		}
		got := kindOfText(res, c.line)
		if got != c.want {
			t.Errorf("%q: %s, want %s\n%s", c.line, got, c.want, dump(res))
		}
	}
}
