package extract_test

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/extract"
	"github.com/newsclean/newsclean/internal/wcxb"
)

// The title-trap census (issue 8): invented page heads, HTML and flattened
// text, in forms real sites print: a <title> or og:title carrying the
// site's name before or after the headline, a logo set as an <h1>, two
// <h1>s, a live blog's heading above its timed updates, a kicker above the
// headline, a headline broken over two lines of flattened text, the
// headings of summary boxes, newsletter boxes and cookie banners, "Listen
// to this article", breadcrumbs in a dozen languages, a tickers strip, an
// all-capitals headline, a question, right-to-left and CJK headlines, and
// titles whose colon or dash belongs to them. Written blind (before its
// author read the title code), each row with the title a reader gives it;
// a row reads right when the article's title equals it as the benchmark
// compares titles ([wcxb.SameTitle]: case and punctuation aside). Rows the
// code still reads wrong are in knownTitleTrapGaps with the cause.

// titleTrapRow is one page of the census: html or flattened text, and the
// title a reader gives it.
type titleTrapRow struct {
	name string
	html bool
	page string
	want string
}

// The census's site and English headlines.
const (
	ttSite     = "Harbour Post"
	ttHead     = "Town council raises water tariff for the first time in six years"
	ttQuestion = "Who will pay for the new pipes under the market square?"
	ttColon    = "Water tariff: council votes for first rise in six years"
	ttDash     = "Pipes, pumps and a sixty-year-old map – how the town found its leaks"
	ttURL      = "https://harbourpost.example/local/2025/03/11/water-tariff-rise"
)

