package clean

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// captionCreditOneExpr is captionStockTail and captionNoteTail as one pattern, as it was
// before its first form was read apart (the reference for the test below).
const captionCreditOneExpr = `(?i)(?:` +
	`(?:^\W{0,2}|[/|]\s*|[\p{L}\p{N}.'’&-]\s*/\s*|[.!?]\s*|\bvia\s+)` + stockAgencies + `\W{0,3}$|` +
	`[.!?);]\s+courtesy(?: of)? [^.]{1,50}\.{0,2}$|` +
	`(?:[.!?)]\s+|\|\s*)(?:photo(?:graph)?|image|picture|foto|illustration|bild|credit)s?(?: by\s*:?|\s*:|\s*©)\s*['‘"“]?(?-i:\p{Lu})[^.]{0,60}\.?['’"”]?\.?$` +
	`)`

// TestCaptionCreditSplitAgrees: the stock form behind endsInStockName, or
// the other two, match where the one pattern does, on captions that end
// in every library's name in any case and after marks, folded letters
// (the long s, the Kelvin sign), invalid bytes, and credits of the other
// forms; and the lines read include many the one pattern matches. Over
// the corpus's lines, endsInStockName turns down none captionStockTail
// matches; it turns down lines that share only a name's last letters.
func TestCaptionCreditSplitAgrees(t *testing.T) {
	testkit.SkipUnderRace(t, "the credit patterns over the corpus and 20,000 built lines, on one goroutine")
	one := regexp.MustCompile(captionCreditOneExpr)
	heads := []string{"The pier at dawn.", "Guests board the ferry |", "Kathyn8 |", "PixelVista /", "via", "", "Fitness fans.", "Oil on canvas;", "A child builds"}
	names := []string{"Getty Images", "GETTY IMAGES", "gEtTy iMaGeS", "Shutterstock", "shutterstock.com", "iStock", "iStockphoto by Getty Images", "Adobe Stock", "AdobeStock",
		"Unsplash", "Pexels", "Pixabay", "Alamy", "Alamy Stock Photo", "Dreamstime", "Depositphotos", "imago", "IMAGO images", "picture alliance", "Wikimedia Commons",
		"ſhutterſtock", "Shutterstoc\u212a", "Getty Imageſ", "Photo by Jane Doe", "Photo: Jane Doe", "Credit: Harbour Studio", "Courtesy of the museum", "Courtesy Harbour Gallery",
		"Pictures by jane", "Illustration © Doe", "Stock", "Images", "Pexel", "Xels"}
	ends := []string{"", ".", ")", " )", "!!", "…", "\xff", ".\u00a0.", "ok", "_", "'", " -", ".)]", "”", "’…", "…»", "ſ…"}
	rng := rand.New(rand.NewPCG(8, 8))
	matched := 0
	for range 20000 {
		s := strings.TrimSpace(heads[rng.IntN(len(heads))] + " " + names[rng.IntN(len(names))] + ends[rng.IntN(len(ends))])
		want := one.MatchString(s)
		got := endsInStockName(s) && captionStockTail.MatchString(s) || captionNoteTail.MatchString(s)
		if got != want {
			t.Fatalf("%q: the split reads %v, the one pattern %v", s, got, want)
		}
		if want {
			matched++
		}
	}
	if matched < 2000 {
		t.Fatalf("only %d lines matched: the test reads too few credits", matched)
	}
	checkGuard(t, "captionStockTail", testkit.CorpusLines(t), endsInStockName, captionStockTail.MatchString, 0)
	for s, want := range map[string]bool{
		"The ferry left the harbour at dawn…": false,
		"She said “we will sail”":             false,
		"Harbour views | Pexels…":             true,
		"Harbour views | Shutterstoc\u212a”":  true,
		"Harbour views | ſhutterſtoc\u212a”":  true,
		"We met at the same time.":            false,
		"A strong performance":                false,
		"See the images":                      false,
		"Five stock":                          false,
		"Harbour views | Dreamstime":          true,
		"Harbour views / IMAGO Images!":       true,
		"Harbour views | Picture Alliance":    true,
	} {
		if got := endsInStockName(s); got != want {
			t.Errorf("endsInStockName(%q) = %v, want %v", s, got, want)
		}
	}
}
