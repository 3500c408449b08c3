package extract_test

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// A commentLineRow is an invented flattened page in one language: a
// headline, a story, a comment count or comment prompt (clutter) at the
// given place, and optionally a story line after the count that must stay.
type commentLineRow struct {
	name  string
	title string
	story []string // three paragraphs
	line  string   // the count or prompt, which must leave the body
	after string   // a story line after it that must stay, or ""
}

// Invented stories, three paragraphs each, for the languages of the rows.
var (
	commentStoryRU = []string{
		"Городской совет во вторник утвердил план строительства новой трамвайной линии, которая свяжет вокзал с северными районами города.",
		"По словам чиновников, работы начнутся весной и продлятся около полутора лет, а жителей пригласят на два общественных слушания.",
		"Противники проекта считают, что деньги лучше потратить на ремонт дорог, однако большинство депутатов поддержали решение мэрии.",
	}
	commentStoryDE = []string{
		"Der Stadtrat hat am Dienstag den Bau einer neuen Straßenbahnlinie beschlossen, die den Bahnhof mit den nördlichen Stadtteilen verbinden soll.",
		"Nach Angaben der Verwaltung sollen die Arbeiten im Frühjahr beginnen und etwa anderthalb Jahre dauern; Anwohner werden zu zwei Versammlungen eingeladen.",
		"Kritiker halten das Geld in der Sanierung der Straßen für besser angelegt, doch die Mehrheit im Rat folgte dem Vorschlag des Bürgermeisters.",
	}
	commentStoryFR = []string{
		"Le conseil municipal a approuvé mardi la construction d'une nouvelle ligne de tramway qui reliera la gare aux quartiers nord de la ville.",
		"Selon la mairie, les travaux commenceront au printemps et dureront environ dix-huit mois, et les habitants seront consultés lors de deux réunions publiques.",
		"Les opposants estiment que cet argent serait mieux employé à la réfection des routes, mais la majorité a suivi la proposition du maire.",
	}
	commentStoryTR = []string{
		"Belediye meclisi salı günü tren istasyonunu şehrin kuzey mahallelerine bağlayacak yeni tramvay hattının yapımını onayladı.",
		"Yetkililere göre çalışmalar ilkbaharda başlayacak ve yaklaşık on sekiz ay sürecek; mahalle sakinleri iki halk toplantısına davet edilecek.",
		"Projeye karşı çıkanlar paranın yolların onarımına harcanmasının daha doğru olacağını söylese de meclis çoğunluğu kararı destekledi.",
	}
	commentStoryAZ = []string{
		"Şəhər şurası çərşənbə axşamı dəmir yolu vağzalını şəhərin şimal məhəllələri ilə birləşdirəcək yeni tramvay xəttinin tikintisini təsdiqləyib.",
		"Rəsmilərin sözlərinə görə, işlər yazda başlayacaq və təxminən on səkkiz ay davam edəcək, sakinlər isə iki ictimai görüşə dəvət olunacaq.",
		"Layihənin əleyhdarları pulun yolların təmirinə xərclənməsini daha doğru sayırlar, lakin şuranın əksəriyyəti qərarı dəstəkləyib.",
	}
	commentStoryES = []string{
		"El pleno municipal aprobó el martes la construcción de una nueva línea de tranvía que unirá la estación con los barrios del norte de la ciudad.",
		"Según el ayuntamiento, las obras comenzarán en primavera y durarán unos dieciocho meses, y los vecinos serán convocados a dos reuniones públicas.",
		"Los detractores del proyecto creen que el dinero estaría mejor empleado en arreglar las calles, pero la mayoría apoyó la propuesta del alcalde.",
	}
)

