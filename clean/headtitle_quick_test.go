package clean

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
)

// TestTitleTrapQuick checks isTitleTrap, which lowers only a line's ends,
// against slowTitleTrap, which lowers the whole line, on invented lines
// and on random ones made of the traps' own words (in any case), runes
// whose lower case has another length (İ, the Kelvin sign), bad bytes and
// padding that moves the traps past the lowered ends.
func TestTitleTrapQuick(t *testing.T) {
	lines := []string{
		"", " ", "Share this article", "Share prices fall", "KOPIERE den Link", "\u212Aopiere den Link",
		"Event Management >", "Read more \u2192", "13 MIN READ", "posted 6 mins ago", "Dec 19, 2025 | 5 min read",
		"von Laura Eßlinger", strings.Repeat("İ", 30) + " min read", strings.Repeat("\xff", 30) + " ago",
		"By " + strings.Repeat("ẞ", 40), "Weekly Wrap-Up 12/19/2025", "Jane Doe - 4 March 2025",
	}
	var pieces []string
	for _, set := range [][]string{trapWords, trapLabels, readTimes, linkArrows, bannerLabels, {" ago", " ago)"}} {
		for _, w := range set {
			pieces = append(pieces, w, strings.ToUpper(w), strings.ToTitle(w))
		}
	}
	pieces = append(pieces, " ", "  ", "word", "Headline", "İ", "\u212A", "\xff", "\xe2\x80", "ß", "ẞ", "Σ", "日本", "|", "·",
		"\u00a0", "2025", "Dec 19, 2025", "12/19/2025", "09:00", strings.Repeat("x", 23), strings.Repeat("é", 12))
	rng := rand.New(rand.NewPCG(16, 135))
	for range 40000 {
		var b strings.Builder
		for range 1 + rng.IntN(7) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		lines = append(lines, b.String())
	}
	traps := 0
	for _, l := range lines {
		want := slowTitleTrap(l)
		if got := isTitleTrap(l); got != want {
			t.Errorf("isTitleTrap(%q) = %v, lowering the whole line %v", l, got, want)
		}
		if want {
			traps++
		}
	}
	if traps == 0 || traps == len(lines) {
		t.Errorf("%d of %d lines are traps: the lines try one answer only", traps, len(lines))
	}
}

// slowTitleTrap is isTitleTrap as it was, lowering the whole line (with
// the notice test, which reads the whole line itself).
func slowTitleTrap(s string) bool {
	low := strings.ToLower(strings.TrimSpace(s))
	for _, w := range trapWords {
		if strings.HasPrefix(low, w) {
			return true
		}
	}
	if wordCount(low) <= 3 {
		for _, w := range trapLabels {
			if strings.HasPrefix(low, w) {
				return true
			}
		}
	}
	for _, w := range readTimes {
		if strings.HasSuffix(low, w) {
			return true
		}
	}
	if strings.HasSuffix(low, " ago") || strings.HasSuffix(low, " ago)") || isNoticeTrap(strings.TrimSpace(s)) {
		return true
	}
	for _, w := range linkArrows {
		if strings.HasSuffix(low, w) {
			return true // a link's label: "Event Management >", "Read more →"
		}
	}
	if _, _, ok := dateparse.DateLine(s); ok || gluedDatesOpen(strings.TrimSpace(s)) {
		return true
	}
	if _, pos, ok := findDateStamp(s); ok && (wordCount(s) <= 6 && wordCount(s[:pos]) <= 1 || pos == 0 && strings.ContainsAny(s, "|•·") ||
		dateLabel().MatchString(s) || stripBefore(s[:pos]) || nameBefore(s, pos) || readTimeBefore(s[:pos])) {
		// A timestamp ("02/02/2025 KL. 09:00", "Am 02.02.2025"), a
		// date strip: "Dec 19, 2025 | Updated Dec 20, 2025 | 5 min
		// read", "Jane Doe | Senior Writer | July 2, 2025", a labelled
		// date ("Publication date: 4 March 2025") or a byline with its
		// date ("Jane Doe - 4 March 2025"); not a short headline with its
		// date ("Weekly Wrap-Up 12/19/2025").
		return true
	}
	return false
}
