package extract_test

import (
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// An update printed short beside a publish date on a Korean page ("입력
// 25.03.04 10:05 · 수정 25.03.06 08:00") is read year first as the publish
// date is: updated 6 March 2025, not 25 March 2006, which came before
// the publish date and was dropped (revB75 point 7); a German page's is
// left day first.
func TestModifiedYearFirstBesidePublished(t *testing.T) {
	for _, c := range []struct{ name, lang, top, pub, mod string }{
		{"ko update beside", "ko", `<p class="date">입력 25.03.04 10:05 · 수정 25.03.06 08:00</p>`, "2025-03-04", "2025-03-06"},
		{"ja update beside", "ja", `<p class="date">公開 25/03/04 10:05 更新 25/03/06 08:00</p>`, "2025-03-04", "2025-03-06"},
		{"leave alone: de day first", "de", `<p class="date">Veröffentlicht 04.03.25 10:05 · Aktualisiert 06.03.25 08:00</p>`, "2025-03-04", "2025-03-06"},
	} {
		a, err := extract.HTMLBytes(censusPage(c.lang, "", c.top, ""), "text/html; charset=utf-8", &extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := a.Published[:min(len(a.Published), 10)]; got != c.pub {
			t.Errorf("%s: published %q (from %q), want %s", c.name, a.Published, a.PublishedFrom, c.pub)
		}
		if got := a.Modified[:min(len(a.Modified), 10)]; got != c.mod {
			t.Errorf("%s: modified %q, want %s", c.name, a.Modified, c.mod)
		}
	}
}
