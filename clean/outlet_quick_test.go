package clean

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestFingerprintQuickSkips checks fingerprintQuick.skips against
// pattern.skip for every built-in fingerprint: on invented lines, on lines
// made of the pattern's own literals and start bytes glued to random bytes
// (so that many get past the byte tests), in random order and sorted by
// their first byte, as fingerprintFound asks (one quick test reused across
// the lines, so its first-byte cache is tried on every change of byte).
func TestFingerprintQuickSkips(t *testing.T) {
	invented := []string{
		"", "a", "©", "Reporting by Jane Doe; Editing by John Roe",
		"Copyright 2026 The Example Times. All rights reserved.",
		"(AP) — Officials said", "WASHINGTON (Reuters) -", "Follow us on X",
		strings.Repeat("y", maxMatch), "x\n", "Ünïcode · line ·",
	}
	rng := rand.New(rand.NewPCG(16, 9))
	noise := []string{" ", ".", "-", ",", "a", "Z", "q", "é", "—", "\u00a0", "(", ")", "·", "1", "\n", "by ", "The "}
	tried, passed := 0, 0
	for _, r := range BuiltinRules().rules {
		for fi := range r.fingerprints {
			fp := &r.fingerprints[fi]
			var parts []string
			parts = append(parts, fp.prefix...)
			parts = append(parts, fp.anyOf...)
			if fp.lit != "" {
				parts = append(parts, fp.lit)
			}
			if fp.start != nil {
				for b := range 256 {
					if fp.start.has(byte(b)) {
						parts = append(parts, string(rune(b)), string([]byte{byte(b)}))
					}
				}
			}
			if sp := fp.re.startPairs(); sp != nil {
				for _, two := range sp.two {
					parts = append(parts, string([]byte{byte(two >> 8), byte(two)}))
				}
			}
			lines := append([]string(nil), invented...)
			for range 300 {
				var b strings.Builder
				for range 1 + rng.IntN(8) {
					if len(parts) > 0 && rng.IntN(2) == 0 {
						b.WriteString(parts[rng.IntN(len(parts))])
					} else {
						b.WriteString(noise[rng.IntN(len(noise))])
					}
				}
				lines = append(lines, b.String())
			}
			for round := range 2 {
				if round == 1 { // by first byte, as fingerprintFound tries them
					byFirst := func(s string) int {
						if s == "" {
							return -1
						}
						return int(s[0])
					}
					slices.SortStableFunc(lines, func(a, b string) int { return byFirst(a) - byFirst(b) })
				}
				q := newFingerprintQuick(fp)
				for _, l := range lines {
					want := fp.skip(l)
					if got := q.skips(l); got != want {
						t.Errorf("%s %s on %q: quick skips %v, skip %v", r.id, fp.re, l, got, want)
					}
					tried++
					if !want {
						passed++
					}
				}
			}
		}
	}
	t.Logf("%d lines, %d not skipped", tried, passed)
	if tried == 0 || passed == 0 {
		t.Errorf("%d lines tried, %d not skipped: the test tries nothing", tried, passed)
	}
}
