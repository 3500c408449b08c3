package clean

import (
	"strings"
	"testing"
)

// clutterStory is an invented story in one language: its headline and the
// paragraphs the census puts a site's clutter around.
type clutterStory struct {
	title  string
	byline string
	paras  []string
}

// clutterStories are the census's stories by language.
var clutterStories = map[string]clutterStory{
	"en": {"Ministers agree to reopen the mountain rail link", "By Jane Ortega", []string{
		para1, para2, para3,
		"The line, closed since a landslide four winters ago, carried about 300,000 passengers a year before the damage, according to the railway operator.",
		"Engineers will first survey the three tunnels on the route, a job the operator expects to take most of next summer if the weather allows it.",
		"Local businesses in the valley welcomed the news, saying the closure had cut the number of visitors to the area by almost a third.",
	}},
	"de": {"Stadtrat beschließt neue Straßenbahnlinie", "Von Anna Berger", []string{
		"Der Stadtrat hat am Donnerstagabend mit großer Mehrheit den Bau einer neuen Straßenbahnlinie zwischen dem Hauptbahnhof und dem Nordviertel beschlossen.",
		"Die Strecke soll rund elf Kilometer lang werden und vierzehn Haltestellen bekommen, wie die Verkehrsbetriebe nach der Sitzung mitteilten.",
		"Die Kosten werden auf gut 180 Millionen Euro geschätzt, von denen Bund und Land nach den bisherigen Plänen den größten Teil übernehmen sollen.",
		"Anwohner im Nordviertel hatten jahrelang eine bessere Anbindung gefordert, weil die Busse in den Stoßzeiten regelmäßig überfüllt sind.",
		"Die Bauarbeiten sollen nach dem Planfeststellungsverfahren beginnen, frühestens jedoch im Herbst des übernächsten Jahres.",
	}},
	"es": {"El ayuntamiento aprueba un nuevo plan de carriles bici", "Por Lucía Romero", []string{
		"El pleno del ayuntamiento aprobó este jueves un plan para construir cuarenta kilómetros de carriles bici en los próximos tres años.",
		"El proyecto conectará los barrios del sur con el centro de la ciudad y con las dos universidades públicas, según explicó la concejala de Movilidad.",
		"La oposición votó en contra al considerar que el plan reduce demasiadas plazas de aparcamiento en las calles comerciales del casco antiguo.",
		"Las asociaciones de ciclistas celebraron la decisión, aunque pidieron que las obras empiecen por los tramos con más accidentes registrados.",
		"El presupuesto total del plan asciende a 24 millones de euros, de los que una parte llegará de fondos europeos para la movilidad sostenible.",
	}},
	"fr": {"La région annonce la réouverture de la ligne ferroviaire", "Par Claire Dumont", []string{
		"Le conseil régional a annoncé mardi la réouverture de la ligne ferroviaire entre les deux villes, fermée aux voyageurs depuis près de dix ans.",
		"Les travaux de rénovation des voies et des gares doivent commencer au printemps et durer environ dix-huit mois, selon le président de la région.",
		"Le coût du chantier est estimé à 95 millions d'euros, partagés entre l'État, la région et les collectivités traversées par la ligne.",
		"Les élus locaux se sont félicités de cette décision, attendue depuis longtemps par les habitants qui travaillent dans la métropole voisine.",
		"Une dizaine de trains par jour et par sens devraient circuler dès la mise en service, avec des correspondances vers les lignes à grande vitesse.",
	}},
	"ru": {"Власти города объявили о строительстве новой станции метро", "Ирина Соколова", []string{
		"Городские власти во вторник объявили о начале строительства новой станции метро в северном районе, где живут более двухсот тысяч человек.",
		"Станция должна открыться через три года, сообщили в департаменте транспорта после заседания городского правительства.",
		"Стоимость проекта оценивается в двенадцать миллиардов рублей, большую часть средств выделят из городского бюджета.",
		"Жители района много лет жаловались на переполненные автобусы и долгую дорогу до ближайшей станции в часы пик.",
		"На время строительства несколько улиц будут частично перекрыты, а маршруты автобусов изменятся, предупредили в мэрии.",
	}},
	"it": {"Il comune approva il piano per le nuove piste ciclabili", "di Marco Ferri", []string{
		"Il consiglio comunale ha approvato giovedì sera il piano per realizzare trenta chilometri di nuove piste ciclabili entro la fine del prossimo anno.",
		"Le nuove corsie collegheranno i quartieri periferici con la stazione centrale e con il polo universitario, ha spiegato l'assessore alla mobilità.",
		"L'opposizione ha votato contro, sostenendo che il progetto toglie troppi posti auto nelle vie dei negozi del centro storico.",
		"Le associazioni dei ciclisti hanno accolto con favore la decisione, chiedendo però di partire dai tratti con il maggior numero di incidenti.",
		"Il costo complessivo dell'intervento è stimato in diciotto milioni di euro, in parte coperti da fondi europei per la mobilità sostenibile.",
	}},
	"pt": {"Prefeitura anuncia nova linha de ônibus elétricos", "Por Ana Ribeiro", []string{
		"A prefeitura anunciou nesta terça-feira a criação de uma nova linha de ônibus elétricos ligando a zona norte ao centro da cidade.",
		"Segundo a secretaria de transportes, a linha terá vinte e dois veículos e deve começar a operar no segundo semestre do próximo ano.",
		"O investimento previsto é de cerca de 150 milhões de reais, com parte dos recursos vindo de um financiamento de um banco de desenvolvimento.",
		"Moradores da região reclamam há anos da demora dos ônibus nos horários de pico e da lotação dos veículos que fazem o trajeto atual.",
		"A prefeitura afirmou que outras três linhas elétricas devem ser anunciadas até o fim do ano, depois da avaliação do primeiro trajeto.",
	}},
}

