package clean

import (
	"fmt"
	"slices"
	"testing"
)

func TestDropWireCredit(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Claire Martin, AFP", "Claire Martin"},
		{"Jane Doe | Reuters", "Jane Doe"},
		{"Anna Fischer (AFP)", "Anna Fischer"},
		{"Lena Vogel, dpa", "Lena Vogel"},
		{"Sophie Durand avec AFP", "Sophie Durand"},
		{"Anna Schmidt mit dpa", "Anna Schmidt"},
		{"Ana Souza com Lusa", "Ana Souza"},
		{"Արմեն Սարգսյան, Արմենպրես", "Արմեն Սարգսյան"},
		// leave alone: a role after the comma, a word in brackets that is no
		// wire, a second author joined by "with"
		{"Jane Doe, Senior Writer", "Jane Doe, Senior Writer"},
		{"Jane Doe (Guest)", "Jane Doe (Guest)"},
		{"Jane Doe with John Roe", "Jane Doe with John Roe"},
		{"Sophie Durand avec Marc Lefèvre", "Sophie Durand avec Marc Lefèvre"},
	} {
		if got := dropWireCredit(c.in); got != c.want {
			t.Errorf("dropWireCredit(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestNameWithRoleWire(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Claire Martin, AFP", "Claire Martin"},
		{"Jane Doe, Managing Editor", "Jane Doe"},
	} {
		if got := nameWithRole(c.in); got != c.want {
			t.Errorf("nameWithRole(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestItalianBy(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Di Marco Rossi", "By Marco Rossi"},
		{"DI Giulia Bianchi e Luca Verdi", "By Giulia Bianchi e Luca Verdi"},
		{"Di Anna De Luca, 4 marzo 2025", "By Anna De Luca, 4 marzo 2025"},
		// leave alone: one word after it is the surname "Di Maio"; a
		// sentence; a particle after it ("Di Di Stefano" is no form)
		{"Di Maio", "Di Maio"},
		{"Di recente il governo ha deciso", "Di recente il governo ha deciso"},
		{"Di Maio, ministro", "Di Maio, ministro"},
		{"Luigi Di Maio", "Luigi Di Maio"},
	} {
		if got := italianBy(c.in); got != c.want {
			t.Errorf("italianBy(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if got := bylineNames("Di Marco Rossi"); !slices.Equal(got, []string{"Marco Rossi"}) {
		t.Errorf("bylineNames: %q", got)
	}
	if got := bylineMatch("Di Marco Rossi"); !slices.Equal(got, []string{"Marco Rossi"}) {
		t.Errorf("bylineMatch: %q", got)
	}
	if got := bylineMatch("Di Maio"); got != nil {
		t.Errorf("bylineMatch(Di Maio): %q", got)
	}
}

// TestWorldBylineNamesWhole: a line that is a byline in one of the world's
// languages and nothing else has names; a headline that opens with the
// same words has none.
func TestWorldBylineNamesWhole(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"Door Pieter de Vries", true},
		{"Par Anna Fischer (AFP)", true},
		{"Von Lena Vogel", true},
		{"Di Marco Rossi", true},
		// leave alone: headlines that open with the same words
		{"Door prizes draw record crowds at the county fair", false},
		{"Par for the course in Scottish golf", false},
		{"Di Maio", false},
		{"door Pieter de Vries", false},
	} {
		if got := worldBylineNames(c.in) != nil; got != c.want {
			t.Errorf("worldBylineNames(%q) != nil: %v, want %v", c.in, got, c.want)
		}
	}
}

// A Dutch or French byline under the headline of flattened text is the
// byline, never the headline; the line above it is.
func TestWorldBylineNotHeadline(t *testing.T) {
	for _, c := range []struct{ text, title, author string }{
		{"Kabinet trekt extra geld uit voor dijken\nDoor Pieter de Vries\n4 maart 2025\n\nHet kabinet trekt de komende jaren extra geld uit voor het versterken van de dijken langs de grote rivieren, heeft de minister dinsdag laten weten.\n\nWaterschappen zijn blij met het besluit, maar waarschuwen dat de werkzaamheden jaren zullen duren en hinder opleveren voor omwonenden.\n",
			"Kabinet trekt extra geld uit voor dijken", "Pieter de Vries"},
		{"La Commission propose de nouvelles règles\nPar Anna Fischer (AFP)\n4 mars 2025\n\nLa Commission européenne a proposé mardi de nouvelles règles pour encadrer les plateformes de location de logements de courte durée.\n\nLes grandes villes réclamaient depuis longtemps un tel cadre, qui doit encore être approuvé par les États membres et le Parlement.\n",
			"La Commission propose de nouvelles règles", "Anna Fischer"},
	} {
		res, err := String(c.text, nil)
		if err != nil {
			t.Fatal(err)
		}
		var title string
		var authors []string
		for _, b := range res.Blocks {
			switch b.Kind {
			case Title:
				title = b.Text
			case Byline:
				authors = append(authors, b.Authors...)
			}
		}
		if title != c.title || !slices.Equal(authors, []string{c.author}) {
			t.Errorf("title %q authors %q, want %q %q", title, authors, c.title, c.author)
		}
	}
}

// datedStrip tells a byline strip a date closes (an update's, a
// publication's or a plain one) from a byline alone, from a strip of
// other parts and from a date line without a strip.
func TestDatedStrip(t *testing.T) {
	for s, want := range map[string]bool{
		"लेखक: सुनीता वर्मा | अपडेटेड: 06 मार्च 2025":     true,
		"Author: Jane Doe | Updated: March 6, 2025":       true,
		"लेखक: सुनीता वर्मा | 05 मार्च 2025":              true,
		"Author: Jane Doe | Published: March 5, 2025":     true,
		"Автор: Ирина Волкова, 5 марта 2025":              true,
		"Door Pieter de Vries | Bijgewerkt: 6 maart 2025": true,
		"Москва, 5 марта 2025":                            false,
		"Выборы, 5 марта 2025":                            false,
		"लेखक: सुनीता वर्मा":                              false,
		"लेखक: सुनीता वर्मा | नई दिल्ली":                  false,
		"Updated: March 6, 2025":                          false,
	} {
		if got := datedStrip(s); got != want {
			t.Errorf("datedStrip(%q) = %v, want %v", s, got, want)
		}
	}
}

// A byline strip that a date closes reads as a date line (or an update
// line) that names its writer on flattened text, whatever its language:
// the head's first pass leaves it to the date reader, and the byline
// reader reads its names after ([Page.labelWorldByline]).
func TestDatedStripReadsAsDateLine(t *testing.T) {
	hindi := "नगर परिषद ने पुस्तकालय का बजट मंज़ूर किया\n%s\n\nनगर परिषद ने मंगलवार को शहर के केंद्रीय पुस्तकालय के नवीनीकरण के लिए अतिरिक्त बजट को मंज़ूरी दे दी, जिससे पाठकों को नई सुविधाएं मिलेंगी और भवन की मरम्मत हो सकेगी।\n\nपरिषद के सदस्यों ने कहा कि काम अगले महीने शुरू होगा और इसे छह महीनों में पूरा करने का लक्ष्य रखा गया है, हालांकि कुछ सदस्यों ने लागत पर सवाल उठाए।\n"
	english := "Council backs library repairs after long delay\n%s\n\nThe council approved extra money on Tuesday for the renovation of the central library, which has been closed to readers since the roof began to leak last winter.\n\nMembers said the work would start next month and should be finished within six months, although several of them questioned the cost of the new reading rooms.\n"
	for _, c := range []struct {
		page   string
		strip  string
		kind   Kind
		rule   string
		day    int
		author string
	}{
		{hindi, "लेखक: सुनीता वर्मा | अपडेटेड: 06 मार्च 2025", Metadata, "generic/updated", 6, "सुनीता वर्मा"},
		{hindi, "लेखक: सुनीता वर्मा | अपडेटेड: 06 मार्च 2025, 10:14 पूर्वाह्न", Metadata, "generic/updated", 6, "सुनीता वर्मा"}, // too long in bytes for the first pass
		{hindi, "लेखक: सुनीता वर्मा | 05 मार्च 2025", Date, "generic/date", 5, "सुनीता वर्मा"},
		{english, "Author: Jane Doe | Updated: March 6, 2025", Metadata, "generic/updated", 6, "Jane Doe"},
	} {
		res, err := String(fmt.Sprintf(c.page, c.strip), nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Blocks) < 2 {
			t.Fatalf("%q: %d blocks", c.strip, len(res.Blocks))
		}
		b := res.Blocks[1]
		if b.Kind != c.kind || b.Rule != c.rule || b.Stamp == nil || b.Stamp.Day != c.day || !slices.Equal(b.Authors, []string{c.author}) {
			t.Errorf("%q: %s %s %v %q, want %s %s day %d %q", c.strip, b.Kind, b.Rule, b.Stamp, b.Authors, c.kind, c.rule, c.day, c.author)
		}
	}
}
