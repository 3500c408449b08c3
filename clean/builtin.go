package clean

import (
	"embed"
	"sync"
)

//go:embed rules/*.toml
var ruleFiles embed.FS

// BuiltinRules returns the rules that ship with newsclean, compiled once.
// The files are in the module's clean/rules directory; a user's own rule
// files, loaded with [LoadRules], may be combined with them by
// [RuleSet.Merge].
func BuiltinRules() *RuleSet { return builtin() }

var builtin = sync.OnceValue(func() *RuleSet {
	s, err := LoadRules(ruleFiles, "rules/*.toml")
	if err != nil {
		// The built-in rules are compiled by the tests; a broken one
		// cannot ship.
		panic(err)
	}
	return s
})
