package clean

import "testing"

// census71Stories are invented stories in the languages census71 adds
// (Azerbaijani, Greek, Hungarian); its other rows read in the earlier
// censuses' stories.
var census71Stories = map[string]clutterStory{
	"az": {"Şəhərdə çay üzərində yeni piyada körpüsü tikiləcək", "Leyla Məmmədova", []string{
		"Şəhər icra hakimiyyəti çərşənbə axşamı çay üzərində mərkəzlə şərq məhəllələrini birləşdirəcək yeni piyada körpüsünün tikintisinə qərar verib.",
		"Körpünün uzunluğu təxminən iki yüz metr olacaq və tikinti işlərinin iki il çəkəcəyi gözlənilir, deyə layihə rəhbəri iclasdan sonra bildirib.",
		"Layihənin dəyəri otuz milyon manat qiymətləndirilir, vəsaitin böyük hissəsi dövlət büdcəsindən ayrılacaq.",
		"Şərq məhəllələrinin sakinləri uzun illərdir ki, mərkəzə yeganə yolun sıx nəqliyyatlı avtomobil körpüsündən keçdiyindən şikayət edirlər.",
		"İşlər yazda çayın dibində qazma işləri ilə başlayacaq, əsas tikinti isə ən tezi gələn payızda başlaya bilər.",
	}},
	"el": {"Ο δήμος ανακοίνωσε νέα πεζογέφυρα πάνω από τον ποταμό", "Της Μαρίας Παπαδοπούλου", []string{
		"Το δημοτικό συμβούλιο αποφάσισε την Τρίτη την κατασκευή νέας πεζογέφυρας πάνω από τον ποταμό, που θα ενώνει το κέντρο με τις ανατολικές γειτονιές.",
		"Η γέφυρα θα έχει μήκος περίπου διακόσια μέτρα και οι εργασίες αναμένεται να διαρκέσουν δύο χρόνια, σύμφωνα με την τεχνική υπηρεσία του δήμου.",
		"Το κόστος του έργου εκτιμάται σε δεκαοκτώ εκατομμύρια ευρώ, τα περισσότερα από τα οποία θα καλυφθούν από ευρωπαϊκά κονδύλια.",
		"Οι κάτοικοι των ανατολικών συνοικιών διαμαρτύρονται εδώ και χρόνια ότι η μόνη σύνδεση με το κέντρο είναι ένα στενό πεζοδρόμιο δίπλα στην οδική γέφυρα.",
		"Οι εργασίες θα ξεκινήσουν με γεωτρήσεις στην κοίτη του ποταμού την άνοιξη, ενώ η κυρίως κατασκευή δεν θα αρχίσει πριν από το φθινόπωρο.",
	}},
	"hu": {"Új gyalogoshíd épül a folyó felett", "Kovács Eszter", []string{
		"A városi közgyűlés kedden megszavazta egy új gyalogos- és kerékpároshíd építését a folyó felett, amely a belvárost a keleti lakótelepekkel köti majd össze.",
		"A híd mintegy kétszáz méter hosszú lesz, az építkezés a városháza szerint körülbelül két évig tart majd.",
		"A beruházás költségét tizenkétmilliárd forintra becsülik, amelynek nagyobb részét uniós pályázati forrásból fedezik.",
		"A keleti városrész lakói évek óta panaszkodnak, hogy a belvárosba csak a zsúfolt közúti híd keskeny járdáján juthatnak át gyalog.",
		"A munkák tavasszal próbafúrásokkal kezdődnek a mederben, a tényleges építkezés legkorábban ősszel indulhat.",
	}},
}

