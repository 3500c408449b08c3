package extract_test

import (
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// TestTitleSiteFormsOwnWords checks, end to end, that a headline keeps
// its own words that look like a part the title rules cut (reviewer
// revA75): a span of its own words about reading (even beside an og:title
// that agrees with the whole), a floor-division " // " in og:title and
// <title>, and a label in full-width brackets on a site whose name holds
// it.
func TestTitleSiteFormsOwnWords(t *testing.T) {
	const reading = "Schools give every pupil an extra hour of reading time"
	const floor = "Floor division in Python: why 7 // 2 gives 3"
	rows := []siteFormsRow{
		{name: "reading time span, og agrees", head: `<title>` + reading + ` | Valley Post</title><meta property="og:title" content="` + reading + `">` + sfOG, top: `<h1>Schools give every pupil an extra hour of <span class="hl">reading time</span></h1>`, lang: "en", want: reading},
		{name: "Lesezeit span", head: `<title>Bibliothek verlängert die Lesezeit | Talbote</title>`, top: `<h1>Bibliothek verlängert die <span>Lesezeit</span></h1>`, lang: "de", url: "https://www.talbote.de/lokal/x", want: "Bibliothek verlängert die Lesezeit"},
		{name: "floor division, og:title and title", head: `<title>` + floor + ` | Code Notes</title><meta property="og:title" content="` + floor + `">`, lang: "en", want: floor},
		{name: "zh video label, video site", head: `<title>` + sf("zh") + `（视频）</title><meta property="og:site_name" content="山谷视频">`, top: `<h1>` + sf("zh") + `（视频）</h1>`, lang: "zh", want: sf("zh") + "（视频）"},
	}
	for _, r := range rows {
		st, ok := siteFormsStory[r.lang]
		if !ok {
			st, _ = labelStory(r.lang)
		}
		url := r.url
		if url == "" {
			url = "https://regional-wire.example/news/2025/03/14/footbridge-opens"
		}
		a, err := extract.HTMLBytes([]byte(siteFormsPage(r, st)), "text/html; charset=utf-8", &extract.Options{URL: url})
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != r.want {
			t.Errorf("%s: title %q, want %q", r.name, a.Title, r.want)
		}
	}
}
