package clean

import (
	"math/rand"
	"regexp"
	"strings"
	"testing"
)

// creditTailUnanchored is creditTailExpr run as it was before
// creditTailAt: unanchored, from every position of the tail.
var creditTailUnanchored = regexp.MustCompile(creditTailExpr)

// TestCreditTailAt: creditTailAt finds the credit where the unanchored
// pattern's leftmost match puts it, on invented captions and on random
// texts of credit parts, and finds none where the pattern matches none.
func TestCreditTailAt(t *testing.T) {
	fixed := []string{
		"President Ilham Aliyev at the summit EPA-EFE/TATYANA ZENKOVICH/POOL",
		"The cathedral after the works (Photo: Armenian Unified Infocenter)",
		"Delegations met on 12 May 2025. Photo: Azertaj",
		"The new bridge at night © Jane Doe",
		"Crowds in the square (Getty Images)",
		"Crowds in the square (Getty Images) and more words",
		"A man walks by AP Photo/John Smith",
		"A man walks by AP Photo/john smith",
		"Photo: Name",
		" Photo: Name",
		"(photo by Name)",
		"The hall\tREUTERS/Stringer",
		"No credit here at all",
		"A photograph: not a credit. image : Someone",
	}
	parts := []string{"(", ")", "Photo", "photo", "PHOTO", "image", "Images", "source", "by", ":", " ", "\t",
		"©", "EPA-EFE", "AP", "AP Photo", "Reuters", "/", "Jane", "DOE", ".", "x", "É", "ſ", "\xff", "Getty Images", "-"}
	rnd := rand.New(rand.NewSource(14))
	texts := fixed
	for range 30000 {
		var b strings.Builder
		for range 1 + rnd.Intn(12) {
			b.WriteString(parts[rnd.Intn(len(parts))])
		}
		texts = append(texts, b.String())
	}
	matched := 0
	for _, s := range texts {
		want := -1
		if m := creditTailUnanchored.FindStringSubmatchIndex(s); m != nil {
			want = m[2]
			matched++
		}
		if got := creditTailAt(s); got != want {
			t.Errorf("creditTailAt(%q) = %d, want %d", s, got, want)
		}
	}
	if matched < 1000 {
		t.Errorf("the pattern matched %d texts, want at least 1000: the texts no longer hold credits", matched)
	}
}

// TestCreditClassesListedFirst: the credit patterns, with agencyCredit's
// classes listed \p{L} last, compile to the programs they had with \p{L}
// first.
func TestCreditClassesListedFirst(t *testing.T) {
	unicodeFirst := strings.NewReplacer(`['.\-’\p{L}]`, `[\p{L}'’.-]`)
	for _, expr := range []string{creditTailExpr, creditLineExpr} {
		before := unicodeFirst.Replace(expr)
		if before == expr {
			t.Errorf("%s: no class listed first", expr)
			continue
		}
		if regexpProgram(t, expr) != regexpProgram(t, before) {
			t.Errorf("%s compiles to another program than %s", expr, before)
		}
	}
}
