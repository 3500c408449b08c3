package extract

import (
	"strings"
	"testing"
)

// textHeadCensus69 are invented flattened heads of article pages, written
// before reading the text head's code (the forty-fourth session's blind
// census): a site's menu, the headline among label lines (a byline's
// "Edited by:", a "Published by:" desk credit, a teaser's "Read more -
// Published ..."), a date line in the page's language, and the story. Each
// row gives the headline and the publish day a reader takes from it. The
// rows the text path reads wrong are listed in textHeadCensus69Gaps with
// their cause.
var textHeadCensus69 = []struct {
	name, page, title, day string
}{
	// English: credit labels on lines of their own around the headline.
	{"en-edited", lines("Skip to main content", "Home", "Guides", "Solar", "How to choose a heat pump for an old stone cottage", "A plain guide to sizing, noise and running costs before you ask for quotes.", "Written by:", "Maren Holt", "Edited by: Tobias Crane", "Updated Feb 11, 2026", "6 min read", enBody), "How to choose a heat pump for an old stone cottage", "2026-02-11"},
	{"en-reviewed", lines("Menu", "Health", "Why night shifts change how you sleep for weeks", "Reviewed by: Dr. Ilse Varga", "March 3, 2025", enBody), "Why night shifts change how you sleep for weeks", "2025-03-03"},
	{"en-readmore-over", lines("News", "Sport", "Read more - Published 4 March 2025", "Harbour council approves new ferry timetable", "By Nia Rowe", "Published 5 March 2025", enBody), "Harbour council approves new ferry timetable", "2025-03-05"},
	{"en-published-by", lines("Home", "Local", "Harbour council approves new ferry timetable", "Published by: Desk Team", "Published: 5 March 2025, 10:15 am", enBody), "Harbour council approves new ferry timetable", "2025-03-05"},
	{"en-factchecked", lines("Money", "Saving", "Seven ways to cut a winter heating bill", "Fact checked by: Omar Bell", "Posted on 12 January 2026", enBody), "Seven ways to cut a winter heating bill", "2026-01-12"},
	{"en-photos-by", lines("Travel", "Walking the old salt road from coast to hills", "Photographs by: Lena Ash", "Words by: Paul Merrow", "April 9, 2024", enBody), "Walking the old salt road from coast to hills", "2024-04-09"},
	{"en-dateline-us", lines("Latest", "Politics", "City budget vote delayed after late amendment", "Jane Ortiz", "Posted: 02/14/2025 8:05 PM EST", enBody), "City budget vote delayed after late amendment", "2025-02-14"},
	{"en-iso", lines("Blog", "About", "Notes on running a small ferry co-operative", "2025-10-02", enBody), "Notes on running a small ferry co-operative", "2025-10-02"},

	// Hindi: the desk's "Published by:" line and an English date line.
	{"hi-published-by", lines("होम", "देश", "राज्य", "शहर में नई बस सेवा शुरू, यात्रियों को मिलेगी राहत", "Published by: अमित वर्मा", "Updated Wed, 05 Mar 2025 10:15 AM IST", hiBody), "शहर में नई बस सेवा शुरू, यात्रियों को मिलेगी राहत", "2025-03-05"},
	{"hi-edited-by", lines("होम", "खेल", "बारिश के कारण मैच रद्द, दर्शक निराश", "न्यूज डेस्क, अमर नगर", "Edited By: सीमा राय", "Published: 6 मार्च 2025, 09:30 PM", hiBody), "बारिश के कारण मैच रद्द, दर्शक निराश", "2025-03-06"},
	{"hi-hindi-date", lines("मुख्य पृष्ठ", "शहर", "नगर निगम ने पानी के नए दाम तय किए", "प्रकाशित: 7 मार्च 2025", hiBody), "नगर निगम ने पानी के नए दाम तय किए", "2025-03-07"},

	// Croatian: "Objavljeno" with the month in the genitive.
	{"hr-objavljeno", lines("Naslovnica", "Vijesti", "Sport", "Gradsko vijeće odobrilo novi red plovidbe trajekta", "Objavljeno 5. ožujka 2025.", hrBody), "Gradsko vijeće odobrilo novi red plovidbe trajekta", "2025-03-05"},
	{"hr-objavljeno-colon", lines("Vijesti", "Hrvatska", "Knjižnica ponovno otvorena nakon dvije godine obnove", "Autor: Ivana Kovač", "Objavljeno: 12. siječnja 2026. u 10:15", hrBody), "Knjižnica ponovno otvorena nakon dvije godine obnove", "2026-01-12"},
	{"hr-numeric", lines("Vijesti", "Lokalno", "Na rivi počinju radovi na novom lukobranu", "Objavljeno: 05.03.2025. u 10:15", hrBody), "Na rivi počinju radovi na novom lukobranu", "2025-03-05"},
	{"hr-prosinca", lines("Početna", "Kultura", "Zimski festival vraća se na glavni trg", "22. prosinca 2024.", hrBody), "Zimski festival vraća se na glavni trg", "2024-12-22"},
	{"hr-lipnja-ažurirano", lines("Početna", "Gospodarstvo", "Cijene kruha rastu treći mjesec zaredom", "Objavljeno: 3. lipnja 2025.", "Ažurirano: 4. lipnja 2025.", hrBody), "Cijene kruha rastu treći mjesec zaredom", "2025-06-03"},

	// Serbian, Latin and Cyrillic, and Bosnian.
	{"sr-latin", lines("Početna", "Društvo", "Gradska biblioteka ponovo otvorena posle obnove", "Objavljeno: 5. marta 2025.", srBody), "Gradska biblioteka ponovo otvorena posle obnove", "2025-03-05"},
	{"sr-cyrillic", lines("Почетна", "Друштво", "Градска библиотека поново отворена после обнове", "Објављено: 5. марта 2025.", srCyBody), "Градска библиотека поново отворена после обнове", "2025-03-05"},
	{"sr-cyrillic-decembra", lines("Почетна", "Спорт", "Клуб представио новог тренера пред сезону", "18. децембра 2024. 10:15", srCyBody), "Клуб представио новог тренера пред сезону", "2024-12-18"},
	{"bs-objavljeno", lines("Naslovnica", "BiH", "Novi most preko rijeke otvoren za saobraćaj", "Objavljeno: 07.02.2025. u 14:20", srBody), "Novi most preko rijeke otvoren za saobraćaj", "2025-02-07"},
	{"sr-latin-avgusta", lines("Vesti", "Ekonomija", "Cene hleba rastu treći mesec zaredom", "11. avgusta 2025. 08:00", srBody), "Cene hleba rastu treći mesec zaredom", "2025-08-11"},

	// Slovene.
	{"sl-objavljeno", lines("Novice", "Slovenija", "Mestni svet potrdil nov vozni red trajekta", "Objavljeno 5. marca 2025 ob 10:15", slBody), "Mestni svet potrdil nov vozni red trajekta", "2025-03-05"},
	{"sl-nominative", lines("Novice", "Kultura", "Knjižnica spet odprta po dveh letih prenove", "5. marec 2025", slBody), "Knjižnica spet odprta po dveh letih prenove", "2025-03-05"},
	{"sl-objava", lines("Domov", "Šport", "Klub predstavil novega trenerja pred sezono", "Objava: 14. 1. 2026, 09:00", slBody), "Klub predstavil novega trenerja pred sezono", "2026-01-14"},

	// Other languages' labels and dates.
	{"es-publicado", lines("Portada", "Local", "El ayuntamiento aprueba el nuevo horario del ferri", "Redacción", "Publicado el 5 de marzo de 2025 a las 10:15", esBody), "El ayuntamiento aprueba el nuevo horario del ferri", "2025-03-05"},
	{"pt-publicado", lines("Início", "Cidade", "Câmara aprova novo horário do ferry", "Publicado em 05/03/2025 - 10:15", "Atualizado em 05/03/2025 - 12:00", ptBody), "Câmara aprova novo horário do ferry", "2025-03-05"},
	{"fr-publie", lines("Accueil", "Région", "Le conseil municipal adopte les nouveaux horaires du bac", "Publié le 5 mars 2025 à 10h15", frBody), "Le conseil municipal adopte les nouveaux horaires du bac", "2025-03-05"},
	{"de-stand", lines("Startseite", "Lokales", "Stadtrat beschließt neuen Fahrplan für die Fähre", "Von Jana Keller", "05.03.2025, 10:15 Uhr", deBody), "Stadtrat beschließt neuen Fahrplan für die Fähre", "2025-03-05"},
	{"it-pubblicato", lines("Home", "Cronaca", "Il consiglio approva il nuovo orario del traghetto", "Pubblicato il 5 marzo 2025 alle 10:15", itBody), "Il consiglio approva il nuovo orario del traghetto", "2025-03-05"},
	{"pl-opublikowano", lines("Strona główna", "Kraj", "Rada miasta zatwierdza nowy rozkład promu", "Opublikowano: 5 marca 2025, 10:15", plBody), "Rada miasta zatwierdza nowy rozkład promu", "2025-03-05"},
	{"cs-publikovano", lines("Zprávy", "Domov", "Rada města schválila nový jízdní řád přívozu", "Publikováno: 5. března 2025 10:15", csBody), "Rada města schválila nový jízdní řád přívozu", "2025-03-05"},
	{"tr-yayinlanma", lines("Anasayfa", "Gündem", "Belediye meclisi yeni feribot tarifesini onayladı", "Yayınlanma: 05.03.2025 10:15", trBody), "Belediye meclisi yeni feribot tarifesini onayladı", "2025-03-05"},
	{"id-diterbitkan", lines("Beranda", "Berita", "Dewan kota setujui jadwal baru kapal feri", "Diterbitkan: Rabu, 5 Maret 2025 10:15 WIB", idBody), "Dewan kota setujui jadwal baru kapal feri", "2025-03-05"},
	{"ru-opublikovano", lines("Главная", "Город", "Городской совет утвердил новое расписание парома", "Опубликовано: 5 марта 2025, 10:15", ruBody), "Городской совет утвердил новое расписание парома", "2025-03-05"},
	{"uk-opublikovano", lines("Головна", "Новини", "Міська рада затвердила новий розклад порому", "Опубліковано: 5 березня 2025, 10:15", ukBody), "Міська рада затвердила новий розклад порому", "2025-03-05"},
	{"nl-gepubliceerd", lines("Home", "Regio", "Gemeenteraad keurt nieuwe dienstregeling veerboot goed", "Gepubliceerd op 5 maart 2025 om 10:15", nlBody), "Gemeenteraad keurt nieuwe dienstregeling veerboot goed", "2025-03-05"},
	{"ro-publicat", lines("Acasă", "Local", "Consiliul local aprobă noul orar al feribotului", "Publicat: 5 martie 2025, 10:15", roBody), "Consiliul local aprobă noul orar al feribotului", "2025-03-05"},
	{"hu-publikalva", lines("Címlap", "Belföld", "A városi tanács jóváhagyta a komp új menetrendjét", "Publikálva: 2025. március 5. 10:15", huBody), "A városi tanács jóváhagyta a komp új menetrendjét", "2025-03-05"},
	{"vi-dang", lines("Trang chủ", "Thời sự", "Hội đồng thành phố duyệt lịch chạy phà mới", "Thứ tư, 5/3/2025, 10:15 (GMT+7)", viBody), "Hội đồng thành phố duyệt lịch chạy phà mới", "2025-03-05"},
	{"sv-publicerad", lines("Start", "Lokalt", "Kommunen godkänner ny tidtabell för färjan", "Publicerad 5 mars 2025 kl 10.15", svBody), "Kommunen godkänner ny tidtabell för färjan", "2025-03-05"},
	{"el-dimosieysi", lines("Αρχική", "Ειδήσεις", "Το δημοτικό συμβούλιο ενέκρινε νέα δρομολόγια", "Δημοσίευση: 05/03/2025 10:15", elBody), "Το δημοτικό συμβούλιο ενέκρινε νέα δρομολόγια", "2025-03-05"},

	// Teaser lines with their own dates above or under the headline.
	{"en-readmore-under", lines("Home", "Business", "Bakery chain to open three new shops in spring", "March 2, 2025", enBody, "Read more - Published 1 March 2025", "Ferry fares rise again"), "Bakery chain to open three new shops in spring", "2025-03-02"},
	{"hr-procitajte", lines("Vijesti", "Pročitajte još - Objavljeno 4. ožujka 2025.", "Trajektna luka dobiva novi terminal", "Objavljeno 6. ožujka 2025.", hrBody), "Trajektna luka dobiva novi terminal", "2025-03-06"},
	{"es-leer-mas", lines("Portada", "Leer más - Publicado el 3 de marzo de 2025", "La biblioteca municipal reabre tras dos años", "Publicado el 5 de marzo de 2025", esBody), "La biblioteca municipal reabre tras dos años", "2025-03-05"},
}

