package textenc

import (
	"math/rand/v2"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

// Invented news paragraphs, one per language.
const (
	russianText = "Правительство объявило в понедельник о новых мерах поддержки малого бизнеса. " +
		"По словам министра, программа начнёт работать уже в следующем месяце и охватит все регионы страны. " +
		"Эксперты считают, что решение поможет сохранить рабочие места, однако предупреждают о росте цен."
	ukrainianText = "Уряд оголосив у понеділок про нові заходи підтримки малого бізнесу. " +
		"За словами міністра, програма запрацює вже наступного місяця і охопить усі області країни, " +
		"а її вартість ще не визначена."
	turkishText = "Hükümet pazartesi günü küçük işletmelere yönelik yeni destek önlemlerini açıkladı. " +
		"Bakanın söylediğine göre program gelecek ay başlayacak ve ülkenin bütün şehirlerini kapsayacak. " +
		"İstanbul'daki esnaf kararı olumlu karşıladı."
	germanText = "Die Regierung hat am Montag neue Maßnahmen zur Unterstützung kleiner Unternehmen angekündigt. " +
		"Nach Angaben des Ministers soll das Programm schon im nächsten Monat beginnen und für alle Bundesländer gelten."
	frenchText = "Le gouvernement a annoncé lundi de nouvelles mesures de soutien aux petites entreprises. " +
		"Selon le ministre, le programme débutera dès le mois prochain et concernera toutes les régions du pays, a-t-il précisé."
	polishText = "Rząd ogłosił w poniedziałek nowe środki wsparcia dla małych firm. " +
		"Według ministra program ruszy już w przyszłym miesiącu i obejmie wszystkie województwa, a jego koszt jest źródłem sporów."
	czechText = "Vláda v pondělí oznámila nová opatření na podporu malých podniků. " +
		"Podle ministra program začne fungovat už příští měsíc a bude se týkat všech krajů země, řekl mluvčí."
	hungarianText = "A kormány hétfőn új intézkedéseket jelentett be a kisvállalkozások támogatására. " +
		"A miniszter szerint a program már a jövő hónapban elindul, és az ország összes megyéjére kiterjed."
	englishQuotes   = "The minister said: “We will not wait any longer.” It’s the first time – in years – that the plan was backed by both parties."
	greekText       = "Η κυβέρνηση ανακοίνωσε τη Δευτέρα νέα μέτρα στήριξης για τις μικρές επιχειρήσεις. Σύμφωνα με τον υπουργό, το πρόγραμμα θα ξεκινήσει τον επόμενο μήνα σε όλες τις περιφέρειες."
	hebrewText      = "הממשלה הודיעה ביום שני על צעדים חדשים לתמיכה בעסקים קטנים. לדברי השר, התוכנית תתחיל לפעול כבר בחודש הבא בכל רחבי הארץ."
	arabicText      = "أعلنت الحكومة يوم الاثنين عن إجراءات جديدة لدعم الشركات الصغيرة. وقال الوزير إن البرنامج سيبدأ الشهر المقبل في جميع المحافظات."
	thaiText        = "รัฐบาลประกาศมาตรการใหม่เพื่อช่วยเหลือธุรกิจขนาดเล็กเมื่อวันจันทร์ รัฐมนตรีกล่าวว่าโครงการจะเริ่มในเดือนหน้าและครอบคลุมทุกจังหวัด"
	lithuanianText  = "Vyriausybė pirmadienį paskelbė naujas smulkiojo verslo rėmimo priemones. Pasak ministro, programa pradės veikti jau kitą mėnesį visose šalies savivaldybėse."
	latvianText     = "Valdība pirmdien paziņoja par jauniem mazo uzņēmumu atbalsta pasākumiem. Pēc ministra teiktā, programma sāks darboties jau nākamajā mēnesī visos novados."
	japaneseText    = "政府は月曜日、中小企業を支援するための新たな対策を発表した。大臣によると、この制度は来月から全国で始まる予定だという。"
	chineseTradText = "政府星期一宣布了支持小型企業的新措施。部長表示，這項計畫將在下個月開始實施，並涵蓋全國各縣市。"
	koreanText      = "정부는 월요일 소상공인을 지원하기 위한 새로운 대책을 발표했다. 장관에 따르면 이 제도는 다음 달부터 전국에서 시행될 예정이다."
	armenianText    = "Կառավարությունը երկուշաբթի օրը հայտարարեց փոքր բիզնեսի աջակցության նոր միջոցների մասին։"
	chineseText     = "政府星期一宣布了支持小企业的新措施。"
)

func encode(t *testing.T, enc encoding.Encoding, s string) string {
	t.Helper()
	out, err := enc.NewEncoder().String(s)
	if err != nil {
		t.Fatalf("encoding %q: %v", s[:20], err)
	}
	return out
}

var (
	utf16le    = unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	utf16be    = unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	utf16leBOM = unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)
	utf16beBOM = unicode.UTF16(unicode.BigEndian, unicode.UseBOM)
)

