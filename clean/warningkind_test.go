package clean

import (
	"path/filepath"
	"regexp"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// warningKindLit finds a warning kind written in the code: a literal
// Warning{Kind: "..."} in clean or a WarningKind constant in htmldoc.
var warningKindLit = regexp.MustCompile(`(?:Warning\{\{?Kind: |WarningKind = )"([a-z0-9-]+)"`)

// TestWarningKindsDocumented checks that every kind the code emits is
// named in the doc comment of Warning.Kind, which calls its list stable.
func TestWarningKindsDocumented(t *testing.T) {
	doc := testkit.FieldDoc(t, "clean.go", "Warning", "Kind")
	files, _ := filepath.Glob("*.go")
	files = append(files, filepath.Join("..", "internal", "htmldoc", "warning.go"))
	if seen := testkit.QuotedInDoc(t, doc, files, warningKindLit); seen < 8 {
		t.Fatalf("found %d warning kinds in the code, want at least 8: has the way they are written changed?", seen)
	}
}
