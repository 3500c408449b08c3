package extract_test

import (
	"strings"
	"testing"
)

// The headline-kinds census: kinds of headline the other flattened-text
// title censuses lack. A headline over its own sub-headline in capitals,
// a question, a headline with a label and a colon, a headline in quotes,
// an interview's quote headline, a title-case headline wrapped at sixty
// characters, a headline with an emoji, a headline under a breadcrumb
// trail in several languages, heads in Turkish, Indonesian, Vietnamese,
// Thai, Hindi and Persian with their own date forms, and a social
// channel's message under a page's title line. Every line is invented;
// the story is one invented story (an old stone bridge reopened after
// repairs) told in nine languages.

// bridgeStory is the story under each head, by language.
var bridgeStory = map[string][]string{
	"en": {
		"The stone bridge over the river Weir reopened to cars and buses on Saturday morning, two years after engineers closed it when a crack was found in its central arch, the county council said.",
		"The repairs cost just over four million and replaced most of the bridge's deck, while the arches built in 1880 were strengthened with steel ties hidden inside the stonework.",
	},
	"tr": {
		"Weir Nehri üzerindeki tarihi taş köprü, orta kemerinde çatlak bulunmasının ardından iki yıl önce kapatılmıştı ve cumartesi sabahı yeniden araç trafiğine açıldı, il yönetimi açıkladı.",
		"Dört milyonu aşan onarım çalışmalarında köprünün tabliyesi büyük ölçüde yenilendi, 1880'de yapılan kemerler ise taşların içine gizlenen çelik bağlarla güçlendirildi.",
	},
	"id": {
		"Jembatan batu tua di atas Sungai Weir kembali dibuka untuk mobil dan bus pada Sabtu pagi, dua tahun setelah ditutup karena retakan ditemukan di lengkungan tengahnya, kata pemerintah daerah.",
		"Perbaikan senilai lebih dari empat juta itu mengganti sebagian besar lantai jembatan, sementara lengkungan yang dibangun pada 1880 diperkuat dengan pengikat baja yang tersembunyi di dalam batu.",
	},
	"vi": {
		"Cây cầu đá cổ bắc qua sông Weir đã thông xe trở lại vào sáng thứ bảy, hai năm sau khi bị đóng cửa vì phát hiện vết nứt ở vòm giữa, chính quyền địa phương cho biết.",
		"Công trình sửa chữa trị giá hơn bốn triệu đã thay thế phần lớn mặt cầu, còn các vòm xây từ năm 1880 được gia cố bằng những thanh giằng thép giấu bên trong lớp đá.",
	},
	"th": {
		"สะพานหินเก่าข้ามแม่น้ำเวียร์เปิดให้รถยนต์และรถประจำทางสัญจรได้อีกครั้งเมื่อเช้าวันเสาร์ หลังจากถูกปิดไปสองปีเพราะพบรอยร้าวที่ซุ้มโค้งกลาง เจ้าหน้าที่จังหวัดระบุ",
		"งานซ่อมแซมซึ่งใช้งบประมาณกว่าสี่ล้านได้เปลี่ยนพื้นสะพานเกือบทั้งหมด ส่วนซุ้มโค้งที่สร้างขึ้นในปี 1880 ได้รับการเสริมความแข็งแรงด้วยเหล็กยึดที่ซ่อนอยู่ในเนื้อหิน",
	},
	"hi": {
		"वियर नदी पर बना पुराना पत्थर का पुल शनिवार सुबह कारों और बसों के लिए फिर से खोल दिया गया, दो साल पहले इसके बीच वाले मेहराब में दरार मिलने के बाद इसे बंद किया गया था, जिला प्रशासन ने बताया।",
		"चार करोड़ से अधिक की मरम्मत में पुल का अधिकांश डेक बदला गया, जबकि 1880 में बने मेहराबों को पत्थरों के भीतर छिपी स्टील की पट्टियों से मज़बूत किया गया।",
	},
	"fa": {
		"پل سنگی قدیمی روی رودخانه ویر صبح شنبه دوباره به روی خودروها و اتوبوس\u200cها باز شد، دو سال پس از آنکه به دلیل ترک در طاق میانی بسته شده بود، استانداری اعلام کرد.",
		"در تعمیرات که بیش از چهار میلیون هزینه داشت بیشتر عرشه پل تعویض شد و طاق\u200cهایی که در سال ۱۸۸۰ ساخته شده بودند با بست\u200cهای فولادی پنهان در دل سنگ\u200cها مقاوم\u200cسازی شدند.",
	},
	"de": {
		"Die steinerne Brücke über die Weir ist seit Samstagmorgen wieder für Autos und Busse befahrbar, zwei Jahre nachdem Ingenieure sie wegen eines Risses im mittleren Bogen gesperrt hatten, teilte der Landkreis mit.",
		"Die Sanierung kostete gut vier Millionen Euro; der größte Teil der Fahrbahn wurde erneuert, die Bögen von 1880 wurden mit Stahlankern verstärkt, die im Mauerwerk verborgen sind.",
	},
	"es": {
		"El puente de piedra sobre el río Weir volvió a abrirse a coches y autobuses el sábado por la mañana, dos años después de que los ingenieros lo cerraran al hallar una grieta en su arco central, informó la diputación.",
		"Las obras costaron algo más de cuatro millones y sustituyeron casi todo el tablero, mientras que los arcos construidos en 1880 se reforzaron con tirantes de acero ocultos en la piedra.",
	},
}

