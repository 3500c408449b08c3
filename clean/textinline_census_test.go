package clean

import (
	"strings"
	"testing"
)

// inlineCensus: clutter a flattened page keeps inside a story or at its
// edges as lines of their own, of the kinds the held-out pages show and
// train rarely does: read-more and also-read lines with a headline,
// related headings over one headline, app-download and follow-us lines,
// donation asks, affiliate notes, bios, image credits, video and podcast
// labels, advertisement markers, tip lines, messenger channels; beside
// them story lines that use the same words and stay. Written in real
// formats with invented words (written blind, before any reader of this
// branch), in the census's languages.
var inlineCensus = []clutterCase{
	{"read more pipe", "en", "mid", []string{"-ALSO READ | Tunnel survey finds cracks in two sections"}},
	{"also read heading", "en", "mid", []string{"-ALSO READ", "-Tunnel survey finds cracks in two sections"}},
	{"see also", "en", "mid", []string{"-SEE ALSO: Valley bus drivers vote to accept pay offer"}},
	{"related dash", "en", "mid", []string{"-RELATED — Freight firms weigh return to the mountain line"}},
	{"read more click", "en", "mid", []string{"-Click here to read more stories about the mountain rail link."}},
	{"app download", "en", "tail", []string{"-Download the Valley Herald app to get breaking news alerts straight to your phone."}},
	{"follow us", "en", "tail", []string{"-Follow us on Facebook, X and Instagram for the latest updates."}},
	{"follow on google news", "en", "tail", []string{"-Follow Valley Herald on Google News"}},
	{"donation ask", "en", "tail", []string{"-Our journalism is free for everyone. If you value it, please make a contribution today.", "-Donate now"}},
	{"support ask short", "en", "tail", []string{"-Like this story? Consider supporting our newsroom with a one-time donation."}},
	{"affiliate note head", "en", "head", []string{"-This article contains affiliate links. If you buy through them, we may earn a small commission at no extra cost to you."}},
	{"about the author", "en", "tail", []string{"-About the author: Jane Ortega has covered transport and energy for the Valley Herald since 2014."}},
	{"unsplash credit", "en", "mid", []string{"-Photo by Sam Reed on Unsplash"}},
	{"bracketed photo credit", "en", "mid", []string{"-(Photo: Valley Rail Authority)"}},
	{"watch label", "en", "mid", []string{"-WATCH: Inside the flooded tunnel"}},
	{"listen label", "en", "head", []string{"-Listen to this article"}},
	{"podcast pitch", "en", "tail", []string{"-Subscribe to the Valley Talk podcast on Apple Podcasts, Spotify or wherever you get your podcasts."}},
	{"advert scroll", "en", "mid", []string{"-Advertisement - scroll to continue"}},
	{"story continues", "en", "mid", []string{"-Story continues below"}},
	{"tip line", "en", "tail", []string{"-Got a story? Contact our newsroom at news@valleyherald.example"}},
	{"whatsapp channel", "en", "tail", []string{"-Join our WhatsApp channel for the latest news from the valley."}},
	{"follow handle", "en", "tail", []string{"-For the latest news, follow us on Twitter @valleyherald."}},

	{"also read de", "de", "mid", []string{"-Auch interessant", "-Neue Fahrpläne ab Dezember"}},
	{"follow de", "de", "tail", []string{"-Folgen Sie uns auf Facebook und Instagram."}},
	{"app de", "de", "tail", []string{"-Laden Sie jetzt unsere kostenlose App herunter und verpassen Sie keine Nachricht mehr."}},
	{"topic de", "de", "mid", []string{"-Zum Thema: Bahnstreik legt Pendlerverkehr lahm"}},

	{"read also es", "es", "mid", []string{"-LEA TAMBIÉN | El metro amplía su horario nocturno"}},
	{"follow es", "es", "tail", []string{"-Síguenos en Facebook, X e Instagram."}},
	{"app es", "es", "tail", []string{"-Descarga la app de Diario del Sur y recibe las noticias al momento."}},
	{"whatsapp es", "es", "tail", []string{"-Únete a nuestro canal de WhatsApp"}},

	{"follow fr", "fr", "tail", []string{"-Suivez-nous sur Facebook et Instagram."}},
	{"app fr", "fr", "tail", []string{"-Téléchargez l'application Le Courrier pour ne rien manquer de l'actualité."}},
	{"see also fr", "fr", "mid", []string{"-À voir aussi : Les images du chantier de la gare"}},
	{"video label fr", "fr", "mid", []string{"-VIDÉO - Les images du chantier de la gare"}},

	{"follow it", "it", "tail", []string{"-Seguici su Facebook e Instagram"}},
	{"read also it caps", "it", "mid", []string{"-LEGGI ANCHE: Sciopero dei trasporti, le fasce garantite"}},

	{"follow pt", "pt", "tail", []string{"-Siga-nos no Instagram"}},
	{"read more pt", "pt", "mid", []string{"-LEIA MAIS: Metrô terá novo horário no fim de semana"}},
	{"see also pt", "pt", "mid", []string{"-Veja também: Preço da passagem sobe em janeiro"}},

	{"dzen ru", "ru", "tail", []string{"-Подписывайтесь на нас в Дзене"}},
	{"telegram follow ru", "ru", "tail", []string{"-Следите за новостями в нашем Telegram-канале"}},

	{"related tr", "tr", "mid", []string{"-İLGİLİ HABER: Metro hattında çalışma saatleri uzatıldı"}},
	{"google news tr", "tr", "tail", []string{"-Bizi Google Haberler'de takip edin"}},

	{"simak juga id", "id", "mid", []string{"-Simak juga: Tarif angkutan kota naik mulai bulan depan"}},
	{"google news id", "id", "tail", []string{"-Ikuti berita terkini dari kami di Google News"}},

	{"related ja", "ja", "mid", []string{"-【関連記事】市バス、来月から運賃値上げ"}},

	{"story follows the works", "en", "tail", []string{"+Residents can follow the works on a public website, the operator said, where weekly photos of the tunnels will be posted."}},
	{"story quote follow", "en", "mid", []string{"+“We will follow the engineers' advice and nothing else,” the minister said when asked about the opening date."}},
	{"story newsletter", "en", "mid", []string{"+The railway's newsletter, sent to 20,000 commuters, warned last week that further closures were likely."}},
	{"story donations", "en", "tail", []string{"+Readers of the regional paper raised more than €40,000 in donations for families who lost their homes in the landslide."}},
	{"story app", "en", "tail", []string{"+The operator's new app will let passengers buy tickets on board, a feature it said most users asked for in a survey."}},
	{"story read more", "en", "mid", []string{"+Read more closely, the report shows that the second tunnel was never fully inspected after the earthquake of 2009."}},
	{"story video", "en", "mid", []string{"+Video footage shared by residents showed water pouring from the mouth of the second tunnel."}},
	{"story related costs", "en", "tail", []string{"+Related costs, including the replacement buses, have reached almost €6 million, the audit found."}},
	{"story photo by photo", "en", "mid", []string{"+Photo by photo, the survey team documented every crack in the lining of the second tunnel."}},
	{"story watch colon", "en", "mid", []string{"+The warning on the gate was short: watch for falling rocks and do not enter the tunnel without a guide."}},
	{"story folgen de", "de", "tail", []string{"+Die Stadt will den Bürgern folgen: Wer Anregungen hat, kann sie bis Ende März im Rathaus abgeben."}},
	{"story app de", "de", "tail", []string{"+Die Verkehrsbetriebe wollen im Sommer eine neue App herausbringen, mit der Fahrgäste Tickets direkt in der Bahn kaufen können."}},
	{"story siguen es", "es", "tail", []string{"+La concejala pidió a los vecinos que sigan las obras a través de la web municipal, donde se publicará el calendario."}},
	{"story suivre fr", "fr", "tail", []string{"+Les habitants pourront suivre l'avancement du chantier sur le site de la région, qui publiera un point chaque mois."}},
	{"story app pt", "pt", "tail", []string{"+Segundo a prefeitura, os passageiros poderão acompanhar a localização dos ônibus por um aplicativo gratuito."}},
	{"story follow ru", "ru", "tail", []string{"+Следите за объявлениями на остановках, попросили в департаменте транспорта, потому что расписание может меняться."}},
}

