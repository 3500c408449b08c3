package dateparse

import (
	"math/rand/v2"
	"testing"
)

// TestSiteCommaShape: siteCommaShape lets through every head reWireSite
// matches, either way round, with places of several words, dots and
// hyphens, capitals past ASCII and each ending, and turns down heads
// whose first comma has no such shape around it.
func TestSiteCommaShape(t *testing.T) {
	places := []string{"JAKARTA", "BANDA ACEH", "U.S.", "KOTA-BARU", "ÇANAKKALE", "Jakarta", "Surabaya", "Kota Baru", "Mr. Smith",
		"JAKARTA SELATAN TIMUR BARU", "", "jakarta"}
	sites := []string{"KOMPAS.com", "VIVA.co.id", "Liputan6.com", "detik.net", "TEMPO.CO", "Suara.org", "x.com", "kompas", "A.com",
		"Bisnis.com.id", "okezone.COM"}
	seps := []string{", ", ",", " , ", ": "}
	dashes := []string{" - ", "- ", " — ", " – ", " -- ", " ", " | "}
	rng := rand.New(rand.NewPCG(6, 5))
	pick := func(xs []string) string { return xs[rng.IntN(len(xs))] }
	matched, down := 0, 0
	for i := 0; i < 20000; i++ {
		head := pick(places) + pick(seps) + pick(sites)
		if rng.IntN(2) == 0 {
			head = pick(sites) + pick(seps) + pick(places)
		}
		head += pick(dashes) + "The ministers met on Monday."
		m := reWireSite().MatchString(head)
		g := siteCommaShape(head)
		if m && !g {
			t.Fatalf("siteCommaShape turns down %q, which reWireSite matches", head)
		}
		if m {
			matched++
		}
		if !g {
			down++
		}
	}
	if matched < 800 || down == 0 {
		t.Fatalf("%d heads matched, %d turned down: the heads test too little", matched, down)
	}
	for _, head := range []string{"Visit example.com for more", "The minister, who spoke at example.com, said", "JAKARTA, Kompas said -"} {
		if siteCommaShape(head) {
			t.Errorf("siteCommaShape(%q) = true, want false", head)
		}
	}
}
