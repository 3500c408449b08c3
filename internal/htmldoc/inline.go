package htmldoc

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// runWriter writes an element's text as the walker does (words joined by one
// space, <br> as "\n", block-level children and hidden elements ending a
// run) and records the spans of its inline markup.
type runWriter struct {
	buf   []byte // the text of all runs; the current one is buf[start:]
	start int
	open  bool         // the run has text
	space bool         // a space is due before the next word
	pre   []*html.Node // the preformatted elements open inside the element
	spans []Span
	runs  []inlineRun
	stack []openSpan // the span elements open, innermost last
	inPre bool       // the element is preformatted, or inside such an element
}

// openSpan is a span whose element is still open.
type openSpan struct {
	n     *html.Node
	start int
	kind  string
	href  string
}

// readRuns splits n's text into the runs the walk made of it, with their
// spans. It walks n's inline descendants without recursion.
func readRuns(n *html.Node) []inlineRun {
	w := &runWriter{inPre: RoleOf(n).Pre || n.Data == "textarea"}
	cur := n.FirstChild
	for cur != nil {
		descend := false
		switch cur.Type {
		case html.TextNode:
			w.text(cur.Data)
		case html.ElementNode:
			descend = w.enter(cur)
		}
		if descend && cur.FirstChild != nil {
			cur = cur.FirstChild
			continue
		}
		// Close cur and every ancestor whose last child this was.
		for cur != n {
			w.leave(cur)
			if cur.NextSibling != nil {
				cur = cur.NextSibling
				break
			}
			cur = cur.Parent
		}
		if cur == n {
			break
		}
	}
	w.endRun()
	all := string(w.buf) // one string for all runs
	for i := range w.runs {
		w.runs[i].text = all[w.runs[i].from:w.runs[i].to]
	}
	return w.runs
}

// enter handles the start of element e and reports whether its children are
// part of this element's runs.
func (w *runWriter) enter(e *html.Node) bool {
	tag := e.Data
	switch {
	case skipTags[tag] && e.Namespace == "" || e.Namespace == "svg":
		w.space = true
		return false
	case tag == "br":
		if w.open {
			w.buf = append(w.buf, '\n')
			w.space = false
		}
		return false
	case blockTags[tag] || isHiddenElement(e):
		w.endRun() // the child is a block of its own
		return false
	case !inlineTags[tag]:
		w.space = true
	case e.FirstChild != nil && displaysBlock(e):
		w.lineBreak() // as the walker does
	}
	if tag == "textarea" || tag == "listing" {
		w.pre = append(w.pre, e)
	}
	if kind := spanKinds[tag]; kind != "" {
		w.stack = append(w.stack, openSpan{n: e, start: len(w.buf) - w.start, kind: kind, href: strings.TrimSpace(Attr(e, "href"))})
	}
	return true
}

// leave handles the end of element e (entered or skipped).
func (w *runWriter) leave(e *html.Node) {
	if e.Type != html.ElementNode {
		return
	}
	if k := len(w.stack); k > 0 && w.stack[k-1].n == e {
		s := w.stack[k-1]
		w.stack = w.stack[:k-1]
		w.addSpan(s)
	}
	if k := len(w.pre); k > 0 && w.pre[k-1] == e {
		w.pre = w.pre[:k-1]
	}
	if !inlineTags[e.Data] && !blockTags[e.Data] {
		w.space = true
	} else if inlineTags[e.Data] && e.FirstChild != nil && displaysBlock(e) {
		w.lineBreak() // the end of an inline element displayed as a block
	}
}

// lineBreak ends the current line of the run, as the walker's lineBreak does.
func (w *runWriter) lineBreak() {
	if w.open && w.buf[len(w.buf)-1] != '\n' {
		w.buf = append(w.buf, '\n')
		w.space = false
	}
}

// addSpan records the span of a closed element, trimmed of white space.
func (w *runWriter) addSpan(s openSpan) {
	run := w.buf[w.start:]
	start, end := max(s.start, 0), len(run)
	for start < end && (run[start] == ' ' || run[start] == '\n') {
		start++
	}
	for end > start && (run[end-1] == ' ' || run[end-1] == '\n') {
		end--
	}
	if start >= end || s.kind == "link" && s.href == "" {
		return
	}
	w.spans = append(w.spans, Span{Start: start, End: end, Kind: s.kind, Href: s.href})
}

// text writes a text node's content.
func (w *runWriter) text(s string) {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	start := -1
	for i, r := range s {
		if !unicode.IsSpace(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			w.word(s[start:i])
			start = -1
		}
		if (w.inPre || len(w.pre) > 0) && r == '\n' {
			if w.open {
				w.buf = append(w.buf, '\n')
				w.space = false
			}
		} else {
			w.space = true
		}
	}
	if start >= 0 {
		w.word(s[start:])
	}
}

// word appends a run of non-space text.
func (w *runWriter) word(s string) {
	if w.open && w.space && w.buf[len(w.buf)-1] != '\n' { // open: the run has a byte
		w.buf = append(w.buf, ' ')
	}
	w.open, w.space = true, false
	w.buf = append(w.buf, s...)
}

// endRun closes the current run, trimmed as the walker trims it, and starts
// the next. Spans of elements still open are cut at the run's end.
func (w *runWriter) endRun() {
	end := len(w.buf)
	for end > w.start && (w.buf[end-1] == '\n' || w.buf[end-1] == ' ') {
		end--
	}
	if end > w.start {
		run := inlineRun{from: w.start, to: end}
		for _, s := range w.spans {
			if s.Start < end-w.start {
				s.End = min(s.End, end-w.start)
				run.spans = append(run.spans, s)
			}
		}
		w.runs = append(w.runs, run)
	}
	w.buf = w.buf[:end]
	w.start, w.spans, w.open, w.space = end, nil, false, false
	for i := range w.stack {
		w.stack[i].start = 0 // the span goes on in the next run
	}
}
