package extract

import (
	"strings"
	"testing"
)

// clutterStory is an invented story in one language, as a flattened page
// prints it: a headline, a date, a byline, then its paragraphs (eight
// lines at least, a page's worth for the story detector). Every paragraph
// must stay in the body whatever clutter stands around it; some of them
// say "share", "subscribe" or "comment" in a sentence of their own.
type clutterStory struct {
	head, date, by string
	paras          []string
}

// clutterStories are the census's stories by language.
var clutterStories = map[string]clutterStory{
	"en": {
		head: "Riverside council backs plan for three new bus lanes",
		date: "14 March 2024",
		by:   "By Laura Hendry, Transport Reporter",
		paras: []string{
			"Riverside's city council voted on Tuesday to build three dedicated bus lanes along Main Street, Harbour Road and the ring road, a project officials say will cut journey times for some 40,000 daily passengers.",
			"The plan, which passed by 27 votes to 9, will cost an estimated 18 million pounds over four years, with the first lane due to open on Harbour Road next spring.",
			"Opposition councillors argued that shop owners on Main Street had not been consulted and warned that losing parking spaces could drive customers to the retail park outside town.",
			"Transport chief Helen Marsh said the council would share detailed drawings with residents in April and invited anyone who wants to comment on the route to attend one of six public meetings.",
			"Bus operators welcomed the vote. A spokesman for the largest operator said passengers who subscribe to its monthly pass had complained for years about delays at the Harbour Road junction.",
		},
	},
	"ru": {
		head: "В Самаре отремонтируют двенадцать школ к новому учебному году",
		date: "14 марта 2024",
		by:   "Ирина Ковалёва",
		paras: []string{
			"Власти Самары направят более 900 миллионов рублей на капитальный ремонт двенадцати школ, сообщили во вторник в городском департаменте образования. Работы должны завершиться к 1 сентября.",
			"В зданиях заменят кровлю, окна и системы отопления, а в четырёх школах появятся новые спортивные залы. Подрядчиков выберут на открытых торгах до конца апреля.",
			"Родители учеников школы номер 41 давно жаловались на протекающую крышу. По словам директора, во время дождей занятия приходилось переносить в актовый зал.",
			"Глава департамента пообещал поделиться графиком работ с родительскими комитетами и попросил жителей оставлять замечания на сайте мэрии до конца месяца.",
			"В прошлом году в городе отремонтировали восемь школ. Тогда часть работ не успели закончить к сентябрю, и занятия в двух зданиях начались с опозданием на три недели.",
		},
	},
	"az": {
		head: "Bakıda yeni metro stansiyasının tikintisinə başlanılıb",
		date: "14 mart 2024",
		by:   "Leyla Məmmədova",
		paras: []string{
			"Bakı Metropoliteni şəhərin şimal-qərb hissəsində yeni stansiyanın tikintisinə başlayıb. Layihəyə görə, stansiya 2027-ci ilin sonunadək sərnişinlərin istifadəsinə veriləcək.",
			"Metropolitenin mətbuat xidmətinin məlumatına görə, yeni stansiya gündə təxminən 35 min sərnişinə xidmət göstərəcək və ətraf yaşayış massivlərinin nəqliyyat yükünü azaldacaq.",
			"Tikinti işləri zamanı yaxınlıqdakı iki küçədə hərəkət qismən məhdudlaşdırılacaq. Sürücülərə alternativ marşrutlardan istifadə etmək tövsiyə olunur.",
			"Sakinlər layihə ilə bağlı təkliflərini metropolitenin rəsmi saytı vasitəsilə paylaşa biləcəklər.",
			"Hazırda Bakı metrosunda üç xətt fəaliyyət göstərir. Son yeni stansiya paytaxtda dörd il əvvəl istifadəyə verilmişdi və gündə on minlərlə sərnişinə xidmət edir.",
		},
	},
	"tr": {
		head: "İzmir'de yeni tramvay hattı için ihale tarihi belli oldu",
		date: "14 Mart 2024",
		by:   "Mehmet Aydın",
		paras: []string{
			"İzmir Büyükşehir Belediyesi, Buca ile Karabağlar arasında yapılacak yeni tramvay hattı için ihalenin nisan ayının ikinci haftasında yapılacağını açıkladı.",
			"Yaklaşık 12 kilometre uzunluğundaki hatta 18 durak bulunacak. Belediye, hattın günde 90 bin yolcu taşımasını bekliyor.",
			"Güzergah üzerindeki esnaf ise inşaat süresince dükkanlarına ulaşımın zorlaşacağından endişe ediyor. Bir esnaf, belediyenin kendileriyle yeterince görüşmediğini söyledi.",
			"Belediye yetkilileri, vatandaşların proje hakkındaki yorumlarını ilçe belediyelerindeki bilgilendirme masalarına iletebileceğini belirtti.",
			"Kentte halen iki tramvay hattı bulunuyor. Karşıyaka ve Konak hatları geçen yıl toplam 60 milyondan fazla yolcu taşıdı.",
		},
	},
	"de": {
		head: "Stadtrat beschließt längere Öffnungszeiten für Bibliotheken",
		date: "14. März 2024",
		by:   "Von Katrin Vogel",
		paras: []string{
			"Die Stadtbibliotheken sollen ab dem Sommer auch sonntags öffnen. Der Stadtrat stimmte am Dienstagabend mit großer Mehrheit für einen entsprechenden Antrag der Verwaltung.",
			"Für den zusätzlichen Öffnungstag werden nach Angaben der Verwaltung rund 450.000 Euro im Jahr benötigt. Das Geld soll vor allem in Personal fließen.",
			"Kritik kam vom Personalrat. Die Beschäftigten seien schon jetzt stark belastet, neue Stellen müssten deshalb besetzt sein, bevor die Sonntagsöffnung beginne.",
			"Leserinnen und Leser können ihre Wünsche für das Sonntagsprogramm bis Ende April an die Bibliothek schicken, teilte die Leiterin mit.",
			"Andere Städte haben mit der Sonntagsöffnung gute Erfahrungen gemacht. Dort kamen vor allem Familien und Studierende, die unter der Woche wenig Zeit haben.",
		},
	},
	"es": {
		head: "Valencia ampliará la red de carriles bici en cinco barrios",
		date: "14 de marzo de 2024",
		by:   "Por Lucía Serrano",
		paras: []string{
			"El Ayuntamiento de Valencia aprobó este martes un plan para construir 22 kilómetros de nuevos carriles bici en cinco barrios de la ciudad antes de finales de 2025.",
			"La inversión prevista asciende a 9,5 millones de euros, de los que una parte procede de fondos europeos destinados a la movilidad sostenible.",
			"Las asociaciones vecinales de Benimaclet y Campanar celebraron la medida, aunque pidieron que las obras no coincidan con las fiestas de verano.",
			"La concejala de Movilidad explicó que los vecinos podrán compartir sus propuestas sobre el trazado en una consulta pública abierta hasta el 30 de abril.",
			"La ciudad cuenta ya con más de 200 kilómetros de carriles bici, aunque varios tramos siguen sin conexión entre sí, según denuncian los colectivos de ciclistas.",
		},
	},
	"fr": {
		head: "Lyon va végétaliser vingt cours d'école d'ici 2026",
		date: "14 mars 2024",
		by:   "Par Claire Duval",
		paras: []string{
			"La ville de Lyon a annoncé mardi un programme de végétalisation de vingt cours d'école, qui remplacera une partie du bitume par des arbres, des jardins et des sols perméables.",
			"Le coût total est estimé à 7 millions d'euros. Les premiers chantiers commenceront pendant les vacances d'été dans les 3e et 8e arrondissements.",
			"Les parents d'élèves saluent le projet mais s'inquiètent du calendrier : certains travaux pourraient déborder sur la rentrée de septembre.",
			"L'adjointe chargée de l'éducation a indiqué que les familles pourront partager leurs remarques lors de réunions organisées dans chaque école concernée.",
			"Une première série de cours végétalisées avait été inaugurée en 2022. Selon la mairie, la température y est descendue de plusieurs degrés lors des fortes chaleurs de l'été dernier.",
		},
	},
}

