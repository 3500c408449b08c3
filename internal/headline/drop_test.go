package headline

import (
	"strings"
	"testing"
)

func TestDropNamed(t *testing.T) {
	names := []string{"url", "json-ld", "hand-pick"}
	dropped := make([]bool, len(names))
	if err := DropNamed(" hand-pick,, url ", names, dropped); err != nil {
		t.Fatal(err)
	}
	if !dropped[0] || dropped[1] || !dropped[2] {
		t.Errorf("dropped = %v, want url and hand-pick", dropped)
	}
	if err := DropNamed("nope", names, dropped); err == nil || !strings.Contains(err.Error(), `"nope"`) || !strings.Contains(err.Error(), "json-ld") {
		t.Errorf("DropNamed(nope) = %v, want an error naming it and the features", err)
	}
}