// TestInlineClutterCensus reads inlineCensus, each row's lines put into
// its language's story (noteStories, else clutterStories), and asks each
// marked line's kind; no story paragraph may leave the body. Rows still
// read wrong are in inlineCensusGaps with their cause.
func TestInlineClutterCensus(t *testing.T) {
	runClutterCensus(t, inlineCensus, noteStories, inlineCensusGaps, "inlineCensusGaps")
}

// inlineCensusGaps are inlineCensus rows still read wrong, with their
// cause. Blind, 44 of 62 rows read right; with cutTeaserTails 57.
var inlineCensusGaps = map[string]string{
	"read more click":      "a call written as a sentence (\"Click here to read more stories about ...\"): textCall reads whole buttons, and no reader takes click-here sentences",
	"donation ask":         "a donation appeal in sentences: textPitch's appeals name sharing, subscribing or funding by readers, not a contribution",
	"about the author":     "a bio under its label below a short story: dropAuthorBio wants 300 words of story above it (as clutterCensusGaps' writer's note)",
	"podcast pitch":        "a call to subscribe to a podcast: the call sentences (isCallSentence) and newsletterCall name a newsletter, an inbox or a channel, not a podcast",
	"story photo by photo": "a story's sentence opening \"Photo by photo,\" is read as a photo credit (left: the credit reader takes \"Photo by\" and the words after it)",
}

