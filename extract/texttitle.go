package extract

import (
	"sort"
	"strings"

	"github.com/newsclean/newsclean/clean"
)

// textTitle decodes the HTML entities a scraper left in the headline's
// line ("Q&amp;A": [decodeTitleEntities]) and drops a documentation
// heading's permalink mark ([withoutPermalinkMark]); it takes the site's name, or a short tag after a bar, off the end
// of a headline found in flattened text ("Foo - CNX Software" on
// cnx-software.com, "Foo | Opinion"), as [cleanPageTitle] does for a
// visible HTML headline, and a date printed after it ("Foo / Dec 2025"):
// [cleanTextTitle], which knows the site's name from the address. With
// or without an address, a last part the page prints as its masthead
// goes too ([mastheadTail]), and failing that the site's name on a page's
// opening <title> line ([titleTagLine]). A wire's slugs at its head ("UPDATE 2-")
// go first ([cutWireSlugs]). A title that is the site's name, the page's
// <title> line printing a headline with it, gives way to that headline
// ([siteNameTitle]); a channel message's short first line gives way to
// the headline of the page's opening <title> line ([channelTitle]).
// blocks are the page's lines as clean
// labelled them, in input order.
func textTitle(a *Article, blocks []clean.Block, opts *Options) {
	if a == nil || a.Title == "" {
		return
	}
	a.Title = withoutPermalinkMark(decodeTitleEntities(a.Title))
	cutWireSlugs(a)
	if head, ok := siteNameTitle(a); ok {
		a.Title = head
	} else if head, ok := mastheadTail(a.Title, a.Removed, titleLine(a)); ok {
		a.Title = head
	} else if head, ok := titleTagLine(a, lineAfter(blocks, titleLine(a))); ok {
		a.Title = head
	} else if head, ok := channelTitle(a); ok {
		a.Title = head
	}
	if opts == nil || opts.URL == "" {
		return
	}
	a.Title = cleanTextTitle(a.Title, outletDomain(opts.URL))
}

// mastheadLines bounds the input lines a masthead is printed on: the
// site's name opens the page, after a consent notice or a skip link.
const mastheadLines = 12

// mastheadSeps set a site's name off a headline in flattened text.
var mastheadSeps = []string{" | ", " - ", " – ", " — ", " · ", " • ", " :: "}

// mastheadTail returns title without its part after the last separator
// when the page prints that part as a line of its own taken out of the
// article at its top, above the title's line (its masthead: "Harbour
// Times" over the menu, among the page's first [mastheadLines] lines; a
// menu's, a breadcrumb's or a contents' entry lower down is a section's or
// a chapter's name the title keeps: "Foo - Real Estate 101"), or in its
// copyright line anywhere ("© 2026 Harbour Times. All rights reserved."),
// and whether it cut one; the rest keeps three words or more, and a name
// found inside a copyright line five letters or more. A tail the page
// prints nowhere else ("Foo - Part 2") stays.
func mastheadTail(title string, removed []Removed, line int) (string, bool) {
	for _, sep := range mastheadSeps {
		i := lastSeparator(title, sep)
		if i <= 0 {
			continue
		}
		head, key := strings.TrimSpace(title[:i]), cleanSquash(title[i+len(sep):])
		if len(strings.Fields(head)) < 3 || len(key) < 3 {
			continue
		}
		for _, r := range removed {
			k := 0
			for l := range strings.Lines(r.Text) {
				l = strings.TrimSpace(l)
				top := r.Line+k <= mastheadLines && r.Line+k < line
				k++
				if top && cleanSquash(l) == key || copyrightLine(l) && len(key) >= 5 && strings.Contains(cleanSquash(l), key) {
					return head, true
				}
			}
		}
	}
	return title, false
}

// lastSeparator is strings.LastIndex(title, sep) for a separator of two
// bytes or more. It finds the separator's second byte (its mark: "|" of
// " | ") and looks one byte back, rather than hashing the whole title
// byte by byte as LastIndex does: a title without the mark (most lack "|"
// and "::") costs one fast byte search.
func lastSeparator(title, sep string) int {
	c := sep[1]
	if strings.IndexByte(title, c) < 0 {
		return -1
	}
	for j := len(title); ; {
		k := strings.LastIndexByte(title[:j], c)
		if k < 1 {
			return -1
		}
		if strings.HasPrefix(title[k-1:], sep) {
			return k - 1
		}
		j = k
	}
}

// copyrightLine reports whether line is a site's copyright notice.
func copyrightLine(line string) bool {
	return strings.HasPrefix(line, "©") || strings.HasPrefix(strings.ToLower(line), "copyright")
}

// titleLine returns the input line the article's title was read from, or
// 0 when no line gave it.
func titleLine(a *Article) int {
	for _, t := range a.Taken {
		if t.Field == "title" {
			return t.Line
		}
	}
	return 0
}

// lineAfter returns the input line of the first of blocks (in input
// order) below line, or 0 when none is.
func lineAfter(blocks []clean.Block, line int) int {
	i := sort.Search(len(blocks), func(i int) bool { return blocks[i].Line > line })
	if i == len(blocks) {
		return 0
	}
	return blocks[i].Line
}
