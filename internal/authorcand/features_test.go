package authorcand

import (
	"testing"

	_ "github.com/newsclean/newsclean/internal/testkit" // takes -update
)

// TestFeatures checks the features of invented sources: a source naming
// nobody has none; the first that names someone is the fixed order's
// pick; sources naming the same lead agree; the lead name's shape.
func TestFeatures(t *testing.T) {
	srcs := []Source{
		{From: "ruled"},
		{From: "meta-named", Names: []string{"Mara Quill"}},
		{From: "head", Names: []string{"Mara Quill", "Tomas Reed"}},
		{From: "owner-site", Names: []string{"Harbourlights"}},
		{From: "own-org", Names: []string{"Harbour Lights Media"}},
	}
	x := Features(srcs, "www.harbourlights.example")
	if len(x) != len(srcs) || x[0] != nil {
		t.Fatalf("Features = %v: want one row per source, nil for the one naming nobody", x)
	}
	want := []struct {
		row, feat int
		v         float64
	}{
		{1, FromMetaNamed, 1}, {1, HandPick, 1}, {2, HandPick, 0},
		{1, Agree, 1.0 / 3}, {2, Agree, 1.0 / 3}, {3, Agree, 0},
		{1, Person, 1}, {3, Person, 0}, {3, OneWord, 1}, {1, OneWord, 0},
		{3, SiteOwn, 1}, {1, SiteOwn, 0}, {4, FromOwnOrg, 1}, {4, OrgWords, 1}, {1, OrgWords, 0},
		{2, Several, 1}, {1, Several, 0}, {3, FromOwner, 1},
	}
	for _, w := range want {
		if got := x[w.row][w.feat]; got != w.v {
			t.Errorf("source %d (%s), feature %s = %v, want %v", w.row, srcs[w.row].From, Names[w.feat], got, w.v)
		}
	}
	if len(Names) != NumFeatures {
		t.Errorf("Names has %d names for %d features", len(Names), NumFeatures)
	}
}

// TestFeaturesNone: a page with no source naming anyone, or no source at
// all, gives no features and does not panic.
func TestFeaturesNone(t *testing.T) {
	if x := Features(nil, ""); len(x) != 0 {
		t.Errorf("Features(nil) = %v", x)
	}
	if x := Features([]Source{{From: "meta", Names: []string{" "}}}, ""); len(x) != 1 || x[0] != nil {
		t.Errorf("a blank name gave features: %v", x)
	}
}
