package dateparse

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
)

// TestWireWordRepeats: the wire forms that read a word as \p{L}{3,} (or
// \p{Lu}\p{L}{2,}) find the same matches and groups as with the word
// written \p{L}{3}\p{L}* (\p{Lu}\p{L}{2}\p{L}*), as it was, on invented
// datelines and 30,000 random heads of dateline parts (words of one to
// five letters in three scripts, days, years, credits, dashes, stops).
func TestWireWordRepeats(t *testing.T) {
	as := strings.NewReplacer(`\p{L}{3,}`, `\p{L}{3}\p{L}*`, `\p{L}{2,}`, `\p{L}{2}\p{L}*`)
	forms := []func() *regexp.Regexp{reWire, reWireDay, reWirePlain, reWirePlainStop, reWireDash, reWireNoPlace}
	heads := []string{
		"BAKU, October 25 (Reuters) - ", "PARIS, 5 mars 2025 (AFP) - ", "Praha 5. března (ČTK) - ",
		"Budapest, 2025. március 5. (MTI) - ", "Oct 5 (Reuters) - ", "Oct. 5 (AP) — ", "Mon, Oct 5 (AP) - ",
		"RIYADH, March 5, 2025, SPA -- ", "Rīga, 4. marts, LETA. ", "ROMA, 05 MAR - ", "МОСКВА, 5 мар - ",
		"Tuesday, Ma 5 (AP) - ", "Abc 5 (X) -",
	}
	parts := []string{"BAKU", "Baku", "Ab", "Abc", "Abcd", "Ma", "Mar", "März", "mars", "марта", "Oct.", "Tue", "Ş",
		", ", " ", ". ", "5", "05", "25th", "2025", "2025.", "(AP)", "(Reuters)", "/ТАСС/", "SPA", "LETA.", " - ", " — ", ":", "de "}
	rng := rand.New(rand.NewPCG(18, 3))
	for range 30000 {
		var b strings.Builder
		for range 2 + rng.IntN(9) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		heads = append(heads, b.String())
	}
	changed, matched := 0, 0
	for _, form := range forms {
		re := form()
		old := as.Replace(re.String())
		if old == re.String() {
			continue
		}
		changed++
		was := regexp.MustCompile(old)
		for _, h := range heads {
			got, want := re.FindStringSubmatchIndex(h), was.FindStringSubmatchIndex(h)
			if got != nil {
				matched++
			}
			if !equalInts(got, want) {
				t.Errorf("%q on %q: %v, written the old way %v", re.String()[:40], h, got, want)
			}
		}
	}
	if matched < 1000 {
		t.Errorf("the forms matched only %d heads: the heads do not try them", matched)
	}
	if changed < 5 {
		t.Errorf("only %d forms read a word as a counted repeat", changed)
	}
}

// equalInts reports whether a and b hold the same numbers.
func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
