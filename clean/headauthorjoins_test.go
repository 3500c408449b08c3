package clean

import (
	"slices"
	"testing"
)

// The forms of the fourth byline census (extract/testdata/worldbylines4.tsv)
// the name readers learnt: plural labels and the words for "and" of
// Azerbaijani, Armenian, Kazakh, Uzbek, Persian and Georgian, each beside
// a line that must give no second name.
func TestBylineMatchFourthCensus(t *testing.T) {
	for _, c := range []struct {
		line string
		want []string
	}{
		{"Müəlliflər: Leyla Məmmədova və Rəşad Əliyev", []string{"Leyla Məmmədova", "Rəşad Əliyev"}},
		{"Müəllif: Leyla Məmmədova", []string{"Leyla Məmmədova"}},
		{"Հեղինակներ՝ Արամ Պետրոսյան և Անի Սարգսյան", []string{"Արամ Պետրոսյան", "Անի Սարգսյան"}},
		{"Авторлар: Айгүл Сейітова және Ерлан Омаров", []string{"Айгүл Сейітова", "Ерлан Омаров"}},
		{"Mualliflar: Dilnoza Karimova va Jasur Toshmatov", []string{"Dilnoza Karimova", "Jasur Toshmatov"}},
		{"Муаллифлар: Дилноза Каримова ва Жасур Тошматов", []string{"Дилноза Каримова", "Жасур Тошматов"}},
		{"نویسندگان: علی رضایی و مریم احمدی", []string{"علی رضایی", "مریم احمدی"}},
		{"خبرنگار: مریم احمدی", []string{"مریم احمدی"}},
		{"ავტორები: ნინო ბერიძე და გიორგი კაპანაძე", []string{"ნინო ბერიძე", "გიორგი კაპანაძე"}},
		// a part that is no name of two words or more: no list
		{"نویسنده: علی رضایی و همکاران", nil},
		{"ავტორი: ნინო ბერიძე და სხვები", nil},
		// Persian "خبرنگار" without its colon is a word of prose
		{"خبرنگار مریم احمدی", nil},
	} {
		if got := bylineMatch(c.line); !slices.Equal(got, c.want) {
			t.Errorf("bylineMatch(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}

// uncasedNames reads at most maxUncasedNames names, each of its label's
// script alone.
func TestUncasedNamesBounds(t *testing.T) {
	five := "علی رضایی و مریم احمدی و سارا کریمی و حسین نوری و رضا امینی"
	if got := uncasedByline("نویسندگان: " + five); got != nil {
		t.Errorf("five names: %q, want none", got)
	}
	if got := uncasedByline("نویسندگان: علی رضایی و Jane Doe"); got != nil {
		t.Errorf("a name of another script: %q, want none", got)
	}
}

// A word glued to a "+" after a byline's name is a link's label (the old
// Google+ profile link), no part of the name; a name alone before a plus
// stays whole.
func TestBylineMatchPlusWord(t *testing.T) {
	for _, c := range []struct {
		line string
		want []string
	}{
		{"By Nadia Karim Google+", []string{"Nadia Karim"}},
		{"By Nadia Karim and Owen Price Google+", []string{"Nadia Karim", "Owen Price"}},
		{"By Nadia Karim", []string{"Nadia Karim"}},
	} {
		if got := bylineMatch(c.line); !slices.Equal(got, c.want) {
			t.Errorf("bylineMatch(%q) = %q, want %q", c.line, got, c.want)
		}
	}
	if got := plusWordCut("Nadia", "+"); got != "Nadia" {
		t.Errorf("plusWordCut of one word = %q, want it whole", got)
	}
}
