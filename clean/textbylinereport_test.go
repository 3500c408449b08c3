package clean

import (
	"slices"
	"testing"
)

// TestPairedReport checks that "Report:" and "Reporting:" open a byline
// only with an editor's or a photographer's credit after the names, as a
// headline opening "Report:" has none.
func TestPairedReport(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Report: Jane Doe; Edit: John Roe", "By Jane Doe"},
		{"Reporting: Jane Doe | Editing: John Roe", "By Jane Doe"},
		{"REPORT: Jane Doe / Photo: John Roe", "By Jane Doe"},
		{"Report: Jane Doe", ""},
		{"Report: Apple Delays Launch", ""},
		{"Report: Harbour Delays Launch; Edit: Jane Roe", ""},
		{"Report: City Council Approves Budget | Photo: Jane Roe", ""},
		{"Report: Harbour's Night Ferry; Edit: Jane Roe", ""},
		{"Report: Harbour Board Closes Pier; Edit: Jane Roe", ""},
		{"Report: Carlos Santos Silva; Edit: Jane Roe", "By Carlos Santos Silva"},
		{"Report: Mary Ann Ross; Edit: Jane Roe", "By Mary Ann Ross"},
		{"Reporting: Jane Doe, John Roe | Editing: Ann Poe", ""},
		{"Reports", ""},
	} {
		got, ok := pairedReport(c.in)
		if ok != (c.want != "") || ok && got != c.want {
			t.Errorf("pairedReport(%q) = %q, %v; want %q", c.in, got, ok, c.want)
		}
	}
}

// TestReportsFrom checks the reporter's name of "Jane Doe reports from
// Kyiv" and that a sentence around the same words gives none.
func TestReportsFrom(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Oksana Hrytsiv reports from Kyiv", "Oksana Hrytsiv"},
		{"Jane Doe reporting from New York", "Jane Doe"},
		{"Jane Doe reports from Kyiv on the talks", ""},
		{"Jane Doe reports from the front", ""},
		{"The BBC's Jane Doe reports from Kyiv.", ""},
		{"Council votes to extend the night bus network", ""},
	} {
		if got := reportsFrom(c.in); got != c.want {
			t.Errorf("reportsFrom(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestWriterBeforeCredit checks that a writer's credit before a
// photographer's is read as a byline's head and a caption naming a maker
// is not.
func TestWriterBeforeCredit(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"Text: Harriet Vale /", true},
		{"Words by Harriet Vale |", true},
		{"The Grind by Chic Chef is a community-centric hub for coffee and work.", false},
		{"A view of the harbour at dawn.", false},
	} {
		if got := writerBeforeCredit(c.in); got != c.want {
			t.Errorf("writerBeforeCredit(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestGreekArticleByline checks a Greek name in the genitive after its
// article, kept as printed, and lines of other shapes.
func TestGreekArticleByline(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Της Ελένης Μαυρίδου", "Ελένης Μαυρίδου"},
		{"Του Γιώργου Παπαδόπουλου", "Γιώργου Παπαδόπουλου"},
		{"Της Ελλάδας οι πόλεις", ""},
		{"Του Γιώργου", ""},
		{"Της Ελένης Μαυρίδου και του Νίκου Αλεξίου", ""},
		{"Της ΕΛΕΝΗΣ ΜΑΥΡΙΔΟΥ", ""},
	} {
		if got := greekArticleByline(c.in); got != c.want {
			t.Errorf("greekArticleByline(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestUncasedBylineParts checks the names of uncased bylines joined by
// Hindi "और" or Hebrew's glued "ו", and a Hebrew role after a comma.
func TestUncasedBylineParts(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"रिपोर्ट: अमित त्रिपाठी और नेहा सक्सेना", []string{"अमित त्रिपाठी", "नेहा सक्सेना"}},
		{"מאת רונית שגיא ואלון פרידמן", []string{"רונית שגיא", "אלון פרידמן"}},
		{"מאת דנה וייס", []string{"דנה וייס"}},
		{"מאת דנה לוי וייס", []string{"דנה לוי וייס"}},
		{"מאת רונית שגיא, כתבת כלכלה", []string{"רונית שגיא"}},
		{"מאת רונית שגיא, אלון פרידמן", nil},
	} {
		if got := uncasedByline(c.in); !slices.Equal(got, c.want) {
			t.Errorf("uncasedByline(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestWideWorldByline checks that a world byline longer in bytes than the
// head's first pass reads is read, and a short one is left to that pass
// (a strip a date closes never reaches it: [TestDatedStripReadsAsDateLine]).
func TestWideWorldByline(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"रिपोर्ट: अमित त्रिपाठी | संपादन: नेहा सक्सेना", []string{"अमित त्रिपाठी"}},
		{"เรื่อง: วิไลวรรณ ทองดี | ภาพ: ประเสริฐ แก้วมณี", []string{"วิไลวรรณ ทองดี"}},
		{"लेखक: राहुल शर्मा", nil},
	} {
		if got := wideWorldByline(c.in); !slices.Equal(got, c.want) {
			t.Errorf("wideWorldByline(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestTailSignoffHyphens checks that a sign-off under the story after two
// hyphens names the writer as one after a dash does, and that one under a
// quotation names its speaker, no writer.
func TestTailSignoffHyphens(t *testing.T) {
	p := &Page{blocks: []Block{{Text: "The work will take eighteen months."}, {Text: "-- Jane Doe"}, {Text: "“We will rebuild.”"}, {Text: "-- John Roe"}}}
	if got := p.tailSignoffNames(1, "-- Jane Doe"); got != "Jane Doe" {
		t.Errorf("under a paragraph: %q, want Jane Doe", got)
	}
	if got := p.tailSignoffNames(3, "-- John Roe"); got != "" {
		t.Errorf("under a quotation: %q, want none", got)
	}
	if got := p.tailSignoffNames(1, "--Jane Doe"); got != "" {
		t.Errorf("glued hyphens: %q, want none", got)
	}
}
