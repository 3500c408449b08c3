package clean

import (
	"slices"
	"testing"
)

// TestTextBylineCensusTwo checks the byline forms the second census of
// flattened pages (extract/testdata/worldtextbylines2.tsv) led to, each
// beside a line of its kind that must read as before.
func TestTextBylineCensusTwo(t *testing.T) {
	for _, c := range []struct {
		read func(string) []string
		in   string
		want []string
	}{
		// a weekday of another language after "Von" opens a sentence
		{bylineNames, "Von Montag an sollen die ersten Nachtbusse fahren.", nil},
		{bylineNames, "Par mercredi soir, le conseil avait voté.", nil},
		{bylineNames, "Von Lukas Brandt", []string{"Lukas Brandt"}},
		{bylineNames, "By Tom Friday", []string{"Tom Friday"}},
		// "Special to" the paper is the writer's role
		{bylineNames, "By Marguerite Olsen, Special to The Harbor Daily", []string{"Marguerite Olsen"}},
		{bylineNames, "By Marguerite Olsen and Tom Special", []string{"Marguerite Olsen", "Tom Special"}},
		// a byline after a date line's bar
		{bylineAfterBar, "Last updated: March 4, 2025 | By Ingrid Berg", []string{"Ingrid Berg"}},
		{bylineAfterBar, "Updated: March 4, 2025 | Business | By Ingrid Berg", []string{"Ingrid Berg"}},
		{bylineAfterBar, "Updated: March 4, 2025 | Business", nil},
		{bylineAfterBar, "Last updated: March 4, 2025", nil},
		// labels of the scripts without capitals
		{uncasedByline, "كتب - محمد علي", []string{"محمد علي"}},
		{uncasedByline, "إعداد: سارة خالد", []string{"سارة خالد"}},
		{uncasedByline, "إعداد الطعام في المنزل", nil},
		{uncasedByline, "लेखक: सुनील वर्मा | अपडेटेड: 4 मार्च 2025", []string{"सुनील वर्मा"}},
		{uncasedByline, "रिपोर्ट: सुनील वर्मा, एडिटेड बाय: अनुज सिंह", []string{"सुनील वर्मा"}},
		{uncasedByline, "लेखक: सुनील वर्मा, अनुज सिंह", nil},
		// Chinese, Japanese and Korean labels
		{hanByline, "记者 王小明 报道", []string{"王小明"}},
		{hanByline, "记者 王小明 李华", []string{"王小明", "李华"}},
		{hanByline, "文・写真：佐藤花子", []string{"佐藤花子"}},
		{hangulByline, "글·사진 김민수 기자", []string{"김민수"}},
		{hangulByline, "글 김민수 기자", []string{"김민수"}},
		{hangulByline, "글 김민수 기자 · 사진 이지은", []string{"김민수"}},
		{hanByline, "文：山田花子 写真：佐藤太郎", []string{"山田花子"}},
		{hangulByline, "김민지·이준호 기자", []string{"김민지", "이준호"}},
		// labels of worldLabels
		{worldBylineNames, "Opracowanie: Piotr Zieliński", []string{"Piotr Zieliński"}},
		{worldBylineNames, "Ein Kommentar von Lukas Brandt", []string{"Lukas Brandt"}},
		{worldBylineNames, "Door onze redacteur Daan Smit", []string{"Daan Smit"}},
		{worldBylineNames, "Opracowanie planu trwa od roku", nil},
		{worldBylineNames, "Text and photos: Ingrid Berg", []string{"Ingrid Berg"}},
		{worldBylineNames, "Story: Kwame Asante", []string{"Kwame Asante"}},
		{worldBylineNames, "Story: Council votes to extend the night bus network", nil},
	} {
		if got := c.read(c.in); !slices.Equal(got, c.want) {
			t.Errorf("%q: %q, want %q", c.in, got, c.want)
		}
	}
	for _, c := range [][2]string{
		{"Julien Moreau (avec AFP)", "Julien Moreau"},
		{"Anna Schmidt (mit dpa)", "Anna Schmidt"},
		{"Jane Doe (with John Roe)", "Jane Doe (with John Roe)"},
		{"Jane Doe (Senior Editor)", "Jane Doe (Senior Editor)"},
	} {
		if got := dropWireCredit(c[0]); got != c[1] {
			t.Errorf("dropWireCredit(%q) = %q, want %q", c[0], got, c[1])
		}
	}
}