// ttStory holds the stories' paragraphs by language: two invented
// paragraphs each (a town's water tariff and its leaking pipes).
var ttStory = map[string][2]string{
	"en": {
		"The town council voted on Tuesday evening to raise the water tariff by four percent from April, the first rise since the waterworks were bought back from a private operator six years ago.",
		"Councillors said the extra money would pay for new pipes under the old market square, where leaks have closed the road twice this winter and flooded the cellars of three shops on the east side.",
	},
	"de": {
		"Der Gemeinderat hat am Dienstagabend beschlossen, den Wasserpreis ab April um vier Prozent zu erhöhen, zum ersten Mal seit sechs Jahren und seit der Rückkauf des Wasserwerks abgeschlossen wurde.",
		"Mit dem zusätzlichen Geld sollen neue Leitungen unter dem alten Marktplatz verlegt werden, wo Lecks in diesem Winter zweimal die Straße gesperrt und mehrere Keller überflutet haben.",
	},
	"fr": {
		"Le conseil municipal a voté mardi soir une hausse de quatre pour cent du prix de l'eau à partir d'avril, la première depuis que la commune a repris la gestion du réseau il y a six ans.",
		"Les élus affirment que cet argent servira à remplacer les canalisations sous la vieille place du marché, où des fuites ont fermé la rue deux fois cet hiver et inondé plusieurs caves.",
	},
	"es": {
		"El pleno municipal aprobó el martes por la noche subir un cuatro por ciento la tarifa del agua a partir de abril, la primera subida desde que el ayuntamiento recuperó la gestión hace seis años.",
		"Los concejales explicaron que el dinero servirá para renovar las tuberías bajo la vieja plaza del mercado, donde las fugas han cortado la calle dos veces este invierno y anegado varios sótanos.",
	},
	"it": {
		"Il consiglio comunale ha approvato martedì sera un aumento del quattro per cento della tariffa dell'acqua da aprile, il primo da quando il comune ha ripreso la gestione della rete sei anni fa.",
		"Secondo i consiglieri il denaro servirà a sostituire le tubature sotto la vecchia piazza del mercato, dove le perdite hanno chiuso la strada due volte quest'inverno e allagato diverse cantine.",
	},
	"pt": {
		"A câmara municipal aprovou na terça-feira à noite um aumento de quatro por cento na tarifa da água a partir de abril, o primeiro desde que o município retomou a gestão da rede há seis anos.",
		"Os vereadores disseram que o dinheiro vai pagar novos canos sob a velha praça do mercado, onde as fugas fecharam a rua duas vezes neste inverno e inundaram as caves de várias lojas.",
	},
	"nl": {
		"De gemeenteraad heeft dinsdagavond besloten het watertarief vanaf april met vier procent te verhogen, de eerste verhoging sinds de gemeente het waterbedrijf zes jaar geleden terugkocht.",
		"Volgens de raadsleden gaat het extra geld naar nieuwe leidingen onder het oude marktplein, waar lekken deze winter twee keer de weg afsloten en de kelders van drie winkels onder water zetten.",
	},
	"pl": {
		"Rada miejska zdecydowała we wtorek wieczorem o podniesieniu taryfy za wodę o cztery procent od kwietnia, po raz pierwszy od sześciu lat, gdy gmina odkupiła wodociągi od prywatnej spółki.",
		"Radni mówią, że dodatkowe pieniądze pójdą na nowe rury pod starym rynkiem, gdzie wycieki dwa razy tej zimy zamknęły ulicę i zalały piwnice trzech sklepów po wschodniej stronie placu.",
	},
	"tr": {
		"Belediye meclisi salı akşamı su tarifesini nisandan itibaren yüzde dört artırma kararı aldı; bu, belediyenin su şebekesini altı yıl önce özel bir şirketten geri almasından bu yana ilk artış.",
		"Meclis üyeleri ek gelirin eski pazar meydanının altındaki boruların yenilenmesine harcanacağını söyledi; meydandaki sızıntılar bu kış yolu iki kez kapattı ve üç dükkânın bodrumunu su bastı.",
	},
	"ru": {
		"Городской совет во вторник вечером проголосовал за повышение тарифа на воду на четыре процента с апреля, впервые за шесть лет с тех пор, как город выкупил водоканал у частной компании.",
		"По словам депутатов, деньги пойдут на замену труб под старой рыночной площадью, где этой зимой из-за протечек дважды перекрывали дорогу и затопило подвалы трёх магазинов.",
	},
	"fa": {
		"شورای شهر روز سه\u200cشنبه رأی داد که نرخ آب از فروردین چهار درصد افزایش یابد، نخستین افزایش از زمانی که شهرداری شش سال پیش شبکه آب را از یک شرکت خصوصی پس گرفت.",
		"اعضای شورا گفتند این پول صرف لوله\u200cهای تازه زیر میدان قدیمی بازار می\u200cشود، جایی که نشت آب این زمستان دو بار خیابان را بست و زیرزمین سه مغازه را آب گرفت.",
	},
	"ar": {
		"صوّت المجلس البلدي مساء الثلاثاء على رفع تعرفة المياه بنسبة أربعة في المئة اعتباراً من نيسان، في أول زيادة منذ أن استعادت البلدية إدارة الشبكة من شركة خاصة قبل ست سنوات.",
		"وقال الأعضاء إن المال الإضافي سيُنفق على أنابيب جديدة تحت ساحة السوق القديمة، حيث أغلقت التسربات الطريق مرتين هذا الشتاء وغمرت أقبية ثلاثة متاجر في الجهة الشرقية.",
	},
	"he": {
		"מועצת העיר הצביעה ביום שלישי בערב על העלאת תעריף המים בארבעה אחוזים החל מאפריל, ההעלאה הראשונה מאז שהעירייה קנתה בחזרה את תאגיד המים לפני שש שנים.",
		"חברי המועצה אמרו שהכסף ישמש להחלפת הצינורות מתחת לכיכר השוק הישנה, שם דליפות סגרו את הכביש פעמיים בחורף הזה והציפו את המרתפים של שלוש חנויות.",
	},
	"zh": {
		"市议会周二晚间投票决定，自四月起将水价上调百分之四，这是六年前市政府从私营公司手中收回自来水厂以来的首次上调。",
		"议员们表示，新增收入将用于更换老市场广场下方的管道。今年冬天，那里的漏水已两次导致道路封闭，并淹没了东侧三家商店的地下室。",
	},
	"ja": {
		"町議会は火曜日の夜、四月から水道料金を四パーセント引き上げることを可決した。六年前に町が民間会社から水道事業を買い戻して以来、初めての値上げとなる。",
		"議員らによると、増収分は旧市場広場の地下を通る水道管の交換に充てられる。この冬、広場では漏水で道路が二度通行止めとなり、東側の商店三軒の地下室が浸水した。",
	},
	"ko": {
		"시의회는 화요일 저녁 4월부터 수도 요금을 4퍼센트 인상하는 안을 의결했다. 6년 전 시가 민간 업체로부터 상수도 사업을 되사들인 이후 첫 인상이다.",
		"의원들은 추가 수입을 옛 시장 광장 아래 수도관 교체에 쓰겠다고 밝혔다. 이번 겨울 광장에서는 누수로 도로가 두 차례 통제됐고 상점 세 곳의 지하실이 물에 잠겼다.",
	},
}

