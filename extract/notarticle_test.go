package extract

import (
	"strings"
	"testing"
)

// TestNotAnArticleWarning: the cleaner's not-an-article warning reaches the
// Article with its evidence.
func TestNotAnArticleWarning(t *testing.T) {
	var lines []string
	for _, p := range []string{"Kettle", "Toaster", "Blender", "Mixer", "Grill", "Juicer"} {
		lines = append(lines, p, "$49.99", "Add to cart")
	}
	a, err := String(strings.Join(lines, "\n"), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range a.Warnings {
		if w.Kind == "not-an-article" && strings.Contains(w.Text, "story detector") {
			return
		}
	}
	t.Errorf("warnings %+v, want not-an-article with the evidence", a.Warnings)
}
