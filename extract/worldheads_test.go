package extract_test

import (
	"html"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsclean/newsclean/extract"
)

// worldHeadRow is a row of testdata/worldheads.tsv: an invented story's
// head in one country's wire format and language, and what the contract
// says the article holds.
type worldHeadRow struct {
	name, title, byline, date, first, second string
	authors                                  []string
	published, place, agency                 string
	// modified is the update's day (YYYY-MM-DD) where the head prints
	// one: it must come out as the article's modified date, never as its
	// publication.
	modified string
	// titleOut is the article's title where it is not the title the head
	// prints (a wire's slug "UPDATE 2-" comes off): the title field's
	// part after " => ".
	titleOut string
}

// readWorldHeadRows reads testdata/worldheads.tsv.
func readWorldHeadRows(t *testing.T) []worldHeadRow {
	t.Helper()
	var out []worldHeadRow
	for _, row := range readTSV(t, "worldheads.tsv", 10, 11) {
		f := row.fields
		r := worldHeadRow{name: f[0], title: f[1], byline: f[2], date: f[3], first: f[4], second: f[5],
			published: f[7], place: f[8], agency: f[9]}
		if len(f) == 11 {
			r.modified = f[10]
		}
		if in, out, ok := strings.Cut(r.title, " => "); ok {
			r.title, r.titleOut = in, out // the head prints in, the article's title is out
		}
		if f[6] != "" {
			r.authors = strings.Split(f[6], ";")
		}
		out = append(out, r)
	}
	return out
}

// A row's byline and story fields may mark their layout: "\p" (a
// backslash and p) starts a new paragraph, "\n" breaks the line inside
// one (<br> in HTML), and "**" opens and closes bold (<strong>), as sites
// set a dateline apart above the story or a sign-off below it.
const (
	paraMark  = `\p`
	breakMark = `\n`
	boldMark  = "**"
)

// laidOut reports whether the row marks its layout.
func (r worldHeadRow) laidOut() bool {
	for _, f := range []string{r.byline, r.first, r.second} {
		if strings.Contains(f, paraMark) || strings.Contains(f, breakMark) || strings.Contains(f, boldMark) {
			return true
		}
	}
	return false
}

// plainField is a field's text as the article reads it: the marks gone,
// a paragraph or a line break one space.
func plainField(s string) string {
	return strings.NewReplacer(paraMark, " ", breakMark, " ", boldMark, "").Replace(s)
}

// textField is a field as flattened text writes it.
func textField(s string) string {
	return strings.NewReplacer(paraMark, "\n\n", breakMark, "\n", boldMark, "").Replace(s)
}

// htmlField is a field's markup inside a <p>.
func htmlField(s string) string {
	s = strings.NewReplacer(paraMark, "</p><p>", breakMark, "<br>").Replace(html.EscapeString(s))
	var b strings.Builder
	for i, part := range strings.Split(s, boldMark) {
		if i > 0 {
			b.WriteString([]string{"</strong>", "<strong>"}[i%2])
		}
		b.WriteString(part)
	}
	return b.String()
}

// text is the row's head flattened: title, byline, date line, then the
// story's paragraphs.
func (r worldHeadRow) text() string {
	var b strings.Builder
	b.WriteString(r.title + "\n")
	if r.byline != "" {
		b.WriteString(textField(r.byline) + "\n")
	}
	b.WriteString(r.date + "\n\n" + textField(r.first) + "\n\n" + textField(r.second) + "\n")
	return b.String()
}

// html is the row's head as a minimal page.
func (r worldHeadRow) html() string {
	e := html.EscapeString
	var b strings.Builder
	b.WriteString("<!doctype html><html><head><title>" + e(r.title) + "</title></head><body><article><h1>" + e(r.title) + "</h1>")
	if r.byline != "" {
		b.WriteString(`<p class="byline">` + htmlField(r.byline) + "</p>")
	}
	b.WriteString(`<p class="date">` + e(r.date) + "</p><p>" + htmlField(r.first) + "</p><p>" + htmlField(r.second) + "</p></article></body></html>")
	return b.String()
}