// textHeadCensus69Gaps are the census's rows the text path reads wrong
// (title, day or both), by name, with the cause.
//
// Blind, 37 of the 44 rows read right, 38 of the rows as they stand (one
// row's want, no day under an update line alone, was the census's error:
// on text an update printed alone is the publish day, as WCXB's gold has
// it). The South Slavic date lines ("Objavljeno 5. ožujka 2025.",
// "Објављено: 5. марта 2025.", "5. marca 2025 ob 10:15") all read right
// blind. Now 42: the three Hindi rows (a story's "।" ends a sentence, a
// Devanagari word's vowel signs are part of it, a "Published by:" or
// "Edited By:" credit and a desk with its place are no headline) and the
// Spanish teaser's "Leer más - Publicado el ..." line (clean's labelLine).
var textHeadCensus69Gaps = map[string]string{
	// The teaser's date above the headline is taken for the page's: the
	// date reader takes the head's first labelled date.
	"en-readmore-over": "a teaser's labelled date over the headline taken for the page's",
	// A name alone right over a US-order date line with a zone: no
	// headline and no date read.
	"en-dateline-us": "a name over \"Posted: 02/14/2025 8:05 PM EST\": neither title nor date read",
}

// lines joins a flattened page's lines as a scraper prints them, a blank
// line between each.
func lines(ls ...string) string { return strings.Join(ls, "\n\n") + "\n" }