// bridgePage is a flattened page: head's lines, the story in lang and a
// short footer, a blank line between every two.
func bridgePage(lang string, head ...string) string {
	lines := append(append(append([]string{}, head...), bridgeStory[lang]...), "Contact", "Privacy", "© 2026 Weir Valley News")
	return strings.Join(lines, "\n\n") + "\n"
}

// The census's English headline, byline and date line.
const (
	bridgeHead = "Stone bridge over the Weir reopens after two years of repairs"
	bridgeBy   = "By Tom Ashby"
	bridgeDay  = "Saturday 5 December 2026, 10:40"

	bridgeTr = "Tarihi taş köprü iki yıl süren onarımın ardından trafiğe açıldı"
	bridgeID = "Jembatan batu tua dibuka kembali setelah dua tahun perbaikan"
	bridgeVi = "Cây cầu đá cổ thông xe trở lại sau hai năm sửa chữa"
	bridgeTh = "สะพานหินเก่าเปิดใช้อีกครั้งหลังซ่อมแซมนานสองปี"
	bridgeHi = "दो साल की मरम्मत के बाद पुराना पत्थर का पुल फिर खुला"
	bridgeFa = "پل سنگی قدیمی پس از دو سال تعمیر بازگشایی شد"
	bridgeDe = "Alte Steinbrücke über die Weir nach zwei Jahren wieder offen"
	bridgeEs = "El viejo puente de piedra sobre el Weir reabre tras dos años de obras"
)

