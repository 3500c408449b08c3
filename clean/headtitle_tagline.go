package clean

import "strings"

// withoutTagline returns the ranker's title without a tagline the page's
// own metadata leaves out: a printed headline that is a metadata title
// plus one tagline after a dash ("15 Apps Compared - Personally Tested"
// with og:title "15 Apps Compared") loses the tagline; one whose metadata
// title is only the words after the dash ("Signal #18 – The World Without
// Work?" with og:title "The World Without Work?") keeps the head, the
// metadata having filed the subtitle as the title, unless the head has
// fewer than half the tail's words (a live page's kicker before a long
// headline: "Harbour Strike Live – Dockers Vote to ..."). Any other title
// is returned as it is. It runs after the ranker, on its choice, so the
// candidates the model was fitted on do not change. On WCXB's train side
// (all page types) the first cut makes the title the gold on 5 pages of 5
// sites and loses it on 1, the second on 2 and 0.
func withoutTagline(title string, m *Meta, host string) string {
	for _, t := range metaTitles(m, host) {
		if wordCount(t) < 3 || len(t) >= len(title) {
			continue
		}
		if rest, ok := strings.CutPrefix(title, t); ok && dashTagline(rest) {
			return t
		}
		if before, ok := strings.CutSuffix(title, t); ok {
			if head, ok := headBeforeTagline(before); ok && 2*wordCount(head) >= wordCount(t) {
				return head
			}
		}
	}
	return title
}

// dashTagline reports whether rest, what a headline prints after the
// metadata's title, is one tagline set off by a dash (" - Part 1", " —
// Strength Training"), with no other separator in it.
func dashTagline(rest string) bool {
	for _, dash := range []string{" - ", " – ", " — "} {
		if tail, ok := strings.CutPrefix(rest, dash); ok {
			return wordCount(tail) > 0 && !strings.ContainsAny(tail, "|–—") && !strings.Contains(tail, " - ")
		}
	}
	return false
}

// headBeforeTagline returns the head of a headline whose metadata title
// is only the words after its dash (before is what the headline prints
// ahead of them, the dash included), and whether it is one: at least
// three words with no other separator. Fewer words are a kicker
// ("Opinion – ") or a brand ("Nintendo Switch - OLED Model"), and the
// headline stays whole.
func headBeforeTagline(before string) (string, bool) {
	for _, dash := range []string{" - ", " – ", " — "} {
		if head, ok := strings.CutSuffix(before, dash); ok {
			head = strings.TrimSpace(head)
			return head, wordCount(head) >= 3 && !strings.ContainsAny(head, "|–—") && !strings.Contains(head, " - ")
		}
	}
	return "", false
}
