package clean_test

import (
	"testing"

	"github.com/newsclean/newsclean/clean"
)

// TestRuleSetNilIsEmpty checks that a nil *RuleSet, which a caller holds
// after LoadRules failed, acts as a set with no rules instead of
// panicking: BuiltinRules().Merge(nil) is the built-in rules, and the
// lookups of a nil set find nothing.
func TestRuleSetNilIsEmpty(t *testing.T) {
	builtin := clean.BuiltinRules()
	var none *clean.RuleSet
	merged, err := builtin.Merge(none)
	if err != nil {
		t.Fatalf("Merge(nil): %v", err)
	}
	if got, want := len(merged.Rules()), len(builtin.Rules()); got != want || want == 0 {
		t.Errorf("Merge(nil) holds %d rules, want the built-in %d", got, want)
	}
	back, err := none.Merge(builtin)
	if err != nil {
		t.Fatalf("nil.Merge: %v", err)
	}
	if back.ForHost("tass.com") == nil {
		t.Error("nil.Merge(builtin) has no rule for tass.com")
	}
	if none.ForHost("tass.com") != nil || none.ForAgency("TASS") != nil || len(none.Rules()) != 0 {
		t.Error("a nil set finds a rule")
	}
}