func TestDetect(t *testing.T) {
	tests := []struct {
		name, text string
		enc        encoding.Encoding
		want       string // the guess's name
	}{
		{"russian windows-1251", russianText, charmap.Windows1251, "windows-1251"},
		{"russian koi8-r", russianText, charmap.KOI8R, "koi8-r"},
		{"russian iso-8859-5", russianText, charmap.ISO8859_5, "iso-8859-5"},
		{"russian ibm866", russianText, charmap.CodePage866, "ibm866"},
		{"russian windows-1251, headline in capitals", "МИНИСТР ОБЪЯВИЛ О НОВЫХ МЕРАХ\n\n" + russianText, charmap.Windows1251, "windows-1251"},
		{"russian koi8-r, headline in capitals", "МИНИСТР ОБЪЯВИЛ О НОВЫХ МЕРАХ\n\n" + russianText, charmap.KOI8R, "koi8-r"},
		{"russian windows-1251, one line", "Правительство объявило о новых мерах поддержки", charmap.Windows1251, "windows-1251"},
		{"russian koi8-r, one line", "Правительство объявило о новых мерах поддержки", charmap.KOI8R, "koi8-r"},
		// In capitals only letter frequencies tell the two apart.
		{"russian windows-1251, all in capitals", strings.ToUpper(russianText), charmap.Windows1251, "windows-1251"},
		{"russian koi8-r, all in capitals", strings.ToUpper(russianText), charmap.KOI8R, "koi8-r"},
		{"ukrainian windows-1251", ukrainianText, charmap.Windows1251, "windows-1251"},
		{"bulgarian windows-1251", "Правителството обяви в понеделник нови мерки в подкрепа на малкия бизнес.", charmap.Windows1251, "windows-1251"},
		{"spanish windows-1252", "El Gobierno anunció el lunes nuevas medidas de apoyo a las pequeñas empresas, según el ministro.", charmap.Windows1252, "windows-1252"},
		{"swedish windows-1252", "Regeringen meddelade på måndagen nya åtgärder för att stödja småföretag.", charmap.Windows1252, "windows-1252"},
		{"slovak iso-8859-2", "Vláda v pondelok oznámila nové opatrenia na podporu malých podnikov. Podľa ministra sa program začne už budúci mesiac.", charmap.ISO8859_2, "iso-8859-2"},
		{"croatian windows-1250", "Vlada je u ponedjeljak najavila nove mjere potpore malim poduzećima. Prema riječima ministra, program će početi već sljedećeg mjeseca u svim županijama.", charmap.Windows1250, "windows-1250"},
		{"turkish iso-8859-9 (read as windows-1254)", turkishText, charmap.ISO8859_9, "windows-1254"},
		{"turkish windows-1254", turkishText + " “Alıntı” – son.", charmap.Windows1254, "windows-1254"},
		{"german windows-1252", germanText, charmap.Windows1252, "windows-1252"},
		{"french windows-1252", frenchText + " « Enfin ! »", charmap.Windows1252, "windows-1252"},
		{"french iso-8859-1 (read as windows-1252)", frenchText, charmap.ISO8859_1, "windows-1252"},
		{"english with typographic quotes, windows-1252", englishQuotes, charmap.Windows1252, "windows-1252"},
		{"polish windows-1250", polishText, charmap.Windows1250, "windows-1250"},
		{"polish iso-8859-2", polishText, charmap.ISO8859_2, "iso-8859-2"},
		{"czech iso-8859-2", czechText, charmap.ISO8859_2, "iso-8859-2"},
		{"czech windows-1250", czechText, charmap.Windows1250, "windows-1250"},
		// Hungarian uses none of the letters that iso-8859-2 and
		// windows-1250 put at different bytes: the first is named.
		{"hungarian iso-8859-2 (the same bytes in windows-1250)", hungarianText, charmap.ISO8859_2, "windows-1250"},
		// the families added after the census (census_test.go)
		{"greek windows-1253", greekText, charmap.Windows1253, "windows-1253"},
		{"greek iso-8859-7", greekText, charmap.ISO8859_7, "windows-1253"}, // no Ά: the same bytes
		{"hebrew windows-1255", hebrewText, charmap.Windows1255, "windows-1255"},
		{"arabic windows-1256", arabicText, charmap.Windows1256, "windows-1256"},
		{"arabic iso-8859-6", arabicText, charmap.ISO8859_6, "iso-8859-6"},
		{"thai windows-874", thaiText, charmap.Windows874, "windows-874"},
		// windows-874 Thai makes up to two valid UTF-8 sequences for five
		// bytes that are not: 33 and 86 in this paragraph
		{"thai windows-874, many valid UTF-8 pairs", strings.Split(censusStories["th"], "\n")[3], charmap.Windows874, "windows-874"},
		{"lithuanian windows-1257", lithuanianText, charmap.Windows1257, "windows-1257"},
		{"latvian iso-8859-4", latvianText, charmap.ISO8859_4, "iso-8859-4"},
		{"ukrainian koi8-u", ukrainianText, charmap.KOI8U, "koi8-u"},
		{"french iso-8859-15", frenchText + " Le cœur du projet coûte 3 M€.", charmap.ISO8859_15, "iso-8859-15"},
		{"japanese shift_jis", japaneseText, japanese.ShiftJIS, "shift_jis"},
		{"japanese euc-jp", japaneseText, japanese.EUCJP, "euc-jp"},
		{"chinese gbk", chineseText + "负责人表示，这项工作将在年底前完成。", simplifiedchinese.GBK, "gbk"},
		{"chinese big5", chineseTradText, traditionalchinese.Big5, "big5"},
		{"korean euc-kr", koreanText, korean.EUCKR, "euc-kr"},
		{"english utf-16le", englishQuotes, utf16le, "utf-16le"},
		{"english utf-16be", englishQuotes, utf16be, "utf-16be"},
		{"russian utf-16le", russianText, utf16le, "utf-16le"},
		{"russian utf-16be", russianText, utf16be, "utf-16be"},
		{"armenian utf-16le", armenianText, utf16le, "utf-16le"},
		{"turkish utf-16be", turkishText, utf16be, "utf-16be"},
		{"english utf-16le with BOM", englishQuotes, utf16leBOM, "utf-16le"},
		{"russian utf-16be with BOM", russianText, utf16beBOM, "utf-16be"},
		{"chinese utf-16le with BOM", chineseText, utf16leBOM, "utf-16le"},
		{"armenian utf-16be with BOM", armenianText, utf16beBOM, "utf-16be"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := encode(t, tt.enc, tt.text)
			g, ok := Detect(src)
			if !ok {
				t.Fatalf("no guess, want %s", tt.want)
			}
			if g.Name != tt.want {
				t.Errorf("guess %s (%s), want %s", g.Name, g.By, tt.want)
			}
			got, err := g.DecodeString(src)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.text {
				t.Errorf("decoded %q\nwant    %q", got, tt.text)
			}
		})
	}
}

