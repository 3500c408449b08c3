package clean

import (
	"testing"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
)

// TestDateReadersInLanguage: the readers of flattened text's date lines
// read a clashing month's name in the page's language ("listopada" is
// October in Croatian, November in Polish and Czech), and read a line of
// another language as before. Lines are invented.
func TestDateReadersInLanguage(t *testing.T) {
	hr := dateparse.Croatian
	day := func(st Stamp, ok bool) string {
		if !ok {
			return "-"
		}
		return st.ISO()
	}
	alone := func(line string, lang dateparse.Lang) string {
		st, _, ok := readDateAloneIn(line, lang)
		return day(st, ok)
	}
	glued := func(line string, lang dateparse.Lang) string {
		_, _, st, ok := gluedHead(line, func(s string) (dateparse.Stamp, string, bool) { return dateLineLang(s, lang) })
		return day(st, ok)
	}
	headLine := func(line string, lang dateparse.Lang) string {
		st, _, ok := headLineDateIn(line, lang)
		return day(st, ok)
	}
	for _, c := range []struct{ name, got, want string }{
		{"alone: Croatian update", alone("Ažurirano: 5. listopada 2025.", hr), "2025-10-05"},
		{"alone: no language", alone("Ažurirano: 5. listopada 2025.", dateparse.NoLang), "2025-11-05"},
		{"alone: Croatian 31 October", alone("Objavljeno: 31. listopada 2025. u 10:32", hr), "2025-10-31T10:32:00"},
		{"alone: Polish page", alone("Zaktualizowano: 5 listopada 2025 r.", dateparse.Polish), "2025-11-05"},
		{"alone: another month on a Croatian page", alone("Ažurirano: 5. srpnja 2025.", hr), "2025-07-05"},
		{"labelled: Croatian", day(labelledDateIn("Objavljeno: 4. listopada 2025.", "hr")), "2025-10-04"},
		{"labelled: Polish", day(labelledDateIn("Opublikowano: 4 listopada 2025", "pl")), "2025-11-04"},
		{"labelled: English on a Croatian page", day(labelledDateIn("Published: 4 November 2025", "hr")), "2025-11-04"},
		{"labelled: no language", day(labelledDateIn("Objavljeno: 4. listopada 2025.", "")), "2025-11-04"},
		{"update: Croatian", day(labelledUpdate("Last updated: 5. listopada 2025.", "hr")), "2025-10-05"},
		{"update: Czech", day(labelledUpdate("Last updated: 5. listopadu 2025", "cs")), "2025-11-05"},
		{"byline over: Croatian", day(bylineThenDate("By Ana Horvat", "4. listopada 2025.", "hr")), "2025-10-04"},
		{"byline over: English", day(bylineThenDate("By Jane Doe", "4 November 2025", "hr")), "2025-11-04"},
		{"alone line: Croatian 31 October", day(dateAloneLineIn("31. listopada 2025.", hr)), "2025-10-31"},
		{"alone line: no language, no such day", day(dateAloneLineIn("31. listopada 2025.", dateparse.NoLang)), "-"},
		{"glued head: Croatian", glued("Luka dobiva novi putnički terminal / 4. listopada 2025.", hr), "2025-10-04"},
		{"glued head: no language", glued("Luka dobiva novi putnički terminal / 4. listopada 2025.", dateparse.NoLang), "2025-11-04"},
		{"glued head: English", glued("Harbour gets a new passenger terminal / 4 November 2025", hr), "2025-11-04"},
		{"head line: Croatian", headLine("Ana Horvat | Vijesti | Published: 4. listopada 2025 u 10:32", hr), "2025-10-04T10:32:00"},
		{"head line: English", headLine("By Jane Doe, editor | News | 4 November 2025", hr), "2025-11-04"},
	} {
		if c.got != c.want {
			t.Errorf("%s: %s, want %s", c.name, c.got, c.want)
		}
	}
	if st, upd, ok := labelThenDate("Objavljeno:", "4. listopada 2025.", "hr"); day(st, ok) != "2025-10-04" || upd {
		t.Errorf("labelThenDate, Croatian: %s update %v, want 2025-10-04", day(st, ok), upd)
	}
	if st, upd, ok := labelThenDate("Posted on", "4 November 2025", "hr"); day(st, ok) != "2025-11-04" || upd {
		t.Errorf("labelThenDate, English: %s update %v, want 2025-11-04", day(st, ok), upd)
	}
}

// TestTextDateTag: the tag package extract reads text's date lines in.
func TestTextDateTag(t *testing.T) {
	mk := func(lines ...string) []Block {
		bs := make([]Block, len(lines))
		for i, l := range lines {
			bs[i].Text = l
		}
		return bs
	}
	if got := textDateTag(mk("Novi plan za luku", "Objavljeno: 17. listopada 2025.", "Vijeće će odlučiti prije zime.")); got != "hr" {
		t.Errorf("Croatian head: %q, want hr", got)
	}
	if got := textDateTag(mk("Nowy plan dla portu", "Opublikowano: 17 listopada 2025", "Rada miasta przyjęła plan.")); got != "" {
		t.Errorf("Polish head: %q, want none", got)
	}
}

// TestTextPageDatesInLanguage cleans invented flattened pages whose date
// and update lines name "listopad": a Croatian page's are October's, a
// Polish page's November's.
func TestTextPageDatesInLanguage(t *testing.T) {
	const hrStory = "Gradsko vijeće sastalo se u utorak navečer i nakon duge rasprave o troškovima i osoblju izglasalo promjene koje će vrijediti od proljeća.\n\nDužnosnici su rekli da će se novi plan preispitati nakon šest mjeseci te da građani mogu slati primjedbe lučkom uredu do kraja mjeseca.\n"
	const plStory = "Rada miasta zebrała się we wtorek wieczorem i po długiej debacie o kosztach i personelu przegłosowała zmiany, które wejdą w życie wiosną.\n\nUrzędnicy powiedzieli, że nowy plan zostanie oceniony po sześciu miesiącach, a mieszkańcy mogą przesyłać uwagi do biura portu.\n"
	for _, c := range []struct{ name, page, want string }{
		{"Croatian update line", "Naslovnica\n\nGradsko vijeće odobrilo novi red plovidbe trajekta\n\nAžurirano 5. listopada 2025.\n\nObjavljeno 4. listopada 2025.\n\n" + hrStory, "2025-10-05"},
		{"Polish update line", "Strona główna\n\nRada miasta zatwierdziła nowy rozkład promu\n\nZaktualizowano 5 listopada 2025\n\nOpublikowano 4 listopada 2025\n\n" + plStory, "2025-11-05"},
	} {
		r, err := String(c.page, nil)
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, b := range r.Blocks {
			if b.Kind == Metadata && b.Stamp != nil {
				got = b.Stamp.ISO()
			}
		}
		if got != c.want {
			t.Errorf("%s: update stamp %q, want %q", c.name, got, c.want)
		}
	}
}