// options gives a crawl time to a row whose date line is the story's age.
func (r worldHeadRow) options() *extract.Options {
	if strings.Contains(r.date, " ago") || strings.HasPrefix(r.date, "vor ") || strings.HasPrefix(r.date, "il y a ") || strings.HasPrefix(r.date, "hace ") || strings.Contains(r.date, " há ") {
		return &extract.Options{CrawlDate: time.Date(2025, 3, 5, 15, 0, 0, 0, time.UTC)}
	}
	return nil
}

// Invented page heads in the world's wire formats and languages, through
// extract.Text and extract.HTML: the title, the byline's authors, the date
// line's day, and the dateline's place and agency come out as the contract
// says, and the story's first paragraph starts the body without the
// dateline.
func TestWorldHeads(t *testing.T) {
	rows := readWorldHeadRows(t)
	if len(rows) < 40 {
		t.Fatalf("%d rows", len(rows))
	}
	g := gapTable{list: "knownWorldHeadGaps", known: knownWorldHeadGaps}
	for _, r := range rows {
		g.row(t, r.name, func(t *testing.T, ck checker) {
			a, err := extract.String(r.text(), r.options())
			if err != nil {
				t.Fatal(err)
			}
			checkWorldHeadArticle(ck, "text", r, a)
			if a, err = extract.HTMLBytes([]byte(r.html()), "text/html; charset=utf-8", r.options()); err != nil {
				t.Fatal(err)
			}
			checkWorldHeadArticle(ck, "html", r, a)
		})
	}
	g.done(t, len(rows))
}

// knownWorldHeadGaps are the rows the head code still reads wrong, logged
// rather than failed; a row that comes to read right fails the test until
// it leaves this list. They are the rows of the table's last block,
// written blind (before the head code was read) in formats the table did
// not hold yet, that did not read: dates in calendars and scripts the
// date reader does not know (Irish and Luxembourgish months;
// full-width digits read since the thirty-eighth session; a Reiwa or Minguo year reads since the
// thirty-third session, Basque's and Maltese's since the thirty-fourth; Bulgarian's
// hour mark "ч." since the forty-first), update
// labels it does not know, desks and outlets printed as a byline, a
// name with its outlet or role after it, and datelines it does not read;
// and on flattened text a staff byline with no "By" ("Our Correspondent"),
// which HTML reads from its byline element.
var knownWorldHeadGaps = map[string]bool{
	"Express Tribune, Our Correspondent as the byline credits it":                    true,
	"Times of India, TNN and a place with a colon":                                   true,
	"The Hindu, a bureau credited as the byline":                                     true,
	"IANS Hindi, the credit in Devanagari and a danda":                               true,
	"Daily Star Bangladesh, an online report credited as the byline, Last update on": true,
	"Kathmandu Post, Post Report, Published at and Updated at":                       true,
	"Mainichi Japanese, 最終更新 in brackets":                                            true,
	"China News Service, 发布时间 and a reporter in brackets":                            true,
	"Philippine Star, the paper after a dash in the byline":                          true,
	"Jakarta Post, a place and a bullet before the date":                             true,
	"RNZ, the time first with on, and a role after the name":                         true,
	"Icelandic, skrifar after the name and kl.":                                      true,
	"Irish, Márta and the weekday":                                                   true,
	"Luxembourgish, Mäerz":                                                           true,
	"ERR News, a desk is no author":                                                  true,
	"Arab News, the paper in capitals is no author, a place with a colon":            true,
	"Ahram Online, the outlet and the day in one line":                               true,
	"Anadolu English, Update with a spaced colon":                                    true,
	"Daily Sabah, the paper with AA in capitals is no author, GMT+3":                 true,
	"Afrikaans, Deur and Maart":                                                      true,
	"Canadian Press, the agency after the name, a place and an em dash":              true,
	"La Presse Canadienne, French with a spaced h in the time":                       true,
	"El Tiempo, Actualizado with a spaced a. m.":                                     true,
	"Agência Brasil, Repórter da Agência Brasil after a dash":                        true,
	// the layouts block (wires59), written blind (48 of its 65 rows read
	// right then, 59 now: the clock time inside Interfax's and
	// Ukrinform's datelines reads since the thirty-fifth session): the byline and the
	// dateline on one line or in one paragraph where the byline's last
	// words are no names or the dateline credits no wire; a US state
	// spelled out without a date (left unread on purpose: see dateparse's
	// regionName); a ship's name with initials
	"layout, the dateline after the byline on its line":                      true,
	"layout, the byline and the AP dateline on one line":                     true,
	"layout, the byline then a line break and the dateline in one paragraph": true,
	"layout, the byline field ends with the dateline":                        true,
	"layout, a city and a state without a credit":                            true,
	"layout, a ship at sea as the place":                                     true,
	// the region's agencies block, written blind (46 of its 67 rows read
	// right then, 67 now: "Trend" before a full stop after the dash
	// counts after a place in another script since the thirty-sixth
	// session)
}

