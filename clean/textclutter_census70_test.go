package clean

import "testing"

// census70Stories are invented stories in the languages the earlier
// clutter censuses had none for; census70 reads its rows in them and in
// the earlier censuses' stories.
var census70Stories = map[string]clutterStory{
	"sv": {"Kommunen bygger ny gång- och cykelbro över älven", "Av Karin Lindqvist", []string{
		"Kommunfullmäktige beslutade på måndagskvällen att bygga en ny gång- och cykelbro över älven mellan centrum och det nya bostadsområdet i öster.",
		"Bron blir omkring 180 meter lång och ska enligt planen stå klar om tre år, uppger stadsbyggnadskontoret efter mötet.",
		"Kostnaden beräknas till drygt 260 miljoner kronor, varav staten väntas betala ungefär en tredjedel genom ett regionalt infrastrukturbidrag.",
		"De boende i östra delen av staden har länge klagat på att den enda förbindelsen med centrum är en smal gångbana längs den hårt trafikerade vägbron.",
		"Arbetet börjar med provborrningar i älvbotten under våren, och själva byggandet kan komma i gång tidigast nästa höst.",
	}},
	"hr": {"Grad najavio obnovu tržnice u središtu", "Piše: Marija Kovač", []string{
		"Gradsko vijeće u četvrtak je izglasalo plan obnove stare tržnice u središtu grada, koja je zatvorena za kupce od prošle zime.",
		"Radovi bi trebali početi u proljeće i trajati oko godinu i pol, a za to vrijeme prodavači će raditi na privremenom prostoru uz rijeku.",
		"Vrijednost projekta procjenjuje se na dvanaest milijuna eura, od čega će veći dio biti pokriven novcem iz europskih fondova.",
		"Prodavači su pozdravili odluku, ali traže da se najam štandova ne poveća nakon što tržnica ponovno otvori svoja vrata.",
		"Gradonačelnica je rekla da će obnovljena tržnica imati novi krov, hladnjače za ribu i parkiralište za dostavna vozila.",
	}},
	"cs": {"Město opraví historický most přes řeku", "Autor: Petr Novák", []string{
		"Zastupitelstvo ve čtvrtek schválilo opravu historického kamenného mostu přes řeku, který je kvůli špatnému stavu od loňska uzavřen pro auta.",
		"Oprava má podle radnice trvat zhruba dva roky a most bude po celou dobu průchozí alespoň pro pěší a cyklisty.",
		"Náklady se odhadují na 340 milionů korun, část peněz by měla přijít z programu na obnovu kulturních památek.",
		"Obyvatelé obou břehů si stěžují na dlouhé objížďky, které kvůli uzavírce musí denně jezdit do práce a do škol.",
		"Památkáři požadují, aby se při opravě použil původní kámen z lomu, odkud pocházejí i bloky z devatenáctého století.",
	}},
	"uk": {"Місто відкриє новий міст через річку", "Олена Шевчук", []string{
		"Міська рада у вівторок ухвалила рішення про будівництво нового пішохідного мосту через річку між центром і лівобережними кварталами.",
		"Будівництво має тривати близько двох років, повідомили в департаменті міського господарства після засідання.",
		"Вартість проєкту оцінюють у чотириста мільйонів гривень, частину коштів обіцяють надати міжнародні партнери.",
		"Мешканці лівого берега давно скаржаться на переповнені маршрутки і довгі затори на єдиному автомобільному мосту.",
		"Під час робіт рух набережною частково обмежать, а кілька автобусних зупинок тимчасово перенесуть.",
	}},
	"ro": {"Primăria anunță modernizarea liniei de tramvai", "de Andrei Popescu", []string{
		"Consiliul local a aprobat joi modernizarea liniei de tramvai care leagă gara de cartierele din nordul orașului, închisă parțial de doi ani.",
		"Lucrările ar urma să înceapă în primăvară și să dureze aproximativ optsprezece luni, potrivit directorului companiei de transport.",
		"Valoarea proiectului este estimată la 90 de milioane de euro, cea mai mare parte din fonduri europene nerambursabile.",
		"Locuitorii din nord se plâng de ani de zile de autobuzele aglomerate și de drumul lung până în centru la orele de vârf.",
		"Primarul a promis că pe durata lucrărilor vor circula autobuze suplimentare pe traseul tramvaiului.",
	}},
	"vi": {"Thành phố khởi công tuyến xe buýt điện mới", "Nguyễn Thu Hà", []string{
		"Sáng thứ Hai, thành phố đã khởi công tuyến xe buýt điện mới nối khu đô thị phía bắc với trung tâm, dài khoảng hai mươi cây số.",
		"Theo sở giao thông, tuyến xe sẽ có ba mươi hai xe và dự kiến đi vào hoạt động trong quý ba năm sau.",
		"Tổng vốn đầu tư của dự án vào khoảng một nghìn tỷ đồng, phần lớn lấy từ ngân sách thành phố và vốn vay ưu đãi.",
		"Người dân khu phía bắc từ lâu phàn nàn về tình trạng kẹt xe và các tuyến xe buýt cũ thường xuyên quá tải vào giờ cao điểm.",
		"Lãnh đạo thành phố cho biết sẽ mở thêm hai tuyến xe buýt điện khác sau khi đánh giá hiệu quả của tuyến đầu tiên.",
	}},
}

