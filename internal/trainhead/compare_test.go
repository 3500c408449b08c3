package main

import (
	"hash/fnv"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/headline"
)

// TestFoldOf checks that draw 0 gives the fold -cv has always used (the
// site's hash) and that other draws move some sites to other folds.
func TestFoldOf(t *testing.T) {
	moved := 0
	for _, site := range []string{"a.example", "b.example", "c.example", "d.example", "e.example", "f.example"} {
		h := fnv.New32a()
		h.Write([]byte(site))
		if got, want := foldOf(site, 0), int(h.Sum32()%folds); got != want {
			t.Errorf("foldOf(%q, 0) = %d, want %d", site, got, want)
		}
		if foldOf(site, 1) != foldOf(site, 0) {
			moved++
		}
	}
	if moved == 0 {
		t.Error("draw 1 puts every site in its draw-0 fold")
	}
}

// TestCompare checks the comparison on invented pages where the first
// feature tells the title: leaving it out loses pages against the
// baseline, and an unknown feature's name is an error.
func TestCompare(t *testing.T) {
	var pages []page
	var sites []string
	for k := range 4 * folds {
		a, b := make([]float64, len(headline.Names)), make([]float64, len(headline.Names))
		a[0] = 1
		pg := page{id: string(rune('A' + k)), cands: []headline.Candidate{{Text: "right", X: a}, {Text: "wrong", X: b}}, right: []bool{true, false}}
		if k%2 == 1 {
			pg.cands[0], pg.cands[1] = pg.cands[1], pg.cands[0]
			pg.right = []bool{false, true}
		}
		pages = append(pages, pg)
		sites = append(sites, pg.id+".example")
	}
	sets, err := parseSets(";" + headline.Names[0])
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	compare(pages, sites, sets, 2, &out)
	lines := strings.Split(out.String(), "\n")
	if !strings.HasPrefix(lines[0], "(all)") || !strings.Contains(lines[0], "all [20 20] mean 20.0 (+0.0 sd 0.0)") {
		t.Errorf("baseline line %q, want every page right in both draws", lines[0])
	}
	if !strings.HasPrefix(lines[1], headline.Names[0]) || strings.Contains(lines[1], "all [20 20]") || strings.Contains(lines[2], " -[]") {
		t.Errorf("without %s: %q, want pages lost", headline.Names[0], out.String())
	}
	if _, err := parseSets("no-such-feature"); err == nil {
		t.Error("parseSets took an unknown feature")
	}
}
