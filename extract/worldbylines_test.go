package extract_test

import (
	"html"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// worldBylineRow is a row of testdata/worldbylines.tsv: an invented
// story's head as one CMS or newspaper template prints its byline, and the
// authors the contract wants from it.
type worldBylineRow struct {
	name, lang, kind string
	// head is markup for the page's <head> (html rows): meta tags and
	// JSON-LD.
	head string
	// byline is the markup after the h1 (html rows) or the lines between
	// the title and the story (text rows, "\n" between lines).
	byline  string
	authors []string
}

// worldBylineStories are the invented title and paragraphs of each
// language the table's rows use.
var worldBylineStories = map[string][3]string{
	"en": {"Council votes to extend the night bus network",
		"The city council voted on Tuesday to extend the night bus network to four more districts, after a year of complaints from shift workers about the lack of late services.",
		"The new routes will start in June. The transport department said the extension would cost less than expected because it uses buses that stand idle overnight."},
	"de": {"Stadtrat beschließt neue Nachtbuslinien",
		"Der Stadtrat hat am Dienstag beschlossen, das Netz der Nachtbusse auf vier weitere Stadtteile auszuweiten. Schichtarbeiter hatten sich seit einem Jahr über fehlende Verbindungen beklagt.",
		"Die neuen Linien sollen im Juni starten. Die Verkehrsbetriebe erklärten, die Kosten seien geringer als erwartet, weil nachts ohnehin abgestellte Busse eingesetzt würden."},
	"fr": {"Le conseil municipal étend le réseau de bus de nuit",
		"Le conseil municipal a voté mardi l'extension du réseau de bus de nuit à quatre nouveaux quartiers, après un an de plaintes des salariés en horaires décalés.",
		"Les nouvelles lignes ouvriront en juin. Le service des transports estime que le coût sera plus faible que prévu, car les bus utilisés dorment au dépôt la nuit."},
	"es": {"El ayuntamiento amplía la red de autobuses nocturnos",
		"El pleno del ayuntamiento aprobó este martes ampliar la red de autobuses nocturnos a cuatro barrios más, tras un año de quejas de los trabajadores por turnos.",
		"Las nuevas líneas empezarán a funcionar en junio. La concejalía de Movilidad asegura que el coste será menor de lo previsto porque se usarán autobuses que hoy pasan la noche en cocheras."},
	"it": {"Il consiglio comunale estende la rete dei bus notturni",
		"Il consiglio comunale ha approvato martedì l'estensione della rete dei bus notturni a quattro nuovi quartieri, dopo un anno di proteste dei lavoratori a turni.",
		"Le nuove linee partiranno a giugno. L'assessorato ai trasporti sostiene che il costo sarà inferiore al previsto perché verranno usati mezzi fermi in deposito durante la notte."},
	"pt": {"Câmara aprova alargamento da rede de autocarros noturnos",
		"A câmara municipal aprovou na terça-feira o alargamento da rede de autocarros noturnos a mais quatro bairros, depois de um ano de queixas dos trabalhadores por turnos.",
		"As novas linhas arrancam em junho. O departamento de transportes diz que o custo será menor do que o previsto, porque serão usados veículos parados durante a noite."},
	"nl": {"Gemeenteraad breidt nachtbusnet uit",
		"De gemeenteraad heeft dinsdag besloten het nachtbusnet uit te breiden naar vier extra wijken, na een jaar van klachten van ploegendienstwerkers over het gebrek aan late ritten.",
		"De nieuwe lijnen gaan in juni rijden. Het vervoerbedrijf zegt dat de kosten lager uitvallen dan verwacht omdat er bussen worden ingezet die 's nachts stilstaan."},
	"pl": {"Rada miasta rozszerza sieć nocnych autobusów",
		"Rada miasta zdecydowała we wtorek o rozszerzeniu sieci nocnych autobusów na cztery kolejne dzielnice, po roku skarg osób pracujących na zmiany.",
		"Nowe linie ruszą w czerwcu. Zarząd transportu twierdzi, że koszt będzie niższy od zakładanego, bo wykorzystane zostaną autobusy, które nocą stoją w zajezdni."},
	"tr": {"Belediye meclisi gece otobüsü ağını genişletiyor",
		"Belediye meclisi salı günü gece otobüsü ağının dört yeni mahalleye genişletilmesine karar verdi. Vardiyalı çalışanlar bir yıldır geç saatlerde sefer olmadığından şikayet ediyordu.",
		"Yeni hatlar haziranda hizmete girecek. Ulaşım dairesi, gece garajda bekleyen otobüsler kullanılacağı için maliyetin beklenenden düşük olacağını açıkladı."},
	"ru": {"Горсовет расширил сеть ночных автобусов",
		"Городской совет во вторник решил продлить ночные автобусные маршруты ещё в четыре района после года жалоб от работников, которые трудятся посменно.",
		"Новые маршруты начнут работать в июне. В транспортном департаменте заявили, что расходы окажутся ниже ожидаемых, так как будут использованы автобусы, простаивающие ночью."},
	"uk": {"Міська рада розширила мережу нічних автобусів",
		"Міська рада у вівторок ухвалила рішення продовжити нічні автобусні маршрути ще до чотирьох районів після року скарг від працівників, які працюють позмінно.",
		"Нові маршрути запрацюють у червні. У транспортному департаменті заявили, що витрати будуть нижчими за очікувані, бо використають автобуси, які вночі стоять у депо."},
	"ar": {"المجلس البلدي يوسع شبكة حافلات الليل",
		"قرر المجلس البلدي يوم الثلاثاء توسيع شبكة حافلات الليل لتشمل أربعة أحياء جديدة، بعد عام من شكاوى العاملين بنظام المناوبات من غياب الرحلات المتأخرة.",
		"وتبدأ الخطوط الجديدة العمل في يونيو. وقالت إدارة النقل إن التكلفة ستكون أقل من المتوقع لأن الحافلات المستخدمة تبقى متوقفة في المرآب ليلا."},
	"hi": {"नगर परिषद ने रात्रि बस सेवा का विस्तार किया",
		"नगर परिषद ने मंगलवार को रात्रि बस सेवा को चार और इलाकों तक बढ़ाने का फैसला किया। पाली में काम करने वाले लोग एक साल से देर रात बसें न होने की शिकायत कर रहे थे।",
		"नए रूट जून से शुरू होंगे। परिवहन विभाग ने कहा कि खर्च उम्मीद से कम होगा क्योंकि रात में डिपो में खड़ी रहने वाली बसों का इस्तेमाल किया जाएगा।"},
	"id": {"DPRD setujui perluasan jaringan bus malam",
		"Dewan kota pada Selasa menyetujui perluasan jaringan bus malam ke empat kecamatan baru, setelah setahun pekerja sif mengeluhkan tidak adanya layanan larut malam.",
		"Rute baru akan mulai beroperasi pada Juni. Dinas perhubungan menyebut biayanya lebih rendah dari perkiraan karena memakai bus yang biasanya diam di pool pada malam hari."},
	"ja": {"市議会、深夜バス路線の拡大を可決",
		"市議会は火曜日、深夜バスの路線を新たに四つの地区へ広げる案を可決した。交代勤務の労働者からは一年前から終バスが早すぎるとの声が上がっていた。",
		"新路線は六月に運行を始める。交通局は、夜間に車庫で待機しているバスを使うため、費用は当初の見込みより少なくなると説明した。"},
	"ko": {"시의회, 심야버스 노선 확대 의결",
		"시의회는 화요일 심야버스 노선을 네 개 지역으로 확대하는 안을 의결했다. 교대 근무자들은 1년 전부터 늦은 시간 버스가 없다고 불만을 제기해 왔다.",
		"새 노선은 6월부터 운행된다. 교통국은 밤사이 차고지에 서 있는 버스를 활용하기 때문에 비용이 예상보다 적을 것이라고 밝혔다."},
	"zh": {"市议会通过扩大夜间公交线路方案",
		"市议会周二通过方案，将夜间公交线路扩大到另外四个城区。一年来，倒班工人一直抱怨深夜没有公交可坐。",
		"新线路将于六月开通。交通部门表示，由于使用夜间停放在车场的公交车，费用将低于预期。"},
}

// readWorldBylineRows reads testdata/worldbylines.tsv.
func readWorldBylineRows(t *testing.T) []worldBylineRow {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "worldbylines.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	var out []worldBylineRow
	for i, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 6 {
			t.Fatalf("worldbylines.tsv:%d: %d fields, want 6", i+1, len(f))
		}
		r := worldBylineRow{name: f[0], lang: f[1], kind: f[2], head: f[3], byline: f[4]}
		if _, ok := worldBylineStories[r.lang]; !ok {
			t.Fatalf("worldbylines.tsv:%d: no story in %q", i+1, r.lang)
		}
		if r.kind != "html" && r.kind != "text" {
			t.Fatalf("worldbylines.tsv:%d: kind %q", i+1, r.kind)
		}
		if f[5] != "" {
			r.authors = strings.Split(f[5], ";")
		}
		out = append(out, r)
	}
	return out
}

