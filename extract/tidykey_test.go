package extract

import (
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// tidyKey is s as the placement checks compare a value parsed from a line
// with the line: composed (NFC), and only its letters and digits. The
// detectors read a line tidied (white space runs made one space, control
// and invisible characters dropped, look-alike punctuation fixed, NFC), so
// a value they parse from it, such as a picture's credit, need not stand
// in the line as the page has it ("©0\bA" gives the credit "0A").
func tidyKey(s string) string {
	var b strings.Builder
	for _, r := range norm.NFC.String(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// TestTidyKey: the key keeps a line's letters and digits, whatever stands
// between them, and tells apart lines whose words differ.
func TestTidyKey(t *testing.T) {
	if tidyKey("© Ann\bLee  (AP)") != tidyKey("AnnLee AP") || !strings.Contains(tidyKey("©0\bA"), tidyKey("0A")) {
		t.Error("a control character or a run of spaces changed the key")
	}
	if tidyKey("e\u0301") != tidyKey("\u00e9") {
		t.Error("NFD and NFC spellings differ")
	}
	if strings.Contains(tidyKey("© Ann Lee"), tidyKey("Bob Roe")) {
		t.Error("different names share a key")
	}
}
