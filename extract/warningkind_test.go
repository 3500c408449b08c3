package extract

import (
	"path/filepath"
	"regexp"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// warningKindLit finds a warning kind written in the code as a literal
// Warning{Kind: "..."}, extract's own or a batch reader's.
var warningKindLit = regexp.MustCompile(`Warning\{\{?Kind: "([a-z0-9-]+)"`)

// TestWarningKindsDocumented checks that every kind extract and batch emit
// themselves is named in the comment of Warning.Kind, which calls its list
// stable (clean's kinds are checked in package clean).
func TestWarningKindsDocumented(t *testing.T) {
	doc := testkit.FieldDoc(t, "article.go", "Warning", "Kind")
	files, _ := filepath.Glob("*.go")
	more, _ := filepath.Glob(filepath.Join("..", "batch", "*.go"))
	if seen := testkit.QuotedInDoc(t, doc, append(files, more...), warningKindLit); seen < 3 {
		t.Fatalf("found %d warning kinds in the code, want at least 3: has the way they are written changed?", seen)
	}
}
