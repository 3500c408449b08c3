package clean

import "testing"

// TestIsWorldWriterNote asks isWorldWriterNote of notes about a writer in
// several languages and of story lines that open alike: a pronoun or one
// word before the verb, an official's post, a reporter named after an
// article, a name followed by a comma.
func TestIsWorldWriterNote(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Sanne de Vries is verslaggever bij de regioredactie.", true},
		{"Anna Berger ist Redakteurin im Ressort Stadt.", true},
		{"Giulia Romano è giornalista professionista.", true},
		{"Dewi Lestari adalah jurnalis ekonomi.", true},
		{"Lotte Bakker werkt als freelance journalist in Utrecht.", true},
		{"He is a reporter on the business desk.", false},                             // a pronoun, one word
		{"Das ist ein Thema, über das die Redakteurin schrieb.", false},               // one word before the verb
		{"Thomas Weber ist Leiter des städtischen Bauamts.", false},                   // a post, no writer's trade
		{"Die Reporterin Eva Roth war bei der Sitzung.", false},                       // an article opens it
		{"Paul Girard, rédacteur en chef, a déclaré qu'il suivrait la ligne.", false}, // a comma after the name
		{"Der Baubeginn ist für die Sommerferien geplant.", false},                    // no writer's trade
		{"", false},
	} {
		if got := isWorldWriterNote(c.s); got != c.want {
			t.Errorf("isWorldWriterNote(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestIsNoteHeading asks isNoteHeading of the headings over a note about
// a writer, with their marks, a colon and a curly apostrophe, and of
// lines that are none: the outlet's "About us", a heading with the note
// on its line, a long line.
func TestIsNoteHeading(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Über die Autorin", true},
		{"Sobre o autor:", true},
		{"  ## Over de auteur  ", true},
		{"À propos de l’auteur", true},
		{"ABOUT THE AUTHOR", true},
		{"About us", false},
		{"Über die Autorin: Lena Hofmann ist freie Journalistin.", false},
		{"About the author of this very long heading that goes on", false},
	} {
		if got := isNoteHeading(c.s); got != c.want {
			t.Errorf("isNoteHeading(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestReportsSpeech asks reportsSpeech of a story's line that reports
// speech and of a writer's note.
func TestReportsSpeech(t *testing.T) {
	if !reportsSpeech("Mary Collins is the director of the office. She said the findings would be shared.") {
		t.Error("a line with \"said\" reports speech")
	}
	if reportsSpeech("Jane Doe is a reporter covering retail. She joined the paper in 2019.") {
		t.Error("a writer's note reports no speech")
	}
}
