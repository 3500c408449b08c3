package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/newsclean/newsclean/internal/wcxb"
)

// printMustNot lists, for each article the system extracted, the
// must-not-appear snippets its body still holds and the body's line that
// holds each (cut to maxShownLine bytes): a diagnostic for the rules that
// drop furniture, to read on the train split.
func printMustNot(w io.Writer, rw *row, pages []*wcxb.Page) {
	if rw.scores == nil {
		return
	}
	fmt.Fprintf(w, "\n%s: must-not snippets kept in articles\n", rw.name)
	total := 0
	for i, p := range pages {
		if p.Type != wcxb.Article {
			continue
		}
		for _, snip := range p.Without {
			line, ok := lineHolding(rw.outs[i].Body, snip)
			if !ok {
				continue
			}
			total++
			fmt.Fprintf(w, "  %s %s\n    snippet: %q\n    line:    %q\n", p.ID, p.URL, snip, cut(line, maxShownLine))
		}
	}
	fmt.Fprintf(w, "  %d snippets kept\n", total)
}

// maxShownLine is the most bytes of a body line printMustNot shows.
const maxShownLine = 300

// lineHolding returns the line of body that holds snippet, compared as
// wcxb.SnippetRate does; a snippet found only across lines gives the
// whole body's first line that holds its start.
func lineHolding(body, snippet string) (string, bool) {
	ls := wcxb.Lower(snippet)
	if !strings.Contains(wcxb.Lower(body), ls) {
		return "", false
	}
	first := ls
	if i := strings.IndexByte(first, '\n'); i >= 0 {
		first = first[:i]
	}
	for line := range strings.Lines(body) {
		if strings.Contains(wcxb.Lower(line), first) {
			return strings.TrimSpace(line), true
		}
	}
	return "(across lines)", true
}

// cut shortens s to at most n bytes, at a rune boundary.
func cut(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

// utf8RuneStart reports whether b starts a UTF-8 encoded rune.
func utf8RuneStart(b byte) bool { return b&0xC0 != 0x80 }
