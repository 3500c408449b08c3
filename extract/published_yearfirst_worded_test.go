package extract_test

import (
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// A date line that prints the day with its four-digit year in words
// ("2025년 3월 6일", "2025年3月6日", "Mar 6, 2025") keeps its date on a
// Korean or Japanese page where a short block prints the same day as
// DD.MM.YY ("06.03.25": a caption's agency date, a version, a score):
// the date was read from the worded line, not from a short form to read
// year first (2006-03-25) (revB76).
func TestPublishedYearFirstLeavesWordedFullYear(t *testing.T) {
	for _, c := range []struct{ name, lang, top string }{
		{"ko caption with an agency's day-first date", "ko", `<p class="date">2025년 3월 6일 10:05</p><figure><img src="a.jpg"><figcaption>EPA 06.03.25</figcaption></figure>`},
		{"ja download strip with a version", "ja", `<p class="date">2025年3月6日 10:05</p><div class="dl">バージョン 06.03.25</div>`},
		{"ko score strip", "ko", `<p class="date">2025년 3월 6일 10:05</p><div class="sc">FC서울 06.03.25</div>`},
		{"ko page, English worded date, caption", "ko", `<p class="date">Mar 6, 2025 10:05</p><figure><img src="a.jpg"><figcaption>EPA 06.03.25</figcaption></figure>`},
		{"ko page, day before the month's name", "ko", `<p class="date">6 March 2025 10:05</p><figure><img src="a.jpg"><figcaption>EPA 06.03.25</figcaption></figure>`},
		{"zh page, year, month and day marked", "zh-CN", `<p class="date">2025年3月6日 10:05</p><div class="dl">版本 06.03.25</div>`},
		{"ja page, marks spaced, month zero-padded", "ja", `<p class="date">2025年 03月 06日 10:05</p><div class="dl">バージョン 06.03.25</div>`},
	} {
		a, err := extract.HTMLBytes(censusPage(c.lang, "", c.top, ""), "text/html; charset=utf-8", &extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := a.Published[:min(len(a.Published), 10)]; got != "2025-03-06" {
			t.Errorf("%s: published %q (from %q), want 2025-03-06 as the worded line prints it", c.name, a.Published, a.PublishedFrom)
		}
	}
}
