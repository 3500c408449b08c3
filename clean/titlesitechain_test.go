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
		// A section of three words is a headline's clause.
		{"Harbour ferry returns after repairs - Islands Back Online - Eastbay Ledger", "Harbour ferry returns after repairs - Islands Back Online"},
		// A clause in sentence case is no section; a section closed by
		// its word for news is one.
		{"Storm batters the northern coast - Thousands evacuated - Eastbay Ledger", "Storm batters the northern coast - Thousands evacuated"},
		{"Bus leaves the coast road near the harbour - Two dead - Eastbay Ledger", "Bus leaves the coast road near the harbour - Two dead"},
		{"Harbour ferry returns after a winter of repairs - World news - Eastbay Ledger", "Harbour ferry returns after a winter of repairs"},
		// A headline's own clause opened by a word for news stays; a
		// name opened or closed by one goes.
		{"Media mogul steps down - News Corp names his successor", "Media mogul steps down - News Corp names his successor"},
		{"Ferry operator confirms winter cuts - News of the closures angers islanders", "Ferry operator confirms winter cuts - News of the closures angers islanders"},
		{"El Gobierno aprueba el presupuesto - Noticias falsas inundan las redes", "El Gobierno aprueba el presupuesto - Noticias falsas inundan las redes"},
		{"Polisi tangkap penyebar video banjir - Berita bohong soal tanggul jebol", "Polisi tangkap penyebar video banjir - Berita bohong soal tanggul jebol"},
		{"Feribot seferleri yeniden başladı - Kıyı Ege Haberleri", "Feribot seferleri yeniden başladı"},
		{"Lautta palaa saarelle talven jälkeen | Itäinen Lahti Uutiset", "Lautta palaa saarelle talven jälkeen"},
		{"Паром снова ходит на остров | Новости о погоде на неделю", "Паром снова ходит на остров | Новости о погоде на неделю"},
		{"Паром снова ходит на остров - Новости Приморья удивили всех соседей", "Паром снова ходит на остров - Новости Приморья удивили всех соседей"},
		// A name of maxNewsTail words or more after the word is none;
		// a headline of two words keeps its tail.
		{"El ferry vuelve a la isla | Noticias De La Semana En El Valle Del Río Grande", "El ferry vuelve a la isla | Noticias De La Semana En El Valle Del Río Grande"},
		{"Ferry vuelve | Noticias de El Diario de la Bahía", "Ferry vuelve | Noticias de El Diario de la Bahía"},
		// A page mark goes only before a headline of three words; a
		// number of four digits is no page's.
		{"Gempa Halaman 2 - Eastbay Ledger", "Gempa Halaman 2"},
		{"Kapal feri kembali berlayar ke pulau Halaman 2026 - Warta Teluk", "Kapal feri kembali berlayar ke pulau Halaman 2026"},
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

// TestWithoutDashSectionSeparator checks that only a dash sets a section
// off before the site's name: behind a bar the part is a tag the next
// pass reads, or the headline's.
func TestWithoutDashSectionSeparator(t *testing.T) {
	for _, c := range []struct{ head, sep, want string }{
		{"Harbour ferry returns after repairs - Islands", " - ", "Harbour ferry returns after repairs"},
		{"Harbour ferry returns after repairs — Local News", " — ", "Harbour ferry returns after repairs"},
		{"Harbour ferry returns after repairs | Islands", " | ", "Harbour ferry returns after repairs | Islands"},
		{"Harbour ferry returns after repairs › Islands", " › ", "Harbour ferry returns after repairs › Islands"},
	} {
		if got := withoutDashSection(c.head, c.sep); got != c.want {
			t.Errorf("withoutDashSection(%q, %q) = %q, want %q", c.head, c.sep, got, c.want)
		}
	}
}

// TestTitleSiteChainEdges checks the three readers on edge input: empty,
// one byte, invalid UTF-8, a lone separator, a megabyte; none panics or
// cuts what holds no part to cut, and a megabyte before a part to cut
// loses only the part.
func TestTitleSiteChainEdges(t *testing.T) {
	long := strings.TrimSpace(strings.Repeat("word ", 200000))
	if got := withoutDashSection(long+" - Islands", " - "); got != long {
		t.Errorf("withoutDashSection(megabyte - Islands) kept %d bytes, want %d", len(got), len(long))
	}
	if got := withoutPageMark(long + " Halaman 2"); got != long {
		t.Errorf("withoutPageMark(megabyte Halaman 2) kept %d bytes, want %d", len(got), len(long))
	}
	if newsWordTail(long, "News "+long) || !newsWordTail(long, "Noticias de El Diario") {
		t.Error("newsWordTail on a megabyte head or tail")
	}
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
