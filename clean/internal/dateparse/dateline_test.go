package dateparse

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/newsclean/newsclean/internal/testkit"
)

// datelineCase is a paragraph and the dateline ParseDateline must find in it.
type datelineCase struct {
	name string
	para string
	want Dateline // Len is checked through body
	body string   // para[Len:]
}

// checkDatelines runs ParseDateline on each case.
func checkDatelines(t *testing.T, tests []datelineCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := ParseDateline(tt.para)
			if !ok {
				t.Fatalf("ParseDateline(%q) not recognised", tt.para)
			}
			if body := tt.para[got.Len:]; body != tt.body {
				t.Errorf("body = %q, want %q", body, tt.body)
			}
			got.Len = 0
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ParseDateline(%q) mismatch (-want +got):\n%s", tt.para, diff)
			}
		})
	}
}

// checkNoDateline fails when ParseDateline finds a dateline in para.
func checkNoDateline(t *testing.T, para string) {
	t.Helper()
	if got, ok := ParseDateline(para); ok {
		t.Errorf("ParseDateline(%q) = %+v, want no dateline", para, got)
	}
}

func TestParseDateline(t *testing.T) {
	tests := []datelineCase{
		{"tass", "BAKU, March 14. /TASS/. Baku is ready to talk.",
			Dateline{Text: "BAKU, March 14. /TASS/.", Place: "Baku", Month: time.March, Day: 14, Agency: "TASS"},
			"Baku is ready to talk."},
		{"tass two-word place", "VELIKY NOVGOROD, September 21. /TASS/. The governor said.",
			Dateline{Text: "VELIKY NOVGOROD, September 21. /TASS/.", Place: "Veliky Novgorod", Month: time.September, Day: 21, Agency: "TASS"},
			"The governor said."},
		{"tass hyphenated place", "NUR-SULTAN, May 2. /TASS/. Talks began.",
			Dateline{Text: "NUR-SULTAN, May 2. /TASS/.", Place: "Nur-Sultan", Month: time.May, Day: 2, Agency: "TASS"},
			"Talks began."},
		{"arka", "YEREVAN, April 16. /ARKA/. The ministry said so.",
			Dateline{Text: "YEREVAN, April 16. /ARKA/.", Place: "Yerevan", Month: time.April, Day: 16, Agency: "ARKA"},
			"The ministry said so."},
		{"interfax", "MOSCOW. Sept 19 (Interfax) - The Kremlin said.",
			Dateline{Text: "MOSCOW. Sept 19 (Interfax)", Place: "Moscow", Month: time.September, Day: 19, Agency: "Interfax"},
			"The Kremlin said."},
		{"interfax en-dash", "MOSCOW. March 3 (Interfax) – The Kremlin said.",
			Dateline{Text: "MOSCOW. March 3 (Interfax)", Place: "Moscow", Month: time.March, Day: 3, Agency: "Interfax"},
			"The Kremlin said."},
		{"mehr", "TEHRAN, Aug. 26 (MNA) – The minister said.",
			Dateline{Text: "TEHRAN, Aug. 26 (MNA)", Place: "Tehran", Month: time.August, Day: 26, Agency: "MNA"},
			"The minister said."},
		{"arminfo", "ArmInfo. The speaker said.",
			Dateline{Text: "ArmInfo.", Agency: "ArmInfo"},
			"The speaker said."},
		{"arminfo glued", "ArmInfo.Azerbaijan said.",
			Dateline{Text: "ArmInfo.", Agency: "ArmInfo"},
			"Azerbaijan said."},
		{"news.am", "YEREVAN. – The parliament met on Tuesday to debate the bill.",
			Dateline{Text: "YEREVAN.", Place: "Yerevan", Style: "news.am"},
			"The parliament met on Tuesday to debate the bill."},
		{"news.am hyphen", "STEPANAKERT. - The parliament met on Tuesday to debate the bill.",
			Dateline{Text: "STEPANAKERT.", Place: "Stepanakert", Style: "news.am"},
			"The parliament met on Tuesday to debate the bill."},
		{"asbarez", "BAKU (Combined Sources)–Speaking to reporters, he said the talks would go on.",
			Dateline{Text: "BAKU (Combined Sources)", Place: "Baku", Style: "Asbarez"},
			"Speaking to reporters, he said the talks would go on."},
		{"asbarez own source", "LOS ANGELES (Asbarez)— The council voted to name the square after him.",
			Dateline{Text: "LOS ANGELES (Asbarez)", Place: "Los Angeles", Agency: "Asbarez", Style: "Asbarez"},
			"The council voted to name the square after him."},
		{"armenian weekly", "WASHINGTON, DC – The committee said the resolution has wide support.",
			Dateline{Text: "WASHINGTON, DC", Place: "Washington, DC", Style: "Armenian Weekly"},
			"The committee said the resolution has wide support."},
		{"em-dash", "MOSCOW — The talks ended without a joint statement late on Friday.",
			Dateline{Text: "MOSCOW", Place: "Moscow"},
			"The talks ended without a joint statement late on Friday."},
		{"rferl", "YEREVAN -- The opposition said it would boycott the session.",
			Dateline{Text: "YEREVAN", Place: "Yerevan", Style: "RFE/RL"},
			"The opposition said it would boycott the session."},
		{"indented", "    BAKU, March 14. /TASS/. Body.",
			Dateline{Text: "BAKU, March 14. /TASS/.", Place: "Baku", Month: time.March, Day: 14, Agency: "TASS"},
			"Body."},
		{"no-break space after", "BAKU, March 14. /TASS/.\u00a0Body.",
			Dateline{Text: "BAKU, March 14. /TASS/.", Place: "Baku", Month: time.March, Day: 14, Agency: "TASS"},
			"Body."},
		{"wire credit in brackets", "WASHINGTON (Reuters) - Scientists on Monday unveiled the first map of the moon.",
			Dateline{Text: "WASHINGTON (Reuters)", Place: "Washington", Agency: "Reuters"},
			"Scientists on Monday unveiled the first map of the moon."},
		{"st. petersburg", "ST. PETERSBURG, June 3. /TASS/. The forum opened.",
			Dateline{Text: "ST. PETERSBURG, June 3. /TASS/.", Place: "St. Petersburg", Month: time.June, Day: 3, Agency: "TASS"},
			"The forum opened."},
		{"feb 29 without year", "YEREVAN, February 29. /ARKA/. Body.",
			Dateline{Text: "YEREVAN, February 29. /ARKA/.", Place: "Yerevan", Month: time.February, Day: 29, Agency: "ARKA"},
			"Body."},
	}
	checkDatelines(t, tests)
}