// clutterCase is one census row: a site's clutter in a story's language,
// put at the head of the page, after its second paragraph (mid) or at its
// tail. A line opening "-" must leave the story's body, one opening "+"
// must stay in it; other lines are not asked about.
type clutterCase struct {
	name  string
	lang  string
	at    string
	lines []string
}

// clutterCensus: the kinds of clutter flattened text keeps (navigation,
// related headlines, teasers, newsletter, cookie and subscription boxes,
// writers' notes, tags, footers, calls to act, contents lists, product
// boxes, share rows), written in real formats with invented words, and
// story lines that look like them and stay.
var clutterCensus = []clutterCase{
	{"newsletter box", "en", "tail", []string{"-Get the morning briefing", "-Our editors' pick of the day's news, delivered to your inbox every weekday.", "-Email address", "-Sign up"}},
	{"cookie banner", "en", "head", []string{"-We use cookies to improve your experience on our site and to show you relevant advertising.", "-Accept all", "-Manage preferences"}},
	{"writer's note", "en", "tail", []string{"-Jane Ortega is a senior reporter covering energy and transport. She previously worked at a regional daily in Arizona.", "-Follow her on X @janeortega"}},
	{"tag run", "en", "tail", []string{"-Tags:", "-Rail", "-Georgia", "-Armenia", "-Diplomacy"}},
	{"tag line", "en", "tail", []string{"-Topics: Rail, Georgia, Armenia, Diplomacy"}},
	{"related list", "en", "tail", []string{"-Related stories", "-Rail link talks stall over customs checks", "-Yerevan opens new bus terminal", "-Border crossing to reopen next month"}},
	{"recommended cards", "en", "tail", []string{"-Recommended for you", "-Why the valley's tourism is recovering slowly", "-5 min read", "-The tunnels that time forgot", "-8 min read"}},
	{"site footer", "en", "tail", []string{"-About us", "-Contact", "-Careers", "-Advertise", "-Privacy policy", "-Terms of use", "-© 2025 Valley Herald Media Ltd. All rights reserved."}},
	{"load more", "en", "tail", []string{"-Load more", "-Back to top"}},
	{"contents list", "en", "head", []string{"-Table of contents", "-What was agreed", "-Who pays for it", "-What comes next"}},
	{"product box", "en", "tail", []string{"-Our pick", "-Trailmaster Pro 2 headlamp", "-$39.99 at Amazon", "-Buy now"}},
	{"share row", "en", "tail", []string{"-Share this article", "-Facebook", "-Twitter", "-WhatsApp", "-Copy link"}},
	{"app promo", "en", "tail", []string{"-Download our app for breaking news alerts on your phone", "-Get it on Google Play", "-Download on the App Store"}},
	{"paywall box", "en", "tail", []string{"-Subscribe now for $1 a week", "-Already a subscriber? Log in"}},
	{"comment prompt", "en", "tail", []string{"-Leave a comment", "-You must be logged in to post a comment."}},
	{"most read", "en", "tail", []string{"-Most read", "-1 Minister resigns after audit", "-2 Storm closes mountain pass", "-3 Teachers vote to strike"}},
	{"advert marker mid", "en", "mid", []string{"-Advertisement", "-Story continues below advertisement"}},
	{"more from section", "en", "tail", []string{"-More from Business", "-Bank raises rates for the third time", "-Wine exports hit record high"}},
	{"breadcrumb", "en", "head", []string{"-Home / World / Caucasus"}},
	{"story names a newsletter", "en", "tail", []string{"+The operator said its travel newsletter now reaches more than 40,000 readers each morning, double the figure of two years ago."}},
	{"story's list of terms", "en", "mid", []string{"+Under the agreement:", "+A joint customs post will open at the border station.", "+Tickets will be sold in both currencies.", "+Freight trains will run only at night."}},
	{"story's share sentence", "en", "tail", []string{"+The company said it would share more details about the timetable with passengers next month."}},

	{"newsletter de", "de", "tail", []string{"-Newsletter", "-Jetzt anmelden und keine Nachricht aus der Stadt mehr verpassen.", "-Mit der Anmeldung stimmen Sie unserer Datenschutzerklärung zu."}},
	{"related de", "de", "tail", []string{"-Mehr zum Thema", "-Bahnstreik: Was Pendler jetzt wissen müssen", "-Neue Tarifrunde ohne Einigung"}},
	{"footer de", "de", "tail", []string{"-Impressum", "-Datenschutz", "-Kontakt", "-AGB", "-© 2025 Rheinische Stadtzeitung GmbH"}},
	{"cookie de", "de", "head", []string{"-Wir verwenden Cookies, um Ihnen ein optimales Nutzererlebnis zu bieten.", "-Alle akzeptieren", "-Einstellungen"}},
	{"tags de", "de", "tail", []string{"-Schlagworte: Straßenbahn, Stadtrat, Verkehr"}},

	{"related es", "es", "tail", []string{"-Te puede interesar", "-La ciudad estrena su primera calle peatonal", "-Los vecinos piden más autobuses nocturnos"}},
	{"newsletter es", "es", "tail", []string{"-Suscríbete a nuestro boletín", "-Recibe cada mañana en tu correo las noticias más importantes de la ciudad."}},
	{"tags es", "es", "tail", []string{"-Etiquetas", "-Movilidad", "-Bicicletas", "-Ayuntamiento"}},
	{"footer es", "es", "tail", []string{"-Aviso legal", "-Política de privacidad", "-Política de cookies", "-Contacto"}},

	{"related fr", "fr", "tail", []string{"-À lire aussi", "-Grève des contrôleurs : les trains annulés ce week-end", "-La gare centrale rénovée pour l'été"}},
	{"newsletter fr", "fr", "tail", []string{"-Inscrivez-vous à notre newsletter", "-Recevez chaque jour l'essentiel de l'actualité de votre région."}},
	{"share fr", "fr", "tail", []string{"-Partager sur Facebook", "-Partager sur X", "-Envoyer par e-mail"}},

	{"related ru", "ru", "tail", []string{"-Читайте также", "-В центре города откроют новую пешеходную зону", "-Стоимость проезда в автобусах вырастет с января"}},
	{"telegram ru", "ru", "tail", []string{"-Подписывайтесь на наш канал в Telegram, чтобы первыми узнавать главные новости города."}},
	{"share ru", "ru", "tail", []string{"-Поделиться", "-ВКонтакте", "-Одноклассники", "-Telegram"}},

	{"related it", "it", "tail", []string{"-Leggi anche", "-Sciopero dei trasporti, le fasce garantite", "-Nuovo parcheggio in stazione"}},
	{"newsletter it", "it", "tail", []string{"-Iscriviti alla newsletter", "-Ricevi ogni mattina le notizie più importanti della tua città."}},

	{"related pt", "pt", "tail", []string{"-Leia também", "-Metrô terá novo horário no fim de semana", "-Preço da passagem sobe em janeiro"}},
	{"footer pt", "pt", "tail", []string{"-Termos de uso", "-Política de privacidade", "-Fale conosco", "-© 2025 Jornal da Cidade. Todos os direitos reservados."}},
}

