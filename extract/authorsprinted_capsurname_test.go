package extract_test

import "testing"

// TestAuthorsPrintedStopCapitalSurname shows keepsDot reading a surname set in capitals, as French
// and Belgian pages print it ("Par Jean DUPONT."), as a credential (MD, RN) and keeping the
// strip's stop in the author's name (before fixauthor75 the stop was trimmed).
func TestAuthorsPrintedStopCapitalSurname(t *testing.T) {
	h1 := `<h1>Tides in a closed harbour</h1>`
	for _, c := range []headCase{{
		name:    "the metadata's capital surname closed by a stop",
		src:     page(`<meta name="author" content="Jean DUPONT.">`, h1),
		authors: []string{"Jean DUPONT"},
	}} {
		t.Run(c.name, c.run)
	}
}