func TestParseDatelineRejects(t *testing.T) {
	for _, para := range []string{
		"",
		"BAKU, the capital, is a city of contrasts.",
		"Moscow and Baku have the same stance on the issue.",
		"BAKU, March 14, the day the talks began.",
		"BAKU, March 32. /TASS/. Impossible day.",
		"YEREVAN, February 30, ARMENPRESS. Impossible day.",
		"BAKU, Marchember 14. /TASS/. Not a month.",
		"BAKU, March 14. /TASS/.Glued body",
		"baku, March 14. /TASS/. Lower-case place.",
		"UPDATE – The story was corrected.",
		"A – We do not know yet.",
		"Yerevan – the capital – welcomed them.",
		"Moscow. – Lower-case is not the news.am form.",
		"Baku/13.13.23/Turan: month 13.",
		"According to the Azerbaijani leader, opening of communications will be in the interests of the region.",
		"Baku, the Azerbaijani capital, May 21, AZERTAC",
		"- Thank you very much, dear Vladimir Vladimirovich.",
		"MENAFN is a news portal.",
		"RSS - Komentar",
		"GIRF - INSTALAÇÃO",
		"THE POINT -- NOW ON YOUTUBE!",
		"PEPA – Universitätsklinikum Heidelberg (UKHD)",
		"YEREVAN. – the parliament met on Tuesday to debate the bill.",
		"(MENAFN- AzerNews)The minister said.",
		"AA/0.01.00/Turan: month zero",
		"14.11.2024 | 17:08",
		"He said, YEREVAN. – was the answer.",
		strings.Repeat("BAKU ", 40) + ", March 14. /TASS/. Too far in.",
	} {
		checkNoDateline(t, para)
	}
}

