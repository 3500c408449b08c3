package clean

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// creditLineOld is creditLineExpr as one regexp, as creditLine ran it
// before it picked the branch by the line's opening; creditLineWas is its
// text as written then, branch by branch.
var (
	creditLineOld = regexp.MustCompile(creditLineExpr)
	creditLineWas = `^(?:` +
		`©.{1,120}` +
		`|(?i:photos?|images?|pictures?|video|(?:photo|image|picture) credits?|credits?|source)\s*(?i:by)?\s*:\s*\S.{0,100}` +
		`|(?i:photo|image|picture)s? by\s+\S.{0,100}` +
		`|\((?i:photos?|images?)\b[^)]{0,100}\)` +
		`|\([^)]{0,60}\b(?:Images|Photo|Photos|AP|AFP|Reuters|REUTERS)\)` +
		`|\((?:AP Photo|AFP|EPA-EFE|EPA|Reuters|REUTERS)/[^)]{1,60}\)` +
		`|` + agencyCredit +
		`)$`
)

// TestCreditLineBranches checks that creditLine, which runs the branch a
// line's opening allows (the "©" branch as a scan), answers as the whole
// pattern does, on invented credit lines and 60,000 random lines of
// credit parts (each branch's words in three cases, "ſ", the Kelvin sign,
// line feeds, invalid bytes, runs about 100 and 120 runes long), and that
// every branch matched some of them.
func TestCreditLineBranches(t *testing.T) {
	testkit.SkipUnderRace(t, "the credit line pattern over 60,000 built lines, on one goroutine")
	if creditLineExpr != creditLineWas {
		t.Fatalf("creditLineExpr is no longer the pattern creditLine was:\n%s\n%s", creditLineExpr, creditLineWas)
	}
	lines := []string{
		"© EPA-EFE/NAME", "©x", "©", "© a\nb", "Photo: Jane Doe", "Image Credit: Sixt", "Photo by Jane Doe",
		"(Getty Images)", "(Photo: Armenian Unified Infocenter)", "(AP Photo/Jane Doe)", "EPA-EFE/TATYANA ZENKOVICH/POOL",
		"AP Photo/John Smith", "SPUTNIK/Ivan", "PAP/Jan", "Source: Reuters", "ſource: Reuters", "video: x",
		"Credits: Jane", "picture by x", "Photographer/Name", "Sputnik", "", "(", "Pictures by\tX", "(photos x)",
		"©" + strings.Repeat("é", 120), "©" + strings.Repeat("é", 121), "©" + strings.Repeat("\xff", 120),
		"©" + strings.Repeat("\xff", 121), "©\xc2", "Photo: x" + strings.Repeat("y", 100),
	}
	parts := []string{"©", "(", ")", "Photo", "photo", "PHOTO", "photos", "Image", "images", "IMAGE", "picture", "Pictures",
		"video", "VIDEO", "credit", "Credits", "source", "SOURCE", "ſource", "ſ", "\u212a", "by", "BY", ":", " ", "\t", "\n",
		"EPA-EFE", "EPA", "AP", "AP Photo", "PAP", "SPUTNIK", "Sputnik", "Reuters", "REUTERS", "Getty Images", "dpa", "/",
		"Jane", "DOE", "Ölçer", "x", ".", "-", "'", "\xff", "\xc2", "é", strings.Repeat("a", 50), strings.Repeat("ü", 30)}
	rng := rand.New(rand.NewPCG(18, 120))
	for range 60000 {
		var b strings.Builder
		for range 1 + rng.IntN(8) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		lines = append(lines, b.String())
	}
	var copies, parens, agencies, words int
	for _, s := range lines {
		got, want := creditLine().MatchString(s), creditLineOld.MatchString(s)
		if got != want {
			t.Errorf("creditLine().MatchString(%q) = %v, the whole pattern %v", s, got, want)
			continue
		}
		if !got {
			continue
		}
		switch {
		case s[0] == '(':
			parens++
		case strings.HasPrefix(s, "©"):
			copies++
		case agencyOpening(s):
			agencies++
		default:
			words++
		}
	}
	if copies == 0 || parens == 0 || agencies == 0 || words == 0 {
		t.Errorf("branches matched: © %d, ( %d, agency %d, words %d: the lines do not try each", copies, parens, agencies, words)
	}
}
