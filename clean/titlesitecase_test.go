package clean

import "testing"

// A <title>'s site name after a dash in its language's capitals goes; a
// headline's own part after a dash, in title case or in lower case, stays.
func TestWithoutSiteLanguageCapitals(t *testing.T) {
	for _, c := range []struct{ title, want string }{
		{"La ciudad inaugura una pasarela peatonal - El Correo del Sur", "La ciudad inaugura una pasarela peatonal"},
		{"Passerella pedonale aperta tra centro e stazione - Cronaca - La Gazzetta del Fiume", "Passerella pedonale aperta tra centro e stazione"},
		{"Nieuwe voetgangersbrug naar het station geopend – Het Blad van Morgen", "Nieuwe voetgangersbrug naar het station geopend"},
		{"В городе открыли пешеходный мост к вокзалу — Городские вести", "В городе открыли пешеходный мост к вокзалу"},
		{"Νέα πεζογέφυρα ενώνει την παλιά πόλη με τον σταθμό - Πρωινά νέα", "Νέα πεζογέφυρα ενώνει την παλιά πόλη με τον σταθμό"},
		// left alone: English title case lowers its own particles; a
		// sentence-case Latin tail; a Russian tail of three words or in
		// lower case; a headline of two words before the dash; a four-word
		// title-case tail with no particle
		{"Why the city walks now - Rise of the Footbridge", "Why the city walks now - Rise of the Footbridge"},
		{"Ferry returns to the island - at long last", "Ferry returns to the island - at long last"},
		{"В городе открыли мост — жители довольны", "В городе открыли мост — жители довольны"},
		{"В городе открыли мост — Что думают жители", "В городе открыли мост — Что думают жители"},
		{"Мост открыт — Городские вести", "Мост открыт — Городские вести"},
		{"City opens its new footbridge - Tour Mid Year Final", "City opens its new footbridge - Tour Mid Year Final"},
	} {
		if got := withoutSite(c.title, "", "news.example"); got != c.want {
			t.Errorf("withoutSite(%q) = %q, want %q", c.title, got, c.want)
		}
	}
}

// A trail that opens with the home page's name in another language is a
// breadcrumb; a line that only holds the word is none.
func TestBreadcrumbHomeWords(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"首页 > 新闻 > 本地", true},
		{"Anasayfa / Gündem", true},
		{"Головна › Новини", true},
		{"الرئيسية > محليات", true},
		{"მთავარი » საზოგადოება", true},
		{"首页", false},
		{"Anasayfa'da yeni tasarım / kullanıcılar memnun", false},
	} {
		if got := isBreadcrumb(c.line); got != c.want {
			t.Errorf("isBreadcrumb(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}
