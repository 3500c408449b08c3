package clean

import (
	"strings"
	"testing"
)

// TestFindDateMoreLanguages checks the date lines of Chinese, Japanese and
// Korean pages, and month names of the languages moreMonths added (each
// failed before), and lines that hold no date in those forms.
func TestFindDateMoreLanguages(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"2025年11月17日", "2025-11-17"},
		{"发布时间：2025年11月17日 10:30", "2025-11-17T10:30:00"},
		{"投稿日：2025年11月7日（月）", "2025-11-07"},
		{"2025년 11월 17일 (월) 09:05", "2025-11-17T09:05:00"},
		{"입력 2025. 11. 17. 오전", "2025-11-17"},
		{"17. listopadu 2025", "2025-11-17"},
		{"17. marraskuuta 2025", "2025-11-17"},
		{"Publicat: 17 noiembrie 2025", "2025-11-17"},
		{"17 Νοεμβρίου 2025", "2025-11-17"},
		{"17 листопада 2025 р.", "2025-11-17"},
		{"17 सितंबर 2025", "2025-09-17"},
		{"17 نوفمبر 2025", "2025-11-17"},
		{"Diterbitkan 17 Desember 2025", "2025-12-17"},
		{"2025年3月4日 10時15分", "2025-03-04T10:15:00"},
		{"2025년 3월 4일 10시 15분", "2025-03-04T10:15:00"},
		{"2025年2月30日", ""},
		{"2025年の計画", ""},
		{"これは長い説明の文で、日付はずっと後ろにありますが、それは見出しの日付ではありません：2025年11月17日", ""},
		{"In 2019. 3 people came.", ""},
	} {
		st, _, ok := findDateStamp(c.line)
		got := ""
		if ok {
			got = st.ISO()
		}
		if got != c.want {
			t.Errorf("%q: got %q, want %q", c.line, got, c.want)
		}
	}
}

// A line that holds only a Chinese, Japanese or Korean date (maybe after
// a short label and a colon), over the
// story's first paragraph, is the page's date line (before, the text path
// took it for the headline); a date with words after it is no such line.
func TestDetectDatesCJKAlone(t *testing.T) {
	const title = "政府、新たな経済対策を発表\n"
	const story = "米政府は4日、新たな経済対策を発表した。中小企業への支援を拡大し、低所得世帯向けの給付も盛り込んだ。\n\n対策の規模は約千億ドルに上る。議会での審議は来週にも始まる見通しだ。\n"
	for _, c := range []struct {
		line string
		want string // the date block's stamp, "" for none
	}{
		{"2025年3月4日 10時15分", "2025-03-04T10:15:00"},
		{"2025年3月4日", "2025-03-04"},
		{"公開日：2025年3月4日", "2025-03-04"},
		{"发布时间: 2025年3月4日 10:15", "2025-03-04T10:15:00"},
		{"2025年3月4日に発表された計画", ""},
	} {
		res, err := String(title+c.line+"\n\n"+story, nil)
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, b := range res.Blocks {
			if b.Kind == Date && strings.HasSuffix(c.line, b.Text) && b.Stamp != nil {
				got = b.Stamp.ISO()
			}
		}
		if got != c.want {
			t.Errorf("%q: date %q, want %q", c.line, got, c.want)
		}
	}
}
