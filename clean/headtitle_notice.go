package clean

import "strings"

// bannerLabels are whole lines that a site-wide banner prints, never a
// headline: the official-website banner every US government site carries
// (the U.S. Web Design System's: "An official website of the United States
// government", its button "Here's how you know", its headings "Official
// websites use .gov" and "Secure .gov websites use HTTPS"), printed above
// each page's own headline.
var bannerLabels = []string{"here's how you know", "here’s how you know", "an official website of the united states government",
	"official websites use .gov", "secure .gov websites use https"}

// copyrightNotice matches a copyright line anywhere in a short line: the
// word or the sign followed by a year ("Content Copyright 2018 - 2019 Jane
// Doe", "All content © 2024 Site"). A headline about copyright opens with
// the word and is caught by the trap words; one that names the word
// elsewhere is not followed by a year.
var copyrightNotice = lazyCompile(`(?i)(?:\bcopyright|©)\s*(?:\(c\)\s*|©\s*)?(?:19|20)\d\d\b`)

// isNoticeTrap reports whether line s (trimmed) is a site-wide notice
// rather than a headline: a banner's label ([bannerLabels]) or a
// copyright line ([copyrightNotice]).
func isNoticeTrap(s string) bool {
	if len(s) <= 60 {
		k := strings.ToLower(strings.TrimRight(s, " .!?:"))
		for _, w := range bannerLabels {
			if k == w {
				return true
			}
		}
	}
	return (strings.Contains(s, "opyright") || strings.Contains(s, "OPYRIGHT") || strings.Contains(s, "©")) && copyrightNotice.MatchString(s)
}
