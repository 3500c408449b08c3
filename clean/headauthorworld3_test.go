package clean

import (
	"slices"
	"testing"
)

// The forms of the third byline census (extract/testdata/worldbylines3.tsv)
// the name readers learnt, each beside a line it must read as before.
func TestBylineMatchThirdCensus(t *testing.T) {
	for _, c := range []struct {
		line string
		want []string
	}{
		// a Korean wire's city and outlet in brackets before the reporter
		{"[서울=한빛일보] 김민수 기자", []string{"김민수"}},
		{"(부산=한빛일보) 김민수 기자", []string{"김민수"}},
		{"[속보] 김민수 기자", nil}, // a tag in brackets, no "="
		// the writer's "글" before the photographer's "사진"
		{"글 김민수 · 사진 이지은", []string{"김민수"}},
		{"글 김민수", []string{"김민수"}},
		{"글쓰기 교실", nil}, // a longer word
		// Japanese "執筆者", and the photographer after the writer
		{"執筆者：佐藤花子", []string{"佐藤花子"}},
		{"文：佐藤花子　写真：山田太郎", []string{"佐藤花子"}},
		// a Taiwanese reporter's credit with the place he reports from
		{"記者李明／台北報導", []string{"李明"}},
		{"記者李明／台北", nil},  // no "報導": not this form
		{"記者會／台北報導", nil}, // "記者會", a press conference: "會" alone is no name
		// labels that end with the word for "by"
		{"A cura di Chiara Esposito", []string{"Chiara Esposito"}},
		{"Scris de Ioana Stan", []string{"Ioana Stan"}},
		{"Γράφει η Μαρία Κωνσταντίνου", []string{"Μαρία Κωνσταντίνου"}},
		{"Door onze redacteur Joris Bakker", []string{"Joris Bakker"}},
		{"Door onze schuld", nil},
	} {
		got := bylineMatch(c.line)
		if len(c.want) == 0 && len(got) == 0 {
			continue
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("bylineMatch(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}

// trimName cuts a role that one or two capitalised words qualify after a
// comma at the comma, and splitNames keeps a suffix's own dot.
func TestRoleQualifierAndSuffixDot(t *testing.T) {
	for in, want := range map[string]string{
		"Paolo Serra, Sports Editor":     "Paolo Serra",
		"Paolo Serra, Metro Desk Writer": "Paolo Serra",
		"Jane Doe, Staff Writer":         "Jane Doe",
		"Jane Doe Senior Editor":         "Jane Doe", // no comma: the role's own word
		"Jane Doe, Editor":               "Jane Doe", // the role alone
		"Ann Lee Editor":                 "Ann Lee",  // as before
	} {
		if got := trimName(in); got != want {
			t.Errorf("trimName(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string][]string{
		"Robert T. Hale Jr.":            {"Robert T. Hale Jr."},
		"Robert Hale Sr. and Ann Hale.": {"Robert Hale Sr.", "Ann Hale"},
		"Jane Doe.":                     {"Jane Doe"}, // the sentence's stop
	} {
		if got := splitNames(in); !slices.Equal(got, want) {
			t.Errorf("splitNames(%q) = %q, want %q", in, got, want)
		}
	}
}

// markedByWord reads the Filipino "Ni" and the Romanian "de" only before
// two names or more: a Chinese name may open with "Ni", a Dutch one with
// "de".
func TestMarkedByWordNi(t *testing.T) {
	for _, c := range []struct {
		text, want string
		ok         bool
	}{
		{"Ni Maria Santos", "By Maria Santos", true},
		{"Ni Wei", "Ni Wei", false},
		{"de Ioana Marinescu, 3 iunie 2025", "By Ioana Marinescu, 3 iunie 2025", true},
		{"de Vries", "de Vries", false}, // one name after the word: a particle's name
	} {
		if got, ok := markedByWord(c.text); got != c.want || ok != c.ok {
			t.Errorf("markedByWord(%q) = %q, %v; want %q, %v", c.text, got, ok, c.want, c.ok)
		}
	}
}
