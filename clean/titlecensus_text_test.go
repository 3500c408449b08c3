package clean

import (
	"strings"
	"testing"
)

// A census of flattened text heads, written blind, before its author read
// the text path's title code: invented page heads in twenty languages
// where the first headline-shaped line is not the title (a breadcrumb, a
// site's name, a "Breaking" or "LIVE" kicker, a section's word, a date
// line, a share row, a cookie line, a run of one-word menu lines, a list
// of teasers above the story), headlines of the forms a rule may misread
// (all capitals, sentence case without a stop, a question, a colon), and
// heads whose first line is the title. Each case is a head, its headline
// and the lines under it, over three paragraphs of its language's story
// (titlecensus_textstories_test.go). Cases the code does not read right
// are listed in textCensusGaps with the cause; the test checks that each
// still fails.

// textCensusCase is one invented text page: the lines above its headline,
// the headline, the lines between the headline and the story, and the
// story's language.
type textCensusCase struct {
	name, lang string
	above      []string
	head       string
	below      []string
}

// page returns the case's flattened text: its head, the story's three
// paragraphs and a footer line.
func (c textCensusCase) page() string {
	var b strings.Builder
	for _, l := range c.above {
		b.WriteString(l + "\n")
	}
	b.WriteString(c.head + "\n")
	for _, l := range c.below {
		b.WriteString(l + "\n")
	}
	for _, p := range textCensusStories[c.lang] {
		b.WriteString(p + "\n")
	}
	b.WriteString("© 2025 Harbour Media Group\n")
	return b.String()
}

// The census's headlines, one a language.
const (
	tcEN = "Night ferry to the outer islands returns after two years"
	tcDE = "Nachtfähre zu den Inseln fährt nach zwei Jahren wieder"
	tcFR = "Le bac de nuit vers les îles reprend après deux ans"
	tcES = "El ferry nocturno a las islas vuelve tras dos años"
	tcIT = "Torna il traghetto notturno per le isole dopo due anni"
	tcPT = "Ferry noturno para as ilhas volta após dois anos"
	tcNL = "Nachtveerboot naar de eilanden vaart na twee jaar weer"
	tcPL = "Nocny prom na wyspy wraca po dwóch latach"
	tcRU = "Ночной паром на острова вернётся после двухлетнего перерыва"
	tcTR = "Adalara gece feribotu iki yıl aradan sonra geri dönüyor"
	tcID = "Feri malam ke pulau-pulau kembali beroperasi setelah dua tahun"
	tcJA = "離島への夜行フェリー、2年ぶりに運航再開へ"
	tcZH = "外岛夜间渡轮停运两年后将恢复运营"
	tcKO = "섬 야간 여객선, 2년 만에 운항 재개"
	tcAR = "عودة العبّارة الليلية إلى الجزر بعد توقف دام عامين"
	tcHI = "दो साल बाद फिर शुरू होगी द्वीपों की रात की फेरी"
	tcNE = "दुई वर्षपछि टापुतर्फ रात्रि फेरी फेरि सुरु हुने"
	tcVI = "Tàu đêm ra đảo chạy lại sau hai năm gián đoạn"
	tcSV = "Nattfärjan till öarna tillbaka efter två år"
	tcCS = "Noční trajekt na ostrovy se po dvou letech vrací"
)