// clutterCase is one run of clutter on a flattened page: where it stands
// (before the story, after its second paragraph, or after the story) and
// its lines, every one of which must leave the body.
type clutterCase struct {
	name, lang string
	where      string // "top", "mid" or "end"
	lines      []string
}

// clutterCases are invented runs of a page's furniture in the formats
// news sites print them, written before reading how the text path
// handles them.
var clutterCases = []clutterCase{
	{"en related with dates", "en", "end", []string{
		"Related",
		"Police appeal for witnesses after late-night crash on ring road",
		"13 March 2024",
		"Water bills to rise by 4% from April, supplier confirms",
		"12 March 2024",
		"New primary school opens in Eastfield after two-year delay",
		"11 March 2024",
		"Harbour Road bridge to close for repairs over Easter",
		"10 March 2024",
		"Local bakery wins national award for sourdough",
		"9 March 2024",
	}},
	{"en most read numbered", "en", "end", []string{
		"Most Read",
		"1",
		"Man charged after stolen van found in river",
		"2",
		"Football club confirms new manager on two-year deal",
		"3",
		"Council tax to rise for third year running",
		"4",
		"Hospital car park charges scrapped for night staff",
		"5",
		"Heavy rain warning issued for the weekend",
	}},
	{"en share run", "en", "end", []string{
		"Share this article",
		"Facebook",
		"Twitter",
		"WhatsApp",
		"Email",
		"Copy link",
	}},
	{"en newsletter box", "en", "end", []string{
		"Sign up to our morning briefing",
		"Get the day's top stories from Riverside delivered to your inbox every weekday morning.",
		"Enter your email address",
		"Subscribe",
		"By signing up you agree to our Privacy Policy and Terms of Use.",
	}},
	{"en comments prompt", "en", "end", []string{
		"Comments (12)",
		"Join the conversation",
		"You must be logged in to post a comment. Log in or register.",
	}},
	{"en tag line", "en", "end", []string{
		"Topics: Transport, Local government, Riverside council",
	}},
	{"en tag cloud", "en", "end", []string{
		"Tags",
		"buses",
		"transport",
		"city council",
		"Main Street",
	}},
	{"en footer", "en", "end", []string{
		"© 2024 Riverside Media Ltd. All rights reserved.",
		"Terms of Use | Privacy Policy | Cookie Settings | Contact Us",
	}},
	{"en cookie banner", "en", "top", []string{
		"We use cookies to improve your experience on our site. By continuing to browse you agree to our use of cookies.",
		"Accept all",
		"Manage preferences",
	}},
	{"en nav menu", "en", "top", []string{
		"Home",
		"News",
		"Sport",
		"Business",
		"Opinion",
		"Culture",
		"Weather",
	}},
	{"en read more inline", "en", "mid", []string{
		"Read more: Council unveils plan for new cycle paths across the city",
	}},
	{"en advertisement", "en", "mid", []string{
		"Advertisement",
	}},
	{"en you may also like", "en", "end", []string{
		"You may also like",
		"Five things to do in Riverside this weekend",
		"Why house prices in the east of the city keep climbing",
		"Meet the volunteers keeping the canal clean",
	}},
	{"en more from section", "en", "end", []string{
		"More from Local News",
		"Library to stay open late during exam season",
		"Roadworks to begin on Station Street next month",
		"Charity walk raises 20,000 pounds for hospice",
	}},
	{"en follow us", "en", "end", []string{
		"Follow us on Facebook, X and Instagram for the latest news from Riverside.",
	}},
	{"ru read also", "ru", "end", []string{
		"Читайте также",
		"В Самаре открылся новый парк на набережной",
		"Цены на проезд в автобусах вырастут с 1 апреля",
		"Мэрия объявила конкурс на лучший школьный проект",
	}},
	{"ru share run", "ru", "end", []string{
		"Поделиться",
		"ВКонтакте",
		"Одноклассники",
		"Telegram",
	}},
	{"ru telegram subscribe", "ru", "end", []string{
		"Подписывайтесь на наш канал в Telegram, чтобы первыми узнавать главные новости города.",
	}},
	{"ru footer", "ru", "end", []string{
		"© 2024 «Городские вести». Все права защищены.",
		"При использовании материалов ссылка на источник обязательна.",
	}},
	{"ru most read", "ru", "end", []string{
		"Самое читаемое",
		"Водитель маршрутки сбил пешехода на улице Ленина",
		"Синоптики обещают снег в выходные",
		"В аэропорту задержали двенадцать рейсов",
	}},
	{"ru comments", "ru", "end", []string{
		"Комментарии (5)",
		"Оставить комментарий",
	}},
	{"ru tags", "ru", "end", []string{
		"Теги: образование, ремонт, Самара",
	}},
	{"az other news with dates", "az", "end", []string{
		"Digər xəbərlər",
		"Sumqayıtda yeni park salınacaq",
		"13 mart 2024, 16:20",
		"Gəncə-Bakı qatarının hərəkət cədvəli dəyişir",
		"13 mart 2024, 11:05",
		"Paytaxtda su təchizatında fasilə olacaq",
		"12 mart 2024, 18:40",
	}},
	{"az share", "az", "end", []string{
		"Paylaş",
		"Facebook",
		"WhatsApp",
		"Telegram",
	}},
	{"az footer", "az", "end", []string{
		"Bütün hüquqlar qorunur. Materiallardan istifadə edərkən istinad mütləqdir.",
	}},
	{"az most read", "az", "end", []string{
		"Ən çox oxunan",
		"Bakıda güclü külək ağacları aşırdı",
		"Benzinin qiyməti ilə bağlı yeni qərar",
		"Məktəblərdə yaz tətili uzadılır",
	}},
	{"az tags", "az", "end", []string{
		"Teqlər: metro, nəqliyyat, Bakı",
	}},
	{"tr related", "tr", "end", []string{
		"İlgili Haberler",
		"Konak'ta yeni otopark hizmete girdi",
		"İzmir'de su kesintisi: Hangi mahalleler etkilenecek?",
		"Karşıyaka'da sahil yolu trafiğe kapatılacak",
	}},
	{"tr share", "tr", "end", []string{
		"Bu haberi paylaş",
		"Facebook",
		"Twitter",
		"WhatsApp",
	}},
	{"tr comments", "tr", "end", []string{
		"Yorumlar (3)",
		"Yorum yap",
	}},
	{"tr footer", "tr", "end", []string{
		"Copyright © 2024 Ege Haber. Tüm hakları saklıdır.",
	}},
	{"tr newsletter", "tr", "end", []string{
		"E-bültenimize abone olun, günün önemli haberleri her sabah e-posta kutunuza gelsin.",
		"Abone ol",
	}},
	{"tr tags", "tr", "end", []string{
		"Etiketler: İzmir, tramvay, ihale",
	}},
	{"de more on topic", "de", "end", []string{
		"Mehr zum Thema",
		"Neue Kita in der Weststadt eröffnet",
		"Schwimmbad bleibt bis Mai geschlossen",
		"Stadt sucht ehrenamtliche Lesepaten",
	}},
	{"de share", "de", "end", []string{
		"Artikel teilen",
		"Facebook",
		"WhatsApp",
		"E-Mail",
		"Link kopieren",
	}},
	{"de newsletter", "de", "end", []string{
		"Newsletter abonnieren",
		"Die wichtigsten Nachrichten aus der Region jeden Morgen in Ihrem Postfach.",
		"Jetzt anmelden",
	}},
	{"de comments", "de", "end", []string{
		"Kommentare",
		"Kommentar schreiben",
	}},
	{"de footer", "de", "end", []string{
		"Impressum | Datenschutz | AGB | Kontakt",
	}},
	{"es related", "es", "end", []string{
		"Noticias relacionadas",
		"El metro de Valencia amplía su horario en Fallas",
		"Cortes de tráfico en la avenida del Puerto por obras",
		"La ciudad estrena un nuevo parque en Orriols",
	}},
	{"es most read", "es", "end", []string{
		"Lo más leído",
		"Detenido un hombre tras un robo en el centro",
		"La lluvia obliga a suspender la mascletà",
		"Suben los precios del alquiler en la costa",
	}},
	{"es newsletter", "es", "end", []string{
		"Suscríbete a nuestro boletín y recibe cada mañana las noticias más importantes.",
	}},
	{"es footer", "es", "end", []string{
		"© 2024 Diario del Turia. Todos los derechos reservados.",
		"Aviso legal | Política de privacidad | Política de cookies",
	}},
	{"fr read also", "fr", "end", []string{
		"À lire aussi",
		"Un nouveau marché couvert ouvre à la Croix-Rousse",
		"Transports : les tarifs du métro augmentent en juillet",
		"La piscine du Rhône rouvre après travaux",
	}},
	{"fr share", "fr", "end", []string{
		"Partager sur Facebook",
		"Partager sur X",
		"Envoyer par e-mail",
	}},
	{"fr newsletter", "fr", "end", []string{
		"Inscrivez-vous à notre newsletter",
		"Recevez chaque matin l'essentiel de l'actualité lyonnaise.",
		"S'inscrire",
	}},
	{"fr footer", "fr", "end", []string{
		"Mentions légales | Politique de confidentialité | Gestion des cookies",
		"© 2024 Le Petit Rhodanien. Tous droits réservés.",
	}},
	{"fr most read", "fr", "end", []string{
		"Les plus lus",
		"Un incendie se déclare dans un entrepôt de Vénissieux",
		"Grève des TCL : le point sur le trafic",
		"Le parc de la Tête d'Or accueille un nouveau festival",
	}},
}

