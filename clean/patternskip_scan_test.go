package clean

import (
	"regexp"
	"strings"
	"testing"
)

// The date label's regexp reads a long line's head only: it answers as the
// whole expression does on a label near the start, on none, and on a label
// word cut by the head's end; a label past the head is not looked for.
func TestLeadRegexpScan(t *testing.T) {
	re := regexp.MustCompile(dateLabelExpr)
	jamo := strings.Repeat("\u1100\u1161\u11a8", 400) // \W to the regexp: its lead run takes it all
	for _, s := range []string{
		"Published: 4 March 2025 " + jamo,
		"Опубликовано: 4 марта 2025 " + jamo,
		strings.Repeat("-", leadRegexpScan-4) + "Dated 4 March 2025 " + jamo, // "Date" at the cut, "Dated" in the line
		strings.Repeat("-", leadRegexpScan-4) + "Date: 4 March 2025 " + jamo,
	} {
		if got, want := dateLabel().MatchString(s), re.MatchString(s); got != want {
			t.Errorf("MatchString(%q...) = %v, the expression says %v", headBytes(strings.TrimLeft(s, "-"), 30), got, want)
		}
	}
	for _, late := range []string{strings.Repeat("-", 2*leadRegexpScan) + "Published: 4 March 2025", jamo + " Published: 4 March 2025"} {
		if dateLabel().MatchString(late) || !re.MatchString(late) {
			t.Errorf("a label %d bytes into the line: matched %v, want false (past the head)", len(late)-23, dateLabel().MatchString(late))
		}
	}
}
