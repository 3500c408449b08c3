package clean

import (
	"strings"
	"unicode"
)

// textLoneName reads the byline of flattened text that textHeadBylines's
// stricter forms miss: the one line between headline t and the story's
// start that gives a person's name, alone or with a short role ("Jane
// Doe", "Jane Doe, Senior Writer") or glued to its date ("Jane Doe•Oct
// 20, 2025", "Dec 26, 2025 • Jane Doe"), or people's names with their
// credentials parted by semicolons ([semicolonNames]: "Jane Roe, MD; John
// Poe, PhD"), none of whose words the page writes in lower case; or that
// gives the site's own name where no rule knows the site
// ([Page.siteByline]: a company's post signed by the company, as extract
// takes it from HTML). The story starts at its second paragraph of prose
// (a standfirst printed twice counts once), at most maxTextHead lines
// down. Only when exactly one line there reads so: two are a list of
// people (a panel, a team), not a byline; and cleaning the output again,
// over the same stretch, finds none once the one is taken. It reports
// whether it labelled one.
func (p *Page) textLoneName(t int, lw *lowerWords) bool {
	at, name, prose := -1, "", ""
	var list []string // the names of a line that lists them ([semicolonNames])
	for i := t + 1; i < len(p.blocks) && i <= t+maxTextHead; i++ {
		b := &p.blocks[i]
		if len(b.Text) >= 100 && isProse(b.Text) {
			if p.free(i) && b.Text != prose {
				if prose != "" {
					break // the story's second paragraph
				}
				prose = b.Text
			}
			continue
		}
		if len(b.Text) > maxDateLine || isProse(b.Text) || b.Wrapped || !p.free(i) && !byModel(*b) {
			continue
		}
		n, ns := loneName(b.Text), semicolonNames(b.Text)
		words := strings.Replace(n, " and ", " ", 1)
		if ns != nil {
			n, words = ns[0], strings.Join(ns, " ") // "Jane Roe, MD; John Poe, PhD"
		}
		if n != "" && p.writesLower(words, lw) {
			n, ns = "", nil
		}
		if n == "" {
			n = p.siteByline(b.Text) // the site's own name: its words may be the page's
		}
		if n == "" || !p.headMarked(t, i) {
			continue
		}
		if at >= 0 {
			return false // two names: not one byline
		}
		at, name, list = i, n, ns
	}
	if at < 0 {
		return false
	}
	b := &p.blocks[at]
	b.Kind, b.Rule, b.Authors = Byline, HeadBylineRule, []string{name}
	if pairName(name) != "" {
		b.Authors = splitNames(name)
	}
	if list != nil {
		b.Authors = list
	}
	return true
}

// yearGluedName is a name glued to the year that ends a date line, in
// group 1: "September 8, 2016Jane Doe".
var yearGluedName = lazyCompile(`\b(?:19|20)\d\d(\p{Lu}\p{Ll}['’.\-\p{L}]*(?:\s+\p{Lu}['’.\-\p{L}]*){1,2})$`)

// pairName returns two people's names a head line gives joined by "and"
// ("Jane Doe and John Roe"), as the line has them, or "".
func pairName(s string) string {
	a, b, ok := strings.Cut(s, " and ")
	if !ok || !personShaped(strings.TrimSpace(a)) || !personShaped(strings.TrimSpace(b)) {
		return ""
	}
	return s
}

