package dateparse

import (
	"strings"
	"testing"
	"time"
)

// TestDateLineScripts checks date lines of more of the world's pages, each
// of which DateLine did not read before: digits of the Arabic, Persian,
// Devanagari and Bengali scripts, Vietnamese's two-word weekday and "(GMT+7)",
// Arabic and Hindi weekdays, Kazakh and Urdu months, the twelve-hour
// clock's Korean and Japanese halves (오후, 午後), "2025.03.04." with its
// final full stop, a label in a script without capitals (입력, प्रकाशित),
// a Thai date with its Buddhist-era year, a Hijri date before the
// Gregorian one, and a publication's date with its update's after it
// (a date or an age), Serbian's full stop after the year, Slovenian's
// "marec" and "ob"; and lines of those shapes that hold no date.
func TestDateLineScripts(t *testing.T) {
	day, at, zoned := stampDay, stampAt, stampZoned
	for _, c := range []struct {
		line string
		want Stamp
		ok   bool
	}{
		{"Thứ ba, 4/3/2025, 14:05 (GMT+7)", zoned(at(2025, 3, 4, 14, 5), 7*3600), true},
		{"Chủ nhật, 9/3/2025", day(2025, 3, 9), true},
		{"Thứ mười, 4/3/2025", Stamp{}, false},
		{"०४ मार्च २०२५, १४:०५", at(2025, 3, 4, 14, 5), true},
		{"प्रकाशित: 04 मार्च 2025, 14:05 IST", zoned(at(2025, 3, 4, 14, 5), 5*3600+30*60), true}, // IST on a line in Devanagari: India's
		{"মঙ্গলবার, ০৪ মার্চ ২০২৫", day(2025, 3, 4), true},
		{"الثلاثاء ٤ مارس ٢٠٢٥ ١٤:٠٥", at(2025, 3, 4, 14, 5), true},
		{"۴ مارچ ۲۰۲۵", day(2025, 3, 4), true},
		{"04 Наурыз 2025 14:05", at(2025, 3, 4, 14, 5), true},
		{"2025.03.04. 오후 2:05", at(2025, 3, 4, 14, 5), true},
		{"입력 2025.03.04. 오전 12:30", at(2025, 3, 4, 0, 30), true},
		{"2025.03.04 오후 13:05", Stamp{}, false},
		{"4 มี.ค. 2568 14:05 น.", at(2025, 3, 4, 14, 5), true},
		{"4 มีนาคม 2568", day(2025, 3, 4), true},
		{"4 มี.ค. 2568 ข่าวล่าสุด", Stamp{}, false},
		{"الثلاثاء 4 رمضان 1446 هـ - 4 مارس 2025 م", day(2025, 3, 4), true},
		{"4 رمضان 1446 هـ", Stamp{}, false},
		{"04.03.2025 - Güncelleme : 05.03.2025", day(2025, 3, 4), true},
		{"입력 2025.03.04. 오후 2:05 수정 2025.03.05. 오전 8:30", at(2025, 3, 4, 14, 5), true},
		{"04/03/2025 14h05 Atualizado há 2 horas", at(2025, 3, 4, 14, 5), true},
		{"04.03.2025 - Güncelleme notları", Stamp{}, false},
		{"04/03/2025 Atualizado há muito tempo", Stamp{}, false},
		{"04.03.2025. 14:05", at(2025, 3, 4, 14, 5), true},
		{"4. marec 2025 ob 14.05", at(2025, 3, 4, 14, 5), true},
		{"04.03.2025.5", Stamp{}, false},
	} {
		got, _, ok := DateLine(c.line)
		if ok != c.ok || got != c.want {
			t.Errorf("%q: %+v %v, want %+v %v", c.line, got, ok, c.want, c.ok)
		}
	}
}

// TestFoldDigits checks the digits of other scripts read as ASCII, the
// offsets mapped back, and a line without them left as it is.
func TestFoldDigits(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"٤ مارس ٢٠٢٥", "4 مارس 2025"},
		{"۱۴ اسفند ۱۴۰۳", "14 اسفند 1403"},
		{"०४ मार्च", "04 मार्च"},
		{"৪ মার্চ", "4 মার্চ"},
		{"๔ มี.ค.", "4 มี.ค."},
	} {
		got, ok := FoldDigits(c.in)
		if !ok || got != c.want {
			t.Errorf("FoldDigits(%q) = %q %v, want %q", c.in, got, ok, c.want)
		}
	}
	// A digit after ASCII runs of every length, so that it stands at each
	// place of the eight-byte steps that pass over ASCII, and after them.
	for n := 0; n <= 20; n++ {
		pre := strings.Repeat("a", n)
		if got, ok := FoldDigits(pre + "٤ é"); !ok || got != pre+"4 é" {
			t.Errorf("after %d ASCII bytes: FoldDigits = %q %v", n, got, ok)
		}
		if got, ok := FoldDigits(pre + "é" + pre); ok || got != pre+"é"+pre {
			t.Errorf("no digit, %d ASCII bytes each side: FoldDigits = %q %v", n, got, ok)
		}
	}
	if got, ok := FoldDigits("मार्च 2025"); ok || got != "मार्च 2025" {
		t.Errorf("a line of ASCII digits changed: %q", got)
	}
	s := "٤ مارس ٢٠٢٥"
	f, _ := FoldDigits(s)
	if at := UnfoldOffset(s, len(f)-4); s[at:] != "٢٠٢٥" {
		t.Errorf("UnfoldOffset: %q", s[at:])
	}
}

