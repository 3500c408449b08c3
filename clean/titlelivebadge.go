package clean

import (
	"strings"
	"unicode"
)

// A live page's metadata titles often open with the page's status ahead of
// the headline, set off by a colon, a bar or a dash ("LIVE: Harbour strike
// ...", "🔴 Live updates | Harbour strike ...", "UPDATED - Harbour strike
// ..."), where the printed headline carries it, if at all, in a badge of
// its own that the headline's text leaves out ([withoutBadges]).
// withoutLiveBadge takes such a status off a title from the metadata.

// liveBadges are, in lower case, the statuses a live or revised page puts
// before its metadata's headline: English and the live words of the
// languages whose pages print them so.
var liveBadges = map[string]bool{
	"live": true, "live updates": true, "live update": true, "live blog": true, "liveblog": true,
	"updated": true, "update": true, "breaking": true, "breaking news": true,
	"en direct": true, "en vivo": true, "ao vivo": true, "in diretta": true, "diretta": true,
	"liveticker": true, "live-ticker": true, "canlı": true, "canlı yayın": true,
}

// liveBadgeSeps set a status off the headline after it.
var liveBadgeSeps = []string{": ", " | ", " - ", " – ", " — "}

// maxLiveBadge is the most bytes before a status's separator: the longest
// status with a few emoji in front of it.
const maxLiveBadge = 32

// withoutLiveBadge returns title without a status ([liveBadges]) that
// opens it before one of [liveBadgeSeps], symbols in front of the status
// ("🔴 LIVE") going with it; the headline after it must keep three words.
// Any other title is returned as it is.
func withoutLiveBadge(title string) string {
	for _, sep := range liveBadgeSeps {
		i := strings.Index(title, sep)
		if i <= 0 || i > maxLiveBadge {
			continue
		}
		badge := strings.TrimLeftFunc(title[:i], func(r rune) bool {
			return unicode.IsSpace(r) || unicode.Is(unicode.So, r) || unicode.Is(unicode.Sk, r) || r == '\ufe0f' || r == '\u200d'
		})
		rest := strings.TrimSpace(title[i+len(sep):])
		if liveBadges[strings.ToLower(badge)] && wordCount(rest) >= 3 {
			return rest
		}
	}
	return title
}

// withoutUnmetStatus returns title, the ranker's choice, without a status
// before the headline ([withoutLiveBadge]) when a metadata title gives the
// headline without it ("LIVE – Harbour strike ..." in the <h1>, og:title
// "Harbour strike ..."): the page's status, set in the headline's element
// on a live page, that the metadata, the page's own account of its
// headline, leaves out. A status the metadata gives too stays. Any other
// title is returned as it is. It runs after the ranker, on its choice, so
// the candidates the model was fitted on do not change.
func withoutUnmetStatus(title string, m *Meta, host string) string {
	off := withoutLiveBadge(title)
	if off == title {
		return title
	}
	for _, t := range metaTitles(m, host) {
		if t == off {
			return off
		}
	}
	return title
}
