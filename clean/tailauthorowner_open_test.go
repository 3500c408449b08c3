package clean

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
)

// TestCopyrightOpens: every line copyrightOwnerLine matches passes
// copyrightOpens (the pre-test may turn down only lines the expression
// would), on invented copyright lines and random texts of their parts,
// with letters that fold near "copyright"'s ("İ", "ı", "ſ", the Kelvin sign "\u212a").
func TestCopyrightOpens(t *testing.T) {
	re := regexp.MustCompile(copyrightOwnerLine.expr)
	parts := []string{"©", "(c)", "(C)", "(", "c", "C", "copyright", "Copyright", "COPYRIGHT", "CopyRight", "COPYRİGHT",
		"copyrıght", "copy", "right", " ", "  ", "\t", "2025", "2012", "-", "–", "present", "by", "By", "Jane", "Doe",
		"É", "ǅ", ".", ",", "|", "all rights", "All Rights", "ſ", "\u212a", "\xff", "\xc2", "Contact", "Cookies"}
	texts := []string{"© 2025 Jane Doe", "Copyright Jane Doe 2012-2025. CC BY-NC", "© Copyright 2012-2025 Jane Doe",
		"©2017 Jane Doe, all rights reserved", "(c) Jane Doe", "(C) 2020 Ann Roe", "COPYRIGHT © JANE DOE", "copyright by Jane Doe",
		"Contact Jane Doe", "(Jane Doe)", "Copyrighted Jane Doe", "CopyrightJane Doe", "", "©", "c"}
	rng := rand.New(rand.NewPCG(39, 1))
	for range 100000 {
		var b strings.Builder
		for range 1 + rng.IntN(8) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		texts = append(texts, b.String())
	}
	matched := 0
	for _, s := range texts {
		m := re.MatchString(s)
		if m {
			matched++
		}
		if m && !copyrightOpens(s) {
			t.Errorf("copyrightOpens(%q) = false, and the expression matches it", s)
		}
	}
	if matched < 400 {
		t.Errorf("%d texts matched, want at least 400 (the test would prove little)", matched)
	}
	for _, s := range []string{"Contact us", "Cookies", "(Reuters)", "copy"} {
		if copyrightOpens(s) {
			t.Errorf("copyrightOpens(%q) = true", s)
		}
	}
}