// census70 is the forty-fifth session's blind census of the text path's
// clutter: rows written before reading the clutter stages, in the forms
// held-out sites print and train's sites print rarely (menu words run
// together, advertisement markers in many languages, sponsored teaser
// runs, ranked and counted lists, comment forms of blog engines,
// pagination, social counts, inline related runs, footers of themes,
// author boxes) and story lines that look like them and stay.
var census70 = []clutterCase{
	// menu words run together on one line
	{"menu words en", "en", "head", []string{"-Home News Sport Business Culture Opinion Weather"}},
	{"menu words de", "de", "head", []string{"-Startseite Politik Wirtschaft Sport Kultur Panorama"}},
	{"menu words es", "es", "head", []string{"-Inicio Nacional Internacional Economía Deportes Opinión"}},
	{"menu words pipes pl", "pl", "head", []string{"-Wiadomości | Sport | Biznes | Kultura | Pogoda"}},
	{"menu words sv", "sv", "head", []string{"-Nyheter Sport Nöje Ekonomi Kultur Debatt"}},
	{"menu words tail hr", "hr", "tail", []string{"-Vijesti Sport Lifestyle Kultura Magazin Video"}},

	// advertisement markers
	{"advert de", "de", "mid", []string{"-Anzeige"}},
	{"advert es", "es", "mid", []string{"-Publicidad"}},
	{"advert ru", "ru", "mid", []string{"-Реклама"}},
	{"advert pl", "pl", "mid", []string{"-REKLAMA"}},
	{"advert nl", "nl", "mid", []string{"-Advertentie"}},
	{"advert sv", "sv", "mid", []string{"-Annons"}},
	{"advert cs", "cs", "mid", []string{"-Reklama"}},
	{"advert hr", "hr", "mid", []string{"-Oglas"}},
	{"advert ro", "ro", "mid", []string{"-Publicitate"}},
	{"advert uk", "uk", "mid", []string{"-Реклама"}},
	{"advert caps en", "en", "mid", []string{"-ADVERTISEMENT"}},
	{"advert scroll ro", "ro", "mid", []string{"-Articolul continuă după reclamă"}},
	{"advert fr", "fr", "mid", []string{"-Publicité"}},

	// sponsored teaser runs
	{"sponsored run en", "en", "tail", []string{"-Sponsored Content", "-Retirees are switching to this little-known savings account", "-Harbor Finance", "-The one kitchen gadget everyone is buying this winter", "-Homely Deals"}},
	{"promoted stories en", "en", "tail", []string{"-Promoted Stories", "-Doctors stunned by this simple morning habit", "-Sponsored | HealthDaily"}},
	{"sponsored de", "de", "tail", []string{"-Gesponsert", "-So sparen Rentner jetzt bei der Stromrechnung", "-Energiespar24"}},

	// ranked and counted lists
	{"trending counts en", "en", "tail", []string{"-Trending", "-1. Council approves budget after late-night vote", "-2. Storm warning issued for coastal towns", "-3. Local bakery wins national prize"}},
	{"most viewed views en", "en", "tail", []string{"-Most viewed", "-Floods close two schools", "-12,408 views", "-Bus fares to rise in March", "-9,311 views"}},
	{"most read es", "es", "tail", []string{"-Lo más leído", "-1 El alcalde presenta los presupuestos", "-2 Cortes de agua en el centro este martes"}},
	{"most read pl", "pl", "tail", []string{"-Najczęściej czytane", "-Nowe rozkłady jazdy tramwajów od poniedziałku", "-Ulica Długa zamknięta do końca miesiąca"}},

	// newsletter and app pitches
	{"newsletter sv", "sv", "tail", []string{"-Prenumerera på vårt nyhetsbrev", "-Få dagens viktigaste nyheter direkt i din inkorg."}},
	{"app pitch hr", "hr", "tail", []string{"-Preuzmite našu aplikaciju i budite prvi informirani o najvažnijim vijestima."}},

	// cookie and consent
	{"cookie nl", "nl", "head", []string{"-Wij gebruiken cookies om onze website te verbeteren en advertenties af te stemmen op uw interesses.", "-Accepteren", "-Weigeren"}},
	{"cookie pl", "pl", "head", []string{"-Ta strona używa plików cookies. Korzystając ze strony wyrażasz zgodę na ich użycie.", "-Akceptuję"}},
	{"cookie cs", "cs", "tail", []string{"-Tento web používá soubory cookie k poskytování služeb a analýze návštěvnosti.", "-Rozumím"}},

	// tag lists
	{"hashtags en", "en", "tail", []string{"-#rail #transport #caucasus #infrastructure"}},
	{"tags pl", "pl", "tail", []string{"-Tagi: mosty, remont, Wisła, inwestycje"}},
	{"tags sv", "sv", "tail", []string{"-Ämnen", "-Cykling", "-Infrastruktur", "-Kommunpolitik"}},

	// social counts
	{"comment count en", "en", "tail", []string{"-12 Comments"}},
	{"share counts en", "en", "tail", []string{"-1.2K Shares", "-Share on Facebook", "-Tweet"}},
	{"zero comments es", "es", "tail", []string{"-0 comentarios"}},

	// inline related runs
	{"related colon en", "en", "mid", []string{"-Related: Rail link talks stall over customs checks"}},
	{"related colon de", "de", "mid", []string{"-Lesen Sie auch: Neue Buslinie ins Gewerbegebiet startet im Mai"}},
	{"also read hr", "hr", "mid", []string{"-PROČITAJTE I: Novi parking uz rijeku otvoren za građane"}},

	// pagination
	{"page of en", "en", "tail", []string{"-Page 2 of 5"}},
	{"next article en", "en", "tail", []string{"-Next article", "-Council sets date for tram vote", "-Previous article", "-Harbour dredging delayed again"}},
	{"older posts en", "en", "tail", []string{"-« Previous Post", "-Next Post »"}},
	{"next article es", "es", "tail", []string{"-Artículo siguiente", "-Artículo anterior"}},

	// comment forms of blog engines
	{"leave a reply en", "en", "tail", []string{"-Leave a Reply Cancel reply", "-Your email address will not be published. Required fields are marked *", "-Comment *", "-Name *", "-Email *", "-Website", "-Save my name, email, and website in this browser for the next time I comment.", "-Post Comment"}},
	{"leave a reply es", "es", "tail", []string{"-Deja una respuesta Cancelar la respuesta", "-Tu dirección de correo electrónico no será publicada. Los campos obligatorios están marcados con *", "-Publicar el comentario"}},
	{"leave a reply de", "de", "tail", []string{"-Schreibe einen Kommentar Antworten abbrechen", "-Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert", "-Kommentar abschicken"}},
	{"leave a reply fr", "fr", "tail", []string{"-Laisser un commentaire Annuler la réponse", "-Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *"}},
	{"leave a reply pt", "pt", "tail", []string{"-Deixe um comentário Cancelar resposta", "-O seu endereço de email não será publicado. Campos obrigatórios são marcados com *"}},
	{"leave a reply it", "it", "tail", []string{"-Lascia un commento Annulla risposta", "-Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *"}},

	// footers of themes and copyright lines
	{"theme footer en", "en", "tail", []string{"-Copyright © 2025 Valley Herald. All Rights Reserved.", "-Powered by WordPress | Theme: Newsup by Themeansar."}},
	{"copyright ro", "ro", "tail", []string{"-© 2025 Gazeta de Nord. Toate drepturile rezervate."}},
	{"copyright uk", "uk", "tail", []string{"-© 2025 Міські вісті. Усі права захищено. Використання матеріалів дозволяється лише з посиланням на джерело."}},
	{"copyright vi", "vi", "tail", []string{"-Bản quyền © 2025 Báo Thành Phố. Ghi rõ nguồn khi phát hành lại thông tin từ website này."}},

	// author boxes
	{"posted by en", "en", "tail", []string{"-Posted by Jane Ortega", "-View all posts by Jane Ortega"}},
	{"author box de", "de", "tail", []string{"-Über den Autor", "-Anna Berger schreibt seit 2015 über Verkehr und Stadtentwicklung für die Lokalredaktion."}},

	// story lines that look like clutter and stay
	{"story advertisement en", "en", "tail", []string{"+The railway operator said it would spend less on advertisement this year and put the money into repairs of the station platforms."}},
	{"story anzeige de", "de", "tail", []string{"+Gegen den Bauunternehmer liegt inzwischen eine Anzeige wegen Betrugs vor, teilte die Staatsanwaltschaft am Freitag mit."}},
	{"story reklama pl", "pl", "tail", []string{"+Reklama na przystankach przyniesie miastu w tym roku ponad dwa miliony złotych, wynika z danych zarządu transportu."}},
	{"story list en", "en", "mid", []string{"+The plan lists three stages:", "+Repair of the tunnels", "+New signalling on the whole line", "+A timetable with trains every two hours"}},
	{"story page of en", "en", "tail", []string{"+On page 2 of the report, the auditors say the operator underestimated the cost of the tunnels by a fifth."}},
	{"story comments en", "en", "tail", []string{"+More than 300 residents left comments during the public consultation, most of them asking for an earlier start."}},
	{"story trending en", "en", "tail", []string{"+Passenger numbers have been trending upward on the neighbouring lines since fares were cut last spring."}},
	{"story copyright sv", "sv", "tail", []string{"+Arkitektbyrån behåller upphovsrätten till ritningarna, men kommunen får använda dem fritt vid framtida underhåll av bron."}},
	{"story cookies en", "en", "tail", []string{"+A bakery next to the station handed out free cookies to the first passengers of the reopened line."}},
	{"story powered by en", "en", "tail", []string{"+Powered by two diesel engines, the new ferry can carry 300 passengers and 40 cars across the bay."}},
	{"story theme en", "en", "tail", []string{"+The theme of this year's harbour festival, the organisers said, will be the island's fishing history."}},
	{"story cookies nl", "nl", "tail", []string{"+Wij gebruiken cookies als beloning, zei de trainer van de hondenschool, want de dieren leren daar snel van."}},
	{"story app hr", "hr", "tail", []string{"+Gradonačelnica je pozvala građane da preuzmu novu aplikaciju za plaćanje parkiranja uz tržnicu."}},
	{"story reply en", "en", "tail", []string{"+In a reply to the council, the operator said it would publish the full timetable before the end of the year."}},
}

