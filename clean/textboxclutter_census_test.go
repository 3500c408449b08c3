package clean

import "testing"

// boxStories are the box census's stories: Dutch and Polish ones of its
// own; other languages fall back to noteStories (for its Turkish and
// Japanese) and clutterStories.
var boxStories = map[string]clutterStory{
	"en": clutterStories["en"],
	"tr": noteStories["tr"],
	"ja": noteStories["ja"],
	"nl": {"Gemeente trekt geld uit voor nieuwe fietsenstalling bij het station", "Door Sanne de Wit", []string{
		"De gemeenteraad heeft dinsdagavond ingestemd met de bouw van een ondergrondse fietsenstalling voor ruim vierduizend fietsen naast het centraal station.",
		"De stalling kost naar schatting twaalf miljoen euro. Een deel van dat bedrag komt van de provincie en van de spoorbeheerder, die al jaren klaagt over fout geparkeerde fietsen.",
		"Winkeliers op het stationsplein zijn blij met het besluit, maar vrezen overlast tijdens de bouw, die bijna twee jaar gaat duren.",
		"Volgens de wethouder blijft het plein tijdens de werkzaamheden bereikbaar voor voetgangers en worden tijdelijke rekken geplaatst aan de achterkant van het station.",
		"Een eerdere stalling aan de oostkant van het spoor raakte binnen een paar maanden na de opening al vol, blijkt uit tellingen van de gemeente.",
	}},
	"pl": {"Miasto wyremontuje trzy mosty na Wiśle", "Anna Nowak", []string{
		"Rada miasta zdecydowała we wtorek o przeznaczeniu ponad dwustu milionów złotych na remont trzech mostów, które od lat wymagają naprawy.",
		"Prace na pierwszym z nich mają ruszyć jesienią i potrwać około półtora roku. W tym czasie ruch samochodowy będzie odbywał się jednym pasem w każdą stronę.",
		"Kierowcy i mieszkańcy okolicznych osiedli obawiają się korków, zwłaszcza w godzinach szczytu, gdy przez most przejeżdża najwięcej aut.",
		"Zarząd dróg zapowiada, że tramwaje będą kursować bez przerw, a piesi i rowerzyści dostaną tymczasową kładkę obok remontowanej przeprawy.",
		"Ostatni duży remont mostu w mieście zakończył się cztery lata temu i trwał dłużej, niż planowano, z powodu błędów w dokumentacji.",
	}},
}