// The stories under the census's heads, a paragraph or two of invented
// prose in each language.
const (
	enBody   = "The council met on Tuesday evening and voted through the changes after a long debate about costs, staffing and the needs of people who commute from the islands every day.\n\nOfficials said the new plan would be reviewed after six months, and that residents could send comments to the harbour office until the end of the month."
	hiBody   = "नगर निगम की बैठक में मंगलवार शाम को लंबी चर्चा के बाद यह फैसला लिया गया, जिसमें खर्च, कर्मचारियों और रोज़ यात्रा करने वाले लोगों की ज़रूरतों पर बात हुई।\n\nअधिकारियों ने कहा कि छह महीने बाद नई योजना की समीक्षा की जाएगी और लोग महीने के अंत तक अपने सुझाव कार्यालय को भेज सकते हैं।"
	hrBody   = "Gradsko vijeće sastalo se u utorak navečer i nakon duge rasprave o troškovima, osoblju i potrebama ljudi koji svakodnevno putuju s otoka izglasalo promjene.\n\nDužnosnici su rekli da će se novi plan preispitati nakon šest mjeseci te da građani mogu slati primjedbe lučkom uredu do kraja mjeseca."
	srBody   = "Gradsko veće sastalo se u utorak uveče i posle duge rasprave o troškovima, osoblju i potrebama ljudi koji svakog dana putuju na posao izglasalo je promene.\n\nZvaničnici su rekli da će novi plan biti preispitan posle šest meseci i da građani mogu da šalju primedbe opštinskoj kancelariji do kraja meseca."
	srCyBody = "Градско веће састало се у уторак увече и после дуге расправе о трошковима, особљу и потребама људи који сваког дана путују на посао изгласало је промене.\n\nЗваничници су рекли да ће нови план бити преиспитан после шест месеци и да грађани могу да шаљу примедбе општинској канцеларији до краја месеца."
	slBody   = "Mestni svet se je v torek zvečer sestal in po dolgi razpravi o stroških, osebju in potrebah ljudi, ki se vsak dan vozijo na delo, izglasoval spremembe.\n\nUradniki so povedali, da bodo nov načrt pregledali po šestih mesecih in da lahko občani pripombe pošljejo pristaniški pisarni do konca meseca."
	esBody   = "El pleno se reunió el martes por la tarde y aprobó los cambios tras un largo debate sobre los costes, el personal y las necesidades de quienes viajan cada día desde las islas.\n\nLos responsables dijeron que el nuevo plan se revisará dentro de seis meses y que los vecinos pueden enviar sus comentarios a la oficina del puerto hasta final de mes."
	ptBody   = "A câmara reuniu-se na terça-feira à noite e aprovou as mudanças depois de um longo debate sobre custos, pessoal e as necessidades de quem viaja todos os dias a partir das ilhas.\n\nOs responsáveis disseram que o novo plano será revisto dentro de seis meses e que os moradores podem enviar comentários ao gabinete do porto até ao fim do mês."
	frBody   = "Le conseil s'est réuni mardi soir et a voté les changements après un long débat sur les coûts, le personnel et les besoins de ceux qui font chaque jour la navette depuis les îles.\n\nLes responsables ont indiqué que le nouveau plan serait réexaminé dans six mois et que les habitants pouvaient envoyer leurs remarques au bureau du port jusqu'à la fin du mois."
	deBody   = "Der Stadtrat kam am Dienstagabend zusammen und beschloss die Änderungen nach einer langen Debatte über Kosten, Personal und die Bedürfnisse der Menschen, die täglich von den Inseln pendeln.\n\nDie Verantwortlichen sagten, der neue Plan werde nach sechs Monaten überprüft, und Anwohner könnten bis Ende des Monats Anmerkungen an das Hafenbüro schicken."
	itBody   = "Il consiglio si è riunito martedì sera e ha approvato le modifiche dopo un lungo dibattito sui costi, sul personale e sulle esigenze di chi viaggia ogni giorno dalle isole.\n\nI responsabili hanno detto che il nuovo piano sarà rivisto tra sei mesi e che i residenti possono inviare osservazioni all'ufficio del porto fino alla fine del mese."
	plBody   = "Rada miasta zebrała się we wtorek wieczorem i po długiej debacie o kosztach, personelu i potrzebach osób dojeżdżających codziennie z wysp przegłosowała zmiany.\n\nUrzędnicy powiedzieli, że nowy plan zostanie oceniony po sześciu miesiącach, a mieszkańcy mogą przesyłać uwagi do biura portu do końca miesiąca."
	csBody   = "Rada města se sešla v úterý večer a po dlouhé debatě o nákladech, personálu a potřebách lidí, kteří denně dojíždějí z ostrovů, změny schválila.\n\nÚředníci uvedli, že nový plán bude přezkoumán po šesti měsících a že obyvatelé mohou posílat připomínky přístavní kanceláři do konce měsíce."
	trBody   = "Belediye meclisi salı akşamı toplandı ve maliyetler, personel ve adalardan her gün işe gidip gelenlerin ihtiyaçları üzerine uzun bir tartışmanın ardından değişiklikleri kabul etti.\n\nYetkililer yeni planın altı ay sonra gözden geçirileceğini ve sakinlerin ay sonuna kadar liman ofisine görüş gönderebileceğini söyledi."
	idBody   = "Dewan kota bersidang pada Selasa malam dan menyetujui perubahan itu setelah perdebatan panjang tentang biaya, staf, dan kebutuhan warga yang setiap hari pulang pergi dari pulau-pulau.\n\nPara pejabat mengatakan rencana baru akan ditinjau setelah enam bulan dan warga dapat mengirim masukan ke kantor pelabuhan hingga akhir bulan."
	ruBody   = "Городской совет собрался во вторник вечером и после долгого обсуждения расходов, персонала и нужд людей, которые каждый день ездят с островов, утвердил изменения.\n\nЧиновники сказали, что новый план пересмотрят через шесть месяцев, а жители могут присылать замечания в портовое управление до конца месяца."
	ukBody   = "Міська рада зібралася у вівторок увечері й після довгого обговорення витрат, персоналу та потреб людей, які щодня їздять з островів, ухвалила зміни.\n\nПосадовці сказали, що новий план переглянуть через шість місяців, а мешканці можуть надсилати зауваження до портового управління до кінця місяця."
	nlBody   = "De gemeenteraad kwam dinsdagavond bijeen en keurde de wijzigingen goed na een lang debat over kosten, personeel en de behoeften van mensen die elke dag van de eilanden pendelen.\n\nDe verantwoordelijken zeiden dat het nieuwe plan na zes maanden wordt herzien en dat bewoners tot het einde van de maand opmerkingen kunnen sturen naar het havenkantoor."
	roBody   = "Consiliul local s-a reunit marți seara și a aprobat schimbările după o dezbatere lungă despre costuri, personal și nevoile celor care fac zilnic naveta de pe insule.\n\nOficialii au spus că noul plan va fi revizuit peste șase luni și că locuitorii pot trimite observații biroului portului până la sfârșitul lunii."
	huBody   = "A városi tanács kedd este ülésezett, és a költségekről, a személyzetről és a szigetekről naponta ingázók igényeiről folytatott hosszú vita után megszavazta a változásokat.\n\nA tisztviselők szerint az új tervet hat hónap múlva felülvizsgálják, a lakók pedig a hónap végéig küldhetnek észrevételeket a kikötői irodának."
	viBody   = "Hội đồng thành phố đã họp vào tối thứ Ba và thông qua các thay đổi sau một cuộc tranh luận dài về chi phí, nhân sự và nhu cầu của những người đi lại hằng ngày từ các đảo.\n\nCác quan chức cho biết kế hoạch mới sẽ được xem xét lại sau sáu tháng và người dân có thể gửi ý kiến đến văn phòng cảng cho đến cuối tháng."
	svBody   = "Kommunfullmäktige samlades på tisdagskvällen och röstade igenom ändringarna efter en lång debatt om kostnader, personal och behoven hos dem som pendlar från öarna varje dag.\n\nTjänstemännen sade att den nya planen ska ses över efter sex månader och att invånarna kan skicka synpunkter till hamnkontoret fram till slutet av månaden."
	elBody   = "Το δημοτικό συμβούλιο συνεδρίασε την Τρίτη το βράδυ και ενέκρινε τις αλλαγές μετά από μακρά συζήτηση για το κόστος, το προσωπικό και τις ανάγκες όσων μετακινούνται καθημερινά από τα νησιά.\n\nΟι αρμόδιοι δήλωσαν ότι το νέο σχέδιο θα επανεξεταστεί σε έξι μήνες και ότι οι κάτοικοι μπορούν να στέλνουν παρατηρήσεις στο γραφείο του λιμανιού έως το τέλος του μήνα."
)

// TestTextHeadCensus69 reads each census head as a flattened page and
// checks its title and publish day: the rows read right must stay right,
// and each gap must still be one (a gap that reads right leaves the list).
func TestTextHeadCensus69(t *testing.T) {
	right := 0
	for _, c := range textHeadCensus69 {
		a, err := String(c.page, nil)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		day := a.Published
		if len(day) > 10 {
			day = day[:10]
		}
		ok := a.Title == c.title && day == c.day
		if ok {
			right++
		}
		_, gap := textHeadCensus69Gaps[c.name]
		switch {
		case !ok && !gap:
			t.Errorf("%s: title %q day %q, want %q %q", c.name, a.Title, day, c.title, c.day)
		case ok && gap:
			t.Errorf("%s: reads right now; take it off textHeadCensus69Gaps", c.name)
		}
	}
	t.Logf("%d of %d right", right, len(textHeadCensus69))
}
