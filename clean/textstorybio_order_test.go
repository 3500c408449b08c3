package clean

import (
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// TestWriterNoteOrder: isWriterNote, which scans for bioRole's stems
// before it runs writerNote, answers as writerNote and then bioRole did,
// over the corpus's lines and a few notes and lines of prose.
func TestWriterNoteOrder(t *testing.T) {
	lines := append(testkit.CorpusLines(t),
		"Jane Doe is a staff writer who covers city hall.",
		"JANE DOE IS A STAFF WRITER.",
		"Jane Doe, MD, is a pediatrician in Ohio.",
		"As Harbour Weekly's shopping editor, Jane has covered deals for years.",
		"Jane Doe is a gardener in Ohio.",
		"The council said the road would reopen.")
	n := 0
	for _, l := range lines {
		first := l
		for i, r := range l {
			if r == ' ' || r == ',' || r == '(' {
				first = l[:i]
				break
			}
		}
		want := !notNames[first] && writerNote.MatchString(l) && bioRole.MatchString(l)
		if got := isWriterNote(l); got != want {
			t.Fatalf("isWriterNote(%q) = %v, writerNote and bioRole %v", l, got, want)
		}
		if want {
			n++
		}
	}
	if n < 3 {
		t.Errorf("%d notes found, want the three written here at least", n)
	}
}