// headlineKindRows are the census's rows: a name, the page, its title,
// and text the body must hold.
var headlineKindRows = []titleCensusRow{
	// A headline over its own sub-headline in capitals.
	{"sub-headline in capitals, byline, date", bridgePage("en", bridgeHead, "ENGINEERS SAY THE 1880 SPAN WILL CARRY BUSES AGAIN", bridgeBy, bridgeDay), bridgeHead, bridgeStory["en"][0]},
	{"sub-headline in capitals, no byline", bridgePage("en", "Weir Valley News", bridgeHead, "FOUR MILLION REPAIR BILL CAME IN UNDER BUDGET"), bridgeHead, bridgeStory["en"][0]},
	{"capitals headline over a sentence-case deck", bridgePage("en", "BRIDGE IS BACK", "The 1880 span over the Weir carries cars and buses again after a two-year repair that cost four million.", bridgeBy, bridgeDay), "BRIDGE IS BACK", ""},

	// A question.
	{"question headline, byline, date", bridgePage("en", "Will the old stone bridge survive another winter of floods?", bridgeBy, bridgeDay), "Will the old stone bridge survive another winter of floods?", ""},
	{"short question headline under the site's name", bridgePage("en", "Weir Valley News", "Is the bridge safe?", bridgeDay), "Is the bridge safe?", ""},
	{"Turkish question headline", bridgePage("tr", "Weir Vadisi Haber", "Tarihi köprü yeni bir sel felaketine dayanabilir mi?", "06.12.2026 14:30"), "Tarihi köprü yeni bir sel felaketine dayanabilir mi?", ""},

	// A label and a colon.
	{"Analysis colon headline", bridgePage("en", "Analysis: Why a cracked arch kept the Weir bridge shut for two years", bridgeBy, bridgeDay), "Analysis: Why a cracked arch kept the Weir bridge shut for two years", ""},
	{"Explainer colon headline under a section", bridgePage("en", "Transport", "Explainer: What the bridge closure cost shops in the old town", bridgeDay), "Explainer: What the bridge closure cost shops in the old town", ""},
	{"Opinion colon headline with a byline above", bridgePage("en", bridgeBy, "Opinion: The bridge was worth every penny of four million", bridgeDay), "Opinion: The bridge was worth every penny of four million", ""},

	// Quotes.
	{"headline wholly in quotes", bridgePage("en", "“The bridge is the heart of this town”", bridgeBy, bridgeDay), "“The bridge is the heart of this town”", ""},
	{"headline opening with a quote and a colon", bridgePage("en", "“We waited two years”: shopkeepers cheer as the bridge reopens", bridgeDay), "“We waited two years”: shopkeepers cheer as the bridge reopens", ""},
	{"interview headline, says X", bridgePage("en", "Interview", "'We never gave up on it,' says the engineer who saved the bridge", bridgeBy, bridgeDay), "'We never gave up on it,' says the engineer who saved the bridge", ""},
	{"interview headline, curly quotes", bridgePage("en", "‘It is stronger now than in 1880,’ says bridge engineer", bridgeDay), "‘It is stronger now than in 1880,’ says bridge engineer", ""},

	// A headline wrapped at sixty characters.
	{"title-case headline wrapped, the second line lower case", bridgePage("en", "Weir Valley News", "Old Stone Bridge Reopens to Cars and Buses After Two Years\nof Repairs and a Four Million Bill", bridgeDay), "Old Stone Bridge Reopens to Cars and Buses After Two Years of Repairs and a Four Million Bill", ""},
	{"sentence headline wrapped after a comma", bridgePage("en", "Weir Valley News", "Bridge over the Weir reopens after two years of repairs,\nfour million and one cracked arch", bridgeBy), "Bridge over the Weir reopens after two years of repairs, four million and one cracked arch", ""},

	// An emoji.
	{"emoji opening the headline", bridgePage("en", "🚧 Stone bridge over the Weir reopens after two years", bridgeBy, bridgeDay), "🚧 Stone bridge over the Weir reopens after two years", ""},
	{"emoji closing the headline", bridgePage("en", "Weir Valley News", "The bridge is back! Town celebrates its reopening 🎉", bridgeDay), "The bridge is back! Town celebrates its reopening 🎉", ""},

	// A breadcrumb trail over the headline.
	{"English trail", bridgePage("en", "Home / News / Region", bridgeHead, bridgeBy, bridgeDay), bridgeHead, ""},
	{"German trail", bridgePage("de", "Startseite / Nachrichten / Region", bridgeDe, "Von Tom Ashby", "05.12.2026, 10:40 Uhr"), bridgeDe, ""},
	{"Spanish trail", bridgePage("es", "Inicio > Noticias > Región", bridgeEs, "Por Tomás Asensio", "5 de diciembre de 2026"), bridgeEs, ""},
	{"Turkish trail", bridgePage("tr", "Ana Sayfa / Gündem / Bölge", bridgeTr, "06.12.2026 14:30"), bridgeTr, ""},
	{"Indonesian trail", bridgePage("id", "Beranda / Berita / Daerah", bridgeID, "Sabtu, 6 Desember 2026 14:30 WIB"), bridgeID, ""},
	{"Vietnamese trail", bridgePage("vi", "Trang chủ / Thời sự / Địa phương", bridgeVi, "Thứ bảy, 6/12/2026, 14:30 (GMT+7)"), bridgeVi, ""},
	{"Thai trail", bridgePage("th", "หน้าแรก / ข่าว / ภูมิภาค", bridgeTh, "6 ธ.ค. 2569 14:30 น."), bridgeTh, ""},
	{"Hindi trail with a site name", bridgePage("hi", "वियर घाटी समाचार", "होम / समाचार / राज्य", bridgeHi, "अपडेटेड: 6 दिसंबर 2026, 14:30 IST"), bridgeHi, ""},
	{"Persian trail", bridgePage("fa", "خانه / اخبار / استان\u200cها", bridgeFa, "۱۵ آذر ۱۴۰۵ - ۱۴:۳۰"), bridgeFa, ""},

	// Heads in six languages, with their own bylines and date forms.
	{"Turkish head", bridgePage("tr", "Weir Vadisi Haber", bridgeTr, "Haber Merkezi", "Güncelleme: 06.12.2026 14:30"), bridgeTr, bridgeStory["tr"][0]},
	{"Indonesian head", bridgePage("id", bridgeID, "Penulis: Rina Sari", "Sabtu, 6 Desember 2026 14:30 WIB"), bridgeID, bridgeStory["id"][0]},
	{"Vietnamese head", bridgePage("vi", "Thời sự", bridgeVi, "Thứ bảy, 6/12/2026, 14:30 (GMT+7)"), bridgeVi, bridgeStory["vi"][0]},
	{"Thai head", bridgePage("th", bridgeTh, "โดย สมชาย ใจดี", "6 ธ.ค. 2569 14:30 น."), bridgeTh, bridgeStory["th"][0]},
	{"Hindi head", bridgePage("hi", bridgeHi, "अपडेटेड: 6 दिसंबर 2026, 14:30 IST"), bridgeHi, bridgeStory["hi"][0]},
	{"Persian head", bridgePage("fa", "کد خبر: 482913", bridgeFa, "۱۵ آذر ۱۴۰۵ - ۱۴:۳۰"), bridgeFa, bridgeStory["fa"][0]},
	{"Turkish head with a deck", bridgePage("tr", bridgeTr, "Orta kemerinde çatlak bulunan köprü, dört milyonu aşan onarımın ardından araçlara yeniden açıldı.", "06.12.2026 14:30"), bridgeTr, ""},
	{"Indonesian head with a kicker", bridgePage("id", "Berita Daerah", bridgeID, "Kompas Lembah Weir - Sabtu, 6 Desember 2026"), bridgeID, ""},

	// A social channel's message under the page's title line.
	{"channel message under a title line", bridgePage("en", bridgeHead+" | Weir Valley News", "Weir Valley News", "@weirvalleynews", "Good morning, drivers!", "The bridge is open from 10 a.m. today, buses included. Thank you for your patience over the last two years."), bridgeHead, ""},
	{"channel message with views under a title line", bridgePage("en", bridgeHead+" – Weir Valley News", "Weir Valley News", "12.4K subscribers", "It's open!", "Buses return to the bridge route from Monday, cars from today.", "3.1K views 10:42"), bridgeHead, ""},
	{"post on a community wall under a title line", bridgePage("en", bridgeHead+" - Weir Valley News", "Weir Valley News", "Community", "Finally", "The first bus crossed the bridge at 10:15 this morning, with the mayor on board."), bridgeHead, ""},

	// Added after the blind count, from reading the title-tag code: a
	// message's short first line right over its text, and its stay.
	{"channel message with a short first line under a title line", bridgePage("en", bridgeHead+" | Weir Valley News", "Weir Valley News", "Big day for drivers", "The bridge is open from 10 a.m. today, buses included. Thank you for your patience over the last two years."), bridgeHead, ""},
	{"stay: short headline under a title line of another site", bridgePage("en", bridgeHead+" | Weir Times", "Weir Valley News", "Big day for drivers", "The bridge is open from 10 a.m. today, buses included. Thank you for your patience over the last two years."), "Big day for drivers", ""},

	// Stay: a kicker is no headline, nor is a sub-headline in capitals under a short headline.
	{"stay: short headline over a sub-headline in capitals", bridgePage("en", "Bridge reopens", "ENGINEERS SAY THE 1880 SPAN WILL CARRY BUSES AGAIN", bridgeBy), "Bridge reopens", ""},
	{"stay: headline under a one-word kicker", bridgePage("en", "Transport", bridgeHead, bridgeBy, bridgeDay), bridgeHead, ""},
}

