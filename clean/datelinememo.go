package clean

import "github.com/newsclean/newsclean/clean/internal/dateparse"

// The stages that settle a page's head ask parseDateline about the same
// paragraph more than once (the dateline stage, then the head's settling
// of the title, the byline and the dateline under them), and a paragraph
// that is a dateline is the costliest to read: every form is tried before
// the one that reads it. The page remembers its last few reads.

// datelineMemo holds the last datelineMemoSize reads of parseDateline on a
// page, the oldest replaced first.
type datelineMemo struct {
	reads [datelineMemoSize]datelineRead
	next  int // the entry the next read replaces

	// the generic catalogue's runs of its expressions: read again by a
	// stage that knows the outlet by then (so that reads misses), or on
	// the dateline glued back to its paragraph (the same head)
	runs dateparse.Runs
}

// datelineMemoSize is how many reads a page remembers: enough for the
// paragraphs at a story's head that the stages read again.
const datelineMemoSize = 4

// datelineRead is one read: the paragraph, the outlet's rule it was read
// with (the forms tried first depend on it), and parseDateline's results.
type datelineRead struct {
	t    string
	own  *Rule
	d    dateparse.Dateline
	from datelineSource
	ok   bool
	set  bool
}

// find returns the read of t with the rule own, or nil when there is none.
func (m *datelineMemo) find(t string, own *Rule) *datelineRead {
	for i := range m.reads {
		if r := &m.reads[i]; r.set && r.own == own && r.t == t {
			return r
		}
	}
	return nil
}

// add remembers r in place of the oldest read.
func (m *datelineMemo) add(r datelineRead) {
	r.set = true
	m.reads[m.next] = r
	m.next = (m.next + 1) % datelineMemoSize
}