// loneName returns the person's name a head line gives alone, with a
// short role ([nameWithRole]), or with its date before or after it and a
// separator or a space between ("Jane Doe•Oct 20, 2025", "Dec 26, 2025 •
// Jane Doe"); "" for any other line.
func loneName(s string) string {
	s = strings.TrimSpace(s)
	if strings.HasSuffix(s, ",") || shouted(s) {
		return "" // a wrapped line of a list, a heading in capitals
	}
	if n := nameWithRole(s); n != "" {
		return n
	}
	if n := credentialedName(s); n != "" {
		return n // "Jane Q. Doe CPP, PSP"
	}
	if n := pairName(s); n != "" {
		return n // "Jane Doe and John Roe"
	}
	if n := trimName(s); n != s && personShaped(n) {
		return n // "Jane Doe in Guides"
	}
	if n := placedName(s); n != "" {
		return n // "Ayşe Demir - İstanbul", "İzmir - Ayşe Demir"
	}
	if n, _, ok := nameLabelledDate(s); ok {
		return n // "Jane Doe | Publié le 5 mars 2025"
	}
	_, pos, ok := findDateStamp(s)
	if !ok {
		return ""
	}
	if before := strings.Trim(s[:pos], " •·|,-–—"); before != "" {
		if n := trimName(before); personShaped(n) {
			return n
		}
		return nameWithRole(before) // "Jane Doe | Senior Writer | July 2, 2025"
	}
	// The date opens the line: the name is what follows its separator,
	// or what a scraper glued to its year ("September 1,
	// 2016September 8, 2016Jane Doe": a posted and an updated date).
	k := strings.IndexAny(s, "•·|")
	if k < 0 {
		if m := yearGluedName.FindStringSubmatch(s); m != nil && personShaped(m[1]) {
			return m[1]
		}
		return ""
	}
	if after := trimName(strings.Trim(s[k:], " •·|,-–—")); personShaped(after) {
		return after
	}
	return ""
}

// dateLineAuthor returns who signs a date line: the person's name it gives
// before or after its date ("Jane Doe October 11, 2024", "Dec 26, 2025 •
// Jane Doe in Guides"), none of whose words the page writes in lower case;
// else the handle that signs it ("by whova | Apr 21, 2025"); else the
// site's own name ([Page.siteByline]: "EcoFlow- 2025/4/29"); or "".
func (p *Page) dateLineAuthor(s string, lw *lowerWords) string {
	if n := readStripName(s); n != "" && !p.writesLower(n, lw) {
		return n // "Jane Doe · 4 min read · Mar 14, 2024": more words before the date than a date line holds
	}
	if _, _, ok := findDateStamp(s); !ok {
		return p.labelledLineAuthor(s, lw) // "Marco Rossi - Pubblicato il 5 marzo 2025": more words before the date than findDateStamp reads
	}
	if n := loneName(s); n != "" && !p.writesLower(n, lw) && !bylineLabel.MatchString(n) {
		return n // not the label of a byline whose name the page left out ("Written By Feb 11, 2019")
	}
	if n := datedHandle(s); n != "" {
		return n
	}
	return p.siteByline(s)
}

// headMarked reports whether line i, under headline t, stands where a
// byline does: right under the headline; next to a line that gives a
// date with its year, an update line or a reading time ("5 min read");
// under a byline's label ("Contributors:"); over a role ("Former
// McKinsey Consultant", "Writer, Hardware"). Lines of glyphs only (icons)
// are passed over. A heading in the story's capitals ("Cautionary
// Tale") stands by none of them.
func (p *Page) headMarked(t, i int) bool {
	for _, step := range []int{-1, 1} {
		for j := i + step; j > t-1 && j < len(p.blocks) && j <= i+3; j += step {
			if j == t {
				return true
			}
			b := p.blocks[j]
			if !hasAlnum(b.Text) {
				continue // an icon
			}
			if b.Stamp != nil || len(b.Text) <= maxDateLine && (datedLine(b.Text) || holdsReadTime(b.Text) ||
				bylineLabel.MatchString(strings.TrimSpace(b.Text)) || step > 0 && roleLine(b.Text)) {
				return true
			}
			break
		}
	}
	return false
}