// gluedCase is one row of the glued census: clutter flattened onto the end
// of a story's second paragraph (one line, a space between), which must
// leave the body while the paragraph stays (want "-"), or a paragraph's
// own last sentence, which must stay with it (want "+").
type gluedCase struct {
	name  string
	lang  string
	want  string
	glued string
}

// gluedCensus: teasers, ad markers and calls flattened onto the end of a
// paragraph, the "long lines matched in part" of the text path's kept
// must-not snippets, and last sentences that look like them and stay.
var gluedCensus = []gluedCase{
	{"read more glued", "en", "-", "Read more: Why the valley lost its trains"},
	{"read more caps glued", "en", "-", "READ MORE: Tunnel survey finds cracks in two sections"},
	{"also read glued", "en", "-", "ALSO READ: Freight firms weigh return to the mountain line"},
	{"advertisement glued", "en", "-", "Advertisement"},
	{"newsletter glued", "en", "-", "Sign up for our newsletter to get stories like this in your inbox."},
	{"follow glued", "en", "-", "Follow us on Twitter @valleyherald."},
	{"lesen sie auch glued", "de", "-", "Lesen Sie auch: Neue Fahrpläne ab Dezember"},
	{"lee también glued", "es", "-", "Lee también: El metro amplía su horario nocturno"},
	{"lire aussi glued", "fr", "-", "Lire aussi : La gare centrale rénovée pour l'été"},
	{"читайте также glued", "ru", "-", "Читайте также: В центре города откроют новую пешеходную зону"},
	{"leia também glued", "pt", "-", "Leia também: Metrô terá novo horário no fim de semana"},
	{"leggi anche glued", "it", "-", "Leggi anche: Nuovo parcheggio in stazione"},
	{"baca juga glued", "id", "-", "Baca juga: Tarif angkutan kota naik mulai bulan depan"},
	{"ilgili haber glued", "tr", "-", "İLGİLİ HABER: Metro hattında çalışma saatleri uzatıldı"},
	{"story last sentence read", "en", "+", "More details will follow next week, she said."},
	{"story last sentence advert", "en", "+", "The operator will advertise the jobs in the spring."},
	{"story last sentence quote", "en", "+", "“Read the report,” he told the council: “it is all there.”"},
}

// TestGluedClutterCensus puts each gluedCensus row's words after the
// second paragraph of its language's story, on the same line, and asks
// that the paragraph stay in the body and the glued words leave it (or
// stay with it, for a "+" row). Rows still read wrong are in
// gluedCensusGaps with their cause.
func TestGluedClutterCensus(t *testing.T) {
	right := 0
	for _, c := range gluedCensus {
		st, ok := noteStories[c.lang]
		if !ok {
			st = clutterStories[c.lang]
		}
		if len(st.paras) < 3 {
			t.Fatalf("%s: no story in %q", c.name, c.lang)
		}
		page := []string{st.title, st.byline, "05.03.2025 10:02"}
		page = append(page, st.paras[0], st.paras[1]+" "+c.glued)
		page = append(page, st.paras[2:]...)
		res, err := String(strings.Join(page, "\n\n"), nil)
		if err != nil {
			t.Fatal(err)
		}
		var body strings.Builder
		for _, b := range res.Blocks {
			if b.Kind == Body {
				body.WriteString(b.Text)
				body.WriteByte('\n')
			}
		}
		var wrong []string
		for _, p := range st.paras {
			if !strings.Contains(body.String(), p) {
				wrong = append(wrong, "story line out|"+p)
			}
		}
		if kept := strings.Contains(body.String(), c.glued); kept != (c.want == "+") {
			wrong = append(wrong, "glued "+c.want+"|"+c.glued)
		}
		if censusVerdict(t, c.name, wrong, res, gluedCensusGaps, "gluedCensusGaps") {
			right++
		}
	}
	t.Logf("%d of %d read right", right, len(gluedCensus))
}

// gluedCensusGaps are gluedCensus rows still read wrong, with their cause
// (blind, 4 of 17 read right; 16 with cutTeaserTails).
var gluedCensusGaps = map[string]string{
	// Cutting off only the pitch (textmustnot67's pitchClosesStory) read
	// this row right, but on the real pages it changed, 2 of 3 lines a
	// follow pitch closes were a firm's pitch or a writer's book plug, not
	// the story (AEB text 686bb, WCXB-dev 4620): the whole line goes.
	"follow glued": "a line that a follow pitch closes is dropped whole (dropTextCalls, isTextPitch): on real pages such a line is more often a firm's or a writer's pitch than the story",
}
