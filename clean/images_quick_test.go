package clean

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
)

// creditTailWhole is creditTail's credit anchored at both ends as one
// pattern, all its branches together, as creditTailAt ran it before it
// picked the branch by the text's opening.
var creditTailWhole = regexp.MustCompile(`^(?:` + creditTailExpr[len(`(?:\s|^)(`):])

// TestCreditOpeningBranch checks that the branch creditOpening picks
// matches exactly the texts the whole anchored pattern matches among
// those it lets through, and that the whole pattern matches none it turns
// down (the "(" head tried with the tail's paren both ways), on invented
// credits and random texts of credit parts.
func TestCreditOpeningBranch(t *testing.T) {
	texts := []string{
		"EPA-EFE/TATYANA ZENKOVICH/POOL", "(Photo: Armenian Unified Infocenter)", "Photo: Azertaj", "© Jane Doe",
		"(Getty Images)", "AP Photo/John Smith", "PAP/Jan Kowalski", "photo : x", "IMAGE:Name", "(photo by Name)",
		"©", "(", "Photographer/Name", "dpa/Name", "image", "",
	}
	parts := []string{"(", ")", "Photo", "photo", "PHOTO", "image", "IMAGE", "Images", "source", "by", ":", " ", "\t",
		"©", "\xc2", "EPA-EFE", "EPA", "AP", "AP Photo", "PAP", "Reuters", "dpa", "/", "Jane", "DOE", ".", "x", "É", "ſ", "\xff", "Getty Images", "-"}
	rng := rand.New(rand.NewPCG(16, 104))
	for range 40000 {
		var b strings.Builder
		for range 1 + rng.IntN(10) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		texts = append(texts, b.String())
	}
	matched := [len(creditTailFrom)]int{}
	for _, s := range texts {
		for _, paren := range []bool{false, true} {
			want := creditTailWhole.MatchString(s)
			if strings.HasPrefix(s, "(") && !paren {
				want = false // creditTailAt tries a "(" only when the tail ends with ")"
			}
			k := creditOpening(s, paren)
			got := k != creditNone && creditTailFrom[k](s)
			if got != want {
				t.Errorf("creditOpening(%q, %v) = %d: its branch matches %v, the whole pattern %v", s, paren, k, got, want)
			}
			if got {
				matched[k]++
			}
		}
	}
	for k, n := range matched {
		if n == 0 {
			t.Errorf("branch %d matched no text: the texts do not try it", k)
		}
	}
}
