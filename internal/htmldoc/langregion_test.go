package htmldoc

import "testing"

// TestWithRegion checks that a later tag lends its region to a first
// tag without one, only when their languages agree.
func TestWithRegion(t *testing.T) {
	for _, c := range []struct {
		lang  string
		later []string
		want  string
	}{
		{"en", []string{"", "en_US"}, "en-US"},
		{"EN", []string{"en-us"}, "EN-us"},
		{"en", []string{"fr_FR", "en_GB"}, "en-GB"},
		{"en-AU", []string{"en_US"}, "en-AU"},
		{"fr", []string{"en_US"}, "fr"},
		{"en", []string{"en", "en_"}, "en"},
		{"", []string{"en_US"}, ""},
		{"zh-Hant", []string{"zh_TW"}, "zh-Hant-TW"},
		{"zh-Hant", []string{"zh-Hant-HK"}, "zh-Hant-HK"},
		{"zh_Hant", []string{"zh_MO"}, "zh_Hant-MO"},
		{"zh-Hant", []string{"zh-Hant", "en_US"}, "zh-Hant"},
		{"zh-Hant-TW", []string{"zh_HK"}, "zh-Hant-TW"},
		{"zh-TW", []string{"zh_HK"}, "zh-TW"},
	} {
		if got := withRegion(c.lang, c.later...); got != c.want {
			t.Errorf("withRegion(%q, %q) = %q, want %q", c.lang, c.later, got, c.want)
		}
	}
}

// TestWithHostRegion checks that a bare traditional-script Chinese tag
// takes Taiwan's region from a Taiwanese address only.
func TestWithHostRegion(t *testing.T) {
	for _, c := range []struct{ lang, url, want string }{
		{"zh-Hant", "https://news.example.com.tw/a/1", "zh-Hant-TW"},
		{"zh-hant", "https://example.tw/", "zh-hant-TW"},
		{"zh-Hant", "https://news.example.com.hk/a/1", "zh-Hant"},
		{"zh-Hant", "https://example.com/tw/a", "zh-Hant"},
		{"zh-Hant", "", "zh-Hant"},
		{"zh-Hans", "https://example.tw/", "zh-Hans"},
		{"zh-Hant-HK", "https://example.tw/", "zh-Hant-HK"},
		{"en", "https://example.tw/", "en"},
	} {
		if got := withHostRegion(c.lang, c.url); got != c.want {
			t.Errorf("withHostRegion(%q, %q) = %q, want %q", c.lang, c.url, got, c.want)
		}
	}
}
