package clean

import (
	"testing"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
)

// TestTextDateLang guesses flattened text's language from invented heads:
// Croatian only where the head prints "listopad" and a word no Polish,
// Czech or Slovene page prints, and no letter of Polish's or Czech's.
func TestTextDateLang(t *testing.T) {
	const story = "Gradsko vijeće je u četvrtak usvojilo plan obnove luke koji će trajati tri godine."
	for _, c := range []struct {
		name  string
		lines []string
		want  dateparse.Lang
	}{
		{"Croatian: a small word", []string{"Novi plan za luku", "Objavljeno: 17. listopada 2025. u 10:32", story}, dateparse.Croatian},
		{"Croatian: the update's label", []string{"Novi plan za luku", "17. LISTOPADA 2025.", "Ažurirano: 18. listopada 2025."}, dateparse.Croatian},
		{"Croatian: the letter đ", []string{"Luka dobiva novi terminal", "Listopad 17, 2025", "Piše: Đuro Horvat"}, dateparse.Croatian},
		{"Polish: its letters", []string{"Nowy plan dla portu", "Opublikowano: 17 listopada 2025", "Rada miasta przyjęła plan, który będzie realizowany już wkrótce."}, dateparse.NoLang},
		{"Czech: its letters", []string{"Nový plán pro přístav", "Publikováno: 17. listopadu 2025", "Zastupitelstvo schválilo plán, který již brzy začne."}, dateparse.NoLang},
		{"Slovene: no Croatian word", []string{"Nov načrt za pristanišče", "Objavljeno: 17. listopada 2025", "Mestni svet je v četrtek sprejel načrt."}, dateparse.NoLang},
		{"Croatian words, no listopad", []string{"Novi plan za luku", "Objavljeno: 17. studenoga 2025.", story}, dateparse.NoLang},
		{"a mixed head: Croatian and Polish", []string{"Objavljeno: 17. listopada 2025.", story, "Opublikowano w dziale łączności"}, dateparse.NoLang},
		{"Croatian: a capitalised word opens a line", []string{"Novi plan za luku", "17. listopada 2025.", "Prije podne gradsko vijeće odlučilo o luci."}, dateparse.Croatian},
		{"Croatian: a capitalised month opens a line", []string{"Novi plan za luku", "17. listopada 2025.", "Kolovoza i rujna radovi stoje."}, dateparse.Croatian},
		{"Polish: capitals only", []string{"ŚWIĘTO PORTU W GDYNI", "17. listopada 2025.", story}, dateparse.NoLang},
		{"Czech: capitals only", []string{"MĚSTO A PŮDA", "17. listopadu 2025.", story}, dateparse.NoLang},
		{"empty", nil, dateparse.NoLang},
	} {
		blocks := make([]Block, len(c.lines))
		for i, l := range c.lines {
			blocks[i].Text = l
		}
		if got := textDateLang(blocks); got != c.want {
			t.Errorf("%s: textDateLang = %d, want %d", c.name, got, c.want)
		}
	}
}

// TestTextDateLangHead: a head's clash or its evidence past the
// langHeadBlocks blocks is not read.
func TestTextDateLangHead(t *testing.T) {
	blocks := make([]Block, langHeadBlocks+2)
	for i := range blocks {
		blocks[i].Text = "Line of the head"
	}
	blocks[0].Text = "Objavljeno: 17. listopada 2025."
	blocks[len(blocks)-1].Text = "Vijeće će odlučiti."
	if got := textDateLang(blocks); got != dateparse.NoLang {
		t.Errorf("evidence past the head: %d, want NoLang", got)
	}
	blocks[1].Text = "Vijeće će odlučiti."
	if got := textDateLang(blocks); got != dateparse.Croatian {
		t.Errorf("evidence in the head: %d, want Croatian", got)
	}
}

// TestHoldsListopad: holdsListopad finds the name in lower case, at a
// line's ends and in capitals, and nothing near it.
func TestHoldsListopad(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"17. listopada 2025.", true}, {"Listopad", true}, {"LISTOPADA 2025", true}, {"istopad", true},
		{"", false}, {"p", false}, {"stopad", false}, {"listopa", false}, {"paddle pop stop pad", false}, {"ListoPad", false},
	} {
		if got := holdsListopad(c.s); got != c.want {
			t.Errorf("holdsListopad(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
