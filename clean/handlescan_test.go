package clean

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// The expressions the handle scans replace (handlescan.go), kept here as
// the reference the scans must answer as.
var (
	slotHandleRe = regexp.MustCompile(`^\p{Ll}[._\-\p{Ll}\p{N}]{3,30}$`)
	handleLineRe = regexp.MustCompile(`^[Bb]y:?\s+(\p{Ll}[._\-\p{Ll}\p{N}]{2,30})$`)
)

// checkHandleScan fails when a scan answers s otherwise than its expression.
func checkHandleScan(t *testing.T, s string) bool {
	t.Helper()
	if got, want := isSlotHandle(s), slotHandleRe.MatchString(s); got != want {
		t.Errorf("isSlotHandle(%q) = %v, the expression %v", s, got, want)
		return false
	}
	want := ""
	if m := handleLineRe.FindStringSubmatch(s); m != nil {
		want = m[1]
	}
	if got := handleLine(s); got != want {
		t.Errorf("handleLine(%q) = %q, the expression %q", s, got, want)
		return false
	}
	return true
}

// TestHandleScan: the forms that are handles and those that are not.
func TestHandleScan(t *testing.T) {
	for _, c := range []struct {
		s     string
		slot  bool
		byTag string
	}{
		{"jdoe_84", true, ""},
		{"ibby", true, ""},
		{"ibb", false, ""},
		{"by ibb", false, "ibb"},
		{"By: jdoe_84", false, "jdoe_84"},
		{"By:\tm.rossi", false, "m.rossi"},
		{"By:jdoe", false, ""},     // no blank after the colon
		{"By Jane Doe", false, ""}, // a name, not a handle
		{"by jdoe ", false, ""},    // a blank at the end
		{"by żaneta", false, "żaneta"},
		{"by ab", false, ""},   // too short
		{"ßaneta٣", true, ""},  // a letter past ASCII, an Arabic digit
		{"Jdoe_84", false, ""}, // a capital first
		{"jdoe 84", false, ""}, // a blank inside
		{"a" + strings.Repeat("b", 30), true, ""},
		{"a" + strings.Repeat("b", 31), false, ""},
		{"jd\xffoe", false, ""}, // not UTF-8
	} {
		if got := isSlotHandle(c.s); got != c.slot {
			t.Errorf("isSlotHandle(%q) = %v, want %v", c.s, got, c.slot)
		}
		if got := handleLine(c.s); got != c.byTag {
			t.Errorf("handleLine(%q) = %q, want %q", c.s, got, c.byTag)
		}
		checkHandleScan(t, c.s)
	}
}

// TestHandleScanEquiv: the scans answer as the expressions over the
// corpus's lines (and each line's first words, where handles stand) and
// lines generated from the bytes that decide a match.
func TestHandleScanEquiv(t *testing.T) {
	testkit.SkipUnderRace(t, "the handle pattern over the corpus and built lines, on one goroutine")
	for _, l := range testkit.CorpusLines(t) {
		if !checkHandleScan(t, l) {
			return
		}
		if f := strings.Fields(l); len(f) >= 2 && !checkHandleScan(t, f[0]+" "+f[1]) {
			return
		}
	}
	parts := []string{"B", "b", "y", ":", " ", "\t", "\n", "\v", "a", "z", "Q", "0", "9", ".", "_", "-", "ß", "ż", "Ż", "٣",
		"Ⅻ", "ǅ", "\xff", "\xc3", "by ", "By: ", "jdoe", strings.Repeat("x", 27)}
	rng := rand.New(rand.NewPCG(7, 42))
	for range 200000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		if !checkHandleScan(t, b.String()) {
			return
		}
	}
}
