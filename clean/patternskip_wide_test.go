package clean

import (
	"math/rand/v2"
	"reflect"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// TestDateLabelWide: the runes beyond ASCII the date's label may open with,
// read from its expression, are Cyrillic о and О, ᲂ (the wide о, which
// folds to them), Cyrillic а and А (Serbian's "ажурирано"), Cyrillic п
// and П (Bulgarian's "публикувано"), ſ (which folds to s), Arabic ن ("نشر
// في") and the Chinese 发 and 發 ("发布时间", "發布時間").
func TestDateLabelWide(t *testing.T) {
	w := parseWideLead(dateLabelExpr)
	if cut := parseWideLead(strings.TrimSuffix(dateLabelExpr, dateLabelEnd)); !reflect.DeepEqual(cut, w) {
		t.Errorf("read without the label's end: %+v, with it: %+v", cut, w)
	}
	if !w.ok {
		t.Fatal("the date label's runes beyond ASCII are not known")
	}
	var got []rune
	for i := 0; i+1 < len(w.opens); i += 2 {
		for r := w.opens[i]; r <= w.opens[i+1]; r++ {
			got = append(got, r)
		}
	}
	slices.Sort(got)
	got = slices.Compact(got)
	if want := []rune("ſАОПаопتنᲂ发發"); !slices.Equal(got, want) {
		t.Errorf("runes beyond ASCII: got %q, want %q", got, want)
	}
	if !w.pairsOK {
		t.Error("the runes after the label's runes beyond ASCII are not known")
	}
	for _, expr := range []string{`^\W*.x`, `^[^a]*x?`, `(`} {
		if parseWideLead(expr).ok {
			t.Errorf("%s: runes beyond ASCII known", expr)
		}
	}
}

// TestDateLabelWideRejects: the lead run's test, stepping over runes beyond
// ASCII, never turns down a line the date label's regexp matches, and turns
// down lines of Armenian, Cyrillic and marks that open with no label.
func TestDateLabelWideRejects(t *testing.T) {
	testkit.SkipUnderRace(t, "dateLabel over 200,000 built lines, on one goroutine")
	re := regexp.MustCompile(dateLabelExpr)
	lead := dateLabel().lead
	pieces := []string{
		" ", "|", "-", ": ", "12", "May", "The", "published", "Updated", "post date", "date",
		"Опубликовано", "опубликовано", "обновлено", "Оновлено", "опубліковано", "Новости", "Москва", "о", "ᲂбновлено", "оп", "Об",
		"Հրապարակված", "Երևան", "\u0301", "\u200b", "\u00a0", "ſtand", "ſ", "«", "—", "\xff", "é",
		"veröffentlicht", "Publié", "x", "_",
	}
	rng := rand.New(rand.NewPCG(34, 9))
	kept, rejected, wideRejected := 0, 0, 0
	for range 200000 {
		var b strings.Builder
		for range 1 + rng.IntN(6) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		if !lead.rejects(s) {
			kept++
			continue
		}
		rejected++
		if wordLeadRun(dateLabelLetters, dateLabelWords).rejects(s) == false {
			wideRejected++
		}
		if re.MatchString(s) {
			t.Fatalf("%q: turned down, but the regexp matches", s)
		}
	}
	for _, s := range []string{"Հրապարակված 12.05.2024", "— Вести, 12 мая", "— Новости, 12 мая", "Москва о", "\u0301\u200b Երևան"} {
		if !lead.rejects(s) {
			t.Errorf("%q: not turned down", s)
		}
	}
	for _, s := range []string{"— Опубликовано: 12 мая", "Новости обновлено: вчера", "« ſtand: heute", "Հրապարակված | Updated 12 May"} {
		if lead.rejects(s) || !re.MatchString(s) {
			t.Errorf("%q: turned down %v, matched %v", s, lead.rejects(s), re.MatchString(s))
		}
	}
	if kept == 0 || rejected == 0 || wideRejected == 0 {
		t.Errorf("%d kept, %d turned down (%d past a rune beyond ASCII): the test tests nothing", kept, rejected, wideRejected)
	}
}

// TestWideLeadOther: on expressions of other shapes (a rune beyond ASCII
// alone before an optional end, letters that fold beyond ASCII), the
// stepping walk never turns down a line the regexp matches.
func TestWideLeadOther(t *testing.T) {
	pieces := []string{" ", "-", "über", "Über ", "ärger", "Ärger", "straße", "ſx", "\u212aelvin", "kelvin", "о", "Оx", "ok ", "é", "\u0301", "Երևան", "\xff", "a"}
	for _, expr := range []string{
		`(?i)^\W*(?:(?:über|ok)\s+)?(?:ärger|ſx|kelvin|о)(?:\W|$)`,
		`^\W*(?:Ärger|straße|Оx)`,
	} {
		re := regexp.MustCompile(expr)
		tree, err := syntax.Parse(expr, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		lead := newLeadRun(tree)
		if lead == nil {
			t.Fatalf("%s: not a ^C*R pattern", expr)
		}
		lead.withWide(expr)
		rng := rand.New(rand.NewPCG(9, 34))
		rejected := 0
		for range 50000 {
			var b strings.Builder
			for range 1 + rng.IntN(5) {
				b.WriteString(pieces[rng.IntN(len(pieces))])
			}
			s := b.String()
			if lead.rejects(s) {
				rejected++
				if re.MatchString(s) {
					t.Fatalf("%s: %q turned down, but the regexp matches", expr, s)
				}
			}
		}
		if rejected == 0 {
			t.Errorf("%s: nothing turned down", expr)
		}
	}
}
