package clean

import "testing"

// census73 is the forty-seventh session's blind census of the text path's
// clutter: rows written before reading the clutter stages, of kinds the
// earlier censuses lack or print in other languages (newsletter boxes
// over two lines, numbered most-read lists, related-topic chips, podcast
// and app promos, donation appeals, event and ticket boxes, ad markers
// between paragraphs, "updated at" lines inside the story, republishing
// notes, tip lines), each beside a story line that uses the same words and
// must stay, and the lines that are the story's own though they read like
// notes: corrections and an editor's note on the story's names.
var census73 = []clutterCase{
	// newsletter boxes over two lines
	{"newsletter two lines en", "en", "tail", []string{"-Never miss a story from the valley", "-Sign up for our free daily newsletter"}},
	{"newsletter two lines de", "de", "tail", []string{"-Der Morgen-Newsletter", "-Jeden Werktag um 6 Uhr die wichtigsten Nachrichten aus der Region in Ihrem Postfach."}},
	{"newsletter two lines es", "es", "tail", []string{"-Boletín diario", "-Recibe cada mañana las noticias de tu ciudad. Apúntate gratis."}},
	{"newsletter two lines pl", "pl", "tail", []string{"-Newsletter", "-Zapisz się, aby codziennie otrzymywać najważniejsze wiadomości."}},
	{"story newsletter de", "de", "tail", []string{"+Der Verlag teilte mit, dass sein Newsletter für Pendler inzwischen mehr als zwanzigtausend Abonnenten erreicht."}},

	// numbered most-read lists
	{"most read numbered de", "de", "tail", []string{"-Meistgelesen", "-1. Neue Buslinie ab Montag", "-2. Stadtrat streitet über Parkgebühren", "-3. Brand in Lagerhalle"}},
	{"most read fr", "fr", "tail", []string{"-Les plus lus", "-1 Le tramway prolongé jusqu'à l'aéroport", "-2 Les travaux du pont reportés"}},
	{"most read ru", "ru", "tail", []string{"-Самое читаемое", "-1 В городе открыли новую школу", "-2 Цены на проезд вырастут"}},
	{"most read it", "it", "tail", []string{"-I più letti", "-1. Chiude il ponte per lavori", "-2. Nuovo orario dei treni"}},
	{"most read tr", "tr", "tail", []string{"-En çok okunanlar", "-1 Köprü trafiğe kapatıldı", "-2 Yeni otobüs hattı açıldı"}},
	{"most read id", "id", "tail", []string{"-Terpopuler", "-1 Jembatan baru dibuka", "-2 Tarif bus naik"}},
	{"story ranked list en", "en", "mid", []string{"+The three busiest stations, the operator said, are the valley terminus, the airport stop and the old market."}},

	// related-topic chips
	{"related topics en", "en", "tail", []string{"-Related Topics", "-Rail transport", "-Georgia", "-Infrastructure"}},
	{"topics chips pt", "pt", "tail", []string{"-Assuntos relacionados", "-Mobilidade", "-Transporte público"}},
	{"topics chips de", "de", "tail", []string{"-Mehr zu diesen Themen", "-Verkehr", "-Stadtrat"}},
	{"topics chips nl", "nl", "tail", []string{"-Gerelateerde onderwerpen", "-Verkeer", "-Gemeenteraad"}},
	{"story topics en", "en", "tail", []string{"+Topics on the agenda for the next meeting include the station car park and the night buses, the clerk said."}},

	// podcast and app promos
	{"podcast promo en", "en", "tail", []string{"-Listen to our daily news podcast on Apple Podcasts, Spotify or wherever you get your podcasts."}},
	{"podcast promo de", "de", "tail", []string{"-Hören Sie unseren Podcast „Stadtgespräch“ auf Spotify, Apple Podcasts und überall, wo es Podcasts gibt."}},
	{"podcast promo ru", "ru", "tail", []string{"-Слушайте наш подкаст на всех платформах"}},
	{"app promo es", "es", "tail", []string{"-Descarga la app de noticias y recibe alertas de última hora en tu móvil."}},
	{"app promo fr", "fr", "tail", []string{"-Téléchargez notre application pour suivre l'actualité en temps réel."}},
	{"story podcast en", "en", "tail", []string{"+The mayor first floated the idea on a local podcast last spring, before the council had seen any costs."}},

	// donation appeals
	{"donate en", "en", "tail", []string{"-Support independent journalism. Donate today."}},
	{"donate de", "de", "tail", []string{"-Unterstützen Sie unabhängigen Journalismus", "-Jetzt spenden"}},
	{"donate es", "es", "tail", []string{"-Apoya el periodismo independiente. Haz tu donación."}},
	{"donate fr", "fr", "tail", []string{"-Soutenez une information indépendante : faites un don."}},
	{"donate ru", "ru", "tail", []string{"-Поддержите независимую журналистику", "-Пожертвовать"}},
	{"donate uk", "uk", "tail", []string{"-Підтримайте незалежну журналістику"}},
	{"story donation en", "en", "tail", []string{"+Residents have donated more than 3,000 euros to repair the old station clock, the local history society said."}},

	// event and ticket boxes
	{"event box en", "en", "tail", []string{"-Valley Food Festival", "-Sat 14 June, 10:00–18:00", "-Tickets from £12", "-Book now"}},
	{"ticket box de", "de", "tail", []string{"-Tickets sichern", "-Jetzt Karten bestellen"}},
	{"ticket box es", "es", "tail", []string{"-Compra tus entradas", "-Entradas desde 15 €"}},
	{"story tickets en", "en", "tail", []string{"+Tickets for the reopened line will cost the same as on the old route, the operator said."}},

	// ad markers between paragraphs
	{"anzeige mid", "de", "mid", []string{"-Anzeige"}},
	{"werbung mid", "de", "mid", []string{"-Werbung"}},
	{"reklama ru mid", "ru", "mid", []string{"-Реклама"}},
	{"publicidad mid", "es", "mid", []string{"-Publicidad"}},
	{"publicite mid", "fr", "mid", []string{"-Publicité"}},
	{"pubblicita mid", "it", "mid", []string{"-Pubblicità"}},
	{"reklama pl mid", "pl", "mid", []string{"-Reklama"}},
	{"advertisement caps mid", "en", "mid", []string{"-ADVERTISEMENT"}},
	{"story advertising en", "en", "mid", []string{"+Advertising on the trains will pay for part of the running costs, the operator said."}},

	// "updated at" lines inside the story
	{"updated mid en", "en", "mid", []string{"-Updated at 14:32"}},
	{"updated mid de", "de", "mid", []string{"-Aktualisiert um 14:32 Uhr"}},
	{"updated mid es", "es", "mid", []string{"-Actualizado a las 14:32"}},
	{"updated mid ru", "ru", "mid", []string{"-Обновлено в 14:32"}},
	{"story live update en", "en", "mid", []string{"+Update, 3.15pm: The council has confirmed that the vote will go ahead on Thursday evening as planned."}},

	// republishing notes, and the notes that are the story's own
	{"republished note en", "en", "tail", []string{"-This article was originally published by The Valley Courier and is republished here with permission."}},
	{"republished note es", "es", "tail", []string{"-Este artículo fue publicado originalmente en El Diario del Valle."}},
	{"story editor's note en", "en", "mid", []string{"+Editor's note: The names of the residents quoted in this story have been changed at their request."}},
	{"story correction note de", "de", "mid", []string{"+Anmerkung der Redaktion: In einer früheren Version dieses Artikels stand eine falsche Summe. Wir haben den Fehler korrigiert."}},
	{"correction en", "en", "tail", []string{"+Correction: An earlier version of this article misstated the length of the bridge. It is 200 metres long."}},
	{"correction fr", "fr", "tail", []string{"+Rectificatif : une version précédente de cet article indiquait un coût erroné du projet."}},
	{"correction es", "es", "tail", []string{"+Fe de erratas: una versión anterior de este artículo atribuía la cita al concejal equivocado."}},

	// tip lines
	{"tip line en", "en", "tail", []string{"-Got a news tip? Email us at news@valleyherald.example"}},
	{"tip line de", "de", "tail", []string{"-Sie haben einen Hinweis für unsere Redaktion? Schreiben Sie uns an redaktion@stadtzeitung.example"}},
	{"story email en", "en", "tail", []string{"+Residents can send their comments on the plan by email to the council until the end of the month, the mayor said."}},
}

// census73Gaps are census73 rows still read wrong, with their cause.
// Blind, before any mend, 46 of the 58 rows read right; the update
// stamps between paragraphs go now (isUpdateStamp), and the podcast
// calls, the French donation appeal and the German tip line (callForms):
// 54 of 58; the Spanish and Polish newsletter pitches (callForms): 56.
var census73Gaps = map[string]string{
	"republished note en": "a republishing note is a sentence naming another outlet; WCXB's gold keeps some (left open: a note's form does not say which)",
	"republished note es": "as \"republished note en\"",
}

// TestClutterCensus73 reads census73 as TestClutterCensus reads its rows,
// in census71StoriesAll's stories.
func TestClutterCensus73(t *testing.T) {
	runClutterCensus(t, census73, census71StoriesAll(), census73Gaps, "census73Gaps")
}
