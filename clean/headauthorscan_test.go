package clean

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// TestBylineHeadScan checks that the scan finds what the regexp it
// replaces (bylineHeadExpr) finds, the match and the names' group, on
// invented bylines and on random texts of byline parts: labels in any
// case (with "ſ" for "s"), the glued "By", colons, runs of white space,
// words before the label, particles, joining words, marks, letters of
// other scripts and bytes that are not UTF-8.
func TestBylineHeadScan(t *testing.T) {
	testkit.SkipUnderRace(t, "the byline head scan over 100,000 built lines, on one goroutine")
	re := regexp.MustCompile(bylineHeadExpr)
	texts := []string{
		"By Jane Doe", "Story by Jane Doe", "Written by Jane Doe", "Posted by Jane Doe on May 5", "Author: Jane Doe",
		"von Laura Eßlinger", "par Jean Dupont", "por Ana Ruiz", "ByJane Doe", "Published August 7, 2023 by Jane Doe",
		"Words: Jane Doe", "Text: Jane Doe", "Writer: Jane Doe", "Byline: Jane Doe", "By Jane Doe, John Roe and Ann Poe",
		"By Vincent van Gogh & Ludwig van der Beek", "By Jane Doe, and John Roe", "Contributors: A B", "Contributor: A",
		"contributors : A", "by : Jane", "by :Jane", "by:  Jane", "BY  JANE", "By jane", "(By Jane Doe)", "", "By",
		"Jane Doe | by Jane Doe", "12 • 3 by A", "Author:Jane", "auth or: X", "wordſ: Jane", "ſtory by Jane",
		"A B C D E F G H by Jane", strings.Repeat("a ", 45) + "by Jane", strings.Repeat("a", 39) + " by Jane",
		strings.Repeat("a", 40) + " by Jane", strings.Repeat("a", 41) + " by Jane", "By A B C D E F G, H I J K L, M & N, O y P",
		"By Jane de la Cruz", "By Jane de la de Cruz", "By Jane der Cruz", "By A, B, C, D, E", "By Jane andrew", "By Jane and",
	}
	parts := []string{"by", "By", "BY", "bY", "story by", "Story By", "written by", "posted by", "published by", "words by",
		"author", "authors", "autor", "contributor", "contributors", "Contributors", "von", "par", "por", "av", "door",
		"words", "text", "Writer", "byline", "ſtory", "ſ", ":", ":", " ", " ", " ", "  ", "\t", "\n", "\u00a0",
		"Jane", "Doe", "DOE", "jane", "É", "é", "Ж", "ǅ", "van", "der", "de", "la", "ibn", "and", "und", "et", "y", "&", ",",
		"'", "’", ".", "-", "•", "·", "–", "—", "|", "12", "٣", "x", "_", "(", "\xff", "\xc3", "Published", "May 5"}
	names := []string{" ", " ", " ", "  ", "\t", "Jane", "Doe", "Ann", "DOE", "jane", "É", "Éa", "ǅ", "van ", "der ", "de ", "la ",
		"le", "ibn", " and ", "and", " und ", "et", " y ", "&", ",", ", ", "'", "’", ".", "-", "x", "1", "\xff"}
	labels := []string{"by", "By", "BY", "story by", "Written By", "posted by", "published by", "words by", "author", "authors",
		"Autor", "contributor", "contributors", "von", "par", "Por", "av", "door", "words", "Text", "writer", "byline", "ſtory by"}
	seps := []string{" ", " ", ": ", " : ", ":", "", "  ", "\t:\t", ": :"}
	rng := rand.New(rand.NewPCG(38, 2))
	for range 100000 {
		var b strings.Builder
		n := 1 + rng.IntN(12)
		if rng.IntN(3) > 0 { // most texts: a few parts, a label, a separator, names
			n = rng.IntN(3)
		}
		for range n {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		if n < 3 {
			if n > 0 && rng.IntN(4) > 0 {
				b.WriteString(" ")
			}
			b.WriteString(labels[rng.IntN(len(labels))])
			b.WriteString(seps[rng.IntN(len(seps))])
			if rng.IntN(3) > 0 {
				b.WriteString("Jane")
			}
			for range rng.IntN(12) {
				b.WriteString(names[rng.IntN(len(names))])
			}
		}
		texts = append(texts, b.String())
	}
	matched, named := 0, 0
	for _, s := range texts {
		want := re.FindStringSubmatchIndex(s)
		if got := bylineHead.FindStringSubmatchIndex(s); !slices.Equal(got, want) {
			t.Fatalf("bylineHead.FindStringSubmatchIndex(%q) = %v, the regexp %v", s, got, want)
		}
		if got := bylineHead.MatchString(s); got != (want != nil) {
			t.Fatalf("bylineHead.MatchString(%q) = %v, the regexp %v", s, got, want != nil)
		}
		if want != nil {
			matched++
			if strings.ContainsAny(s[want[2]:want[3]], " &,") {
				named++
			}
		}
	}
	if matched < 15000 || named < 2500 {
		t.Errorf("the regexp matched %d texts, %d with more than one name: too few to test the scan", matched, named)
	}
}