// TestClutterCensus reads the census, each row's clutter put into its
// language's story, and asks each marked line's kind: a "-" line is no
// body, a "+" line is body. Rows still read wrong are in clutterCensusGaps
// with their cause; the test fails when one of them reads right (take it
// out) or a row outside them reads wrong.
func TestClutterCensus(t *testing.T) {
	runClutterCensus(t, clutterCensus, clutterStories, clutterCensusGaps, "clutterCensusGaps")
}

// runClutterCensus reads rows, each row's lines put into its language's
// story (stories[lang], else clutterStories[lang]) at the head, after the
// second paragraph (mid) or at the tail, and asks each marked line's kind;
// no story paragraph may leave the body. It fails on a row that reads
// wrong outside gaps and on one in gaps that reads right, and logs the
// count read right.
func runClutterCensus(t *testing.T, rows []clutterCase, stories map[string]clutterStory, gaps map[string]string, gapsName string) {
	t.Helper()
	right := 0
	for _, c := range rows {
		st, ok := stories[c.lang]
		if !ok {
			st, ok = clutterStories[c.lang]
		}
		if !ok {
			t.Fatalf("%s: no story in %q", c.name, c.lang)
		}
		var lines []string
		for _, l := range c.lines {
			lines = append(lines, strings.TrimLeft(l, "+-"))
		}
		page := []string{st.title, st.byline, "05.03.2025 10:02"} // a page's head: the story detector reads pages of eight blocks or more
		switch c.at {
		case "head":
			page = append(page, lines...)
			page = append(page, st.paras...)
		case "mid":
			page = append(page, st.paras[:2]...)
			page = append(page, lines...)
			page = append(page, st.paras[2:]...)
		case "tail":
			page = append(page, st.paras...)
			page = append(page, lines...)
		default:
			t.Fatalf("%s: no place %q", c.name, c.at)
		}
		res, err := String(strings.Join(page, "\n\n"), nil)
		if err != nil {
			t.Fatal(err)
		}
		wrong := markedWrong(res, c.lines)
		for _, p := range st.paras {
			for _, b := range res.Blocks {
				if b.Text == p && b.Kind != Body {
					wrong = append(wrong, "story line "+string(b.Kind)+"|"+p)
				}
			}
		}
		if censusVerdict(t, c.name, wrong, res, gaps, gapsName) {
			right++
		}
	}
	t.Logf("%d of %d read right", right, len(rows))
}

// clutterCensusGaps are census rows still read wrong, with their cause.
var clutterCensusGaps = map[string]string{
	"writer's note": "the story above it is some 140 words, under dropAuthorBio's minBioStoryWords (300), and the story detector keeps it",
}