// textCensus lists the census's pages.
func textCensus() []textCensusCase {
	byEN := []string{"By Mara Quillen", "March 4, 2025"}
	return []textCensusCase{
		// English
		{"en breadcrumb", "en", []string{"Home > News > Local"}, tcEN, byEN},
		{"en site name line", "en", []string{"The Harbour Courier"}, tcEN, byEN},
		{"en BREAKING kicker", "en", []string{"BREAKING"}, tcEN, byEN},
		{"en LIVE kicker and update line", "en", []string{"LIVE", "Updated 10:05 GMT"}, tcEN, nil},
		{"en section word", "en", []string{"Transport"}, tcEN, byEN},
		{"en date line above", "en", []string{"Tuesday 4 March 2025 10:05"}, tcEN, []string{"By Mara Quillen"}},
		{"en share lines above", "en", []string{"Share", "Tweet", "Email"}, tcEN, byEN},
		{"en share row below", "en", nil, tcEN, []string{"Share / Tweet / Email", "By Mara Quillen"}},
		{"en cookie line", "en", []string{"We use cookies to improve your experience on our site. Accept"}, tcEN, byEN},
		{"en one-word menu run", "en", []string{"News", "Sport", "Business", "Opinion", "Culture", "Travel"}, tcEN, byEN},
		{"en menu row on one line", "en", []string{"News Sport Business Opinion Culture Travel"}, tcEN, byEN},
		{"en teaser list above", "en", []string{"Most read", "Council approves new cycle lanes on the seafront road", "Lifeboat crew honoured for winter rescue off the point", "Schools to close early on Friday as storm nears", "Transport"}, tcEN, byEN},
		{"en all capitals", "en", []string{"Home > News"}, "NIGHT FERRY TO THE OUTER ISLANDS RETURNS AFTER TWO YEARS", byEN},
		{"en question", "en", []string{"Transport"}, "Will the night ferry to the islands survive the winter?", byEN},
		{"en colon", "en", []string{"Home > News > Local"}, "Islands rejoice: Night ferry returns after two years", byEN},
		{"en title-case label-like opening", "en", []string{"Local news"}, "Stand by: Ferry Service Halted as Storm Nears", byEN},
		{"en first line, sentence case", "en", nil, tcEN, byEN},
		{"en first line, deck under it", "en", nil, tcEN, []string{"Islanders had asked for the late crossing for months", "By Mara Quillen"}},
		{"en site name and date line", "en", []string{"Harbour Courier", "Tue 4 Mar 2025"}, tcEN, []string{"Mara Quillen"}},
		// German
		{"de breadcrumb", "de", []string{"Startseite › Region › Verkehr"}, tcDE, []string{"Von Jana Kessler", "04.03.2025, 10:05 Uhr"}},
		{"de run-together menu", "de", []string{"StartseitePolitik WirtschaftSport KulturPanorama"}, tcDE, []string{"Von Jana Kessler"}},
		{"de EILMELDUNG kicker", "de", []string{"EILMELDUNG"}, tcDE, []string{"Von Jana Kessler"}},
		{"de date line above", "de", []string{"04.03.2025, 10:05 Uhr"}, tcDE, []string{"Von Jana Kessler"}},
		{"de first line", "de", nil, tcDE, []string{"Von Jana Kessler", "4. März 2025"}},
		// French
		{"fr breadcrumb", "fr", []string{"Accueil / Actualités / Société"}, tcFR, []string{"Par Claire Dumoulin", "Publié le 4 mars 2025 à 10h05"}},
		{"fr EN DIRECT kicker", "fr", []string{"EN DIRECT"}, tcFR, []string{"Par Claire Dumoulin"}},
		{"fr question", "fr", []string{"Société"}, "Le bac de nuit vers les îles survivra-t-il à l'hiver ?", []string{"Par Claire Dumoulin"}},
		{"fr date line above", "fr", []string{"Publié le 4 mars 2025 à 10h05"}, tcFR, []string{"Par Claire Dumoulin"}},
		{"fr site name", "fr", []string{"Le Courrier du Port"}, tcFR, []string{"Par Claire Dumoulin"}},
		// Spanish
		{"es ÚLTIMA HORA kicker", "es", []string{"ÚLTIMA HORA"}, tcES, []string{"Por Lucía Berrocal"}},
		{"es section and date", "es", []string{"Sociedad", "04/03/2025 10:05"}, tcES, []string{"Lucía Berrocal"}},
		{"es cookie line", "es", []string{"Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Aceptar"}, tcES, []string{"Por Lucía Berrocal"}},
		{"es colon", "es", []string{"Inicio > Sociedad"}, "Islas: el ferry nocturno vuelve tras dos años", []string{"Por Lucía Berrocal"}},
		// Italian
		{"it breadcrumb", "it", []string{"Home » Cronaca » Trasporti"}, tcIT, []string{"di Marco Ferraresi"}},
		{"it share lines above", "it", []string{"Condividi", "Facebook", "Twitter", "WhatsApp"}, tcIT, []string{"di Marco Ferraresi"}},
		{"it all capitals", "it", []string{"Cronaca"}, "TORNA IL TRAGHETTO NOTTURNO PER LE ISOLE DOPO DUE ANNI", []string{"di Marco Ferraresi"}},
		// Portuguese
		{"pt site name and section", "pt", []string{"Jornal do Cais", "Cidades"}, tcPT, []string{"Por Inês Carvalhal"}},
		{"pt date line above", "pt", []string{"04/03/2025 às 10h05"}, tcPT, []string{"Por Inês Carvalhal"}},
		{"pt first line", "pt", nil, tcPT, []string{"Por Inês Carvalhal", "04/03/2025 às 10h05"}},
		// Dutch
		{"nl breadcrumb", "nl", []string{"Home > Nieuws > Binnenland"}, tcNL, []string{"Door Pieter van Hoorn"}},
		{"nl LIVE kicker", "nl", []string{"LIVE"}, tcNL, []string{"Door Pieter van Hoorn"}},
		{"nl teaser list above", "nl", []string{"Meest gelezen", "Gemeente plant nieuwe fietsstraat langs de kade", "Storm zorgt voor vertraging op het spoor"}, tcNL, []string{"Door Pieter van Hoorn", "4 maart 2025, 10:05"}},
		// Polish
		{"pl date line above", "pl", []string{"04.03.2025 10:05"}, tcPL, []string{"Autor: Anna Wierzbicka"}},
		{"pl section word", "pl", []string{"Kraj"}, tcPL, []string{"Anna Wierzbicka"}},
		{"pl question", "pl", []string{"Kraj"}, "Czy nocny prom na wyspy przetrwa zimę?", []string{"Anna Wierzbicka"}},
		// Russian
		{"ru breadcrumb", "ru", []string{"Главная / Новости / Общество"}, tcRU, []string{"Ирина Соколова"}},
		{"ru date line above", "ru", []string{"4 марта 2025, 10:05"}, tcRU, nil},
		{"ru СРОЧНО kicker", "ru", []string{"СРОЧНО"}, tcRU, []string{"Ирина Соколова"}},
		// Turkish
		{"tr SON DAKİKA kicker", "tr", []string{"SON DAKİKA"}, tcTR, []string{"Ayşe Demirtaş"}},
		{"tr site name and date", "tr", []string{"Liman Postası", "04.03.2025 - 10:05"}, tcTR, nil},
		{"tr all capitals", "tr", []string{"Gündem"}, "ADALARA GECE FERİBOTU İKİ YIL ARADAN SONRA GERİ DÖNÜYOR", []string{"Ayşe Demirtaş"}},
		// Indonesian
		{"id breadcrumb and date", "id", []string{"Beranda > Berita > Daerah", "Selasa, 04 Mar 2025 10:05 WIB"}, tcID, []string{"Penulis: Dewi Anggraini"}},
		{"id section word", "id", []string{"Daerah"}, tcID, []string{"Dewi Anggraini"}},
		// Japanese
		{"ja date line above", "ja", []string{"2025年3月4日 10:05"}, tcJA, nil},
		{"ja breadcrumb", "ja", []string{"ホーム > ニュース > 社会"}, tcJA, []string{"2025年3月4日 10:05"}},
		{"ja first line", "ja", nil, tcJA, []string{"2025年3月4日"}},
		// Chinese
		{"zh breadcrumb and source line", "zh", []string{"首页 > 新闻 > 社会"}, tcZH, []string{"2025-03-04 10:05 来源：港湾日报"}},
		{"zh section word", "zh", []string{"社会"}, tcZH, []string{"2025-03-04 10:05"}},
		// Korean
		{"ko breadcrumb and date", "ko", []string{"홈 > 뉴스 > 사회"}, tcKO, []string{"입력 2025.03.04 10:05"}},
		{"ko 속보 kicker", "ko", []string{"속보"}, tcKO, []string{"김민지 기자"}},
		// Arabic
		{"ar breadcrumb", "ar", []string{"الرئيسية > أخبار > محليات"}, tcAR, nil},
		{"ar date line above", "ar", []string{"الثلاثاء 4 مارس 2025 - 10:05"}, tcAR, nil},
		// Hindi
		{"hi breadcrumb", "hi", []string{"होम / समाचार / देश"}, tcHI, nil},
		{"hi breaking kicker", "hi", []string{"ब्रेकिंग न्यूज़"}, tcHI, nil},
		// Nepali
		{"ne date line above", "ne", []string{"बिहीबार, फागुन २२, २०८१"}, tcNE, nil},
		{"ne breadcrumb", "ne", []string{"गृहपृष्ठ » समाचार » प्रदेश"}, tcNE, nil},
		// Vietnamese
		{"vi breadcrumb and date", "vi", []string{"Trang chủ > Xã hội > Giao thông", "Thứ ba, 4/3/2025, 10:05 (GMT+7)"}, tcVI, nil},
		{"vi first line", "vi", nil, tcVI, []string{"Thứ ba, 4/3/2025, 10:05 (GMT+7)"}},
		// Swedish
		{"sv section and date", "sv", []string{"NYHETER", "Publicerad 4 mars 2025 kl. 10.05"}, tcSV, nil},
		{"sv first line", "sv", nil, tcSV, []string{"Publicerad 4 mars 2025 kl. 10.05"}},
		// Czech
		{"cs breadcrumb", "cs", []string{"Domů > Zprávy > Domácí"}, tcCS, []string{"Jana Horáková"}},
		{"cs colon", "cs", []string{"Zprávy"}, "Doprava: Noční trajekt na ostrovy se po dvou letech vrací", []string{"Jana Horáková"}},
	}
}

