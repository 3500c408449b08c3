package extract_test

import (
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// A Taiwanese page's numeric date with a Minguo year of three digits
// ("114/03/04", 4 March 2025) dates the page, in its several marks and
// with a clock or not, also on a page tagged zh-Hant alone whose
// og:locale or address names Taiwan; a page whose date has a four-digit
// year, an English page's code of the same shape out of the Minguo years
// and a zh-Hant page that names no region or Hong Kong's (which counts no
// Minguo years) are read as before.
func TestPublishedMinguoNumeric(t *testing.T) {
	for _, c := range []struct {
		name, lang, head, top, want string
	}{
		{"zh-TW slashes", "zh-TW", "", `<p class="date">114/03/04</p>`, "2025-03-04"},
		{"zh-TW hyphens with a clock", "zh-TW", "", `<div class="byline">記者 王小明 <span class="time">114-03-04 10:05</span></div>`, "2025-03-04"},
		{"zh-Hant dotted, og:locale zh_TW", "zh-Hant", `<meta property="og:locale" content="zh_TW">`, `<span class="date">114.03.04</span>`, "2025-03-04"},
		{"zh-Hant slashes on a .tw address", "zh-Hant", `<link rel="canonical" href="https://news.example.com.tw/local/123">`, `<p class="date">114/03/04</p>`, "2025-03-04"},
		{"leave alone: zh-Hant alone, Hong Kong's tag too", "zh-Hant", "", `<span class="date">114.03.04</span>`, ""},
		{"leave alone: zh-Hant with og:locale zh_HK", "zh-Hant", `<meta property="og:locale" content="zh_HK">`, `<p class="date">114/03/04</p>`, ""},
		{"leave alone: zh-Hant on a .hk address", "zh-Hant", `<link rel="canonical" href="https://news.example.com.hk/local/123">`, `<p class="date">114/03/04</p>`, ""},
		{"leave alone: a four-digit year", "zh-TW", "", `<p class="date">2025/03/04</p>`, "2025-03-04"},
		{"leave alone: a code out of the Minguo years", "en", "", `<p class="date">Ref. 731/03/04</p>`, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := extract.HTMLBytes(censusPage(c.lang, c.head, c.top, ""), "text/html; charset=utf-8", &extract.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := a.Published[:min(len(a.Published), 10)]; got != c.want {
				t.Errorf("published %q (from %q), want %q", a.Published, a.PublishedFrom, c.want)
			}
		})
	}
}