// census71 is the forty-sixth session's blind census of the text path's
// clutter: rows written before reading the clutter stages, of forms the
// earlier censuses lack or print in other words (reading-time and listen
// lines, gallery counters, video durations and watch labels, copy-link
// and print tools, language switchers, typo reports, helpfulness prompts,
// ratings, paywall teasers, sources and tag runs, footer addresses and
// phone lines, pagers, app-store lines, live-blog controls), each beside
// a story line that uses the same words and must stay.
var census71 = []clutterCase{
	// reading time and listen lines
	{"reading time en", "en", "head", []string{"-Reading time: 4 min"}},
	{"reading time hu", "hu", "head", []string{"-Olvasási idő: 3 perc"}},
	{"listen az", "az", "head", []string{"-Xəbəri dinlə"}},
	{"listen el", "el", "head", []string{"-Ακούστε το άρθρο", "-03:12"}},
	{"story listen en", "en", "tail", []string{"+Listeners of the valley's radio station will be able to follow the council's debate on the line live on Thursday evening."}},

	// gallery counters
	{"photo of en", "en", "mid", []string{"-Photo 3 of 9"}},
	{"gallery slash en", "en", "mid", []string{"-1 / 12"}},
	{"gallery ru", "ru", "mid", []string{"-Фото 2 из 8"}},
	{"gallery es", "es", "mid", []string{"-Foto 4 de 10"}},
	{"gallery hu", "hu", "mid", []string{"-Galéria: 1/15 fotó"}},
	{"story photo en", "en", "tail", []string{"+One photo of the 1962 opening, lent by a retired driver, shows the first train leaving the valley station."}},

	// video player lines
	{"video duration en", "en", "mid", []string{"-Video duration 02:31"}},
	{"watch label en", "en", "mid", []string{"-Watch: Drone footage shows the landslide above the second tunnel"}},
	{"video label de", "de", "mid", []string{"-Video: So soll die neue Linie aussehen", "-Dauer: 01:45"}},
	{"video caps fr", "fr", "mid", []string{"-VIDÉO. Les images du chantier vues du ciel"}},
	{"story watch en", "en", "tail", []string{"+Watch groups in the valley have asked the operator to keep the old signal box as a museum once the line reopens."}},

	// copy link, print, font size
	{"copy link en", "en", "head", []string{"-Copy link", "-Print", "-Email"}},
	{"font AAA en", "en", "head", []string{"-A A A"}},
	{"copy link ru", "ru", "head", []string{"-Скопировать ссылку", "-Распечатать"}},
	{"copy link tr", "tr", "head", []string{"-Bağlantıyı kopyala", "-Yazdır"}},
	{"link copied en", "en", "tail", []string{"-Link copied to clipboard"}},
	{"story print en", "en", "tail", []string{"+Print runs of the valley's weekly paper have fallen by half since the line closed, its publisher said."}},

	// language switchers
	{"lang switch az", "az", "head", []string{"-AZ | EN | RU"}},
	{"lang switch en", "en", "head", []string{"-EN | RU | AZ"}},
	{"lang names en", "en", "head", []string{"-English Español Français Deutsch"}},
	{"lang switch uk", "uk", "head", []string{"-УКР | ENG"}},
	{"story languages en", "en", "tail", []string{"+Signs at the stations will be in English, Russian and Georgian, the operator said."}},

	// error reports
	{"typo ctrl enter en", "en", "tail", []string{"-Found a typo? Select the text and press Ctrl+Enter"}},
	{"typo uk", "uk", "tail", []string{"-Помітили помилку? Виділіть її та натисніть Ctrl+Enter"}},
	{"typo az", "az", "tail", []string{"-Səhv tapdınız? Mətni seçib Ctrl+Enter düymələrini basın"}},
	{"report error de", "de", "tail", []string{"-Fehler gefunden? Jetzt melden"}},
	{"story error en", "en", "tail", []string{"+The operator admitted an error in its first estimate and said the repairs would cost a fifth more than planned."}},

	// helpfulness prompts and ratings
	{"helpful en", "en", "tail", []string{"-Was this article helpful?", "-Yes", "-No"}},
	{"helpful de", "de", "tail", []string{"-War dieser Artikel hilfreich?", "-Ja", "-Nein"}},
	{"helpful es", "es", "tail", []string{"-¿Te ha resultado útil esta noticia?", "-Sí", "-No"}},
	{"rating stars en", "en", "tail", []string{"-Rate this article", "-★★★★☆", "-4.2/5 (37 votes)"}},
	{"rating ru", "ru", "tail", []string{"-Оцените статью", "-Рейтинг: 4.6 из 5"}},
	{"rating pl", "pl", "tail", []string{"-Oceń artykuł: 1 2 3 4 5"}},
	{"story rating en", "en", "tail", []string{"+Inspectors rated the tunnels 2 out of 5 for safety last year, which forced the operator to close the line."}},

	// paywall teasers
	{"paywall en", "en", "tail", []string{"-Subscribe to read the rest of this article", "-Already a subscriber? Log in"}},
	{"subscribers only en", "en", "tail", []string{"-This article is for subscribers only."}},
	{"paywall de", "de", "tail", []string{"-Weiterlesen mit Plus", "-Jetzt 4 Wochen für 1 € testen"}},
	{"paywall fr", "fr", "tail", []string{"-Il vous reste 68% de cet article à lire. La suite est réservée aux abonnés."}},
	{"paywall es", "es", "tail", []string{"-Este contenido es exclusivo para suscriptores", "-Suscríbete"}},
	{"paywall sv", "sv", "tail", []string{"-Den här artikeln är endast för prenumeranter", "-Logga in"}},
	{"story subscribers en", "en", "tail", []string{"+Holders of a season ticket will be refunded for the months of the closure, and subscribers to the bus pass will get two weeks free."}},

	// sources and tag runs
	{"sources en", "en", "tail", []string{"-Sources: Reuters, AP, Ministry of Transport"}},
	{"sources run de", "de", "tail", []string{"-Quellen:", "-Verkehrsministerium", "-Statistisches Landesamt"}},
	{"tags el", "el", "tail", []string{"-Ετικέτες: μεταφορές, γέφυρα, δήμος"}},
	{"tags hu", "hu", "tail", []string{"-Címkék: híd, felújítás, önkormányzat"}},
	{"tags run az", "az", "tail", []string{"-Teqlər:", "-nəqliyyat", "-körpü"}},
	{"story sources en", "en", "tail", []string{"+Sources in the ministry said the tender for the tunnel works would be published in March."}},

	// footer addresses and phone lines
	{"footer address en", "en", "tail", []string{"-Valley Herald, 12 Mill Street, Riverton RT4 2BX", "-Tel: +44 20 7946 0321", "-Email: news@valleyherald.example"}},
	{"footer address de", "de", "tail", []string{"-Redaktion: Hauptstraße 15, 10115 Berlin", "-Telefon: 030 123456-0"}},
	{"footer phone ru", "ru", "tail", []string{"-Телефон редакции: +7 (495) 123-45-67", "-E-mail: info@gorod.example"}},
	{"footer address az", "az", "tail", []string{"-Ünvan: Bakı şəhəri, Nizami küçəsi 42", "-Tel: (+994 12) 555 12 34"}},
	{"story phone en", "en", "tail", []string{"+Residents can call the operator's hotline on 0800 123 456 until Friday to register for the free replacement bus."}},

	// pagers
	{"page of de", "de", "tail", []string{"-Seite 1 von 3", "-Nächste Seite"}},
	{"page of es", "es", "tail", []string{"-Página 2 de 4"}},
	{"pager digits en", "en", "tail", []string{"-1 2 3 4 Next »"}},

	// app-store lines
	{"app store en", "en", "tail", []string{"-Download on the App Store", "-Get it on Google Play"}},
	{"app store ru", "ru", "tail", []string{"-Скачайте приложение в App Store и Google Play"}},
	{"app store el", "el", "tail", []string{"-Κατεβάστε την εφαρμογή μας"}},
	{"story app store en", "en", "tail", []string{"+The operator's new app, free in the App Store and on Google Play, will show where the replacement buses are."}},

	// live-blog controls
	{"live controls en", "en", "tail", []string{"-Show more updates", "-Refresh"}},
	{"live pinned en", "en", "mid", []string{"-3 new updates", "-Pinned post"}},
	{"live controls de", "de", "tail", []string{"-Weitere Einträge laden", "-Aktualisieren"}},
	{"live controls es", "es", "tail", []string{"-Ver más actualizaciones"}},
	{"story refresh en", "en", "tail", []string{"+Crews will refresh the paint on the station's iron roof every five years under the new maintenance contract."}},

	// story lines in the new languages
	{"story tel hu", "hu", "tail", []string{"+A lakók a városháza ügyfélszolgálatán, a 80/123-456-os ingyenes számon kérdezhetnek a terelőútról."}},
	{"story video el", "el", "tail", []string{"+Σε βίντεο που δημοσίευσε ο δήμος, ο δήμαρχος εξηγεί γιατί η γέφυρα θα είναι μόνο για πεζούς και ποδηλάτες."}},
}

