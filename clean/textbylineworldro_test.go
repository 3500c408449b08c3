package clean

import (
	"slices"
	"testing"
)

func TestRomanianBy(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"de Ion Popescu", "By Ion Popescu"},
		{"De Ana-Maria Ionescu și Mihai Radu", "By Ana-Maria Ionescu și Mihai Radu"},
		{"de Ion Popescu, Maria Ionescu", "By Ion Popescu, Maria Ionescu"},
		// leave alone: a surname with its particle, a sentence, a place and
		// more words, a lone word
		{"de Gaulle", "de Gaulle"},
		{"de la 1 martie, Guvernul aplică noile reguli", "de la 1 martie, Guvernul aplică noile reguli"},
		{"de São Paulo la Rio", "de São Paulo la Rio"},
		{"de Popescu", "de Popescu"},
		{"Ion Popescu", "Ion Popescu"},
	} {
		if got := romanianBy(c.in); got != c.want {
			t.Errorf("romanianBy(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestWorldBylineNamesRomanian(t *testing.T) {
	if got := worldBylineNames("de Ion Popescu și Maria Ionescu"); !slices.Equal(got, []string{"Ion Popescu", "Maria Ionescu"}) {
		t.Errorf("worldBylineNames: %q", got)
	}
	if got := worldBylineNames("de la Ministerul Transporturilor"); got != nil {
		t.Errorf("worldBylineNames: %q, want none", got)
	}
}
