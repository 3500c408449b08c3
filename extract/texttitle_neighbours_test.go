package extract_test

import (
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// The headline's neighbours census: flattened heads where the lines next
// to the headline are what a title reader most often takes instead of it
// (a byline with the outlet after a comma, an age line such as "2 hours
// ago", a live prefix, a listen line with its length, a cookie banner's
// lines, a breadcrumb, a row of menu words in lower case), and headlines
// in Turkish, Azerbaijani, Persian, Hindi and Thai. Written blind (before
// its author read the text title code), each head invented; the rows the
// code still reads wrong are in knownNeighbourTitleGaps with the reason.

// neighbourStory holds two invented paragraphs (a market hall reopens)
// in the languages the census needs that worldBridge has not.
var neighbourStory = map[string][2]string{
	"az": {
		"Şəhərin köhnə bazar binası üç illik təmirdən sonra bazar ertəsi yenidən açıldı və ilk gün səhər tezdən yüzlərlə sakin təzə meyvə, pendir və çörək almaq üçün növbəyə düzüldü.",
		"Bələdiyyə rəhbəri açılışda bildirdi ki, binanın damı və divarları tamamilə yenilənib, içəridə isə altmışdan çox kiçik satıcı üçün yer ayrılıb və bazar hər gün axşam səkkizə qədər işləyəcək.",
	},
	"fa": {
		"بازار سرپوشیده قدیمی شهر پس از سه سال بازسازی روز دوشنبه دوباره گشوده شد و صدها نفر از ساکنان از صبح زود برای خرید میوه، پنیر و نان تازه در صف ایستادند.",
		"شهردار در مراسم بازگشایی گفت سقف و دیوارهای ساختمان به طور کامل نوسازی شده و در داخل آن برای بیش از شصت فروشنده کوچک جا در نظر گرفته شده است و بازار هر روز تا ساعت هشت شب باز خواهد بود.",
	},
	"th": {
		"ตลาดเก่าของเมืองกลับมาเปิดอีกครั้งในวันจันทร์หลังจากปิดซ่อมแซมนานสามปี ชาวบ้านหลายร้อยคนมาต่อแถวตั้งแต่เช้าตรู่เพื่อซื้อผลไม้ ชีส และขนมปังสด พ่อค้าแม่ค้าหลายรายบอกว่าดีใจที่ได้กลับมาขายของในอาคารเดิมที่ครอบครัวของพวกเขาเคยเช่ามานานหลายสิบปี และหวังว่าลูกค้าประจำจะกลับมาอุดหนุนเหมือนเมื่อก่อน",
		"นายกเทศมนตรีกล่าวในพิธีเปิดว่าหลังคาและผนังของอาคารได้รับการปรับปรุงใหม่ทั้งหมด ภายในมีพื้นที่สำหรับพ่อค้าแม่ค้ารายย่อยกว่าหกสิบราย และตลาดจะเปิดทุกวันจนถึงสองทุ่ม เทศบาลยังได้สร้างที่จอดรถจักรยานเพิ่มขึ้นอีกสองร้อยคันและปรับปรุงทางเดินรอบอาคารให้ผู้สูงอายุและผู้ที่ใช้รถเข็นเดินทางได้สะดวกขึ้นกว่าเดิม",
	},
}

// neighbourTitlePage is a row's page: its head, the story's two
// paragraphs in the row's language, and a footer.
func neighbourTitlePage(head, lang string) (string, bool) {
	st, ok := neighbourStory[lang]
	if !ok {
		st, ok = worldBridge[lang]
	}
	return head + "\n\n" + st[0] + "\n\n" + st[1] + "\n\n" + "Contact us\nPrivacy policy\n© 2026 All rights reserved.\n", ok
}

// The census's English headline.
const nbHead = "Footbridge finally joins the old town to the station"

// neighbourTitleRows are the census's rows: the head's lines ("\n"
// between lines), the story's language, and the title a reader gives the
// page.
var neighbourTitleRows = []struct {
	name, head, lang, want string
}{
	// bylines next to the headline
	{"an analysis byline with the outlet above the headline",
		"Analysis by Jane Roe, Harbour News\n" + nbHead + "\nUpdated 9:14 AM EST, Mon March 2, 2026", "en", nbHead},
	{"an analysis byline with the outlet under the headline",
		"Politics\n" + nbHead + "\nAnalysis by Jane Roe, Harbour News\nUpdated 9:14 AM EST, Mon March 2, 2026", "en", nbHead},
	{"an opinion byline under the headline",
		"Opinion\n" + nbHead + "\nOpinion by Jane Roe\nPublished 6:02 PM EST, Sun March 1, 2026", "en", nbHead},
	{"a name and outlet without By under the headline",
		nbHead + "\nJane Roe, Harbour News\nMarch 2, 2026", "en", nbHead},
	{"a name, a role and an age above the headline",
		"Jane Roe\nStaff writer\n3 hours ago\n" + nbHead, "en", nbHead},
	{"a story-by line with a short age",
		nbHead + "\nStory by Jane Roe • 2h", "en", nbHead},
	{"posted hours ago by a writer",
		nbHead + "\nPosted 4 hours ago by Jane Roe", "en", nbHead},
	{"a byline with the outlet and an age above the headline",
		"By Jane Roe, Harbour News\n2 hours ago\n" + nbHead, "en", nbHead},
	// age lines
	{"an age line above the headline",
		"News\n2 hours ago\n" + nbHead + "\nBy Jane Roe", "en", nbHead},
	{"an age line under the headline",
		"News\n" + nbHead + "\n2 hours ago\nShare", "en", nbHead},
	{"a byline then an age in minutes",
		nbHead + "\nBy Jane Roe\n35 minutes ago", "en", nbHead},
	{"published hours ago under the headline",
		nbHead + "\nPublished 3 hours ago", "en", nbHead},
	{"updated minutes ago above the headline",
		"Updated 12 minutes ago\n" + nbHead + "\nJane Roe", "en", nbHead},
	{"just now under the headline",
		"Local\n" + nbHead + "\nJust now", "en", nbHead},
	{"a read time and an age",
		nbHead + "\n5 min read · 2 days ago", "en", nbHead},
	{"a French age line above the headline",
		"Publié il y a 3 heures\nLa passerelle relie enfin la vieille ville à la gare\nPar Jeanne Roux", "fr", "La passerelle relie enfin la vieille ville à la gare"},
	{"a French age line under the headline",
		"Société\nLa passerelle relie enfin la vieille ville à la gare\nPublié il y a 3 heures\nMis à jour il y a 40 minutes", "fr", "La passerelle relie enfin la vieille ville à la gare"},
	{"a Spanish age line above the headline",
		"Actualidad\nHace 2 horas\nLa nueva pasarela une por fin el casco antiguo con la estación\nPor Juana Ruiz", "es", "La nueva pasarela une por fin el casco antiguo con la estación"},
	{"a German age line under the headline",
		"Lokales\nNeue Brücke verbindet die Altstadt endlich mit dem Bahnhof\nvor 3 Stunden\nVon Jana Roth", "de", "Neue Brücke verbindet die Altstadt endlich mit dem Bahnhof"},
	// live
	{"a Live: prefix",
		"Live: Crowds cross the new footbridge before the ribbon is cut\nLast updated 10:42 GMT\nJane Roe", "en", "Live: Crowds cross the new footbridge before the ribbon is cut"},
	{"a LIVE dash prefix",
		"News\nLIVE – Footbridge opening: crowds cross before the ribbon is cut\nUpdated 2 minutes ago", "en", "LIVE – Footbridge opening: crowds cross before the ribbon is cut"},
	{"a live updates prefix",
		"Live updates: Footbridge opens to crowds at the station\nBy Jane Roe and Tom Park\nMarch 2, 2026", "en", "Live updates: Footbridge opens to crowds at the station"},
	{"a LIVE UPDATES line over the headline",
		"LIVE UPDATES\nFootbridge opens to crowds at the station\n10 minutes ago", "en", "Footbridge opens to crowds at the station"},
	// listen lines
	{"a listen line with a middle dot and length",
		nbHead + "\nListen to this article · 5 min\nBy Jane Roe\nMarch 2, 2026", "en", nbHead},
	{"a listen line with a clock length",
		"Local\n" + nbHead + "\nListen · 5:32\nJane Roe", "en", nbHead},
	{"a listen line with a length, no dot",
		nbHead + "\nListen to this article 4 minutes\nMarch 2, 2026", "en", nbHead},
	{"a listen line, a byline and an age",
		nbHead + "\nListen to this article · 5 min\nBy Jane Roe\n2 hours ago", "en", nbHead},
	// cookie banners
	{"a cookie banner with its heading and buttons",
		"This website uses cookies\nWe use cookies to personalise content and ads, to provide social media features and to analyse our traffic.\nAllow all cookies\nUse necessary cookies only\nShow details\n" + nbHead + "\nBy Jane Roe\nMarch 2, 2026", "en", nbHead},
	{"a privacy banner with agree buttons",
		"We value your privacy\nWe and our partners store and access information on your device to show personalised ads and measure their performance.\nAGREE\nMORE OPTIONS\n" + nbHead + "\nMarch 2, 2026", "en", nbHead},
	{"a banner's title-case heading",
		"Your Privacy Choices\nWe use cookies and similar tools to run this site.\nAccept\nManage preferences\nNews\n" + nbHead + "\nJane Roe\n2 hours ago", "en", nbHead},
	{"a cookie banner in French",
		"Nous utilisons des cookies\nCe site utilise des cookies pour mesurer l'audience et personnaliser les contenus.\nTout accepter\nParamétrer\nLa passerelle relie enfin la vieille ville à la gare\nPublié le 2 mars 2026", "fr", "La passerelle relie enfin la vieille ville à la gare"},
	// breadcrumbs and menu rows
	{"a breadcrumb with > ending in a section",
		"Home > Local > Transport\n" + nbHead + "\nBy Jane Roe", "en", nbHead},
	{"a lower-case breadcrumb with /",
		"home / news / city\n" + nbHead + "\nMarch 2, 2026", "en", nbHead},
	{"a breadcrumb with » ending in the cut headline",
		"Home » News » Footbridge finally joins the old…\n" + nbHead + "\nMarch 2, 2026", "en", nbHead},
	{"a breadcrumb with ›",
		"News › City › Transport\n" + nbHead + "\nJane Roe\nMarch 2, 2026", "en", nbHead},
	{"a breadcrumb one item a line with > between",
		"Home\n>\nNews\n>\nCity\n" + nbHead + "\nMarch 2, 2026", "en", nbHead},
	{"a lower-case menu row over the headline and a date",
		"home news sport business culture opinion\n" + nbHead + "\nMarch 2, 2026", "en", nbHead},
	{"a lower-case menu row with bars",
		"news | sport | business | life | weather\n" + nbHead + "\n2 hours ago", "en", nbHead},
	// Turkish
	{"Turkish breadcrumb and an age",
		"Ana Sayfa > Gündem > Yaşam\nEski çarşı ile gar arasına yeni yaya köprüsü açıldı\n2 saat önce", "tr", "Eski çarşı ile gar arasına yeni yaya köprüsü açıldı"},
	{"Turkish live line over the headline",
		"CANLI\nYaya köprüsü açıldı: yüzlerce kişi kurdeleden önce geçti\n2 Mart 2026 10:30", "tr", "Yaya köprüsü açıldı: yüzlerce kişi kurdeleden önce geçti"},
	{"Turkish name and desk under the headline",
		"Eski çarşı ile gar arasına yeni yaya köprüsü açıldı\nAyşe Yılmaz | Haber Merkezi\n02.03.2026 - 10:30", "tr", "Eski çarşı ile gar arasına yeni yaya köprüsü açıldı"},
	// Azerbaijani
	{"Azerbaijani breadcrumb and date",
		"Əsas səhifə / Cəmiyyət\nKöhnə bazar üç illik təmirdən sonra yenidən açıldı\n02 Mart 2026, 14:20", "az", "Köhnə bazar üç illik təmirdən sonra yenidən açıldı"},
	{"Azerbaijani age line above the headline",
		"Xəbərlər\n3 saat əvvəl\nKöhnə bazar üç illik təmirdən sonra yenidən açıldı\nBaxış: 1240", "az", "Köhnə bazar üç illik təmirdən sonra yenidən açıldı"},
	// Persian
	{"Persian breadcrumb and date",
		"خانه > جامعه\nبازار قدیمی شهر پس از سه سال بازسازی دوباره باز شد\n۱۲ اسفند ۱۴۰۴ - ۱۰:۳۰", "fa", "بازار قدیمی شهر پس از سه سال بازسازی دوباره باز شد"},
	{"Persian age line and a news code",
		"۲ ساعت پیش\nبازار قدیمی شهر پس از سه سال بازسازی دوباره باز شد\nکد خبر: ۴۸۲۱۳", "fa", "بازار قدیمی شهر پس از سه سال بازسازی دوباره باز شد"},
	{"Persian reporter line under the headline",
		"بازار قدیمی شهر پس از سه سال بازسازی دوباره باز شد\nخبرنگار: سارا احمدی\n۱۲ اسفند ۱۴۰۴", "fa", "بازار قدیمی شهر پس از سه سال بازسازی دوباره باز شد"},
	// Hindi
	{"Hindi breadcrumb and an age",
		"होम / देश / शहर\nपुराने शहर को स्टेशन से जोड़ने वाला नया पैदल पुल खुला\n2 घंटे पहले", "hi", "पुराने शहर को स्टेशन से जोड़ने वाला नया पैदल पुल खुला"},
	{"Hindi reporter and updated lines",
		"पुराने शहर को स्टेशन से जोड़ने वाला नया पैदल पुल खुला\nरिपोर्ट: अनिल शर्मा\nअपडेटेड: 2 मार्च 2026, 10:30 IST", "hi", "पुराने शहर को स्टेशन से जोड़ने वाला नया पैदल पुल खुला"},
	// Thai
	{"Thai breadcrumb and date",
		"หน้าแรก > ข่าว > สังคม\nตลาดเก่ากลับมาเปิดอีกครั้งหลังปิดซ่อมสามปี\n2 มี.ค. 2569 10:30 น.", "th", "ตลาดเก่ากลับมาเปิดอีกครั้งหลังปิดซ่อมสามปี"},
	{"Thai age line under the headline",
		"ข่าวสังคม\nตลาดเก่ากลับมาเปิดอีกครั้งหลังปิดซ่อมสามปี\n3 ชั่วโมงที่แล้ว", "th", "ตลาดเก่ากลับมาเปิดอีกครั้งหลังปิดซ่อมสามปี"},
}

// knownNeighbourTitleGaps are the census's rows the text title code
// still reads wrong, with the reason. Written blind, 42 of the 50 rows
// read right; the title went to a byline that names the piece's kind
// ("Analysis by Jane Roe, Harbour News"), an age after a label ("Posted 4
// hours ago by Jane Roe", "Publié il y a 3 heures", "Mis à jour il y a 40
// minutes"), a cookie banner's heading alone on its line ("Nous utilisons
// des cookies"), a Thai breadcrumb and a Thai age line ("3
// ชั่วโมงที่แล้ว"), all 50 read right now (clean's kindByline,
// labelledAge, cookieHeading; Thai's home page in the breadcrumb pattern,
// its age's end in ageEnds; the Thai story's paragraphs, shorter than the
// story detector's floor, were lengthened, the heads left as written).
var knownNeighbourTitleGaps = map[string]bool{}

// The headline's neighbours census: each row's page read as flattened
// text gives the row's title.
func TestNeighbourTextTitles(t *testing.T) {
	g := gapTable{list: "knownNeighbourTitleGaps", known: knownNeighbourTitleGaps}
	for _, r := range neighbourTitleRows {
		page, ok := neighbourTitlePage(r.head, r.lang)
		if !ok {
			t.Fatalf("%s: no story in %q", r.name, r.lang)
		}
		g.row(t, r.name, func(t *testing.T, ck checker) {
			a, err := extract.String(page, nil)
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != r.want {
				ck.Errorf("title %q, want %q", a.Title, r.want)
			}
		})
	}
	g.done(t, len(neighbourTitleRows))
}
