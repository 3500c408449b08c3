package main

import (
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"
	"time"

	"github.com/newsclean/newsclean/extract"
	"github.com/newsclean/newsclean/internal/cleanlend"
	"github.com/newsclean/newsclean/internal/wcxb"
)

// The classes of a text-path miss, as -textmisses names them: where the
// flattened text prints the gold day.
const (
	textPrinted  = "printed"  // a line prints the gold day with its year (printedForms, a line at a time)
	textNoYear   = "no-year"  // a line holds the gold's month and day alone, without a year ("Nov 1")
	textRelative = "relative" // no day printed, but a short line gives the page's age ("Published 6 days ago"), which only a crawl date places
	textNowhere  = "nowhere"  // no line prints the gold day in a form tried
)

// ageLine matches a short line that gives an age rather than a date
// ("6 days ago", "Posted: 2 days ago", "Published 8 months ago"): the
// relative class of a miss, whose day WCXB's pages, fetched at no recorded
// time, cannot give.
var ageLine = regexp.MustCompile(`(?i)^(?:[a-z]+\s*:?\s*)?(?:\d{1,3}|an?|one)\s+(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago$|^yesterday$`)

// maxAgeLine bounds the lines ageLine is tried on.
const maxAgeLine = 40

// maxShownLines is how many of the lines that print the gold day a miss
// lists.
const maxShownLines = 4

// textMissClass returns where the flattened text src prints the day gold
// ("2025-11-17"): the class, and the numbered lines (from 1) that print
// it, at most maxShownLines.
func textMissClass(src, gold string) (string, []string) {
	day, err := time.Parse(time.DateOnly, gold)
	if err != nil {
		return textNowhere, nil
	}
	var printed, noYear, age []string
	n := 0
	for line := range strings.Lines(src) {
		n++
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if len(age) < maxShownLines && len(line) <= maxAgeLine && ageLine.MatchString(line) {
			age = append(age, fmt.Sprintf("%d: %s", n, clip(line)))
		}
		if len(printed) < maxShownLines && len(printedForms(line, gold)) > 0 {
			printed = append(printed, fmt.Sprintf("%d: %s", n, clip(line)))
		} else if len(noYear) < maxShownLines {
			if st, ok := cleanlend.DateNoYear(line); ok && st.Month == day.Month() && st.Day == day.Day() {
				noYear = append(noYear, fmt.Sprintf("%d: %s", n, clip(line)))
			}
		}
	}
	switch {
	case len(printed) > 0:
		return textPrinted, printed
	case len(noYear) > 0:
		return textNoYear, noYear
	case len(age) > 0:
		return textRelative, age
	}
	return textNowhere, nil
}

// clip cuts a line to 120 bytes, at a rune's start, for the listing.
func clip(s string) string {
	if len(s) <= 120 {
		return s
	}
	i := 120
	for i > 0 && s[i]&0xC0 == 0x80 {
		i--
	}
	return s[:i] + "..."
}

// textMisses writes every train article with a gold day whose publish day
// the text path (extract.Text with the page's URL) gets wrong: its class
// (textMissClass), the gold day, what was given and from where, and the
// lines that print the gold day. It ends with the count of each class,
// split by whether the HTML path gets the page right (then the HTML has
// the day from its metadata or markup).
func textMisses(w io.Writer, dir string) error {
	ds, err := wcxb.Open(dir)
	if err != nil {
		return err
	}
	count := map[string]int{}
	for i := range ds.Pages {
		p := &ds.Pages[i]
		if p.Type != wcxb.Article || p.Side() != wcxb.Train || !wcxb.HasDay(p.Published) {
			continue
		}
		src, err := ds.Text(p.ID)
		if err != nil {
			return err
		}
		a, err := extract.Text(src, &extract.Options{URL: p.URL})
		if err == nil && wcxb.SameDay(a.Published, p.Published) {
			continue
		}
		got, from := "-", ""
		if err == nil && a.Published != "" {
			got, from = a.Published, a.PublishedFrom
		}
		htmlRight := false
		if h, err := ds.HTML(p.ID); err == nil {
			if ha, err := extract.HTMLBytes(h, "text/html; charset=utf-8", &extract.Options{URL: p.URL}); err == nil {
				htmlRight = wcxb.SameDay(ha.Published, p.Published)
			}
		}
		class, lines := textMissClass(string(src), p.Published)
		key := class + ", html wrong"
		if htmlRight {
			key = class + ", html right"
		}
		count[key]++
		fmt.Fprintf(w, "%s %s\tgold %s\tgot %s %s\thtml right %v\t%s\n", class, p.ID, p.Published, got, from, htmlRight, p.URL)
		for _, l := range lines {
			fmt.Fprintf(w, "\t%s\n", l)
		}
	}
	fmt.Fprintf(w, "text misses by class:")
	for _, c := range []string{textPrinted, textNoYear, textRelative, textNowhere} {
		fmt.Fprintf(w, " %s %d (html right %d)", c, count[c+", html right"]+count[c+", html wrong"], count[c+", html right"])
	}
	fmt.Fprintln(w)
	return nil
}

// textMissesFile writes textMisses to path.
func textMissesFile(dir, path string) error {
	return writeFile(path, func(w io.Writer) error { return textMisses(w, dir) })
}

// writeFile creates path and has write fill it: the report files' one
// way to be written, closed whether write fails or not.
func writeFile(path string, write func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