// census71Gaps are census71 rows still read wrong, with their cause.
// Blind, before any mend, 62 of the 71 rows read right: the Hungarian
// gallery counter, the player's durations, the English and French paywall
// notices and the live blog's count and pinned label read wrong too, and
// read right now (moreWidgetKind, galleryCounter's words, phrases.txt):
// 68 of 71; the list labels the story detector left behind ("Quellen:",
// "Teqlər:") go with the orphan-labels stage (orphanlabel.go): 70 of 71.
var census71Gaps = map[string]string{
	"video caps fr": "French outlets open their own headlines with \"VIDÉO.\" as well as a teaser of another page's video; no form of the line tells the two apart",
}

// census71MidGaps are census71 rows still read wrong when their lines
// stand inside the story (after its second paragraph), where the story
// detector's edges do not reach them, with their cause. Blind, 21 of the
// 71 rows read right there; the widget readers bring them to 59.
var census71MidGaps = map[string]string{
	"listen el":         "a bare \"03:12\" under the listen button reads as a time of day; only a length on the button's own line is read (listenTail)",
	"video caps fr":     census71Gaps["video caps fr"],
	"paywall de":        "\"Weiterlesen mit Plus\" and its trial offer name the outlet's product; no generic form",
	"sources en":        "a sources line is read only at the page's foot (labelListFoot); inside a story it may be the story's own",
	"sources run de":    "the list's lines inside the story are kept, so their label heads kept lines and stays",
	"tags el":           "a tag row is read only at the page's foot (labelListFoot)",
	"tags hu":           "a tag row is read only at the page's foot (labelListFoot)",
	"tags run az":       "a list of tags under its label is read only at the page's foot; the label heads kept lines and stays",
	"footer address en": "a footer's address and phone lines are read only under the story; inside it a line of an address is the story's as often",
	"footer address de": "as \"footer address en\"",
	"footer phone ru":   "as \"footer address en\"",
	"footer address az": "as \"footer address en\"",
}

