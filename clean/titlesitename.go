package clean

import (
	"html"
	"strings"
	"unicode"

	"github.com/newsclean/newsclean/internal/htmldoc"
)

// The HTML title steps read a title's parts against the site's name. Many
// templates print no og:site_name (Blogger, Drupal, Joomla, hand-made
// sites) but link their name home from the header ("Crumbs and Crusts"
// over a Blogger post, set in an <h1>), and many print the section the
// story sits in between the title and the site's name ("Foo - Local news
// - City Post", "标题_新闻频道_网站"). These are read here, from the page's
// own metadata, for any site.

// titleSite returns the site's name the HTML title steps read titles
// against: og:site_name or the JSON-LD publisher's name, failing those the
// text of the page's first link home of more than one word
// ([htmldoc.Meta].HomeName). A part of a title is cut as the site's only
// when it names it ([namesSite]), so a link home that is no name ("Back
// to the front page") cuts nothing a title holds. A page with neither
// gives the name its own titles print at opposite ends
// ([crossedSiteName]), failing that the name one of its titles gives
// alone and another prints at an end ([aloneSiteName]).
func titleSite(m *htmldoc.Meta) string {
	if m.SiteName != "" {
		return m.SiteName
	}
	if m.HomeName != "" {
		return m.HomeName
	}
	if name := crossedSiteName(m); name != "" {
		return name
	}
	return aloneSiteName(m)
}

// metaTitle returns a title from the page's metadata as the article would
// print it: HTML entities decoded and inline tags escaped into it taken
// off ([withoutMarkup]), the site's name taken off
// ([withoutSite]) and a section word before the headline when the name
// was off the end ([withoutFrontSection]), then the page's section if the
// title still ends with it after a separator ([withoutSection]); a title
// no site's name was found in loses a site's and a section's short parts
// before its headline ([withoutFrontChain]); a part that tells the page's
// state, not the story ("Page 2 of 3", "(updated)"), goes after the
// site's name ([withoutStateTail]). The marks
// that steer right-to-left text go first ([withoutBidiMarks]); the site's
// own title, its name and its slogan, gives its name ([siteHomeTitle]).
func metaTitle(t string, m *htmldoc.Meta, host string) string {
	raw := withoutBidiMarks(strings.TrimSpace(withoutMarkup(html.UnescapeString(t))))
	site := titleSite(m)
	if name, ok := siteHomeTitle(raw, m, site, host); ok {
		return name
	}
	t = withoutFrontSection(raw, withoutSite(raw, site, host), site, host)
	if t == raw {
		t = withoutFrontChain(t)
	}
	return withoutSection(withoutStateTail(t, pageDays(m)), m.Section)
}

// sectionSeps set a page's section off its title: [titleSeps], an
// underscore, and the separators SEO plugins offer beside them (Yoast's
// " ⋆ ", " * ", " > ", a broken or doubled bar), which [siteOnlySeps]
// cuts the site's name after.
var sectionSeps = append(append(titleSeps[:len(titleSeps):len(titleSeps)], "_"), " ⋆ ", " * ", " > ", " ¦ ", " || ")

// withoutSection returns title without a last part, after one of
// [sectionSeps], that is the page's section as its
// metadata names it (article:section, JSON-LD articleSection): "Foo -
// Local news" once the site's name is off "Foo - Local news - City Post";
// or without such a first part before one of them ("Islands » Foo" once
// the site's name is off "Site » Islands » Foo"). The rest must keep three
// words; a title whose only match is the section in its words, or set off
// by a colon ("Local news: the week ahead"), keeps it.
func withoutSection(title, section string) string {
	key := squash(section)
	if key == "" {
		return title
	}
	for _, sep := range sectionSeps {
		if head, tail, ok := lastSplit(title, sep); ok && wordCount(head) >= 3 && squash(tail) == key {
			return head
		}
		if first, rest, ok := strings.Cut(title, sep); ok && wordCount(rest) >= 3 && squash(first) == key {
			return strings.TrimSpace(rest)
		}
	}
	return title
}

// siteTagline reports whether the part of a title after its last
// separator is the site's name and its motto after a colon or a dash
// ("Harbour Times: News from the Outer Islands"), which [namesSite] does
// not take whole once it runs past six words. A head that names the site
// too is the site's name before a title ("Site | Site.com - Foo"), and no
// motto follows.
func siteTagline(head, tail, site, host string) bool {
	if namesSite(head, site, host) {
		return false
	}
	for _, sep := range []string{": ", " - ", " – ", " — "} {
		if name, motto, ok := strings.Cut(tail, sep); ok && wordCount(name) <= 6 && wordCount(motto) >= 1 && namesSite(name, site, host) {
			return true
		}
	}
	return false
}

// siteBeforeMotto reports whether tail, the part of a title after its last
// separator sep, is the site's motto after its name set off by the same
// separator, as a theme prints "%title – %site – %tagline" ("10 Ways to
// Study – Harbour Learning – Realize your potential."): the part of head
// after its own last sep names the site, a title of two words or more that
// does not name the site stands before it, and the motto is short (at
// most maxMottoWords). The motto goes here; the site's name after it on
// [withoutSite]'s next pass.
func siteBeforeMotto(head, tail, sep, site, host string) bool {
	j := strings.LastIndex(head, sep)
	if j <= 0 || wordCount(tail) > maxMottoWords {
		return false
	}
	before, name := strings.TrimSpace(head[:j]), strings.TrimSpace(head[j+len(sep):])
	return wordCount(before) >= 2 && namesSite(name, site, host) && !namesSite(before, site, host)
}

// maxMottoWords is the most words of a site's motto after its name.
const maxMottoWords = 8

// maxUnspacedName is the most characters of a script written without
// spaces a site's name after a dash holds ("港タイムズ", "新浪新闻").
const maxUnspacedName = 8

// caselessName reports whether tail, the part of a <title> after a dash,
// reads as a site's name in a script without capitals, where
// [capitalised] can tell nothing: no cased letter, and at most two words
// ("बंदरगाह समाचार", "항구일보") or, in a script written without spaces,
// at most maxUnspacedName characters, after a head of more words. A Latin
// tail still needs its capitals ("Ferry returns - at last" keeps its
// tail).
func caselessName(head, tail string) bool {
	n, chars, letters := len(strings.Fields(tail)), 0, 0 // by spaces: wordCount splits a word at a Devanagari vowel sign
	for _, r := range tail {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r) {
			return false
		}
		if unspaced(r) {
			chars++
		}
	}
	if letters == 0 || wordCount(head) < 3 || wordCount(head) <= n {
		return false
	}
	if chars > 0 {
		return chars <= maxUnspacedName
	}
	return n <= 2
}
