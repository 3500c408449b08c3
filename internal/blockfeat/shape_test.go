package blockfeat

import (
	"strings"
	"testing"
)

// feature returns the value of the named feature in v, from names.
func feature(t *testing.T, names []string, v []float32, name string) float32 {
	t.Helper()
	for i, n := range names {
		if n == name {
			return v[i]
		}
	}
	t.Fatalf("no feature %q", name)
	return 0
}

func shapeVec(s string) []float32 {
	sh := ShapeOf(s)
	v := make([]float32, shapeFeatures)
	sh.put(v)
	return v
}

const sentence = "The ferry line reopened on Monday after two months of repairs, the operator said in a statement."

// TestShapeFeatures gives each shape feature a text that sets it and one
// that does not.
func TestShapeFeatures(t *testing.T) {
	names := shapeNames[:]
	cases := []struct {
		name     string
		on, off  string
		min, max float32 // the value for on must lie in [min, max]; off gives less
	}{
		{"runes", strings.Repeat("a", 1999), "a", 0.99, 1},
		{"words", sentence, "Home", 0.4, 0.6},
		{"sentences", sentence + " " + sentence, "Home", 0.2, 0.4},
		{"commas/word", "red, green, blue", "red green blue", 0.6, 0.7},
		{"seps/word", "Home | News | World", "Home News World", 0.6, 0.7},
		{"digits", "2024 12 31", "a b c", 1, 1},
		{"upper", "BREAKING news", "breaking news", 0.6, 0.7},
		{"cap-words", "Read More Here", "read more here", 1, 1},
		{"all-caps", "SUBSCRIBE NOW", "Subscribe now", 1, 1},
		{"sentence-end", `He said "yes."`, "He said yes", 1, 1},
		{"question", "Was it worth it?", "It was worth it.", 1, 1},
		{"colon-end", "Read also:", "Read also", 1, 1},
		{"bullet", "• First item", "First item", 1, 1},
		{"address", "see www.example.org", "see the example", 1, 1},
		{"copyright", "© 2024 Example", "2024 Example", 1, 1},
		{"month", "4 Sept 2025", "4 of them", 1, 1},
		{"year", "in 1999", "in 999", 1, 1},
		{"clock", "at 10:56 GMT", "at 10 GMT", 1, 1},
		{"ago", "3 hours ago", "3 hours", 1, 1},
		{"short", "Share", sentence, 1, 1},
		{"prose", sentence, "Ferry line reopens after repairs", 1, 1},
	}
	if len(cases) != shapeFeatures {
		t.Fatalf("%d cases for %d shape features", len(cases), shapeFeatures)
	}
	for i, c := range cases {
		if names[i] != c.name {
			t.Fatalf("case %d is %q, feature %d is %q", i, c.name, i, names[i])
		}
		on, off := feature(t, names, shapeVec(c.on), c.name), feature(t, names, shapeVec(c.off), c.name)
		if on < c.min || on > c.max || off >= on {
			t.Errorf("%s: %q gives %.3f (want %.2f to %.2f), %q gives %.3f", c.name, c.on, on, c.min, c.max, c.off, off)
		}
	}
}

func TestBulletNumbers(t *testing.T) {
	for s, want := range map[string]bool{"1. First": true, "12) Second": true, "2024. A year": false, "3.5 million": false, "- dash": true} {
		if got := ShapeOf(s).Bullet; got != want {
			t.Errorf("%q: bullet %v, want %v", s, got, want)
		}
	}
}
