package dateparse

import (
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsclean/newsclean/internal/testkit"
)

// worldWire is one agency's dateline form, read from
// testdata/worldwires.tsv: the paragraph as the agency prints it, where
// its story begins, and what the dateline must parse to. The stories are
// invented; the forms are the agencies', in their languages.
type worldWire struct {
	para string // the paragraph: dateline, separator, story
	body string // the story: para[Len:]
	want Dateline
}

// readWorldWires reads the table of the world's wire datelines. It is
// shared with the clean package's tests.
func readWorldWires(t testing.TB) []worldWire {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "worldwires.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	var out []worldWire
	for i, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 7 && len(f) != 8 {
			t.Fatalf("worldwires.tsv:%d: %d fields, want 7 or 8", i+1, len(f))
		}
		at := strings.Index(f[1], "·")
		if at < 0 {
			t.Fatalf("worldwires.tsv:%d: no · where the story begins", i+1)
		}
		mo, _ := strconv.Atoi(f[4])
		day, _ := strconv.Atoi(f[5])
		year, _ := strconv.Atoi(f[6])
		out = append(out, worldWire{
			para: f[1][:at] + f[1][at+len("·"):],
			body: f[1][at+len("·"):],
			want: Dateline{Text: f[2], Place: f[3], Month: time.Month(mo), Day: day, Year: year, Agency: f[0], Reporters: reportersColumn(f)},
		})
	}
	return out
}

// reportersColumn is the eighth column of a row of worldwires.tsv, the
// reporters the dateline names parted by "|"; nil when the row has none.
func reportersColumn(f []string) []string {
	if len(f) < 8 || f[7] == "" {
		return nil
	}
	return strings.Split(f[7], "|")
}

// dashVariants are a paragraph whose dateline ends in " - " as agencies
// also print it, with an en dash and an em dash.
func dashVariants(w worldWire) []worldWire {
	out := []worldWire{w}
	head := w.para[:len(w.para)-len(w.body)]
	if !strings.HasSuffix(head, " - ") {
		return out
	}
	for _, d := range []string{" – ", " — "} {
		v := w
		v.para = strings.TrimSuffix(head, " - ") + d + w.body
		out = append(out, v)
	}
	return out
}

// TestWorldWires runs every form of the table, with each dash, through
// ParseDateline, indented and not.
func TestWorldWires(t *testing.T) {
	wires := readWorldWires(t)
	if len(wires) < 60 {
		t.Fatalf("%d forms in the table", len(wires))
	}
	agencies := map[string]bool{}
	missed, n := 0, 0
	for _, w0 := range wires {
		agencies[w0.want.Agency] = true
		for _, w := range dashVariants(w0) {
			for _, indent := range []string{"", "  "} {
				n++
				para := indent + w.para
				got, ok := ParseDateline(para)
				if !ok {
					missed++
					t.Errorf("%q: not recognised", para)
					continue
				}
				if body := para[got.Len:]; body != w.body {
					t.Errorf("%q: body = %q", para, body)
				}
				got.Len, got.Style, got.DayAlone = 0, "", 0 // DayAlone: TestWireDayAlone
				if !reflect.DeepEqual(got, w.want) {
					t.Errorf("%q:\n got %+v\nwant %+v", para, got, w.want)
				}
			}
		}
	}
	if len(agencies) < 50 {
		t.Errorf("%d agencies in the table, want at least 50", len(agencies))
	}
	if missed > 0 {
		t.Logf("%d of %d paragraphs not recognised", missed, n)
	}
}