// article runs the row through extract.HTMLBytes or extract.String.
func (r worldBylineRow) article(t *testing.T) *extract.Article {
	t.Helper()
	s := worldBylineStories[r.lang]
	var a *extract.Article
	var err error
	if r.kind == "text" {
		var b strings.Builder
		b.WriteString(s[0] + "\n")
		for _, l := range strings.Split(r.byline, `\n`) {
			b.WriteString(l + "\n")
		}
		b.WriteString("\n" + s[1] + "\n\n" + s[2] + "\n")
		a, err = extract.String(b.String(), nil)
	} else {
		e := html.EscapeString
		page := `<!doctype html><html lang="` + r.lang + `"><head><meta charset="utf-8"><title>` + e(s[0]) + "</title>" + r.head +
			"</head><body><article><h1>" + e(s[0]) + "</h1>" + r.byline + "<p>" + e(s[1]) + "</p><p>" + e(s[2]) + "</p></article></body></html>"
		a, err = extract.HTMLBytes([]byte(page), "text/html; charset=utf-8", nil)
	}
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// Invented heads whose bylines are printed as the world's CMSs and
// newspaper templates print them (WordPress, Arc, Brightspot, Drupal,
// Ghost, Substack, Medium, JSON-LD and meta forms, and sixteen languages'
// byline words), as HTML pages and as flattened text: the authors come out
// as the contract says, desks credited as the byline among them (see
// CONTRIBUTING.md, "Authors"), agencies, photo credits and the outlet's
// own name never, and the title stays the story's.
func TestWorldBylines(t *testing.T) {
	rows := readWorldBylineRows(t)
	if len(rows) < 90 {
		t.Fatalf("%d rows", len(rows))
	}
	g := gapTable{list: "knownWorldBylineGaps", known: knownWorldBylineGaps}
	for _, r := range rows {
		g.row(t, r.name, func(t *testing.T, ck checker) {
			a := r.article(t)
			if !slices.Equal(a.Authors, r.authors) {
				ck.Errorf("%s: authors %q, want %q", r.kind, a.Authors, r.authors)
			}
			if want := worldBylineStories[r.lang][0]; a.Title != want {
				ck.Errorf("%s: title %q, want %q", r.kind, a.Title, want)
			}
		})
	}
	g.done(t, len(rows))
}

// knownWorldBylineGaps are the rows the author code still reads wrong,
// logged rather than failed; a row that comes to read right fails the
// test until it leaves this list. The table was written blind (before the
// author code was read): 94 of its 108 rows read right then.
var knownWorldBylineGaps = map[string]bool{
	"JSON-LD, the author is the publishing organisation": true,
	"desk: a Bureau as the byline":                       true,
	"Polish, two authors with i":                         true,
	"meta author with two names and a comma":             true,
	"text, a name and role after a bar":                  true,
	"text, desk: Staff Reporter":                         true,
}
