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
		w.explainRun(t.Field, t.Rule, t.Line, t.EndLine, t.Text)
	}
}

// explainRun prints one run of input lines for -explain: its field or
// kind, the rule that labelled it (when known), its lines, and its text
// indented, a line per input line.
func (w *writer) explainRun(what, rule string, line, endLine int, text string) {
	lines := fmt.Sprint(line)
	if endLine != 0 {
		lines = fmt.Sprintf("%d-%d", line, endLine)
	}
	if rule != "" {
		what += " " + rule
	}
	fmt.Fprintf(w.out, "[%s lines %s]\n", what, lines)
	for l := range strings.SplitSeq(text, "\n") {
		fmt.Fprintf(w.out, "    %s\n", l)
	}
}
