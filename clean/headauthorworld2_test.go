package clean

import (
	"slices"
	"testing"
)

// The forms of the second byline census (extract/testdata/worldbylines2.tsv)
// the name readers learnt, each beside a line it must read as before.
func TestBylineMatchSecondCensus(t *testing.T) {
	for _, c := range []struct {
		line string
		want []string
	}{
		// a photographer's label with its colon after the writer's
		// name, on the line a <br> joined to the byline
		{"By Erik Holm Foto: Maja Ek", []string{"Erik Holm"}},
		{"Teksti: Matti Virtanen\nKuvat: Liisa Korhonen", []string{"Matti Virtanen"}},
		{"Текст: Мария Белова Фото: Сергей Ким", []string{"Мария Белова"}},
		{"By Anna Foto", []string{"Anna Foto"}}, // a surname, no label
		// a reviewer's or a translator's credit after the writer's name
		{"Written by Maya Cohen Medically reviewed by Karl Weber, MD", []string{"Maya Cohen"}},
		{"By Yuki Tanaka Translated by Ben Carter", []string{"Yuki Tanaka"}},
		{"By Jane Doe and John Roe", []string{"Jane Doe", "John Roe"}},
		// labels of scripts without capitals
		{"نویسنده: علی رضایی", []string{"علی رضایی"}},
		{"লেখক: রহিম উদ্দিন", []string{"রহিম উদ্দিন"}},
		{"எழுதியவர்: கார்த்திக் ராஜா", []string{"கார்த்திக் ராஜா"}},
		{"โดย สมชาย ใจดี", []string{"สมชาย ใจดี"}},
		{"โดย สมชาย ใจดี และ เพื่อน ร่วม งาน", nil}, // more than a name
		// Vietnamese "bài và ảnh:" (article and pictures)
		{"Bài và ảnh: Lê Văn Tâm", []string{"Lê Văn Tâm"}},
		{"Bài viết Lê Văn Tâm", nil},
		// Malay "dan" joins two names; not a name and a group
		{"Oleh Siti Aminah dan Lim Wei", []string{"Siti Aminah", "Lim Wei"}},
		{"Oleh Siti Aminah dan rakan-rakan", []string{"Siti Aminah"}},
		// a Korean reporter's address after 기자
		{"김민수 기자 minsu@example.kr", []string{"김민수"}},
		{"기자 minsu@example.kr", nil},
		// a known place after a comma is where the reporter files from
		{"By Chinedu Eze, Abuja", []string{"Chinedu Eze"}},
		{"By Chinedu Eze, Ada Obi", []string{"Chinedu Eze", "Ada Obi"}},
	} {
		if got := bylineMatch(c.line); !slices.Equal(got, c.want) {
			t.Errorf("bylineMatch(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}

// markedByWord reads a word for "by" that is as often a word of prose
// before a capital only; the element's mark is checked by its caller.
func TestMarkedByWord(t *testing.T) {
	for _, c := range []struct {
		text, want string
		ok         bool
	}{
		{"Na Amina Juma", "By Amina Juma", true},
		{"Του Γιώργου Παπαδόπουλου", "By Γιώργου Παπαδόπουλου", true},
		{"From Chinedu Eze, Abuja", "By Chinedu Eze, Abuja", true},
		{"From the archive", "From the archive", false},
		{"Na hivyo", "Na hivyo", false},
		{"Nadia Haddad", "Nadia Haddad", false},
	} {
		if got, ok := markedByWord(c.text); got != c.want || ok != c.ok {
			t.Errorf("markedByWord(%q) = %q, %v; want %q, %v", c.text, got, ok, c.want, c.ok)
		}
	}
}

// personList reads another language's "and" between persons' names, and
// trimName drops a strip's separator a name was printed against.
func TestPersonListWorldAndTrimSeparator(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Anna Wiśniewska i Piotr Zieliński", []string{"Anna Wiśniewska", "Piotr Zieliński"}},
		{"Mario Rossi e Anna Bianchi", []string{"Mario Rossi", "Anna Bianchi"}},
		{"Jane Doe and John Roe", []string{"Jane Doe", "John Roe"}},
		{"Anna Wiśniewska i partnerzy", nil}, // no second person
		{"Jane Doe", nil},
	} {
		if got := personList(c.text); !slices.Equal(got, c.want) {
			t.Errorf("personList(%q) = %q, want %q", c.text, got, c.want)
		}
	}
	for in, want := range map[string]string{"Ravi Iyer·": "Ravi Iyer", "Ravi Iyer •": "Ravi Iyer", "Ravi Iyer": "Ravi Iyer", "Jane Doe-Roe": "Jane Doe-Roe"} {
		if got := trimName(in); got != want {
			t.Errorf("trimName(%q) = %q, want %q", in, got, want)
		}
	}
}

// In a navigation block menuBy refuses every line shopBy refuses (see
// shopBy's comment): no shop word is a byline's label.
func TestMenuByCoversShopBy(t *testing.T) {
	for _, w := range shopWords {
		line := w + " by Brand"
		if !shopBy(line) || !menuBy(line) {
			t.Errorf("%q: shopBy %v, menuBy %v", line, shopBy(line), menuBy(line))
		}
	}
	if menuBy("Written by Jane Doe") || shopBy("Written by Jane Doe") {
		t.Error("a byline's label read as a menu's")
	}
}