// TestWorldWiresNearMisses: lines that only look like a wire dateline.
func TestWorldWiresNearMisses(t *testing.T) {
	for _, para := range []string{
		`"WASHINGTON - the state - has failed us," the senator said on Wednesday.`,
		"WASHINGTON - the state - has failed us, the senator said on Wednesday.",
		"BREAKING: Markets fall sharply after the central bank raises rates again",
		"LIVE: Parliament votes on the budget as protests continue outside",
		"UPDATE 2-Oil prices rise as producers agree to cut output further",
		"RUSSIA, UKRAINE AGREE TO TALKS — MEETING SET FOR MARCH 5",
		"MARKETS, March 5 - What To Watch",
		"Monday, March 5 - The council will meet to discuss the new budget.",
		"Wednesday, 5 March 2025 - The council will meet to discuss the budget.",
		"March 5, 2025 - The council will meet to discuss the new budget.",
		"Rome, March 5 - the city council approved the budget on Wednesday.",
		"Apple (AAPL) - Shares of the company rose after the results.",
		"New Delhi, March 5 (PTI) said the report was wrong on several points.",
		"ROMA, 5 MAR - 50% DI SCONTO SU TUTTO",
		"SALE 5 MAR - Everything must go this weekend at all our stores",
		"Paris, 35 mars 2025 (AFP) - Le gouvernement a présenté son projet.",
		"PRAHA 5. xyz (ČTK) - Vláda ve středu schválila návrh nového zákona.",
		"Moscow, March 5, officials said - the talks would go on next week.",
		"TOKYO, March 5, NIKKEI - Japanese shares rose on Wednesday morning.",
		"Wellington NZPA - The council voted to rebuild the old harbour bridge.",
		"Reuters, the news agency, said on Wednesday that the talks would resume.",
		"Xinhua, BEIJING and SHANGHAI reported heavy rain on Wednesday night.",
		"Reuters, LONDON - The bank held its rate on Wednesday, as expected.",
		"AP, NEW YORK, March 5. The museum reopened its doors on Wednesday.",
		"PARIS, March 5. The council met on Wednesday to vote on the budget.",
		"CANBERRA, March 5 SENATE - The chamber passed the water bill late on Wednesday.",
		"Mumbai, March 5 (UNI) said the figures were wrong on several counts.",
		"(ANSA) - the government approved it",
		"Data Processing Agreement (DPA) - GDPR requirement",
		"ASTANA. Kazinform said the new law will be signed next week.",
		"Baku/12.13.23/Turan: ",
		"Gaza City (Palestinian Territories) said the aid trucks arrived on Wednesday.",
		"Gaza City (Palestinian Territories) - Aid trucks crossed into the territory on Wednesday.",
		"Hamburg (dpa/lno) - kurz",
		"新华社报道说，会议将于下周举行。",
		"新华社北京13月5日电 不存在的日期。",
		"【速報】米政府が新たな経済対策を発表",
		"(서울=조선일보) 정부는 5일 새로운 경제 정책을 발표했다.",
		"Tehran, Iran - the talks went on",
		"WASHINGTON _ the senate voted",
		"March 5 (Reuters) said the company would cut jobs in the spring.",
		"Room 5 (AP) - Students who pass the exams earn college credit early.",
		"MONDAY, MARCH 5: THE COUNCIL WILL MEET TO DISCUSS THE BUDGET",
		"Friday, March 5: The council will meet to discuss the new budget and roads.",
		"New Delhi, March 5: The Union Cabinet on Wednesday approved a new scheme.",
		"WASHINGTON, March 5 (VIDEO) - The president spoke to reporters at the White House.",
		"LONDON, March 5 (File) - Shares fell on Wednesday after the bank cut its forecast.",
		"PARIS, 5 mars (mise à jour) - Le gouvernement a présenté son projet de loi.",
		"LONDON, March 5 (Reuters Photo/John Smith) - Shares fell on Wednesday.",
		"LONDON, March 5 (2 Min Read) - Shares fell on Wednesday after the bank cut its forecast.",
		// date lines and bylines of the head
		"Mittwoch, 5. März 2025 - 10:45 Uhr",
		"Wednesday, March 5, 2025 - 10:45 am",
		"Berlin, 5. März 2025 – 10:45 Uhr",
		"WASHINGTON, March 5, 2025 - 10:45 AM",
		"ROMA, 5 MARZO 2025 - 10:45",
		"PUBLISHED: 5 March 2025 - 10:45",
		"By JANE DOE, Associated Press",
		"Paris, le 5 mars 2025 - 10:45",
		// the credit printed plain after a date must name a known wire,
		// and a short one that is also a word needs a colon
		"Rīga, 4. marts, Latvija. Valdība otrdien apstiprināja jauno budžetu.",
		"Bakı, 4 mart, Bazar. Paytaxtda yeni bazar açılıb.",
		"Баку, 4 марта - Trend. это было важно для всех",
		// the bars credit a wire only after a place and its country; a
		// known wire's credit opening a sentence is no dateline
		"World | Reuters | The president on Friday opened a new port terminal in the city.",
		"ACCRA, Ghana | Politics | The president on Friday opened a new port terminal in the city.",
		"Ghana | Xinhua | 2025-03-04 14:05",
		"KABUL (Pajhwok) reported that the talks would go on next week in the capital city.",
		"Accra, March 5, GNA staff were told to leave the building before noon on Friday.",
		"Addis Ababa, March 40/2025(ENA) The Ministry of Agriculture has expanded irrigation.",
		"Addis Ababa, March 4/2025(ENA) said the report was wrong on several points.",
		"Chisinau, 5 March /MOLDPRES/ said the talks would go on next week.",
		// Lithuanian's day with its "d." and a date in numbers need a
		// wire's credit
		"Vilnius, kovo 5 d. Seimas pritarė biudžeto pataisoms.",
		"Vilniuje kovo 5 d. (trečiadienį) Seimas pritarė biudžeto pataisoms.",
		"Rabat, 04/03/2025 (voir annexe) - Le texte sera publié au Bulletin officiel.",
		"Rabat, 34/03/2025 (MAP) - Le Conseil de gouvernement a adopté le texte.",
		"Rabat, 04/13/2025 (MAP) - Le Conseil de gouvernement a adopté le texte.",
		"Rabat, 04/03/2025 (MAP) a rapporté que le texte sera publié mardi.",
		"Réunion du 04/03/2025 (MAP) - ordre du jour et documents",
		// Thai: a date in brackets after "today", a span of days, "on
		// the 4th" opening a sentence, a heading too short for a story
		"วันนี้ (4 ธ.ค.) ที่ทำเนียบรัฐบาล นายกรัฐมนตรีได้เป็นประธานการประชุม",
		"ผู้ชุมนุมนัดรวมตัว 4 ธ.ค.-5 ธ.ค. ที่สนามหลวงเพื่อเรียกร้องรัฐบาล",
		"เมื่อวันที่ 4 ธ.ค. - นายกรัฐมนตรีได้เป็นประธานการประชุมคณะรัฐมนตรี",
		"ราคาทอง 4 ธ.ค. - ขึ้น 100 บาท",
		"กรุงเทพฯ 34 ธ.ค. - นายกรัฐมนตรีเปิดโครงการใหม่วันนี้ที่ทำเนียบ",
		"กรุงเทพฯ 4 ธ.ค. (ภาพ) - นายกรัฐมนตรีเปิดโครงการใหม่วันนี้ที่ทำเนียบ",
		// Persian: the wire named in a sentence, a weekday between dashes
		"تهران - ایرنا گزارش داد که وزیر امور خارجه امروز به مسقط سفر کرد.",
		"تهران - سه شنبه - وزیر امور خارجه امروز به مسقط سفر کرد.",
		// Arabic: a tatweel that draws a word out is no dash, and a
		// credit alone needs the paragraph to end after it
		"طهـران ـ وكالة الأنباء قالت إن الوزير سيزور مسقط غدا صباحا.",
		"طهران ـ يو.بي.آي سيقوم القائم بالأعمال بزيارة العاصمة غدا.",
		// Hebrew: the site named in a sentence, without a dash or a date
		"ירושלים (וואלה!) דיווח כי הממשלה אישרה את התקציב.",
		// Greek: a month that is no month
		"ΑΘΗΝΑ, 4 Δεκεμβρη (ΑΠΕ-ΜΠΕ) - Η κυβέρνηση ενέκρινε την Πέμπτη ένα νέο πρόγραμμα.",
		// a shared credit needs two wires ("APA/dpa"), not a wire and a
		// photographer; MTI's weekday after the date must be a weekday; the
		// Levant's month of two words needs a wire's credit; SANA's glued
		// credit must be a wire's
		"Wien (APA/Hans Punz) - Die Regierung hat am Freitag ein neues Gesetz beschlossen.",
		"Budapest, 2025. március 4., este (MTI) - A kormány kedden elfogadta az új adótörvényt.",
		"عمان 4 كانون الأول (صور) - أطلقت الحكومة اليوم الجمعة برنامجا جديدا لتشغيل الشباب.",
		"دمشق-حلب طريق مغلق منذ أسبوع بسبب الثلوج الكثيفة في المنطقة.",
		// KUNA's numbers must be a day and a month
		"الكويت - 4 - 13 (كونا) -- أقر مجلس الوزراء الكويتي اليوم الجمعة ثلاثة مشاريع إسكانية جديدة.",
	} {
		checkNoDateline(t, para)
	}
}

