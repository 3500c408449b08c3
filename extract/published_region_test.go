package extract_test

import "testing"

// TestPublishedOrderRegion checks that a numeric date that reads both
// ways is read month first where <html lang> names the language only and
// og:locale or JSON-LD's inLanguage names the United States ("en" and
// "en_US"), as under "en-US"; another region, another language's region
// or none leaves it day first.
func TestPublishedOrderRegion(t *testing.T) {
	const line = `<div class="post-time">Post time: 01-04-2024</div>`
	ld := func(lang string) string {
		return `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour board to rebuild the ferry pier","inLanguage":"` + lang + `"}</script>`
	}
	for _, c := range []censusCase{
		{name: "og:locale en_US", src: censusPage("en", `<meta property="og:locale" content="en_US">`, line, ``), published: "2024-01-04"},
		{name: "inLanguage en-US", src: censusPage("en", ld("en-US"), line, ``), published: "2024-01-04"},
		{name: "leave alone: og:locale en_GB", src: censusPage("en", `<meta property="og:locale" content="en_GB">`, line, ``), published: "2024-04-01"},
		{name: "leave alone: no region anywhere", src: censusPage("en", `<meta property="og:locale" content="en">`, line, ``), published: "2024-04-01"},
		{name: "leave alone: another language's region", src: censusPage("fr", `<meta property="og:locale" content="en_US">`, line, ``), published: "2024-04-01"},
		{name: "leave alone: <html lang> names its region", src: censusPage("en-AU", `<meta property="og:locale" content="en_US">`, line, ``), published: "2024-04-01"},
	} {
		t.Run(c.name, c.run)
	}
}
