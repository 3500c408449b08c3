package clean

import "testing"

func TestURLSlugWords(t *testing.T) {
	for _, c := range []struct{ url, want string }{
		{"https://www.civilnet.am/en/news/900123/armenia-to-rebuild-debed-bridges/", "armenia to rebuild debed bridges"},
		{"https://www.civilnet.am/en/news/900123/armenia-to-rebuild-debed-bridges?utm=x#top", "armenia to rebuild debed bridges"},
		{"//civilnet.am/en/news/1/covid-19-cases-rise-again", "covid 19 cases rise again"},
		// left alone: no slug of three words
		{"https://www.civilnet.am/en/news/900123/", ""},
		{"https://www.civilnet.am/en/news/900123/armenia-votes", ""},
		{"https://www.civilnet.am", ""},
		{"https://www.civilnet.am/", ""},
		{"", ""},
		{"https://x.test/2024/05/02/story-of-the-day.html", ""},
		{"https://x.test/news/Armenia-Votes-Today", ""},
		{"https://x.test/news/armenia--votes-today", ""},
		{"https://x.test/news/-armenia-votes-today", ""},
		{"https://x.test/news/2024-05-02", ""},
	} {
		if got := urlSlugWords(c.url); got != c.want {
			t.Errorf("urlSlugWords(%q) = %q, want %q", c.url, got, c.want)
		}
	}
}
