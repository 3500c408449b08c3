package extract_test

import (
	"testing"
	"time"

	"github.com/newsclean/newsclean/extract"
)

// A date of three two-digit numbers is read year first on a Korean,
// Japanese or Chinese page ("25.03.04" is 4 March 2025), day first on
// any other (25 March 2004), and a date with a four-digit year, one whose
// year-first reading is no day or is after the crawl, stays as read.
func TestPublishedYearFirstShortDate(t *testing.T) {
	for _, c := range []struct {
		name, lang, crawl, top, want string
	}{
		{"ko dotted with a clock", "ko", "", `<div class="byline">김민지 기자 <span class="date">입력 25.03.04 10:05</span></div>`, "2025-03-04"},
		{"ko-KR dotted, update beside", "ko-KR", "", `<p class="date">입력 25.03.04 10:05 · 수정 25.03.06 08:00</p>`, "2025-03-04"},
		{"ja slashes with a clock", "ja", "", `<p class="date">25/03/04 10:05</p>`, "2025-03-04"},
		{"zh-TW dotted with a clock", "zh-TW", "", `<p class="date">25.03.04 10:05</p>`, "2025-03-04"},
		{"ko dotted, an older year", "ko", "", `<p class="date">입력 13.03.04 10:05</p>`, "2013-03-04"},
		{"leave alone: en-GB dotted", "en-GB", "", `<p class="date">Published 25.03.04</p>`, "2004-03-25"},
		{"leave alone: de dotted", "de", "", `<p class="date">Veröffentlicht am 25.03.04</p>`, "2004-03-25"},
		{"leave alone: ko with a four-digit year", "ko", "", `<p class="date">입력 2025.03.04 10:05</p>`, "2025-03-04"},
		{"leave alone: ko day first with a four-digit year", "ko", "", `<p class="date">04.03.2025</p>`, "2025-03-04"},
		{"leave alone: ko, year first is after the crawl", "ko", "2025-03-20T00:00:00Z", `<p class="date">입력 26.03.04</p>`, "2004-03-26"},
	} {
		t.Run(c.name, func(t *testing.T) {
			opts := &extract.Options{}
			if c.crawl != "" {
				opts.CrawlDate, _ = time.Parse(time.RFC3339, c.crawl)
			}
			a, err := extract.HTMLBytes(censusPage(c.lang, "", c.top, ""), "text/html; charset=utf-8", opts)
			if err != nil {
				t.Fatal(err)
			}
			if got := a.Published[:min(len(a.Published), 10)]; got != c.want {
				t.Errorf("published %q (from %q), want %q", a.Published, a.PublishedFrom, c.want)
			}
		})
	}
}
