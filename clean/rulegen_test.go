package clean

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestGenerateNamesTheLine: go generate (generateBuiltin) reports a rule
// file that does not compile as -rules and LoadRules do, with the line
// that sets the field at fault ("rules/x.test.toml:6: ..."), so that a
// contributor who runs the generator first (CONTRIBUTING's step 4) finds
// the line too.
func TestGenerateNamesTheLine(t *testing.T) {
	const rule = "name = \"X Test\"\ndomains = [\"x.test\"]\n\n[[clutter]]\nkind = \"nav\"\nmatch = '^Home ('\n"
	fsys := fstest.MapFS{"rules/x.test.toml": {Data: []byte(rule)}}
	_, loadErr := LoadRules(fsys, "rules/*.toml")
	_, genErr := generateBuiltin(fsys, "rules/*.toml")
	if loadErr == nil || genErr == nil {
		t.Fatalf("LoadRules: %v; generateBuiltin: %v; want both to fail", loadErr, genErr)
	}
	if !strings.Contains(loadErr.Error(), "x.test.toml:6:") {
		t.Fatalf("LoadRules: %v, want the line, 6", loadErr)
	}
	if genErr.Error() != loadErr.Error() {
		t.Errorf("generateBuiltin: %v\nLoadRules:       %v\nwant the same message", genErr, loadErr)
	}
}