func commentLineRows() []commentLineRow {
	return []commentLineRow{
		{name: "Russian count", title: "В городе построят новую линию трамвая", story: commentStoryRU, line: "3 комментария"},
		{name: "German count", title: "Stadt baut neue Straßenbahnlinie", story: commentStoryDE, line: "5 Kommentare"},
		{name: "French count", title: "La ville construira une nouvelle ligne de tramway", story: commentStoryFR, line: "12 commentaires"},
		{name: "Turkish count", title: "Şehre yeni tramvay hattı yapılacak", story: commentStoryTR, line: "4 yorum"},
		{name: "Azerbaijani count", title: "Şəhərdə yeni tramvay xətti tikiləcək", story: commentStoryAZ, line: "2 şərh"},
		{name: "Spanish count", title: "La ciudad tendrá una nueva línea de tranvía", story: commentStoryES, line: "7 comentarios"},
		{name: "Russian heading with a count", title: "В городе построят новую линию трамвая", story: commentStoryRU, line: "Комментарии (3)"},
		{name: "Turkish prompt", title: "Şehre yeni tramvay hattı yapılacak", story: commentStoryTR, line: "Yorum yap"},
		{name: "Russian prompt", title: "В городе построят новую линию трамвая", story: commentStoryRU, line: "Оставьте комментарий"},
		{name: "French prompt", title: "La ville construira une nouvelle ligne de tramway", story: commentStoryFR, line: "Laisser un commentaire"},
		{name: "German prompt", title: "Stadt baut neue Straßenbahnlinie", story: commentStoryDE, line: "Kommentar schreiben"},
		{name: "Spanish prompt", title: "La ciudad tendrá una nueva línea de tranvía", story: commentStoryES, line: "Deja un comentario"},
		{name: "German sidebar count, then a story line", title: "Stadt baut neue Straßenbahnlinie", story: commentStoryDE, line: "5 Kommentare",
			after: "Die Stadt plant zudem zwölf neue Radwege bis zum Jahr 2028, wie ein Sprecher am Mittwoch mitteilte."},
		{name: "French sidebar count, then a story line", title: "La ville construira une nouvelle ligne de tramway", story: commentStoryFR, line: "12 commentaires",
			after: "Le maire a par ailleurs annoncé mercredi douze nouvelles pistes cyclables d'ici à 2028."},
		{name: "Turkish sidebar count, then a story line", title: "Şehre yeni tramvay hattı yapılacak", story: commentStoryTR, line: "4 yorum",
			after: "Belediye ayrıca 2028 yılına kadar on iki yeni bisiklet yolu yapılacağını çarşamba günü açıkladı."},
		{name: "Russian sidebar count, then a story line", title: "В городе построят новую линию трамвая", story: commentStoryRU, line: "3 комментария",
			after: "Кроме того, в среду мэрия объявила о строительстве двенадцати новых велодорожек до 2028 года."},
	}
}

// text is the page flattened: headline, a date, the first two paragraphs,
// the count or prompt, the line after it if any, the last paragraph; a
// count with nothing after it closes the page.
func (r commentLineRow) text() string {
	lines := []string{r.title, "03.03.2026", r.story[0], r.story[1]}
	if r.after != "" {
		lines = append(lines, r.line, r.after, r.story[2])
	} else {
		lines = append(lines, r.story[2], r.line)
	}
	return strings.Join(lines, "\n\n") + "\n"
}

// TestCommentLinesWorld is the census of comment counts and prompts in
// languages besides English: the line leaves the body for removed, a story
// line after a sidebar count stays, and the story's paragraphs stay.
func TestCommentLinesWorld(t *testing.T) {
	g := gapTable{list: "knownCommentLineGaps", known: knownCommentLineGaps}
	for _, r := range commentLineRows() {
		g.row(t, r.name, func(t *testing.T, ck checker) {
			a, err := extract.String(r.text(), nil)
			if err != nil {
				t.Fatal(err)
			}
			body := "\n" + strings.Join(a.Body, "\n") + "\n"
			if strings.Contains(body, "\n"+r.line+"\n") {
				ck.Errorf("%q is in the body", r.line)
			}
			removed := false
			for _, rm := range a.Removed {
				if strings.Contains("\n"+rm.Text+"\n", "\n"+r.line+"\n") {
					removed = true
				}
			}
			if !removed {
				ck.Errorf("%q is not in removed", r.line)
			}
			for _, p := range append(append([]string{}, r.story...), r.after) {
				if p != "" && !strings.Contains(body, p) {
					ck.Errorf("story line %q left the body", p)
				}
			}
			if a.Title != r.title {
				ck.Errorf("title %q, want %q", a.Title, r.title)
			}
		})
	}
	g.done(t, len(commentLineRows()))
}

// knownCommentLineGaps are the rows still read wrong, logged rather than
// failed; a row that comes to read right fails until it leaves the list.
// Written blind: 12 of the 16 rows read right (at the page's end the
// run-end readers take counts and prompts); the four counts in the
// middle of the page stayed in the body. All 16 since the phrase stage
// reads counts and prompts in these languages anywhere (isCommentLine).
var knownCommentLineGaps = map[string]bool{}