// Short lines in Cyrillic, mixed with ASCII lines, as a scraped page has
// them.
func TestDetectPage(t *testing.T) {
	page := "Home | News | Contacts\nНовости\n12.03.2024 10:15\n" + russianText + "\nComments (3)\n"
	for _, enc := range []*charmap.Charmap{charmap.Windows1251, charmap.KOI8R} {
		src := encode(t, enc, page)
		g, ok := Detect(src)
		if !ok || g.Encoding != enc {
			t.Errorf("%v: guess %+v, %v", enc, g.Name, ok)
		}
	}
}

// What must not be guessed.
func TestDetectNot(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	random := make([]byte, 4096)
	for i := range random {
		random[i] = byte(rng.UintN(256))
	}
	tests := []struct{ name, src string }{
		{"ascii", "Plain ASCII text, nothing to do."},
		{"utf-8", russianText + " " + turkishText + " " + germanText},
		{"utf-8 with its byte-order mark", "\xef\xbb\xbf" + frenchText},
		{"utf-8 with a few broken bytes", russianText + " \xff\xfe " + germanText},
		{"utf-8 cut in the middle of a rune", russianText[:len(russianText)-1]},
		{"one stray byte in ascii", "The minister said on Monday that both sides were ready \xff to meet again."},
		{"stray bytes in ascii", "bad \xff\xfe bytes \xc3"},
		{"png", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00\x5c\x72\xa8\x66"},
		{"zip header", "\x00\x01\x02PK\x03\x04 some text"},
		{"gzip", "\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xcb\x48\xcd\xc9\xc9\x07\x00"},
		{"random bytes", string(random)},
		{"ascii with a NUL", "Plain ASCII text with a stray\x00NUL byte in the middle of a long enough line of text."},
		{"html with a NUL, too short to be UTF-16", "<p>\x00</p>"},
		{"chinese in euc-jp's rows: no candidate reads it, and no single-byte charset may", mustEncode(japanese.EUCJP, "政府星期一宣布了支持小型企業的新措施。這項計畫將在下個月開始實施。")},
		{"korean utf-8 with a few broken bytes", koreanText[:60] + "\xff" + koreanText[60:]},
		{"elf", "\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x3e\x00\x01\x00\x00\x00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if g, ok := Detect(tt.src); ok {
				t.Errorf("Detect = %s (%s), want no guess", g.Name, g.By)
			}
		})
	}
}

