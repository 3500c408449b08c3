package clean

import "testing"

// TestShareHref checks that shareHref reads the share words only as a
// share host or whole path segments of the address before its query.
func TestShareHref(t *testing.T) {
	for _, c := range []struct {
		href string
		want bool
	}{
		{"https://www.facebook.com/sharer/sharer.php?u=x", true},
		{"https://social.example/intent/tweet?url=x", true},
		{"https://social.example/intent/post?url=x", true},
		{"https://pins.example/pin/create/button/?url=x", true},
		{"https://pro.example/shareArticle?mini=true", true},
		{"/share?url=x", true},
		{"/share/", true},
		{"https://share.social.example/?u=x", true},
		{"whatsapp://send?text=x", true},
		{"sms:?body=x", true},
		{"/coast/boat-sharer-club-closes", false},
		{"/shareholders-back-merger", false},
		{"/coast/pier-plan?ref=/share/", false},
		{"/coast/pier-plan#share/", false},
		{"sms-scam-warning", false},
		{"/intent/to-sell-the-pier", false},
		{"https://shareholders.example/pier", false},
	} {
		if got := shareHref(c.href); got != c.want {
			t.Errorf("shareHref(%q) = %v, want %v", c.href, got, c.want)
		}
	}
}

// TestSectionFrontHref checks that the query and fragment are cut before
// the host is, so that an address in the query names no section.
func TestSectionFrontHref(t *testing.T) {
	for _, c := range []struct{ href, want string }{
		{"/local", "local"},
		{"https://news.example/sport/", "sport"},
		{"/local?page=2", "local"},
		{"/x?u=https://a.example/local", ""},
		{"/x#https://a.example/local", ""},
		{"https://news.example", ""},
		{"/local/pier", ""},
	} {
		if got := sectionFrontHref(c.href); got != c.want {
			t.Errorf("sectionFrontHref(%q) = %q, want %q", c.href, got, c.want)
		}
	}
}

// TestNamesSection checks that a section link's text is short and names
// the segment as a whole word.
func TestNamesSection(t *testing.T) {
	for _, c := range []struct {
		text, seg string
		want      bool
	}{
		{"Local", "local", true},
		{"Local news and weather", "local", true},
		{"More from Tides:", "tides", true},
		{"Tides to reach record heights this week", "tides", false},
		{"Newsagents close", "news", false},
		{"Weather", "local", false},
	} {
		if got := namesSection(c.text, c.seg); got != c.want {
			t.Errorf("namesSection(%q, %q) = %v, want %v", c.text, c.seg, got, c.want)
		}
	}
}
