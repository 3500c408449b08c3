package extract

import (
	"testing"

	"github.com/newsclean/newsclean/clean"
)

// TestOutsideContent pins which ancestors make a yearless date line no
// page's: an aside, a nav, a page footer; not an article's own footer.
func TestOutsideContent(t *testing.T) {
	for path, want := range map[string]bool{
		"body>div>aside>p":          true,
		"body>nav>ul>li":            true,
		"body>footer>p":             true,
		"body>article>footer>p":     false,
		"body>main>article>div>p":   false,
		"body>div>asides>p":         false,
		"body>div>article>header>p": false,
	} {
		if got := outsideContent(clean.Block{HTML: &clean.Features{Path: path}}); got != want {
			t.Errorf("outsideContent(%q) = %v, want %v", path, got, want)
		}
	}
	if outsideContent(clean.Block{}) {
		t.Error("a text block is in no aside")
	}
}
