package clean

import (
	"slices"
	"strings"
)

// Many papers name themselves with their language's word for a paper
// before the name ("Báo Bờ Sông", "Harian Kota Baru", "Gazeta Rzeczna"): after
// a dash in <title>, such a name is the site's however many capitalised
// words follow.

// paperHeads are words for a paper, a daily or a magazine that open a
// paper's name: Vietnamese, Indonesian and Malay, Portuguese, Spanish,
// Polish.
var paperHeads = []string{"Báo", "Tạp", "Harian", "Majalah", "Jornal", "Diário", "Diario", "Gazeta"}

// paperNameTails are the lower-case words a name that opens with one of
// paperHeads may hold: "Tạp chí" (magazine), "Báo điện tử" (online paper).
var paperNameTails = []string{"chí", "điện", "tử"}

// paperWordName reports whether tail, the part of a <title> after a dash,
// is a paper's name of two to five words that opens with one of
// [paperHeads] and closes with a capitalised word; the words between are
// capitalised, or [paperNameTails]. "Báo động" (alarm) before lower-case
// words is no name.
func paperWordName(tail string) bool {
	f := strings.Fields(tail)
	if len(f) < 2 || len(f) > 5 || !slices.Contains(paperHeads, f[0]) || !capitalised(f[len(f)-1]) {
		return false
	}
	for _, w := range f[1 : len(f)-1] {
		if !capitalised(w) && !slices.Contains(paperNameTails, w) {
			return false
		}
	}
	return true
}