// clutterPage builds c's flattened page around its language's story.
func clutterPage(c clutterCase) string {
	s := clutterStories[c.lang]
	var b strings.Builder
	put := func(ls []string) {
		for _, l := range ls {
			b.WriteString(l)
			b.WriteByte('\n')
		}
	}
	if c.where == "top" {
		put(c.lines)
	}
	put([]string{s.head, s.date, s.by})
	for i, p := range s.paras {
		put([]string{p})
		if i == 1 && c.where == "mid" {
			put(c.lines)
		}
	}
	if c.where == "end" {
		put(c.lines)
	}
	return b.String()
}

// clutterWrong says what the text path gets wrong on c: the clutter lines
// its body keeps and the story paragraphs it drops.
func clutterWrong(t *testing.T, c clutterCase) []string {
	a, err := String(clutterPage(c), nil)
	if err != nil {
		t.Fatalf("%s: %v", c.name, err)
	}
	var wrong []string
	for _, l := range c.lines {
		for _, p := range a.Body {
			if strings.TrimSpace(p) == l || (len(l) >= 16 && strings.Contains(p, l)) {
				wrong = append(wrong, "kept "+l)
				break
			}
		}
	}
	for _, sp := range clutterStories[c.lang].paras {
		found := false
		for _, p := range a.Body {
			if strings.Contains(p, sp) {
				found = true
				break
			}
		}
		if !found {
			wrong = append(wrong, "dropped "+sp[:min(len(sp), 40)])
		}
	}
	return wrong
}

