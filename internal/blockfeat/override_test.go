package blockfeat

import "testing"

// TestOverride checks that Pick gives the override while one is set, and
// the built-in model otherwise, each path apart.
func TestOverride(t *testing.T) {
	builtin, other := &Model{Dim: 1}, &Model{Dim: 2}
	if got := Pick(TextPath, builtin); got != builtin {
		t.Fatalf("no override: got %p, want the built-in %p", got, builtin)
	}
	SetOverride(TextPath, other)
	defer SetOverride(TextPath, nil)
	if got := Pick(TextPath, builtin); got != other {
		t.Fatalf("text override: got %p, want %p", got, other)
	}
	if got := Pick(HTMLPath, builtin); got != builtin {
		t.Fatalf("HTML path took the text override")
	}
	SetOverride(TextPath, nil)
	if got := Pick(TextPath, builtin); got != builtin {
		t.Fatalf("override cleared: got %p, want the built-in %p", got, builtin)
	}
}
