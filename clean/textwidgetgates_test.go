package clean

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestFigureGatesCertain checks that the tests run before
// digitWidgetKind's patterns on a line opening with a figure are
// certain: over lines built from the patterns' own words, figures,
// spaces and ellipses in both cases, every line a pattern matches passes
// its test. It also counts the matches, so that the check is never empty.
func TestFigureGatesCertain(t *testing.T) {
	figures := []string{"1", "3", "12", "123", "1234"}
	gaps := []string{"", " ", "  ", "\t", " … ", "…"}
	words := []string{
		"new updates", "New Posts", "neue Beiträge", "NEUE EINTRÄGE", "nouvelles publications", "nuevas entradas",
		"nuovi aggiornamenti", "новых сообщений", "Новые записи", "yeni gelişme", "YENI güncelleme",
		"min read", "Min Read", "minutes read", "MIN. read", "perc olvasás", "Perc olvasás", "мин чтения", "МИН чтения",
		"2 3 Next »", "2 3 4 weiter", "2 … 9 Next", "Next »", "3 siguiente", "9 далее",
		"people died", "administration officials said", "nights in a row", "years ago",
	}
	var matched [3]int
	for _, f := range figures {
		for _, g := range gaps {
			for _, w := range words {
				for _, line := range []string{f + g + w, f + g + strings.ToUpper(w), f + g + strings.ToLower(w)} {
					if livePostCount.MatchString(line) {
						matched[0]++
						if !mayBeLiveCount(line) {
							t.Errorf("mayBeLiveCount(%q) = false; livePostCount matches it", line)
						}
					}
					if readTimeLine.MatchString(line) {
						matched[1]++
						if !mayBeMinutesRead(line) {
							t.Errorf("mayBeMinutesRead(%q) = false; readTimeLine matches it", line)
						}
					}
					if pagerLine.MatchString(line) {
						matched[2]++
						if !mayBePagerRow(line) {
							t.Errorf("mayBePagerRow(%q) = false; pagerLine matches it", line)
						}
					}
				}
			}
		}
	}
	for i, name := range []string{"livePostCount", "readTimeLine", "pagerLine"} {
		if matched[i] == 0 {
			t.Errorf("%s matched none of the built lines: the check is empty", name)
		}
	}
}

// TestFigureGatesTurnDownStory checks that the tests turn down story
// lines that open with a figure, so that the patterns are not compiled
// for them.
func TestFigureGatesTurnDownStory(t *testing.T) {
	for _, line := range []string{
		"3 people died in the fire on Sunday",
		"12 administration officials said they would resign",
		"2025 was a year of floods",
		"40 metres of the quay collapsed",
		"5 teams reached the final round",
		"1",
		"",
	} {
		if mayBeLiveCount(line) {
			t.Errorf("mayBeLiveCount(%q) = true", line)
		}
		if mayBeMinutesRead(line) {
			t.Errorf("mayBeMinutesRead(%q) = true", line)
		}
		if mayBePagerRow(line) {
			t.Errorf("mayBePagerRow(%q) = true", line)
		}
	}
	for _, line := range []string{"3 new updates", "4 min read", "1 2 3 Next »"} {
		if !mayBeLiveCount(line) && !mayBeMinutesRead(line) && !mayBePagerRow(line) {
			t.Errorf("no test lets %q through", line)
		}
	}
}

// TestLabelGatesCertain checks the tests run before readTimeLine,
// pagerLine and ratingLine on a line that opens with a letter: every such
// line a pattern matches, in any case and with the runes (?i) folds to
// ASCII letters (the long s), opens with one of the pattern's labels.
func TestLabelGatesCertain(t *testing.T) {
	lines := []string{
		"Reading time: 4 min", "Estimated reading time 6 minutes", "Lesezeit 3 Minuten", "Leſezeit 3 Minuten",
		"Olvasási idő: 3 perc", "Χρόνος ανάγνωσης 3 λεπτά", "Время чтения: 5 мин", "Thời gian đọc 4 phút",
		"Page 2 of 5", "Seite 1 von 3", "ſeite 1 von 3", "Страница 2 из 5", "Σελίδα 2 από 4", "Página 2 de 4",
		"Rating: 4.6 of 5", "Рейтинг: 4.6 из 5", "Értékelés: 4 / 5", "Note 4/5", "Rate this article 1 2 3 4 5",
		"Oceń artykuł: 1 2 3 4 5", "Artikel bewerten 1 2 3 4 5", "Bewerten Sie diesen Artikel 1 2 3 4 5",
		"Xəbəri qiymətləndirin 1 2 3 4 5",
	}
	type gated struct {
		name    string
		matches func(string) bool
		opens   [256]bool
		labels  []string
		matched int
	}
	gates := []*gated{
		{name: "readTimeLine", matches: readTimeLine.MatchString, opens: readTimeOpeners, labels: readTimeWidgetLabels},
		{name: "pagerLine", matches: pagerLine.MatchString, opens: pagerOpeners, labels: pagerWidgetLabels},
		{name: "ratingLine", matches: ratingLine.MatchString, opens: ratingOpeners, labels: ratingWidgetLabels},
	}
	for _, l := range lines {
		for _, line := range []string{l, strings.ToUpper(l), strings.ToLower(l)} {
			for _, g := range gates {
				if !g.matches(line) {
					continue
				}
				g.matched++
				if !g.opens[line[0]] || !opensWithAnyFold(line, g.labels) {
					t.Errorf("%s matches %q, which its labels' test turns down", g.name, line)
				}
			}
		}
	}
	for _, g := range gates {
		if g.matched == 0 {
			t.Errorf("%s matched none of the lines: the check is empty", g.name)
		}
	}
	for _, line := range []string{"Ferry fares rose in 2025", "Pagan rites of 2025", "Rat poison found in 3 homes", "Rea 4", ""} {
		if opensWithAnyFold(line, readTimeWidgetLabels) || opensWithAnyFold(line, pagerWidgetLabels) || opensWithAnyFold(line, ratingWidgetLabels) {
			t.Errorf("opensWithAnyFold(%q) = true", line)
		}
	}
}

// TestCaseOpeners checks caseOpeners against the case orbit of every
// rune: each first byte of a rune in the orbit of w's first rune is
// listed, once, and no other.
func TestCaseOpeners(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		want := map[byte]bool{}
		c := r
		for {
			var b [utf8.UTFMax]byte
			utf8.EncodeRune(b[:], c)
			want[b[0]] = true
			if c = unicode.SimpleFold(c); c == r {
				break
			}
		}
		opens, n := caseOpeners(string(r))
		got := map[byte]bool{}
		for _, b := range opens[:n] {
			if got[b] {
				t.Fatalf("caseOpeners(%q) lists %#x twice", r, b)
			}
			got[b] = true
		}
		if len(got) != len(want) {
			t.Fatalf("caseOpeners(%q) = %x, want the bytes of %v", r, opens[:n], want)
		}
		for b := range want {
			if !got[b] {
				t.Fatalf("caseOpeners(%q) = %x, lacks %#x", r, opens[:n], b)
			}
		}
	}
	if opens, n := caseOpeners("ſeite"); string(opens[:n]) != "\xc5Ss" {
		t.Errorf(`caseOpeners("ſeite") = %x, want c5 53 73 (ſ, S, s)`, opens[:n])
	}
}