// clutterGaps are the census rows the text path still reads wrong, with
// the cause: the test fails when one of them closes, so the map is kept
// true. Read blind, 43 of the 47 rows were right: a footer's reprint
// notice in Russian and its rights line in Azerbaijani (isRightsNotice), a
// Turkish newsletter's call (callForms) and a German one's inbox line
// (isInboxTagline) stayed in the body; all 47 are right now.
var clutterGaps = map[string]string{}

// TestClutterCensus reads invented flattened pages, each a story with a
// run of furniture (related and most-read lists, share runs, newsletter
// and comment boxes, tags, footers, cookie banners, menus) in seven
// languages, and asks that the furniture leave the body and every story
// paragraph stay.
func TestClutterCensus(t *testing.T) {
	right := 0
	for _, c := range clutterCases {
		wrong := clutterWrong(t, c)
		gap, isGap := clutterGaps[c.name]
		switch {
		case len(wrong) == 0 && isGap:
			t.Errorf("%s: reads right now; take it out of clutterGaps (%s)", c.name, gap)
		case len(wrong) > 0 && !isGap:
			t.Errorf("%s: %s", c.name, strings.Join(wrong, "; "))
		}
		if len(wrong) == 0 {
			right++
		}
	}
	t.Logf("%d of %d read right", right, len(clutterCases))
}
