package clean

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
)

// TestAgencyCreditWhole checks that the scan matches exactly the texts the
// regexp it replaces (agencyCredit anchored at both ends) matches, on
// invented credits and on random texts of credit parts: agencies, names
// in both cases and other scripts, the marks the names take, slashes,
// spaces of other kinds and bytes that are not UTF-8.
func TestAgencyCreditWhole(t *testing.T) {
	re := regexp.MustCompile(`^(?:` + agencyCredit + `)$`)
	texts := []string{
		"EPA-EFE/TATYANA ZENKOVICH/POOL", "AP Photo/John Smith", "REUTERS/Stringer", "PAP/Jan Kowalski",
		"AFP/A B C D", "AFP/A B C D E", "AFP/A B C D/Pool", "Xinhua/Li Ming/", "dpa/", "TASS/Ünal O'Neil-Smith’s.",
		"EPA/Jane  Doe", "EPA/Jane Doe ", "EPA/Jane Doe/POOL/X", "EPA/Jane Doe/Po-ol", "Getty Images/Name", "",
	}
	parts := []string{"EPA-EFE", "EPA", "AP", "AP Photo", "Reuters", "dpa", "Getty Images", "RIA Novosti",
		"/", "/", " ", " ", "\t", "\u00a0", "Jane", "DOE", "x", "É", "é", "Ж", "ж", "ǅ", "'", ".", "-", "’", "1", "\xff", "\xc2", ","}
	rng := rand.New(rand.NewPCG(38, 9))
	for range 60000 {
		var b strings.Builder
		b.WriteString(parts[rng.IntN(8)]) // an agency first, most texts
		if rng.IntN(2) == 0 {
			b.WriteString("/Jane") // and, half the time, the slash and a name
		}
		for range rng.IntN(8) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		texts = append(texts, b.String())
	}
	matched := 0
	for _, s := range texts {
		want := re.MatchString(s)
		if got := agencyCreditWhole(s); got != want {
			t.Errorf("agencyCreditWhole(%q) = %v, the regexp %v", s, got, want)
		}
		if want {
			matched++
		}
	}
	if matched < 1000 {
		t.Errorf("the regexp matched %d texts: too few to test the scan", matched)
	}
}
