package clean

import (
	"strings"
	"testing"
)

// TestTitleSiteChain checks the parts beside a <title>'s site name that
// withoutSite takes with it: a capitalised section before the site's name
// behind the same dash, a site's name opened by a word for news, and an
// Indonesian page mark; and that a headline's own tail, a score, a
// section behind another separator and a lone word for news stay.
func TestTitleSiteChain(t *testing.T) {
	for _, c := range []struct{ title, want string }{
		{"Harbour ferry returns after a winter of repairs — Local news — Eastbay Ledger", "Harbour ferry returns after a winter of repairs"},
		{"Harbour ferry returns after a winter of repairs - Islands - Eastbay Ledger", "Harbour ferry returns after a winter of repairs"},
		{"Harbour ferry returns after a winter of repairs - at long last - Eastbay Ledger", "Harbour ferry returns after a winter of repairs - at long last"},
		{"Harbour ferry returns after repairs - The long winter is over - Eastbay Ledger", "Harbour ferry returns after repairs - The long winter is over"},
		{"Eastbay 3 - 1 Westport - Eastbay Ledger", "Eastbay 3 - 1 Westport"},
		{"Ferry returns - Islands - Eastbay Ledger", "Ferry returns - Islands"},
		{"Паром снова ходит на остров после ремонта - Новости Восточной бухты", "Паром снова ходит на остров после ремонта"},
		{"El ferry vuelve a la isla tras el invierno | Noticias de El Diario de la Bahía", "El ferry vuelve a la isla tras el invierno"},
		{"Kapal feri kembali berlayar ke pulau Halaman all - Warta Teluk", "Kapal feri kembali berlayar ke pulau"},
		{"Kapal feri kembali berlayar ke pulau Halaman 2 - Warta Teluk", "Kapal feri kembali berlayar ke pulau"},
		{"Kapal feri kembali berlayar ke pulau Halaman depan - Warta Teluk", "Kapal feri kembali berlayar ke pulau Halaman depan"},
		{"Harbour ferry returns after a winter of repairs › Eastbay Ledger", "Harbour ferry returns after a winter of repairs"},
		{"港口渡轮冬季维修后恢复运营——东湾日报", "港口渡轮冬季维修后恢复运营"},
		{"港口渡轮恢复运营——市民：终于等到了", "港口渡轮恢复运营——市民：终于等到了"},
	} {
		site := "Eastbay Ledger"
		if strings.Contains(c.title, "——") {
			site = "东湾日报"
		}
		if got := withoutSite(c.title, site, "eastbayledger.example"); got != c.want {
			t.Errorf("withoutSite(%q) = %q, want %q", c.title, got, c.want)
		}
	}
}

// TestTitleSiteChainEdges checks the three readers on edge input: empty,
// one byte, invalid UTF-8, a lone separator, a megabyte; none panics or
// cuts what holds no part to cut.
func TestTitleSiteChainEdges(t *testing.T) {
	big := strings.Repeat("word ", 200000)
	for _, s := range []string{"", "a", "\xff\xfe", " - ", " Halaman ", "Halaman all", big} {
		if got := withoutDashSection(s, " - "); got != s {
			t.Errorf("withoutDashSection(%.20q) = %.20q", s, got)
		}
		if newsWordTail(s, s) {
			t.Errorf("newsWordTail(%.20q) = true", s)
		}
		if got := withoutPageMark(s); got != s {
			t.Errorf("withoutPageMark(%.20q) = %.20q", s, got)
		}
	}
}
