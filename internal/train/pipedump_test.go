package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/wcxb"
)

// TestNonGold: a body line the gold holds (long or short) is not listed, a
// line of furniture is, and so is a short line whose words the gold never
// prints together.
func TestNonGold(t *testing.T) {
	gold := "The ferry line reopened on Monday after repairs.\n\nPassengers queued from dawn, the harbour master said."
	body := "The ferry line reopened on Monday after repairs.\nSubscribe to our newsletter for more harbour news\nharbour master\nmaster harbour\nPassengers queued from dawn, the harbour master said."
	got := nonGold(body, gold)
	want := []string{"Subscribe to our newsletter for more harbour news", "master harbour"}
	if !slices.Equal(got, want) {
		t.Errorf("nonGold = %q, want %q", got, want)
	}
}

// TestWriteDump writes an article's body, the must-not snippet it keeps
// with its line, its non-gold line and the gold line it lost; a page that is no article is left
// out.
func TestWriteDump(t *testing.T) {
	dir := t.TempDir()
	art := &wcxb.Page{ID: "a", Type: wcxb.Article, Main: "The ferry line reopened on Monday after repairs.\nQueues formed at dawn on the pier.", Without: []string{"Privacy policy", "Most read"}}
	other := &wcxb.Page{ID: "b", Type: "listing", Main: "x"}
	pages := []*page{{gold: art}, {gold: other}}
	bodies := []string{"The ferry line reopened on Monday after repairs.\nRead our privacy policy\tnow", "y"}
	if err := writeDump(dir, pages, bodies); err != nil {
		t.Fatal(err)
	}
	read := func(name string) string {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	if got := read("a.txt"); got != bodies[0] {
		t.Errorf("a.txt = %q", got)
	}
	if _, err := os.Stat(filepath.Join(dir, "b.txt")); err == nil {
		t.Error("a listing's body written")
	}
	if got, want := read("mustnot.tsv"), "a\tPrivacy policy\tRead our privacy policy now\n"; got != want {
		t.Errorf("mustnot.tsv = %q, want %q", got, want)
	}
	if got := read("nongold.tsv"); !strings.HasPrefix(got, "a\t5\tRead our privacy policy now") {
		t.Errorf("nongold.tsv = %q", got)
	}
	if got, want := read("lost.tsv"), "a\t7\tQueues formed at dawn on the pier.\n"; got != want {
		t.Errorf("lost.tsv = %q, want %q", got, want)
	}
}