// The census's headlines in the other languages, by language.
var ttHeads = map[string]string{
	"de": "Gemeinderat erhöht den Wasserpreis zum ersten Mal seit sechs Jahren",
	"fr": "Le conseil municipal augmente le prix de l'eau pour la première fois en six ans",
	"es": "El ayuntamiento sube la tarifa del agua por primera vez en seis años",
	"it": "Il comune aumenta la tariffa dell'acqua per la prima volta in sei anni",
	"pt": "Câmara aumenta a tarifa da água pela primeira vez em seis anos",
	"nl": "Gemeenteraad verhoogt watertarief voor het eerst in zes jaar",
	"pl": "Rada miejska podnosi taryfę za wodę po raz pierwszy od sześciu lat",
	"tr": "Belediye meclisi su tarifesini altı yıl sonra ilk kez artırdı",
	"ru": "Городской совет впервые за шесть лет повысил тариф на воду",
	"fa": "شورای شهر پس از شش سال نرخ آب را افزایش داد",
	"ar": "المجلس البلدي يرفع تعرفة المياه للمرة الأولى منذ ست سنوات",
	"he": "מועצת העיר מעלה את תעריף המים לראשונה מזה שש שנים",
	"zh": "市议会六年来首次上调水价",
	"ja": "町議会、六年ぶりに水道料金を値上げ",
	"ko": "시의회, 6년 만에 수도 요금 인상",
}

// ttHeadOf is the census's headline in lang.
func ttHeadOf(lang string) string {
	if lang == "en" {
		return ttHead
	}
	return ttHeads[lang]
}

// ttText joins a flattened page's lines: head, then the story of lang.
func ttText(lang string, head ...string) string {
	st := ttStory[lang]
	return strings.Join(head, "\n") + "\n" + st[0] + "\n" + st[1] + "\n"
}