// boxCensus: boxes and markers a flattened page prints in or around a
// story that the earlier censuses lack (event listings, job boards, shop
// boxes, recipe tools, feedback prompts, podcast links, advertisement
// markers, newsletter sign-ups in twelve languages), and boxes that are
// the publisher's own word on the story and stay: a "Key takeaways" or
// "Summary" box over the story (its lines restate the story; its heading
// is the box's subhead and stays with it) and a correction. A note that
// the page was machine-translated leaves: it is printed the same on
// every such page and says nothing of the story. Written in real formats
// with invented words before reading how the text path handles them.
var boxCensus = []clutterCase{
	{"upcoming events en", "en", "tail", []string{"-Upcoming events", "-Farmers' market on the green", "-Sat 16 March, 9am-1pm", "-Spring jobs fair", "-Wed 20 March, 10:00", "-View all events"}},
	{"what's on en", "en", "tail", []string{"-What's on", "-Jazz night at the Corn Exchange", "-Friday 22 March, 7.30pm", "-Buy tickets"}},
	{"events de", "de", "tail", []string{"-Veranstaltungen", "-Flohmarkt am Rathausplatz", "-Sa, 16.03.2024, 8-14 Uhr", "-Alle Termine"}},
	{"job board en", "en", "tail", []string{"-Jobs", "-Senior transport planner", "-Valley Council · Full time · £38,000", "-Apply now", "-Browse all jobs"}},
	{"job board fr", "fr", "tail", []string{"-Offres d'emploi", "-Chargé de communication (H/F)", "-CDI · Lyon", "-Postuler"}},
	{"product box en", "en", "mid", []string{"-Buy on Amazon $29.99", "-Check price at Best Buy"}},
	{"product box es", "es", "mid", []string{"-Comprar en Amazon por 29,99 €"}},
	{"recipe tools en", "en", "tail", []string{"-Print recipe", "-Pin recipe", "-Rate this recipe", "-Save to favourites"}},
	{"jump to recipe en", "en", "head", []string{"-Jump to Recipe", "-Print Recipe"}},
	{"key takeaways en", "en", "head", []string{"+Key takeaways", "+Ministers agreed to reopen the rail link closed by a landslide.", "+The line carried about 300,000 passengers a year before it closed."}},
	{"summary box en", "en", "head", []string{"+Summary", "+The line has been closed since a landslide four winters ago.", "+Ministers expect trains to run again within two years."}},
	{"key points de", "de", "head", []string{"+Das Wichtigste in Kürze", "+Der Stadtrat hat den Plan mit großer Mehrheit beschlossen.", "+Die Kosten trägt zum Teil das Land."}},
	{"machine translated en", "en", "tail", []string{"-This article was translated from Spanish using artificial intelligence and reviewed by an editor."}},
	{"machine translated de", "de", "tail", []string{"-Dieser Artikel wurde mithilfe künstlicher Intelligenz aus dem Englischen übersetzt."}},
	{"machine translated ru", "ru", "head", []string{"-Материал переведён с помощью искусственного интеллекта."}},
	{"correction en", "en", "tail", []string{"+Correction: An earlier version of this article misstated the number of passengers the line carried. It was about 300,000 a year, not 3 million."}},
	{"corrections label en", "en", "tail", []string{"+Corrections", "+An earlier version of this story gave the wrong year for the landslide. It happened four winters ago."}},
	{"correction fr", "fr", "tail", []string{"+Rectificatif : une version précédente de cet article indiquait un coût erroné pour le projet."}},
	{"helpful en", "en", "tail", []string{"-Was this article helpful?", "-Yes", "-No"}},
	{"useful thanks en", "en", "tail", []string{"-Did you find this article useful?", "-Thanks for your feedback!"}},
	{"helpful es", "es", "tail", []string{"-¿Te ha resultado útil esta noticia?", "-Sí", "-No"}},
	{"helpful pt", "pt", "tail", []string{"-Este conteúdo foi útil?", "-Sim", "-Não"}},
	{"podcast run en", "en", "tail", []string{"-Listen to our podcast", "-Subscribe on Apple Podcasts", "-Spotify", "-Google Podcasts"}},
	{"podcast line en", "en", "tail", []string{"-Listen and subscribe: Apple Podcasts | Spotify | YouTube Music"}},
	{"podcast nl", "nl", "tail", []string{"-Luister naar onze podcast via Spotify of Apple Podcasts"}},
	{"podcast tr", "tr", "tail", []string{"-Podcast'imizi Spotify ve Apple Podcasts'ten dinleyin"}},
	{"skip advertisement en", "en", "mid", []string{"-Skip advertisement"}},
	{"advertisement continue en", "en", "mid", []string{"-ADVERTISEMENT - CONTINUE READING BELOW"}},
	{"continues after ad en", "en", "mid", []string{"-Article continues after this advertisement"}},
	{"continues after ad it", "it", "mid", []string{"-Continua a leggere dopo la pubblicità"}},
	{"continues under ad pl", "pl", "mid", []string{"-Dalsza część artykułu pod reklamą"}},
	{"sponsored link ja", "ja", "mid", []string{"-スポンサーリンク"}},
	{"newsletter en", "en", "tail", []string{"-Sign up for our free newsletter", "-Email address", "-Sign up"}},
	{"newsletter de", "de", "tail", []string{"-Melden Sie sich für unseren kostenlosen Newsletter an", "-E-Mail-Adresse", "-Anmelden"}},
	{"newsletter fr", "fr", "tail", []string{"-Abonnez-vous gratuitement à notre newsletter", "-Votre adresse e-mail", "-Je m'abonne"}},
	{"newsletter es", "es", "tail", []string{"-Apúntate a nuestra newsletter gratuita", "-Correo electrónico", "-Suscribirme"}},
	{"newsletter it", "it", "tail", []string{"-Iscriviti alla nostra newsletter gratuita", "-Inserisci la tua email", "-Iscriviti"}},
	{"newsletter pt", "pt", "tail", []string{"-Assine a nossa newsletter gratuita", "-Receba as principais notícias no seu e-mail", "-Quero receber"}},
	{"newsletter nl", "nl", "tail", []string{"-Meld je aan voor onze gratis nieuwsbrief", "-E-mailadres", "-Aanmelden"}},
	{"newsletter pl", "pl", "tail", []string{"-Zapisz się na nasz bezpłatny newsletter", "-Adres e-mail", "-Zapisz się"}},
	{"newsletter tr", "tr", "tail", []string{"-Ücretsiz bültenimize kaydolun", "-E-posta adresiniz", "-Kaydol"}},
	{"newsletter ru", "ru", "tail", []string{"-Подпишитесь на нашу бесплатную рассылку", "-Ваш e-mail", "-Подписаться"}},
	{"newsletter ja", "ja", "tail", []string{"-無料ニュースレターに登録する", "-メールアドレス", "-登録"}},
}

// TestBoxClutterCensus reads boxCensus: each row's lines put into its
// language's story (boxStories, else clutterStories) at the head, after
// the second paragraph (mid) or at the tail; a "-" line must leave the
// body, a "+" line must stay, and no story paragraph may leave. Rows
// still read wrong are in boxCensusGaps with their cause.
func TestBoxClutterCensus(t *testing.T) {
	runClutterCensus(t, boxCensus, boxStories, boxCensusGaps, "boxCensusGaps")
}

// boxCensusGaps are boxCensus rows still read wrong, with their cause.
// Read blind, 26 of the 43 rows were right: ad markers that send the
// reader past the ad, feedback prompts, machine-translation notes, shop
// buttons and a Japanese newsletter call stayed in the body
// (boxClutterLine, textboxclutter.go, and "thanks for your feedback" in
// words/phrases.txt now read them but for priced shop buttons); 38 are
// right now.
var boxCensusGaps = map[string]string{
	"key takeaways en": summaryBoxGap,
	"summary box en":   summaryBoxGap,
	"key points de":    "the box's heading under the byline is read as the title (texthead's territory); the box's lines stay",
	"product box en":   pricedButtonGap,
	"product box es":   pricedButtonGap,
}

// pricedButtonGap is why a shop button with a price stays: in a deals
// post the price is the story's own ("Get it on Amazon for $39.99"), and
// AEB's gold keeps eleven such lines on one page; isShopButton reads only
// a button that names the store and nothing after it.
const pricedButtonGap = "a shop button with a price stays (isShopButton reads bare ones): a deals post's gold keeps its priced lines"

// summaryBoxGap is why a summary box's heading leaves the body: a short
// line with no sentence end between the page's head and the story's first
// paragraph is read as the head's furniture (Other). Its lines, sentences
// of the story's own, stay.
const summaryBoxGap = "a summary box's heading between the head and the story is read as head furniture (other); its lines stay"
