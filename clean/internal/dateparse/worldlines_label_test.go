package dateparse

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// indexFold returns where label, in lower case, first stands in s in any
// case, or -1: publishedThenUpdated's search, label by label, before
// firstUpdateLabel, kept as the reference it is tested against.
func indexFold(s, label string) int {
	c := label[0]
	for i := 0; i+len(label) <= len(s); i++ {
		if c < 0x80 && s[i]|0x20 != c || c >= 0x80 && s[i] < 0xc0 {
			continue // the first byte tells most places apart
		}
		if strings.EqualFold(s[i:i+len(label)], label) {
			return i
		}
	}
	return -1
}

// labelByLabel is firstUpdateLabel as publishedThenUpdated worked it out
// before: each label's first place by indexFold, the smallest past 0.
func labelByLabel(s string) (int, string) {
	at, label := -1, ""
	for _, l := range updateLabels {
		if i := indexFold(s, l); i > 0 && (at < 0 || i < at) {
			at, label = i, l
		}
	}
	return at, label
}

// TestFirstUpdateLabel: the one-pass search answers as the search label by
// label, on lines that hold labels at their start, twice, in other cases
// and beside one another, on random mixes of the labels' bytes, and on
// every line of the seeds and of AEB's and WCXB-dev's text (not in -short
// mode).
func TestFirstUpdateLabel(t *testing.T) {
	if len(updateLabels) > 64 {
		t.Fatalf("%d update labels: labelFirstBytes holds 64", len(updateLabels))
	}
	lines := []string{
		"", "u", "updated", "Updated 5 May 2025", "04.03.2025 - Güncelleme : 05.03.2025",
		"Updated 4 May, updated 5 May", "updated x Updated", "x UPDATED y last update z",
		"5 mai 2025 Mis à jour le 6 mai 2025", "입력 2025.03.04. 수정 2025.03.05.",
		"04.03.2025 ОБНОВЛЕНО 05.03.2025", "04.03.2025 оновлено 05.03.2025 обновлено",
		"2025 更新 2025", "last updatelast update", "modifié lemodifié le",
		"04.03.2025 10:15, Թարմացվել է՝ 05.03.2025 08:30", "04.03.2025 ԹԱՐՄԱՑՎԵԼ Է 05.03.2025",
		"Dərc olunub: 04.03.2025 Yenilənib: 05.03.2025", "04.03.2025 YENİLƏNİB 05.03.2025",
	}
	r := rand.New(rand.NewPCG(1, 2))
	var parts []string
	for _, l := range updateLabels {
		parts = append(parts, l, strings.ToUpper(l), l[:len(l)/2], " ", "5", "é", "\u212a")
	}
	for range 20000 {
		var b strings.Builder
		for range r.IntN(8) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		lines = append(lines, b.String())
	}
	lines = append(lines, testkit.CorpusLines(t)...)
	found := 0
	for _, s := range lines {
		at, label := firstUpdateLabel(s)
		wantAt, wantLabel := labelByLabel(s)
		if at != wantAt || label != wantLabel {
			t.Fatalf("firstUpdateLabel(%q) = %d, %q; label by label %d, %q", s, at, label, wantAt, wantLabel)
		}
		if at >= 0 {
			found++
		}
	}
	t.Logf("%d lines, %d with a label", len(lines), found)
}