// ttHTML is an HTML page: title the <title> (left out when ""), meta
// more <head> elements, body what the article's container holds before
// the story of lang.
func ttHTML(lang, title, meta, body string) string {
	st := ttStory[lang]
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="` + lang + `"><head><meta charset="utf-8">`)
	if title != "" {
		b.WriteString("<title>" + title + "</title>")
	}
	b.WriteString(meta)
	b.WriteString(`</head><body><header class="site-header"><a class="brand" href="/">` + ttSite + `</a><nav><a href="/local">Local</a> <a href="/sport">Sport</a> <a href="/opinion">Opinion</a></nav></header><main><article>`)
	b.WriteString(body)
	b.WriteString("<p>" + st[0] + "</p><p>" + st[1] + "</p></article></main><footer><p>© 2025 " + ttSite + "</p></footer></body></html>")
	return b.String()
}

// og is an og:title meta element.
func og(s string) string { return `<meta property="og:title" content="` + s + `">` }

// ttSiteName is the og:site_name meta element.
const ttSiteName = `<meta property="og:site_name" content="` + ttSite + `">`

// ttByline is the English story's byline and date lines on flattened text.
var ttByline = []string{"By Mara Lind", "11 March 2025, 18:40"}

// ttLines is head lines followed by ttByline.
func ttLines(head ...string) []string { return append(head, ttByline...) }

// ttBreadcrumbRows are flattened pages whose breadcrumb, in the page's
// language, ends in the section before the headline.
func ttBreadcrumbRows() []titleTrapRow {
	crumbs := map[string]string{
		"en": "Home › News › Local",
		"de": "Startseite > Politik > Kommunales",
		"fr": "Accueil > Société > Environnement",
		"es": "Inicio > Sociedad > Municipios",
		"it": "Home > Cronaca > Comune",
		"pt": "Início > Sociedade > Autarquias",
		"nl": "Home > Nieuws > Binnenland",
		"pl": "Strona główna > Wiadomości > Kraj",
		"tr": "Anasayfa > Gündem > Yerel",
		"ru": "Главная > Общество > Город",
		"fa": "خانه > جامعه > شهری",
		"ar": "الرئيسية > محليات > بلديات",
	}
	var rows []titleTrapRow
	for _, lang := range []string{"en", "de", "fr", "es", "it", "pt", "nl", "pl", "tr", "ru", "fa", "ar"} {
		rows = append(rows, titleTrapRow{name: "breadcrumb-" + lang, page: ttText(lang, crumbs[lang], ttHeadOf(lang)), want: ttHeadOf(lang)})
	}
	return rows
}

// ttSummaryRows are flattened pages with a summary box under the
// headline, its heading in the page's language.
func ttSummaryRows() []titleTrapRow {
	boxes := []struct{ lang, heading, point string }{
		{"en", "Key takeaways", "The tariff rises by four percent from April."},
		{"en", "In short", "The tariff rises by four percent from April."},
		{"de", "Das Wichtigste in Kürze", "Der Wasserpreis steigt ab April um vier Prozent."},
		{"fr", "En bref", "Le prix de l'eau augmente de quatre pour cent en avril."},
		{"es", "Lo más importante", "La tarifa del agua sube un cuatro por ciento en abril."},
		{"ru", "Коротко", "Тариф на воду вырастет на четыре процента с апреля."},
	}
	var rows []titleTrapRow
	for _, b := range boxes {
		name := "summary-" + b.lang + "-" + strings.ToLower(strings.Fields(b.heading)[0])
		rows = append(rows,
			titleTrapRow{name: name + "-below", page: ttText(b.lang, ttHeadOf(b.lang), b.heading, b.point), want: ttHeadOf(b.lang)},
			titleTrapRow{name: name + "-above", page: ttText(b.lang, "Menu", b.heading, b.point, ttHeadOf(b.lang)), want: ttHeadOf(b.lang)},
		)
	}
	return rows
}

// ttRows are the census's other rows.
var ttRows = []titleTrapRow{
	// Site names around the headline in <title> and og:title.
	{name: "html-title-pipe-suffix", html: true, page: ttHTML("en", ttHead+" | "+ttSite, og(ttHead+" | "+ttSite), ""), want: ttHead},
	{name: "html-title-pipe-prefix", html: true, page: ttHTML("en", ttSite+" | "+ttHead, og(ttSite+" | "+ttHead), ""), want: ttHead},
	{name: "html-title-endash-suffix", html: true, page: ttHTML("en", ttHead+" – "+ttSite, og(ttHead+" – "+ttSite), ""), want: ttHead},
	{name: "html-title-chain", html: true, page: ttHTML("en", ttHead+" :: Local :: "+ttSite, "", ""), want: ttHead},
	{name: "html-og-suffix-h1", html: true, page: ttHTML("en", ttHead+" - "+ttSite, og(ttHead+" - "+ttSite)+ttSiteName, "<h1>"+ttHead+"</h1>"), want: ttHead},
	{name: "html-colon-kept", html: true, page: ttHTML("en", ttColon+" | "+ttSite, og(ttColon), "<h1>"+ttColon+"</h1>"), want: ttColon},
	{name: "html-colon-kept-no-h1", html: true, page: ttHTML("en", ttColon+" | "+ttSite, og(ttColon+" | "+ttSite), ""), want: ttColon},
	{name: "html-dash-kept", html: true, page: ttHTML("en", ttDash+" | "+ttSite, og(ttDash), "<h1>"+ttDash+"</h1>"), want: ttDash},
	{name: "html-dash-kept-no-h1", html: true, page: ttHTML("en", ttDash+" | "+ttSite, og(ttDash+" | "+ttSite)+ttSiteName, ""), want: ttDash},
	{name: "html-question", html: true, page: ttHTML("en", ttQuestion+" - "+ttSite, og(ttQuestion), "<h1>"+ttQuestion+"</h1>"), want: ttQuestion},

	// Logos and other headings around the headline.
	{name: "html-logo-h1-then-h1", html: true, page: ttHTML("en", ttHead+" | "+ttSite, "", `<h1 class="logo"><a href="/">`+ttSite+`</a></h1><h1 class="entry-title">`+ttHead+"</h1>"), want: ttHead},
	{name: "html-logo-h1-headline-h2", html: true, page: ttHTML("en", ttHead+" | "+ttSite, og(ttHead), `<h1 class="logo"><a href="/">`+ttSite+`</a></h1><h2 class="entry-title">`+ttHead+"</h2>"), want: ttHead},
	{name: "html-kicker-above", html: true, page: ttHTML("en", ttHead+" | "+ttSite, og(ttHead), `<span class="kicker">Water supply</span><h1>`+ttHead+"</h1>"), want: ttHead},
	{name: "html-live-blog", html: true, page: ttHTML("en", "Storm Ada reaches the coast: latest updates | "+ttSite, og("Storm Ada reaches the coast: latest updates"), `<h1>Storm Ada reaches the coast: latest updates</h1><h2>18:42 Ferries stay in port</h2><p>The last crossing of the day has been called off.</p><h2>18:15 Coast road closed at the pier</h2>`), want: "Storm Ada reaches the coast: latest updates"},
	{name: "html-cookie-banner-first", html: true, page: ttHTML("en", ttHead+" | "+ttSite, og(ttHead), `<div class="cookie-banner"><h2>We value your privacy</h2><p>We and our partners use cookies to measure our audience.</p><button>Accept all</button></div><h1>`+ttHead+"</h1>"), want: ttHead},
	{name: "html-newsletter-box", html: true, page: ttHTML("en", ttHead+" | "+ttSite, "", `<h1>`+ttHead+`</h1><aside class="newsletter"><h2>Get the Morning Tide in your inbox</h2><p>Sign up for our free daily newsletter.</p></aside>`), want: ttHead},
	{name: "html-summary-box", html: true, page: ttHTML("en", ttHead+" | "+ttSite, "", `<h1>`+ttHead+`</h1><div class="summary"><h2>Key takeaways</h2><ul><li>The tariff rises by four percent from April.</li><li>The money pays for new pipes.</li></ul></div>`), want: ttHead},
	{name: "html-listen", html: true, page: ttHTML("en", ttHead+" | "+ttSite, "", `<h1>`+ttHead+`</h1><div class="audio"><span>Listen to this article</span> <span>5 min</span></div>`), want: ttHead},
	{name: "html-caps-h1", html: true, page: ttHTML("en", ttHead+" | "+ttSite, og(ttHead), "<h1>"+strings.ToUpper(ttHead)+"</h1>"), want: ttHead},
	{name: "html-fa-title-suffix", html: true, page: ttHTML("fa", ttHeads["fa"]+" | خبرگزاری بندر", "", ""), want: ttHeads["fa"]},
	{name: "html-ar-h1", html: true, page: ttHTML("ar", ttHeads["ar"]+" - بوابة الميناء", og(ttHeads["ar"]), "<h1>"+ttHeads["ar"]+"</h1>"), want: ttHeads["ar"]},
	{name: "html-zh-title-suffix", html: true, page: ttHTML("zh", ttHeads["zh"]+"_港口日报", "", ""), want: ttHeads["zh"]},
	{name: "html-ja-title-suffix", html: true, page: ttHTML("ja", ttHeads["ja"]+"｜港新聞", "", ""), want: ttHeads["ja"]},
	{name: "html-ko-title-suffix", html: true, page: ttHTML("ko", ttHeads["ko"]+" - 항구일보", og(ttHeads["ko"]+" - 항구일보"), ""), want: ttHeads["ko"]},

	// Flattened text: clutter before the headline.
	{name: "text-skip-links", page: ttText("en", ttLines("Skip to content", "Accessibility links", ttSite, ttHead)...), want: ttHead},
	{name: "text-tickers", page: ttText("en", ttLines("FTSE 100 8,102.4 +0.3%", "EUR/GBP 0.8561 -0.1%", "Brent 81.20 +1.2%", ttHead)...), want: ttHead},
	{name: "text-cookie-banner", page: ttText("en", ttLines("We value your privacy", "We and our partners use cookies to measure our audience and show personalised ads.", "Accept all", "Manage preferences", ttHead)...), want: ttHead},
	{name: "text-newsletter-above", page: ttText("en", ttLines("Get the Morning Tide", "Sign up for our free daily newsletter", ttHead)...), want: ttHead},
	{name: "text-kicker-above", page: ttText("en", ttLines("WATER SUPPLY", ttHead)...), want: ttHead},
	{name: "text-caption-above", page: ttText("en", ttLines("The old market square, where leaks closed the road twice this winter. Photo: Jan Berg", ttHead)...), want: ttHead},
	{name: "text-sidebar-mins-ago", page: ttText("en", ttLines("Latest", "Harbour ferry timetable changes from Monday - 6 mins ago", ttHead)...), want: ttHead},
	{name: "text-timestamp-above", page: ttText("en", "Tuesday 11 March 2025 18:40", ttHead, "By Mara Lind"), want: ttHead},
	{name: "text-listen-below", page: ttText("en", ttLines(ttHead, "Listen to this article", "5 min")...), want: ttHead},
	{name: "text-listen-above", page: ttText("en", ttLines("Listen to this article 5 min", ttHead)...), want: ttHead},
	{name: "text-caps", page: ttText("en", ttLines("Local", strings.ToUpper(ttHead))...), want: ttHead},
	{name: "text-question", page: ttText("en", ttLines("Local", ttQuestion)...), want: ttQuestion},
	{name: "text-colon", page: ttText("en", ttLines("Local", ttColon)...), want: ttColon},
	{name: "text-dash", page: ttText("en", ttLines("Local", ttDash)...), want: ttDash},
	{name: "text-split-two-lines", page: ttText("en", ttLines("Local", "Town council raises water tariff", "for the first time in six years")...), want: ttHead},
	{name: "text-breadcrumb-ends-in-headline", page: ttText("en", ttLines("Home / Local / "+ttHead, ttHead)...), want: ttHead},
	{name: "text-de-byline-von", page: ttText("de", ttHeads["de"], "von Laura Berger", "11.03.2025, 18:40 Uhr", "Kopiere den aktuellen Link"), want: ttHeads["de"]},
	{name: "text-he", page: ttText("he", "ראשי", ttHeads["he"]), want: ttHeads["he"]},
	{name: "text-zh", page: ttText("zh", "首页 > 本地", ttHeads["zh"], "2025-03-11 18:40"), want: ttHeads["zh"]},
	{name: "text-ja", page: ttText("ja", "ホーム > 地域", ttHeads["ja"], "2025年3月11日 18時40分"), want: ttHeads["ja"]},
	{name: "text-ko", page: ttText("ko", "홈 > 사회", ttHeads["ko"], "입력 2025.03.11 18:40"), want: ttHeads["ko"]},
}

// knownTitleTrapGaps are the census's rows the title code still reads
// wrong, with the cause. Written blind, 61 of the 69 rows read right; the
// eight misses now read right: "Strona główna" and "خانه" (Home) open a
// breadcrumb, a summary box's heading ([clean]'s summaryHeading) is no
// title or kicker and its points no slug's headline, and a "Latest" list
// stops at the story's headline that a byline and prose follow.
var knownTitleTrapGaps = map[string]bool{}

// The title-trap census: each row's page gives the row's title, as the
// benchmark compares titles.
func TestTitleTrapCensus(t *testing.T) {
	rows := append(append(append([]titleTrapRow{}, ttRows...), ttBreadcrumbRows()...), ttSummaryRows()...)
	g := gapTable{list: "knownTitleTrapGaps", known: knownTitleTrapGaps}
	for _, r := range rows {
		g.row(t, r.name, func(t *testing.T, ck checker) {
			var a *extract.Article
			var err error
			if r.html {
				a, err = extract.HTMLBytes([]byte(r.page), "text/html; charset=utf-8", &extract.Options{URL: ttURL})
			} else {
				a, err = extract.Text([]byte(r.page), &extract.Options{URL: ttURL})
			}
			if err != nil {
				t.Fatal(err)
			}
			if !wcxb.SameTitle(a.Title, r.want) {
				ck.Errorf("title %q, want %q", a.Title, r.want)
			}
		})
	}
	g.done(t, len(rows))
}