// A place and a dash need a sentence of prose after them: product names,
// link lists and headlines in title case are not stories.
func TestPlaceDashNeedsProse(t *testing.T) {
	for _, para := range []string{
		"TRAILMAX - Cloud Runner Elite 2.0. Color Light Grey/Blue. $99.00. 4.5 out of 5 stars",
		"ABC - Travel - The Long History of Tea in the Old Ports",
		"MBA – Finance MS – Data Analytics MS – Supply Chain Management",
		"MOSCOW — Putin Meets Xi in Beijing for Talks on Trade and Energy",
		"FYI - You can change the order of the buttons in the settings menu.",
	} {
		checkNoDateline(t, para)
	}
	checkDatelines(t, []datelineCase{
		{"prose", "VIENNA — The house where the composer was born will become a museum, the city said.",
			Dateline{Text: "VIENNA", Place: "Vienna"},
			"The house where the composer was born will become a museum, the city said."},
		{"state in mixed case", "EUGENE, Ore. – Two officers were charged on Tuesday with falsifying records.",
			Dateline{Text: "EUGENE, Ore.", Place: "Eugene, Ore.", Style: "Armenian Weekly"},
			"Two officers were charged on Tuesday with falsifying records."},
	})
}

func TestTitleCase(t *testing.T) {
	for in, want := range map[string]string{
		"VELIKY NOVGOROD": "Veliky Novgorod", "NUR-SULTAN": "Nur-Sultan", "WASHINGTON, DC": "Washington, DC",
		"EUGENE, Ore.": "Eugene, Ore.", "Baton Rouge, La.": "Baton Rouge, La.", "New York": "New York",
		"CIUDAD DE MÉXICO": "Ciudad de México", "STRATFORD-UPON-AVON": "Stratford-upon-Avon", "LA PAZ": "La Paz",
		"DAR ES SALAAM": "Dar es Salaam", "PORT-AU-PRINCE": "Port-au-Prince", "ON THE POLAND-UKRAINE BORDER": "On the Poland-Ukraine Border",
		"ISLE OF MAN": "Isle of Man", "WINSTON-SALEM": "Winston-Salem", "THE HAGUE": "The Hague", "RAS AL-KHAIMAH": "Ras Al-Khaimah",
		"ES SENIA": "Es Senia", "AU-DELA": "Au-Dela",
		"N'DJAMENA": "N'Djamena", "L’AQUILA": "L’Aquila", "ST. JOHN'S": "St. John's", "HAWKE'S BAY": "Hawke's Bay",
	} {
		if got := titleCase(in); got != want {
			t.Errorf("titleCase(%q) = %q, want %q", in, got, want)
		}
	}
}

// A place has at most four words (and three parts joined by "/"): a run
// of capitals before a credit is a headline, not a place.
func TestWireWords(t *testing.T) {
	for s, want := range map[string]bool{
		"NEW YORK": true, "Rio de Janeiro": true, "Washington/Brussels/Paris": true,
		"ONE TWO THREE FOUR FIVE": false, "A/B/C/D": false, "": true,
	} {
		if got := wireWords(s); got != want {
			t.Errorf("wireWords(%q) = %v", s, got)
		}
	}
	checkNoDateline(t, "MARKETS RALLY AS BANKS CUT RATES (Reuters) - Stocks rose on Monday after the cut.")
}

// The wire forms' expressions stay small enough for Go's backtracking
// matcher (at most 500 instructions); larger ones run on the slower NFA.
func TestWireFormsSize(t *testing.T) {
	for i, f := range wireForms {
		prog := testkit.RegexpProg(t, f.re().String())
		if n := len(prog.Inst); n > 500 {
			t.Errorf("wire form %d: %d instructions", i, n)
		}
	}
}
