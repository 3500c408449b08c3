package clean

import (
	"strings"
	"testing"
)

// TestPrefixSuffixBytes checks hasPrefixBytes and hasSuffixBytes against
// strings.HasPrefix and strings.HasSuffix, the empty word and a word
// longer than the line included.
func TestPrefixSuffixBytes(t *testing.T) {
	lines := []string{"", "b", "by jane doe", "written by", "5 min read", "copyright ©"}
	words := []string{"", "b", "by ", "by", "read", " min read", "written by jane doe and more", "©", "y"}
	for _, l := range lines {
		for _, w := range words {
			if got, want := hasPrefixBytes([]byte(l), w), strings.HasPrefix(l, w); got != want {
				t.Errorf("hasPrefixBytes(%q, %q) = %v, want %v", l, w, got, want)
			}
			if got, want := hasSuffixBytes([]byte(l), w), strings.HasSuffix(l, w); got != want {
				t.Errorf("hasSuffixBytes(%q, %q) = %v, want %v", l, w, got, want)
			}
		}
	}
}
