package extract_test

import (
	"slices"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// TestBylineLookalikesKept checks that bylines that look like a titled
// work's credit, a job title or a Romanian "de" read as before: a
// section's label before "By", a kind of writing before "by", a second
// credit after a "By" byline, a byline labelled "Autor:" under a kicker;
// and that a Dutch surname's "de" in the author's element gives no
// author cut in two. Where a row's want is longer than one name only the
// first is checked: "By Jane Marlow, Art by Tom Reyes" still gives "Art"
// as a second name (bylineMatch splits at the comma; a second credit's
// word is left for a later change). The pages and names are invented.
func TestBylineLookalikesKept(t *testing.T) {
	const en = `<p>The council voted on Tuesday night to close the old bridge for eight months of repairs, after engineers found cracks in two of its piers during an inspection in the spring.</p><p>Drivers will be sent on a detour through the town centre, and the bus company said it would add two extra services each morning to carry commuters over the river by the rail bridge.</p><p>Residents who live near the bridge said they had long worried about the state of the structure and welcomed the decision, though shop owners fear a loss of trade.</p>`
	const de = `<p>Der Stadtrat hat am Dienstagabend beschlossen, die alte Brücke für acht Monate zu sperren, nachdem Ingenieure bei einer Prüfung im Frühjahr Risse in zwei Pfeilern gefunden hatten.</p><p>Autofahrer werden durch die Innenstadt umgeleitet, und die Busgesellschaft will jeden Morgen zwei zusätzliche Fahrten anbieten, um Pendler über den Fluss zu bringen.</p><p>Anwohner sagten, sie hätten sich lange Sorgen um den Zustand des Bauwerks gemacht, und begrüßten die Entscheidung, auch wenn Geschäftsleute Umsatzeinbußen fürchten.</p>`
	const pl = `<p>Rada miasta zdecydowała we wtorek wieczorem o zamknięciu starego mostu na osiem miesięcy remontu, po tym jak inżynierowie znaleźli pęknięcia w dwóch filarach podczas wiosennej kontroli.</p><p>Kierowcy zostaną skierowani na objazd przez centrum miasta, a przewoźnik autobusowy zapowiedział dwa dodatkowe kursy każdego ranka, aby przewieźć osoby dojeżdżające do pracy.</p><p>Mieszkańcy okolic mostu mówią, że od dawna martwili się stanem konstrukcji i przyjęli decyzję z ulgą, choć właściciele sklepów obawiają się spadku obrotów.</p>`
	for _, c := range []struct {
		lang, line, story string
		want              []string
		firstOnly         bool
	}{
		{"en", `<div class="meta"><span class="section">Politics</span> <span>By Jane Marlow</span></div>`, en, []string{"Jane Marlow"}, false},
		{"en", `<p><a href="/politics/">Politics</a> By Jane Marlow</p>`, en, []string{"Jane Marlow"}, false},
		{"en", `<p><strong>Transport</strong> by Jane Marlow</p>`, en, []string{"Jane Marlow"}, false},
		{"en", `<p>Comment by Jane Marlow</p>`, en, []string{"Jane Marlow"}, false},
		{"en", `<p>Editorial by Jane Marlow</p>`, en, []string{"Jane Marlow"}, false},
		{"en", `<p>Obituary by Jane Marlow</p>`, en, []string{"Jane Marlow"}, false},
		{"en", `<p>Viewpoint by Jane Marlow</p>`, en, []string{"Jane Marlow"}, false},
		{"en", `<p>Fact Check by Jane Marlow</p>`, en, []string{"Jane Marlow"}, false},
		{"en", `<p>Explainer by Jane Marlow</p>`, en, []string{"Jane Marlow"}, false},
		{"en", `<p>Letters by Jane Marlow</p>`, en, []string{"Jane Marlow"}, false},
		{"en", `<p>Big Read by Jane Marlow</p>`, en, []string{"Jane Marlow"}, false},
		{"en", `<p>Mains By Type</p>`, en, nil, false},
		{"en", `<p>By Jane Marlow, Art by Tom Reyes</p>`, en, []string{"Jane Marlow"}, true},
		{"de", `<p>Meinung<br>Autor: Max Berg</p>`, de, []string{"Max Berg"}, false},
		{"nl", `<p class="author">de Vries, Pieter</p>`, en, nil, false},
		{"nl", `<p class="author">de Jong en Van Dam</p>`, en, nil, false},
		{"pl", `<p>Komentarz<br>Autor: Jan Nowak</p>`, pl, []string{"Jan Nowak"}, false},
	} {
		page := `<!doctype html><html lang="` + c.lang + `"><head><meta charset="utf-8"><title>Old bridge</title></head><body><article><h1>Old bridge</h1>` + c.line + c.story + `</article></body></html>`
		a, err := extract.HTMLBytes([]byte(page), "text/html; charset=utf-8", nil)
		if err != nil {
			t.Fatal(err)
		}
		got := a.Authors
		if c.firstOnly && len(got) > 1 {
			got = got[:1]
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: authors %q, want %q", c.line, a.Authors, c.want)
		}
	}
}