func TestParseDatelineSeeds(t *testing.T) {
	for _, tt := range []struct {
		file, para string
		want       string
	}{
		{"001_15d8147f57d8f419.txt", "BAKU, March 14.", "BAKU, March 14. /TASS/."},
		{"003_a0fdcd33e81b8070.txt", "YEREVAN, April 16.", "YEREVAN, April 16. /ARKA/."},
	} {
		text := readSeed(t, tt.file)
		found := ""
		for _, line := range strings.Split(text, "\n") {
			if dl, ok := ParseDateline(line); ok {
				if found != "" {
					t.Errorf("%s: second dateline %q after %q", tt.file, dl.Text, found)
				}
				found = dl.Text
			}
		}
		if found != tt.want {
			t.Errorf("%s: dateline %q, want %q", tt.file, found, tt.want)
		}
	}
	for _, file := range []string{"000_101b87d8289ca109.txt", "002_2143d4e045405792.txt", "004_3f5fb442d585114e.txt"} {
		for _, line := range strings.Split(readSeed(t, file), "\n") {
			if dl, ok := ParseDateline(line); ok {
				t.Errorf("%s: unexpected dateline %q in %q", file, dl.Text, line)
			}
		}
	}
}

func TestDatelineFromGroups(t *testing.T) {
	got, err := DatelineFromGroups("VELIKY NOVGOROD, September 21. /TASS/. ",
		map[string]string{"place": "VELIKY NOVGOROD", "month": "September", "day": "21", "agency": "tass"})
	if err != nil {
		t.Fatal(err)
	}
	want := Dateline{Text: "VELIKY NOVGOROD, September 21. /TASS/.", Place: "Veliky Novgorod",
		Month: time.September, Day: 21, Agency: "TASS", Len: 39}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
	got, err = DatelineFromGroups("Baku/12.13.23/Turan: ",
		map[string]string{"place": "Baku", "month": "12", "day": "13", "year": "23", "agency": "Turan"})
	if err != nil || got.Year != 2023 || got.Month != time.December || got.Day != 13 || got.Text != "Baku/12.13.23/Turan" {
		t.Errorf("turan: %+v, %v", got, err)
	}
	for name, g := range map[string]map[string]string{
		"bad month":        {"place": "BAKU", "month": "Marchember", "day": "1"},
		"bad day":          {"place": "BAKU", "month": "February", "day": "30", "year": "2023"},
		"day only":         {"place": "BAKU", "day": "3"},
		"nothing":          {"month": "May", "day": "3"},
		"three-digit year": {"place": "BAKU", "month": "May", "day": "3", "year": "202"},
	} {
		if _, err := DatelineFromGroups("x", g); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

// readSeed returns the text of the module's seed page name.
func readSeed(t testing.TB, name string) string {
	t.Helper()
	return string(testkit.Seed(t, name).Data)
}

// TestFormsCompile: every dateline form's expression compiles (they are
// compiled on first use, so a bad one would otherwise panic on a page),
// and its groups are within the expression's.
func TestFormsCompile(t *testing.T) {
	for i, f := range forms {
		n := f.re().NumSubexp()
		for _, g := range []int{f.place, f.month, f.day, f.year, f.agency, f.country} {
			if g > n {
				t.Errorf("form %d: group %d of %d", i, g, n)
			}
		}
	}
}