// textCensusGaps names the census's cases the text path reads wrong, with
// the cause. Blind, 66 of the 72 cases read right. Mended since: a
// Spanish cookie banner's notice over the headline taken for it
// (cookieOpening: headOver no longer climbs to the notice), and a live
// page's "Updated 10:05 GMT" over its headline, whose standfirst the
// headline was read as (timeOnlyLine: the pair step reads the time line
// as a date line).
var textCensusGaps = map[string]string{
	// The standfirst marks (titleAbove's pair step, headOver's
	// standfirstUnder) read a line of ten words or more under a shorter
	// line of three or more, a byline under the pair, as that line's
	// standfirst, and nothing on these pages says the short line is the
	// site's name (no URL's host, no copyright line naming it). 94 of
	// WCXB train's 591 gold titles have ten or eleven words. Raising
	// headOver's mark (minStandfirstWords) to twelve words changes 10 of
	// the 3,361 records: 5 titles mended, 4 lost (Substack's subtitles of
	// ten or eleven words under the headline, a run-together menu row
	// over a headline); raising the pair step's too mends "en site name
	// line" but takes a share widget's repeated headline for the title
	// (TestWidgetLabelNoDeck). Left.
	"en site name line": "a 10-word headline under a 3-word site name read as its standfirst",
	"fr site name":      "an 11-word headline under a 4-word site name read as its standfirst",
	// Six one-word sections on one line with no marks between them are no
	// menu row to menuRow, and the standfirst mark reads the headline
	// under the row as its standfirst.
	"en menu row on one line": "a menu row of one-word sections without separators read as a headline over its standfirst",
	// The last teaser of a list, right over a one-word section line over
	// the headline, is shorter than the headline: the pair step reads the
	// headline as the teaser's standfirst.
	"en teaser list above": "a 9-word teaser over a one-word section line read as the headline over a 10-word standfirst",
}

// TestTextTitleCensus checks the title of every page in textCensus, and
// that each known gap still fails.
func TestTextTitleCensus(t *testing.T) {
	seen := map[string]bool{}
	langs := map[string]bool{}
	for _, c := range textCensus() {
		if seen[c.name] {
			t.Errorf("two cases named %q", c.name)
		}
		seen[c.name] = true
		langs[c.lang] = true
		if textCensusStories[c.lang] == nil {
			t.Errorf("%s: no story in %q", c.name, c.lang)
		}
		res, err := String(c.page(), nil)
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		got := titleBlock(res)
		_, gap := textCensusGaps[c.name]
		switch {
		case gap && got == c.head:
			t.Errorf("%s: a known gap now reads right; move it out of textCensusGaps", c.name)
		case !gap && got != c.head:
			t.Errorf("%s: title %q, want %q", c.name, got, c.head)
		}
	}
	for name := range textCensusGaps {
		if !seen[name] {
			t.Errorf("textCensusGaps names %q, no case", name)
		}
	}
	if len(seen) < 60 || len(langs) < 15 {
		t.Errorf("%d cases in %d languages, want 60 in 15", len(seen), len(langs))
	}
}