// TestScriptWires checks the datelines of wires that print them in
// scripts without capitals, with folded digits, and the CNA form; and
// paragraphs of those scripts that open with no dateline.
func TestScriptWires(t *testing.T) {
	for _, c := range []struct {
		para, text, place, agency string
		month                     time.Month
		day                       int
	}{
		{"ঢাকা, ৪ মার্চ, ২০২৫ (বাসস) : মন্ত্রিসভা আজ বাজেট অনুমোদন করেছে।", "ঢাকা, ৪ মার্চ, ২০২৫ (বাসস)", "ঢাকা", "BSS", 3, 4},
		{"नई दिल्ली, 4 मार्च (भाषा) केंद्र सरकार ने योजना की घोषणा की।", "नई दिल्ली, 4 मार्च (भाषा)", "नई दिल्ली", "PTI", 3, 4},
		{"أبوظبي في 4 مارس / وام / اعتمد مجلس الوزراء اليوم القانون.", "أبوظبي في 4 مارس / وام /", "أبوظبي", "WAM", 3, 4},
		{"（中央社台北4日電）行政院今天通過新的住宅政策。", "（中央社台北4日電）", "台北", "CNA", 0, 0},
		{"（中央社記者王小明台北4日電）行政院今天通過新的住宅政策。", "（中央社記者王小明台北4日電）", "台北", "CNA", 0, 0},
		{"（中央社記者王小明、李大華高雄4日電）高雄市政府今天宣布新的交通計畫。", "（中央社記者王小明、李大華高雄4日電）", "高雄", "CNA", 0, 0},
		{"（中央社記者陳家明華盛頓3日專電）美國國務院今天表示支持。", "（中央社記者陳家明華盛頓3日專電）", "華盛頓", "CNA", 0, 0},
		{"（中央社記者林美玲竹北4日電）新竹縣政府今天啟用新的圖書館。", "（中央社記者林美玲竹北4日電）", "竹北", "CNA", 0, 0},
		{"МИНСК, 4 марта (БЕЛТА) – Новая станция метро откроется в Минске.", "МИНСК, 4 марта (БЕЛТА)", "Минск", "BelTA", 3, 4},
		{"Hà Nội (TTXVN) - Thành phố sẽ mở thêm ba tuyến xe buýt điện.", "Hà Nội (TTXVN)", "Hà Nội", "VNA", 0, 0},
		{"БЕОГРАД, 4. марта (Танјуг) - Влада Србије усвојила је данас нови закон о раду.", "БЕОГРАД, 4. марта (Танјуг)", "Београд", "Tanjug", 3, 4},
		{"Ljubljana, 4. marca (STA) - Vlada je na današnji seji sprejela predlog zakona.", "Ljubljana, 4. marca (STA)", "Ljubljana", "STA", 3, 4},
		{"اسلام آباد، 4 مارچ (اے پی پی): وزیراعظم نے اسکیم کا اعلان کیا۔", "اسلام آباد، 4 مارچ (اے پی پی)", "اسلام آباد", "APP", 3, 4},
		{"القاهرة في 4 مارس /أ ش أ/ افتتح رئيس مجلس الوزراء اليوم محطة جديدة.", "القاهرة في 4 مارس /أ ش أ/", "القاهرة", "MENA", 3, 4},
		{"الدوحة في 04 مارس /قنا/ عقد مجلس الوزراء اجتماعه العادي اليوم.", "الدوحة في 04 مارس /قنا/", "الدوحة", "QNA", 3, 4},
	} {
		d, ok := ParseDateline(c.para)
		if !ok || d.Text != c.text || d.Place != c.place || d.Agency != c.agency || d.Month != c.month || d.Day != c.day {
			t.Errorf("%q: %+v %v", c.para, d, ok)
			continue
		}
		if c.para[d.Len:] == "" || c.para[d.Len] == ' ' {
			t.Errorf("%q: the story starts at %q", c.para, c.para[d.Len:])
		}
	}
	for _, para := range []string{
		"नई दिल्ली, 4 मार्च (भारत) केंद्र सरकार ने योजना की घोषणा की।",
		"أبوظبي في 4 مارس / قرار / اعتمد مجلس الوزراء اليوم القانون.",
		"ঢাকা শহরে আজ বৃষ্টি হয়েছে (বাসস জানায়) এবং যানজট বেড়েছে।",
	} {
		if d, ok := ParseDateline(para); ok {
			t.Errorf("%q: dateline %+v, want none", para, d)
		}
	}
}

// TestHijriBefore checks the words hijriBefore takes before a Hijri era's
// mark: the forms its doc names (a weekday, the day, a month of one or two
// words, the year; the same with no day), and words of that count that
// are no date (a number that is no day, a second number, a day with no
// month after it), which it took before the day's place was read.
func TestHijriBefore(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"الثلاثاء 4 رمضان 1446", true},
		{"4 رمضان 1446", true},
		{"الاثنين 7 ذو القعدة 1446", true},
		{"14 ذو القعدة 1446", true},
		{"رمضان 1446", true},
		{"الثلاثاء ذو القعدة 1446", true},
		{"1446", false},
		{"رمضان 14460", false},
		{"صفحة 12 من 30 1446", false},
		{"2 3 4 1446", false},
		{"الثلاثاء 4 1446", false},
		{"4th رمضان 1446", false},
		{"الثلاثاء 123 رمضان 1446", false},
		{"واحد اثنان ثلاثة أربعة 1446", false},
		{"الاثنين 7 ذو القعدة الحرام 1446", false},
	} {
		if got := hijriBefore(c.s); got != c.want {
			t.Errorf("hijriBefore(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
