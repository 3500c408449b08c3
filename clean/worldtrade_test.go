package clean

import (
	"strings"
	"testing"
)

// TestWorldNoteReadsWholeWords checks the world path's and the note
// readers' words: a trade read whole or at a word's start, not inside a
// longer word, and no article in a name's place.
func TestWorldNoteReadsWholeWords(t *testing.T) {
	world := []struct {
		s    string
		want bool
	}{
		{"Anna Berger ist Redakteurin im Ressort Stadt.", true},
		{"Lotte Bakker werkt als freelance journalist in Utrecht.", true},
		{"Sanne de Vries is verslaggever bij de regioredactie.", true},
		{"Rosa Delgado is a school cook and writes to the chain every month.", false},
		{"Rosa Delgado is a reporter for the town paper.", false}, // English: writerNote's
		{"Der Autor ist Redakteur der Zeitung.", false},
		{"Die Zeit ist eine Wochenzeitung, für die Journalisten schreiben.", false},
		{"Andrés Pardo es el gerente de la Autoridad del Agua.", false},
		{"Odile Perrin est riveraine et décrit des nuits troublées.", false},
		{"Hanna Wolf ist Ärztin und schreibt jeden Monat an die Stadt.", false},
	}
	for _, c := range world {
		if got := isWorldWriterNote(c.s); got != c.want {
			t.Errorf("isWorldWriterNote(%q) = %v, want %v", c.s, got, c.want)
		}
	}
	notes := []struct {
		s    string
		want bool
	}{
		{"Jonas Keller schreibt als Autor über Verkehr.", true},
		{"Maya Lind writes about transport for the Harbor Daily.", true},
		{"Li Wei 是本报记者", true},
		{"Der Verein beschreibt die Lage als ernst.", false},
		{"Andrés Pardo es el gerente de la Autoridad del Agua.", false},
		{"Il sindaco descrive il progetto.", false},
		{"Nikt tego nie podpisze.", false},
	}
	for _, c := range notes {
		if got := notesWriter(c.s); got != c.want {
			t.Errorf("notesWriter(%q) = %v, want %v", c.s, got, c.want)
		}
	}
	bare := []struct {
		s, name string
		want    bool
	}{
		{"Maya Lind writes about transport for the Harbor Daily.", "Maya Lind", true},
		{"Maya Lind is a reporter at the Harbor Daily.", "Maya Lind", true},
		{"Rosa Delgado is a school cook and writes to the chain every month.", "Rosa Delgado", false},
	}
	for _, c := range bare {
		if got := bareNotesWriter(c.s, c.name); got != c.want {
			t.Errorf("bareNotesWriter(%q) = %v, want %v", c.s, got, c.want)
		}
	}
	for _, s := range []string{"Der Autor ist Redakteur", "Die Zeit ist", "La Autoridad es", "De redactie is"} {
		if n := noteName(s); n != "" {
			t.Errorf("noteName(%q) = %q, want none", s, n)
		}
	}
	if n := noteName("Sanne de Vries is verslaggever"); n != "Sanne de Vries" {
		t.Errorf("noteName(Sanne de Vries ...) = %q", n)
	}
}

// TestReportsSpeechNeedsSubject checks that reportsSpeech reads a verb of
// speech right after its subject only, so that a note's "what the council
// says" or "has told the stories" stays a note.
func TestReportsSpeechNeedsSubject(t *testing.T) {
	cases := []struct {
		s    string
		want bool
	}{
		{"Mary Collins is the director. She said the findings would be shared.", true},
		{"The mayor is new, Collins told reporters on Monday.", true},
		{"It is late, he says.", true},
		{"Jane Doe is a reporter covering city hall and what the council says and does.", false},
		{"Jane Doe is a reporter. She has told the stories of the city since 2019.", false},
		{"Jane Doe is a reporter who covers the housing market.", false},
	}
	for _, c := range cases {
		if got := reportsSpeech(c.s); got != c.want {
			t.Errorf("reportsSpeech(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestNoteHeadingMarks checks isNoteHeading over headings in markdown's
// marks, the colon inside them or out.
func TestNoteHeadingMarks(t *testing.T) {
	for _, s := range []string{"**About the author:**", "**About the author**:", "__Über die Autorin:__", "## Sobre o autor", "About the author :"} {
		if !isNoteHeading(s) {
			t.Errorf("isNoteHeading(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"**About the authors' trip:**", "About us"} {
		if isNoteHeading(s) {
			t.Errorf("isNoteHeading(%q) = true, want false", s)
		}
	}
}

// TestTrimDateStops checks trimDateStops against strings.TrimRight with
// the same cutset.
func TestTrimDateStops(t *testing.T) {
	for _, s := range []string{"1403/05/12", "1403/05/12.", "1403/05/12،", "1403/05/12.,،.", "", "،", "x،y", "12 ،"} {
		if got, want := trimDateStops(s), strings.TrimRight(s, ".,،"); got != want {
			t.Errorf("trimDateStops(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestFirstSentence checks firstSentence against the cut notesWriter made
// with strings.IndexAny.
func TestFirstSentence(t *testing.T) {
	for _, s := range []string{"Ana. Bo", "。Ana", "Ana。Bo", "Ana։ Bo", "Ana! Bo? C", "no mark", "", ".", "Ana\u3001Bo"} {
		want := s
		if k := strings.IndexAny(s, ".。։!?"); k > 0 {
			want = s[:k]
		}
		if got := firstSentence(s); got != want {
			t.Errorf("firstSentence(%q) = %q, want %q", s, got, want)
		}
	}
}