// checker is what checkWorldHeadArticle reports to: a *testing.T, or a
// failCounter that counts the variants that fail.
type checker interface {
	Helper()
	Errorf(format string, args ...any)
}

// checkWorldHeadArticle compares one path's article with the row.
func checkWorldHeadArticle(t checker, in string, r worldHeadRow, a *extract.Article) {
	t.Helper()
	want := r.title
	if r.titleOut != "" {
		want = r.titleOut
	}
	if a.Title != want {
		t.Errorf("%s: title %q, want %q", in, a.Title, want)
	}
	if !slices.Equal(a.Authors, r.authors) {
		t.Errorf("%s: authors %q, want %q", in, a.Authors, r.authors)
	}
	if !strings.HasPrefix(a.Published, r.published) || a.Published == "" {
		t.Errorf("%s: published %q (%s), want %s", in, a.Published, a.PublishedFrom, r.published)
	}
	if r.modified != "" && !strings.HasPrefix(a.Modified, r.modified) {
		t.Errorf("%s: modified %q, want %s", in, a.Modified, r.modified)
	}
	d := a.Dateline
	first := plainField(r.first)
	if r.place == "" && r.agency == "" {
		if d != nil {
			t.Errorf("%s: dateline %q (%q, %q), want none", in, d.Text, d.Place, d.Agency)
		}
		if len(a.Body) == 0 || a.Body[0] != first {
			t.Errorf("%s: body %q, want the story's first paragraph whole", in, a.Body)
		}
		return
	}
	if d == nil {
		t.Errorf("%s: no dateline, want %q (%s)", in, r.place, r.agency)
		return
	}
	if d.Place != r.place || !strings.EqualFold(d.Agency, r.agency) {
		t.Errorf("%s: dateline %q place %q agency %q, want %q %q", in, d.Text, d.Place, d.Agency, r.place, r.agency)
	}
	story := strings.TrimSpace(strings.TrimPrefix(first, d.Text))
	if len(a.Body) == 0 || !strings.HasSuffix(first, a.Body[0]) || len(a.Body[0]) < len(story)/2 {
		t.Errorf("%s: body %q, want the story after the dateline", in, a.Body)
		return
	}
	// the story keeps every word after its dateline, and the dateline
	// takes all of itself: its dash, its time ("TOKYO, March 5 (Reuters)
	// 10:04 GMT - ")
	if i := strings.Index(first, d.Text); i >= 0 && a.Body[0] != strings.TrimSpace(first[i+len(d.Text):]) {
		t.Errorf("%s: body %q, want the story after the dateline %q whole", in, a.Body[0], d.Text)
	}
	if reDatelineLeft.MatchString(a.Body[0]) {
		t.Errorf("%s: body %q, want the dateline %q to take its dash or time", in, a.Body[0], d.Text)
	}
}

// reDatelineLeft is a dateline's end left at the story's head: a dash, a
// colon, a clock time.
var reDatelineLeft = regexp.MustCompile(`^(?:[-–—:]|\d{1,2}:\d{2}\b)`)