// hasAlnum reports whether s holds a letter or a digit.
func hasAlnum(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// shouted reports whether a line has letters and all of them capitals.
func shouted(s string) bool {
	return strings.ToUpper(s) == s && strings.ToLower(s) != s
}

// datedLine reports whether a short line gives a date with its year
// ("Last Updated January, 2025", "2022-11-23T08:10+02:00").
func datedLine(s string) bool {
	st, _, ok := findDateStamp(s)
	return ok && st.Year != 0
}

// roleWords are words of a job's title, as printed under a byline's name.
var roleWords = map[string]bool{
	"editor": true, "writer": true, "reporter": true, "correspondent": true, "columnist": true,
	"contributor": true, "journalist": true, "author": true, "analyst": true, "consultant": true,
	"founder": true, "co-founder": true, "ceo": true, "cto": true, "director": true, "manager": true,
	"expert": true, "specialist": true, "strategist": true, "engineer": true, "researcher": true,
	"professor": true, "attorney": true, "dietitian": true, "rn": true, "md": true, "vp": true,
	"head": true, "lead": true, "staff": true, "producer": true, "chief": true,
	"editors": true, "writers": true, "reporters": true, "columnists": true, "contributors": true, // "| Guest Columnists"
}

// roleLine reports whether a line reads as a job's title: six words at
// most, no digits, one of them a [roleWords] word; or opens with one
// before a bar ("Contributing Writer | Strategy games and RPGs": the
// title, then what the writer covers).
func roleLine(s string) bool {
	if head, _, ok := strings.Cut(s, "|"); ok && wordCount(head) <= 4 && roleLine(head) {
		return true
	}
	if wordCount(s) > 6 || digitByteIn(s) {
		return false
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if roleWords[w] {
			return true
		}
	}
	return false
}

// siteByline returns the name of the site a head line gives, alone or
// glued to its date ("ServiceTitan", "EcoFlow- 2025/4/29", "West Bell
// Dental Care" on westbelldentalcare.com), where the page's address is
// known and no outlet rule knows the site (a rule is written for a news
// outlet, whose name is no author); or "".
func (p *Page) siteByline(s string) string {
	host := hostOf(p.in.url) // flattened text: its address is the caller's only
	if host == "" || p.own != nil || p.wire != nil {
		return ""
	}
	s = strings.TrimSpace(s)
	if _, pos, ok := findDateStamp(s); ok {
		s = strings.Trim(s[:pos], " •·|,-–—")
	}
	if wordCount(s) > 4 || len(squash(s)) < 3 || !namesSite(s, "", host) {
		return ""
	}
	return s
}

// handleBy finds a handle signing a dated line: "by whova | Apr 21, 2025",
// "Posted on July 1, 2024 by quillo", "By quilloFebruary 16, 2026No
// Comments" (the date glued on by the flattening); group 1 is the handle,
// a word in lower case, run to the line's end, a separator or a capital
// glued to it. A line with no "by" before a lower-case letter
// (mayHoldHandleBy) is turned down before the pattern.
var handleBy = guardedRegexp{mayHoldHandleBy, lazyCompile(`(?:^|\s)[Bb]y:?\s+(\p{Ll}[._\-\p{Ll}\p{N}]{2,30})(?:\s*(?:$|[|•·])|\p{Lu})`)}

// notHandles are words a dated line's "by" may take that sign nothing.
var notHandles = map[string]bool{"admin": true, "administrator": true, "the": true, "our": true, "staff": true, "guest": true, "editor": true, "author": true, "user": true}

// datedHandle returns the handle that signs a line dateLineAuthor has
// found a date in ([handleBy]), or "".
func datedHandle(s string) string {
	m := handleBy.FindStringSubmatch(s)
	if m == nil || notHandles[m[1]] {
		return ""
	}
	return m[1]
}

// roleNameOver returns the person a line right over the headline names
// with a role after a comma ("Jane Doe, Staff Writer": [nameWithRole]), a
// byline some templates print above the headline; "" for any other line,
// for a name the page writes a word of in lower case, and for a desk.
func (p *Page) roleNameOver(s string, lw *lowerWords) string {
	if !strings.Contains(s, ",") {
		return ""
	}
	n := nameWithRole(s)
	if n == "" || p.writesLower(n, lw) || notAuthorName(n) {
		return ""
	}
	return n
}
