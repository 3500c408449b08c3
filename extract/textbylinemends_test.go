package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// TestTextBylineMends guards bylines read wrong once: a label opening with an
// article, a headline "X for The Y", a data source "Compiled by", Korean photo
// and video credits, Japanese credits with joined labels, an Italian deck
// opening with "di". Each page is invented.
func TestTextBylineMends(t *testing.T) {
	en := worldBylineStories["en"]
	ko := worldBylineStories["ko"]
	ja := worldBylineStories["ja"]
	it := worldBylineStories["it"]
	for _, c := range []struct {
		name, title string
		lines       []string
		authors     []string
	}{
		{"investigation by", en[0], []string{en[0], "An investigation by Marta Kellner", "March 6, 2025", en[1], en[2]}, []string{"Marta Kellner"}},
		{"The Long Read by", en[0], []string{en[0], "The Long Read by Marta Kellner", "March 6, 2025", en[1], en[2]}, []string{"Marta Kellner"}},
		{"headline for The Ages", "Dario Lenti for The Ages", []string{"The best stories from around the world of sport this week", "Dario Lenti for The Ages", "March 6, 2025", en[1], en[2]}, nil},
		{"Compiled by a data source", en[0], []string{en[0], "March 6, 2025", en[1], en[2], "Compiled by Statistics Norway"}, nil},
		{"ko photographer at the foot", ko[0], []string{ko[0], "2025.03.06", ko[1], ko[2], "사진 이지은 기자"}, nil},
		{"ko video credit at the foot", ko[0], []string{ko[0], "2025.03.06", ko[1], ko[2], "영상 김민수 기자"}, nil},
		{"ja 文・写真／name", ja[0], []string{ja[0], "2025年3月6日", ja[1], ja[2], "（文・写真／佐藤花子）"}, []string{"佐藤花子"}},
		{"ja 文・構成 name", ja[0], []string{ja[0], "2025年3月6日", ja[1], ja[2], "（文・構成　佐藤花子）"}, []string{"佐藤花子"}},
		{"it deck opening with di", it[0], []string{it[0], "di Mario Rossi, il piano per i trasporti notturni", "6 marzo 2025", it[1], it[2]}, nil},
	} {
		a, err := extract.String(strings.Join(c.lines, "\n")+"\n", nil)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(a.Authors, c.authors) || a.Title != c.title {
			t.Errorf("%s: title %q authors %q, want %q %q", c.name, a.Title, a.Authors, c.title, c.authors)
		}
	}
}