// knownHeadlineKindGaps are the census's rows that read wrong, with the
// cause. Written blind, the census read 31 of its 39 rows right. With a
// sub-headline in capitals under a mixed-case headline no headline
// (clean/textheadabove_capsdeck.go): 33 of 39. With a field whose value
// is a number and a post's counters line no headline (clean's
// numberField and countLine): 35 of 39. Two rows added after, from
// reading extract's title-tag code: a message's short first line under
// the page's <title> line gives way to its headline when the copyright
// line names the site (extract/texttitle_channel.go), 37 of 41. With the
// Persian home word "خانه" in the breadcrumb pattern (clean's
// textstorymeta.go), 38 of 41.
var knownHeadlineKindGaps = map[string]bool{
	// The site's name over a trail is taken, as on the flat-head and
	// page-head censuses' trails.
	"Hindi trail with a site name": true,
	// The Turkish story, in fewer and longer words, is under the story
	// detector's sixty words: with no story found the page's first
	// headline-shaped line, the site's name, is taken.
	"Turkish head": true,
	// A headline of fewer than four words over a sub-headline in capitals
	// is as often the site's or a section's name over a headline set in
	// capitals: the capitals line is taken.
	"stay: short headline over a sub-headline in capitals": true,
}

// TestTextTitleHeadlineKinds reads each census page as flattened text.
func TestTextTitleHeadlineKinds(t *testing.T) {
	runTitleCensus(t, "knownHeadlineKindGaps", knownHeadlineKindGaps, headlineKindRows)
}
