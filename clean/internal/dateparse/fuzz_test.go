package dateparse

import (
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

var fuzzSeeds = []string{
	"BAKU, March 14. /TASS/. Baku is ready.",
	"YEREVAN, DECEMBER 19, ARMENPRESS. Text",
	"YEREVAN, Jan 8, 2021 ARMENPRESS: Text",
	"STEPANAKERT, JULY 6, ARTSAKHPRESS-ARMENPRESS: Text",
	"BAKU, Azerbaijan, August 27. Text",
	"Baku, May 21, AZERTAC",
	"MOSCOW. Sept 19 (Interfax) - Text",
	"Baku/12.13.23/Turan: Text",
	"TEHRAN, Aug. 26 (MNA) – Text",
	"YEREVAN. – Text",
	"BAKU (Combined Sources)–Text",
	"WASHINGTON, DC – Text",
	"YEREVAN -- Text",
	"Baku.26 February.REPORT.AZ/ Text",
	"Yerevan /Mediamax/. Text",
	"PanARMENIAN.Net - Text",
	"ArmInfo.Text",
	"    CHRONICLE\u00a0\u00a025 May 2023 - 23:12",
	"Politics Materials 27 August 2025 11:21 (UTC +04:00)",
	"5 Dec. 11:00 (UTC+3 MSK)",
	"12/26/2023 3:10:01 PM",
	"14 October 2020 [16:08] - TODAY.AZ",
	"02 Սեպտեմբեր 2019 | 17:00",
	"YEREVAN, Armenia (AP) — Text",
	"BAKU, Oct 25 (Reuters): Text",
	"Madrid, 5 mar (EFE).-Text",
	"Berlin/Washington (dpa) - Die Regierung hat heute etwas beschlossen.",
	"(Reuters) - Oil prices rose on Monday after the cut.",
	"TALLINN, Estonia — The government said on Monday it would act.",
	"KYIV. Nov 24 (Interfax-Ukraine) – Text",
	"\xff\xfe 25 May 2023",
	"BAKU, March 14. /\xffTASS/. x",
	"กรุงเทพฯ ๔ ธ.ค. ๒๕๖๘ (สำนักข่าวไทย) - รัฐบาลเปิดโครงการช่วยเหลือเกษตรกร",
	"\u200fתהران\u200f- ایرنا- وزیر امور خارجه امروز به مسقط سفر کرد.",
	"\u200fירושלים, ٤ בדצמבר (\u200fוואלה!\u200f) - הממשלה אישרה הבוקר את התקציב.",
	// the forty-second session's forms (wireBeforePlace, bareCredit,
	// "godz.", a dotted clock after a bar, IST in an Indian script, a
	// two-word Hijri month, a half-day clock's seconds) at their edges:
	// cut short, with nothing after them, with an invalid byte inside
	"Xinhua, BEIJING, 5 May. The council met.",
	"Xinhua, BEIJING, 5 May.",
	"Xinhua, BE",
	"Xinhua, \xc3\x28EIJING, 5 May. x",
	"Reuters, LONDON, March 5 - ",
	"WELLINGTON, May 5 NZPA - The council voted.",
	"WELLINGTON, May 5 NZPA",
	"Mumbai, March 4 (UNI) x",
	"5 maja 2025 r., godz. 14:30",
	"5 maja 2025 r., godz.",
	"Senin, 05 Mei 2025 | 14.30 WIB",
	"05 Mei 2025 |",
	"5 मई 2025, 02:30 PM IST",
	"5 May 2025, 02:30 PM IST \xe0",
	"الاثنين ٧ ذو القعدة ١٤٤٦ هـ - ٥ مايو ٢٠٢٥ م",
	"입력 2025.03.04. 오후 2:05:09",
	"4 มี.ค. 2568 14:05:09 น.",
}

func FuzzParseDateline(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, para string) {
		dl, ok := ParseDateline(para)
		if !ok {
			if !reflect.DeepEqual(dl, Dateline{}) {
				t.Fatalf("not ok but %+v", dl)
			}
			return
		}
		if dl.Len <= 0 || dl.Len > len(para) {
			t.Fatalf("Len %d out of 1..%d", dl.Len, len(para))
		}
		if utf8.ValidString(para) && dl.Len < len(para) && !utf8.RuneStart(para[dl.Len]) {
			t.Fatalf("Len %d splits a rune in %q", dl.Len, para)
		}
		if dl.Text == "" || !strings.Contains(para[:dl.Len], dl.Text) {
			t.Fatalf("Text %q is not in the consumed %q", dl.Text, para[:dl.Len])
		}
		if utf8.ValidString(para) && (!utf8.ValidString(dl.Text) || !utf8.ValidString(para[dl.Len:])) {
			t.Fatalf("invalid UTF-8 slice: %q / %q", dl.Text, para[dl.Len:])
		}
		if dl.Month != 0 && !validDay(dl.Year, dl.Month, dl.Day) {
			t.Fatalf("impossible date %+v", dl)
		}
		if dl.Month == 0 && dl.Day != 0 {
			t.Fatalf("day without month %+v", dl)
		}
		if dl.Place == "" && dl.Agency == "" && dl.Style == "" {
			t.Fatalf("neither place nor agency %+v", dl)
		}
	})
}

func FuzzDateLine(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		st, label, ok := DateLine(line)
		TimeOnly(line)
		if !ok {
			if st != (Stamp{}) || label != "" {
				t.Fatalf("not ok but %+v %q", st, label)
			}
			return
		}
		if len(line) > MaxLineLen {
			t.Fatalf("line of %d bytes accepted", len(line))
		}
		if !st.Valid() {
			t.Fatalf("invalid stamp %+v", st)
		}
		if st.Year != 0 && st.ISO() == "" {
			t.Fatalf("no ISO for %+v", st)
		}
		if label != "" && !strings.Contains(line, label) {
			t.Fatalf("label %q not in line", label)
		}
		if utf8.ValidString(line) && !utf8.ValidString(label) {
			t.Fatalf("label %q is not valid UTF-8", label)
		}
		// A date line is stable under surrounding white space.
		st2, label2, ok2 := DateLine(" " + line + " ")
		if len(line)+2 <= MaxLineLen && (!ok2 || st2 != st || label2 != label) {
			t.Fatalf("padding changed the result: %+v %q -> %+v %q %v", st, label, st2, label2, ok2)
		}
	})
}

// Huge inputs are rejected or handled in bounded time.
func TestHugeInput(t *testing.T) {
	big := "BAKU, March 14. /TASS/. " + strings.Repeat("word ", 1<<18)
	if dl, ok := ParseDateline(big); !ok || dl.Len != 24 {
		t.Errorf("ParseDateline(big) = %+v, %v", dl, ok)
	}
	if _, _, ok := DateLine("25 May 2023 " + strings.Repeat("9", 1<<20)); ok {
		t.Error("DateLine accepted a 1 MB line")
	}
	if TimeOnly(strings.Repeat("1", 1<<20)) {
		t.Error("TimeOnly accepted a 1 MB line")
	}
	if _, ok := FromURL("https://example.com/" + strings.Repeat("2021/", 1<<16)); ok {
		t.Error("FromURL accepted a huge URL")
	}
	if _, ok := InferYear(time.March, 14, []string{strings.Repeat("On Sunday, March 1, 2021. ", 1<<12)}); !ok {
		t.Error("InferYear failed on a long text")
	}
}
