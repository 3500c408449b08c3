package htmldoc

import (
	"net/url"
	"strings"
)

// withRegion returns lang ("en"), the tag the page names first, with the
// region a later tag of the same language gives ("en_US" in og:locale:
// "en-US"), so that a page's region is known where <html lang> names only
// the language; lang as it is when it has a region already or no later
// tag of its language has one. The region says how the page writes
// numeric dates (a United States page month first). A tag of a language
// and a script alone ("zh-Hant", which Taiwan, Hong Kong and Macau all
// print) takes a later tag's region the same way ("zh_TW": "zh-Hant-TW").
func withRegion(lang string, later ...string) string {
	script := scriptOnly(lang)
	if lang == "" || !script && strings.ContainsAny(lang, "-_") {
		return lang
	}
	base := lang[:min(len(lang), 2)]
	if !script {
		base = lang
	}
	for _, l := range later {
		l = strings.ReplaceAll(strings.TrimSpace(l), "_", "-")
		i := strings.IndexByte(l, '-')
		if i <= 0 || i >= len(l)-1 || !strings.EqualFold(l[:i], base) {
			continue
		}
		if !script {
			return lang + l[i:]
		}
		if r := l[strings.LastIndexByte(l, '-'):]; len(r) == 3 && !scriptOnly(l) {
			return lang + r // "zh-Hant" and "zh_TW": "zh-Hant-TW"
		}
	}
	return lang
}

// scriptOnly reports whether tag is a two-letter language and a script of
// four letters and nothing more ("zh-Hant", "sr_Latn"): it names no region.
func scriptOnly(tag string) bool {
	if len(tag) != 7 || tag[2] != '-' && tag[2] != '_' {
		return false
	}
	for i := 3; i < 7; i++ {
		if c := tag[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// withHostRegion returns lang with Taiwan's region when it is the
// traditional script's Chinese tag alone ("zh-Hant") and the page's
// address is on Taiwan's domain (".tw"): the tag by itself is Hong
// Kong's and Macau's too, whose pages count no Minguo years and write a
// short date day first. Any other lang is returned as it is.
func withHostRegion(lang, address string) string {
	if !scriptOnly(lang) || !strings.EqualFold(lang[:2], "zh") || !strings.EqualFold(lang[3:], "hant") || address == "" {
		return lang
	}
	u, err := url.Parse(address)
	if err != nil || !strings.HasSuffix(strings.ToLower(u.Hostname()), ".tw") {
		return lang
	}
	return lang + "-TW"
}