// census70Gaps are census70 rows still read wrong, with their cause.
// Blind, before any mend, 55 of the 66 rows read right; the Croatian and
// Romanian ad markers, the Croatian app pitch, the Dutch, Polish and
// Czech cookie notices, the Croatian teaser label, the theme's credit and
// the Vietnamese rights line read wrong too, each for want of its
// language's words or of a stage for its form (phrases.txt, adStems,
// callForms, cookieNotice, teaserLabels, isThemeCredit, rightsNotice),
// and read right now: 65 of 66. Four rows of story lines like the new
// forms, written after the mends ("story powered by en", "story theme
// en", "story cookies nl", "story app hr"), stay: 69 of 70.
var census70Gaps = map[string]string{
	"author box de": "the story detector keeps the heading and the note on lines of their own; labelledNoteAt reads only lines past the story's last kept one, takeKeptNote only a note on the heading's line",
}

// TestClutterCensus70 reads census70 as TestClutterCensus reads its rows,
// in census70Stories and the earlier censuses' stories.
func TestClutterCensus70(t *testing.T) {
	stories := map[string]clutterStory{}
	for _, m := range []map[string]clutterStory{clutterStories, noteStories, boxStories, widgetStories, census70Stories} {
		for lang, st := range m {
			if _, ok := stories[lang]; !ok || lang != "en" {
				stories[lang] = st
			}
		}
	}
	stories["en"] = clutterStories["en"]
	runClutterCensus(t, census70, stories, census70Gaps, "census70Gaps")
}
