package clean

import (
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// creditGuardLines are the corpus's lines of at most 300 bytes, when
// ../shared is beside the module, and the made-up ones.
func creditGuardLines(t *testing.T, made []string) []string {
	lines := made
	for _, l := range testkit.CorpusLines(t) {
		if len(l) <= 300 {
			lines = append(lines, l)
		}
	}
	return lines
}

// TestMayHoldSiteCredit: mayHoldSiteCredit lets through every line
// siteCredit matches: each word in any case, with ſ for s, after letters,
// digits, marks and bytes past ASCII, before "by" after white space of
// each kind, and turns down bylines.
func TestMayHoldSiteCredit(t *testing.T) {
	heads := []string{"", "Site ", "re", "2", "_", "é", "\xff", "— ", "(", "By Jane Doe | "}
	words := []string{"Powered", "POWERED", "designed", "Developed", "built", "hoſted", "Hosted", "Theme", "template", "WEBSITE",
		"maintained", "Sponſored", "presented", "underwritten", "written", "Photo", "rebuilt", "Themes", "by"}
	ends := []string{" by Acme", "\tby", "  BY: Acme", " by", "by Acme", " bye", " by_x", "\nby Studio", " ", "", " Jane Doe"}
	lines := creditGuardLines(t, guardLines(20000, heads, words, ends))
	checkGuard(t, "siteCredit", lines, mayHoldSiteCredit, siteCredit.lazyRegexp.MatchString, 2000)
	for _, s := range []string{"By Jane Doe", "Written by Jane Doe", "Story by Jane Doe and Bo Kim", "Rebuilt by volunteers"} {
		if mayHoldSiteCredit(s) {
			t.Errorf("mayHoldSiteCredit(%q) = true, want false", s)
		}
	}
}

// TestMayEndPictureLabel: mayEndPictureLabel lets through every text
// creditLabel matches: each word in any case, with ſ for s, with and
// without "by", colons and white space of each kind at the end, and
// turns down a writer's label.
func TestMayEndPictureLabel(t *testing.T) {
	heads := []string{"", "Header ", "tele", "2", "é", "\xff", "— ", "Jane Doe "}
	words := []string{"Image", "images", "IMAGES", "imageſ", "Photo", "photoſ", "Photograph", "picture", "Illuſtration", "illustration",
		"Graphic", "video", "Cover", "Story", "Words", "Photos"}
	ends := []string{" ", "\t", " by", " BY:", " by : ", " by\t", "by", " bye", "", ":", "  by  :  ", " by Jane Doe"}
	lines := creditGuardLines(t, guardLines(20000, heads, words, ends))
	checkGuard(t, "creditLabel", lines, mayEndPictureLabel, creditLabel.lazyRegexp.MatchString, 2000)
	for _, s := range []string{"By ", "Written by ", "Story by:", "Derby "} {
		if mayEndPictureLabel(s) {
			t.Errorf("mayEndPictureLabel(%q) = true, want false", s)
		}
	}
}

// TestMayBeViewCount: mayBeViewCount answers as the views count's pattern
// on every line: counts in each form, in any case, with ſ for s, and
// lines that open alike and are no count.
func TestMayBeViewCount(t *testing.T) {
	var re *lazyRegexp
	for _, pp := range phrasePatterns {
		if pp.may != nil {
			re = pp.re
		}
	}
	if re == nil {
		t.Fatal("no phrase pattern has a guard")
	}
	heads := []string{"", "12", "1,234", "1 234.5", "Views", "VIEW", "views:", "Views: ", "view ", "viewſ", "read:", "READ: ", "Read ", "2024 "}
	words := []string{"", "12", "1,234", " ", "x", "é"}
	ends := []string{"", " views", " VIEW", " viewſ", " view s", "views", " views!", ".", " ", "12"}
	lines := guardLines(20000, heads, words, ends)
	matched := 0
	for _, s := range lines {
		if got, want := mayBeViewCount(s), re.MatchString(s); got != want {
			t.Fatalf("mayBeViewCount(%q) = %v, the pattern %v", s, got, want)
		} else if want {
			matched++
		}
	}
	if matched < 1000 {
		t.Fatalf("%d of %d lines matched: the lines test too little", matched, len(lines))
	}
}

// TestMayOpenThread: mayOpenThread lets through every line threadOpener
// matches: each word in any case, with ſ for s, and turns down numbers
// followed by other words.
func TestMayOpenThread(t *testing.T) {
	heads := []string{"", "1", "12", "2024", "x1", " 3"}
	words := []string{" responses", " Response", " RESPONſES", " comments", " Comment", " commentſ", " replies", " thoughts", " thoughtſ",
		" things", " ways", "  comments", "comments", " reasons"}
	ends := []string{" to “Harbour”", " on Pier lights", " ON x", " tox", " on", "", " to"}
	lines := creditGuardLines(t, guardLines(20000, heads, words, ends))
	checkGuard(t, "threadOpener", lines, mayOpenThread, threadOpener.lazyRegexp.MatchString, 2000)
	for _, s := range []string{"2024 budget passes", "12 ways to spend a weekend", "5 things to know"} {
		if mayOpenThread(s) {
			t.Errorf("mayOpenThread(%q) = true, want false", s)
		}
	}
}
