package clean

import (
	"html"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
)

// pageTitle is an HTML page's headline as the article gives it: HTML
// entities a page escaped twice decoded ("SQL &#x26; AI"), and the site's
// name, or a short tag after a bar, taken off the end ("Critics' Choice
// 2025 – Artlyst", "Foo | Opinion"), as the <title> loses them (the site is
// the outlet; see withoutSite for the <title>'s fuller rules, too bold for a
// visible headline: "Foo - Part 1" keeps its part). A headline that would
// keep fewer than three words stays whole.
func pageTitle(title, site, host string) string {
	if strings.Contains(title, "&") && strings.Contains(title, ";") {
		title = html.UnescapeString(title)
	}
	for _, sep := range titleSeps {
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		head, tail := strings.TrimSpace(title[:i]), strings.TrimSpace(title[i+len(sep):])
		bar := sep == " | " || sep == " • " || sep == " · " || sep == " :: "
		if wordCount(head) >= 3 && (namesSite(tail, site, host) || bar && wordCount(tail) <= 4) {
			return head
		}
	}
	if head, ok := withoutSiteWorld(title, site, host); ok {
		return head
	}
	return title
}

// titleInMeta returns the page's own title (JSON-LD headline, og:title,
// <title> without the site's name) in place of a visible headline that
// holds it whole plus a date ("Dec 18 2025 Preparing a transition", "...
// test suite / Dec 2025"), a label before a colon ("Blog: Best Social
// Media Agencies"), a kicker printed inside the headline's element
// ([kickerBefore]: "Trade talks Ministers agree on a grain route") or,
// after it, the linked story's source and a count (an aggregator's
// "Grads Find Jobs Scarce (latimes.com) 87"), which the metadata leaves
// out; any other headline is returned as it is.
func titleInMeta(title string, m *Meta, host string) string {
	for _, t := range metaTitles(m, host) {
		i := strings.Index(title, t)
		if i < 0 || len(t) == len(title) || wordCount(t) < 3 {
			continue
		}
		before, after := strings.TrimSpace(title[:i]), strings.TrimSpace(title[i+len(t):])
		if onlyDate(before+" "+after) || after == "" && wordCount(before) <= 2 && strings.HasSuffix(before, ":") ||
			before == "" && sourceAndCount(after) || after == "" && kickerBefore(title[:i], t) {
			return t
		}
	}
	return title
}

// withoutBrandTail returns a printed headline without a tag after its last
// separator that opens or closes with the domain's name ([brandTail]), as
// the HTML title ranker reads it; a headline that would keep fewer than
// three words stays whole. pageTitle leaves such tags: flattened text
// shows no metadata that would confirm them.
func withoutBrandTail(title, host string) string {
	for _, sep := range titleSeps {
		if i := strings.LastIndex(title, sep); i > 0 && wordCount(title[:i]) >= 3 && brandTail(title[i+len(sep):], host) {
			return strings.TrimSpace(title[:i])
		}
	}
	return title
}

// brandTail reports whether the part of a <title> after a separator is a
// tag that opens or closes with the name of the site's domain ("Marietta
// Electricians Costs - ProMatcher Cost Report" on promatcher.com,
// "Economy | Today's latest from Al Jazeera" on aljazeera.com), which
// [namesSite] takes only with a few letters more: at most five words
// (between spaces), a domain label (not the last) of five letters or more.
func brandTail(tail, host string) bool {
	if host == "" || len(strings.Fields(tail)) > 5 {
		return false
	}
	k := squash(tail)
	labels := strings.Split(strings.TrimPrefix(strings.ToLower(host), "www."), ".")
	for _, l := range labels[:len(labels)-1] {
		if l = squash(l); len(l) >= 5 && len(k) > len(l) && (strings.HasPrefix(k, l) || strings.HasSuffix(k, l)) {
			return true
		}
	}
	return false
}

// sourceAndCount reports whether s is the tag an aggregator prints after a
// linked story's headline: the source's domain in brackets, alone or with
// a count of comments or points ("(latimes.com)", "(github.com) 87").
func sourceAndCount(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 2 {
		return false
	}
	d, open := strings.CutPrefix(f[0], "(")
	d, closed := strings.CutSuffix(d, ")")
	if !open || !closed || !strings.Contains(d, ".") || strings.HasPrefix(d, ".") || strings.HasSuffix(d, ".") {
		return false
	}
	for _, r := range d {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' && r != '-' {
			return false
		}
	}
	return len(f) == 1 || strings.IndexFunc(f[1], func(r rune) bool { return !unicode.IsDigit(r) }) < 0
}

// onlyDate reports whether s is only a date's words and the marks between
// them: numbers and month names, a month and a number or three numbers
// ("Dec 2025", "18.12.2025", "/ Dec 18 2025"); a year alone is part of
// many headlines ("2025 Price Guide").
func onlyDate(s string) bool {
	nums, months := 0, 0
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if _, month := dateparse.MonthName(strings.ToLower(w)); month {
			months++
			continue
		}
		if strings.IndexFunc(w, func(r rune) bool { return !unicode.IsDigit(r) }) >= 0 {
			return false
		}
		nums++
	}
	return nums >= 1 && months >= 1 || nums >= 3
}

// textTitle is a flattened page's headline as the article gives it:
// pageTitle without the site's name (known from the address only), and
// a date printed after the headline behind a separator taken off ("AoAH
// Day 15: Porting a parser / Dec 2025", "Weekly notes | 18.12.2025"),
// which on an HTML page the metadata's title leaves out (titleInMeta)
// and flattened text has no metadata to show. A headline that would keep
// fewer than three words stays whole.
func textTitle(title, host string) string {
	title = pageTitle(withoutPageLabel(withoutSource(lastCrumb(title))), "", host)
	for _, sep := range []string{" / ", " | ", " – ", " — ", " - "} {
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		head := strings.TrimSpace(title[:i])
		if wordCount(head) >= 3 && onlyDate(title[i+len(sep):]) {
			return head
		}
	}
	return title
}

// bylineTail reports whether the part of a title after a separator is its
// author's byline, which a newsletter platform's <title> adds ("Why models
// drift - by Ann Marie Lee"): "by" and a name of two or three capitalised
// words. "by the Numbers" and "By Design" are no byline.
func bylineTail(tail string) bool {
	name, ok := strings.CutPrefix(tail, "by ")
	if !ok {
		return false
	}
	n := wordCount(name)
	return n >= 2 && n <= 3 && capitalised(name)
}

// initialsName reports whether part is the long name of the body whose
// initials the domain label l is ("Economic Research Service" on
// ers.example.gov, "Office of Rail Safety" on ors.example): the first
// letters of its capitalised words, lower-cased, spell l. Short labels and
// names of fewer than three such words never match.
func initialsName(part, l string) bool {
	if len(l) < 3 || len(l) > 6 {
		return false
	}
	var b strings.Builder
	for _, w := range strings.Fields(part) {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
			b.WriteRune(unicode.ToLower(r))
		case unicode.IsLower(r) && len(w) <= 3:
			// "of", "and", "the": left out of the initials
		default:
			return false
		}
	}
	return b.Len() >= 3 && b.String() == l
}
