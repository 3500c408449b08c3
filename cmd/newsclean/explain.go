package main

import (
	"fmt"
	"strings"

	"github.com/newsclean/newsclean/extract"
)

// taken prints, for -explain, the input lines the article's fields other
// than the body were read from (title, deck, bylines, date lines, the
// dateline, captions), each run with its field, the rule or detector that
// labelled it and its lines: with the body
// above and the removed runs below, every input line is shown somewhere.
func (w *writer) taken(a *extract.Article) {
	if len(a.Taken) == 0 {
		return
	}
	w.out.WriteString("\n--- taken into fields ---\n")
	for _, t := range a.Taken {
		lines := fmt.Sprint(t.Line)
		if t.EndLine != 0 {
			lines = fmt.Sprintf("%d-%d", t.Line, t.EndLine)
		}
		if t.Rule != "" {
			lines = t.Rule + " lines " + lines
		} else {
			lines = "lines " + lines
		}
		fmt.Fprintf(w.out, "[%s %s]\n", t.Field, lines)
		for l := range strings.SplitSeq(t.Text, "\n") {
			fmt.Fprintf(w.out, "    %s\n", l)
		}
	}
}