func mustEncode(enc encoding.Encoding, s string) string {
	out, err := enc.NewEncoder().String(s)
	if err != nil {
		panic(err)
	}
	return out
}

// The runs of non-ASCII bytes of East Asian double-byte text are even;
// those of text in a single-byte charset are not.
func TestPairedHighBytes(t *testing.T) {
	for _, tt := range []struct {
		name string
		src  string
		want bool
	}{
		{"korean euc-kr", mustEncode(korean.EUCKR, koreanText), true},
		{"chinese gbk, runs between ASCII", mustEncode(simplifiedchinese.GBK, "北京 2024 年 5 月 20 日 上午 9 时 新建 十座 公园 开放"), true},
		{"russian windows-1251", mustEncode(charmap.Windows1251, russianText), false},
		{"greek windows-1253", mustEncode(charmap.Windows1253, greekText), false},
		{"too few runs", mustEncode(simplifiedchinese.GBK, "北京 公园"), false},
	} {
		if got := pairedHighBytes(tt.src); got != tt.want {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestBOM(t *testing.T) {
	for _, tt := range []struct {
		src  string
		name string
		n    int
	}{
		{"\xef\xbb\xbfabc", "utf-8", 3},
		{"\xfe\xff\x00a", "utf-16be", 2},
		{"\xff\xfea\x00", "utf-16le", 2},
		{"\x00\x00\xfe\xff\x00\x00\x00a", "utf-32be", 4},
		{"\xff\xfe\x00\x00a\x00\x00\x00", "utf-32le", 4},
		{"\xff\xfe\x00\x00", "utf-32le", 4},
		{"\xff\xfe\x00\x00\x01\x00\x02\x00", "utf-16le", 2}, // a NUL, then U+0001: no UTF-32 (U+20001)
		{"abc", "", 0},
		{"\xff", "", 0},
	} {
		g, ok := BOM(tt.src)
		if g.Name != tt.name || g.BOM != tt.n || ok != (tt.name != "") {
			t.Errorf("BOM(%q) = %+v, %v", tt.src, g, ok)
		}
		if gb, _ := BOM([]byte(tt.src)); gb.Name != g.Name {
			t.Errorf("BOM([]byte(%q)) = %q, BOM(string) = %q", tt.src, gb.Name, g.Name)
		}
	}
}

// The guess looks at a bounded sample: a long text in windows-1251 costs
// one pass to count its bytes, and the statistics stay on the sample.
func TestDetectLongText(t *testing.T) {
	src := encode(t, charmap.Windows1251, strings.Repeat(russianText+"\n", 5000))
	if g, ok := Detect(src); !ok || g.Name != "windows-1251" {
		t.Errorf("guess %q, %v", g.Name, ok)
	}
	// ASCII first, the charset later: the sample starts where the first
	// byte that is not UTF-8 is.
	src = strings.Repeat("Plain ASCII line of the page.\n", 5000) + encode(t, charmap.KOI8R, russianText)
	if g, ok := Detect(src); !ok || g.Name != "koi8-r" {
		t.Errorf("late charset: guess %q, %v", g.Name, ok)
	}
}

func BenchmarkDetect(b *testing.B) {
	src, err := charmap.Windows1251.NewEncoder().String(strings.Repeat(russianText+"\n", 200))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		Detect(src)
	}
}