// TestClutterCensus71 reads census71 as TestClutterCensus reads its rows,
// in census71Stories and the earlier censuses' stories.
func TestClutterCensus71(t *testing.T) {
	stories := census71StoriesAll()
	runClutterCensus(t, census71, stories, census71Gaps, "census71Gaps")
}

// TestClutterCensus71Mid reads every census71 row with its lines inside
// the story, after its second paragraph: a widget's line there is left to
// the line readers alone. Rows still read wrong there are in
// census71MidGaps.
func TestClutterCensus71Mid(t *testing.T) {
	stories := census71StoriesAll()
	rows := make([]clutterCase, len(census71))
	for i, c := range census71 {
		c.at = "mid"
		rows[i] = c
	}
	runClutterCensus(t, rows, stories, census71MidGaps, "census71MidGaps")
}

// census71StoriesAll returns the stories census71's rows are read in, by
// language: census71Stories and the earlier censuses' stories, English's
// from clutterStories.
func census71StoriesAll() map[string]clutterStory {
	stories := map[string]clutterStory{}
	for _, m := range []map[string]clutterStory{clutterStories, noteStories, boxStories, widgetStories, census70Stories, census71Stories} {
		for lang, st := range m {
			if _, ok := stories[lang]; !ok || lang != "en" {
				stories[lang] = st
			}
		}
	}
	stories["en"] = clutterStories["en"]
	return stories
}
