package dateparse

import (
	"testing"
	"time"
)

// Each wire's dateline form, and (in TestParseDatelineWireNearMisses) a
// paragraph that looks like it and must be left alone.
func TestParseDatelineWires(t *testing.T) {
	tests := []datelineCase{
		{"ap city country", "YEREVAN, Armenia (AP) — Armenia's prime minister said Sunday he would resign.",
			Dateline{Text: "YEREVAN, Armenia (AP)", Place: "Yerevan", Agency: "AP"},
			"Armenia's prime minister said Sunday he would resign."},
		{"ap stand-alone city", "WASHINGTON (AP) — The Senate voted.",
			Dateline{Text: "WASHINGTON (AP)", Place: "Washington", Agency: "AP"},
			"The Senate voted."},
		{"ap state abbreviation", "BATON ROUGE, La. (AP) — A judge ruled Friday.",
			Dateline{Text: "BATON ROUGE, La. (AP)", Place: "Baton Rouge, La.", Agency: "AP"},
			"A judge ruled Friday."},
		{"ap two-letter state", "KANSAS CITY, MO (AP) — Fans gathered.",
			Dateline{Text: "KANSAS CITY, MO (AP)", Place: "Kansas City, MO", Agency: "AP"},
			"Fans gathered."},
		{"upi country and date", "BEIRUT, Lebanon, June 2 (UPI) — The outlook was uncertain.",
			Dateline{Text: "BEIRUT, Lebanon, June 2 (UPI)", Place: "Beirut", Month: time.June, Day: 2, Agency: "UPI"},
			"The outlook was uncertain."},
		{"reuters with date", "BAKU, October 25 (Reuters) - Azerbaijan said on Tuesday.",
			Dateline{Text: "BAKU, October 25 (Reuters)", Place: "Baku", Month: time.October, Day: 25, Agency: "Reuters"},
			"Azerbaijan said on Tuesday."},
		{"reuters stand-alone", "LONDON (Reuters) - Shares fell.",
			Dateline{Text: "LONDON (Reuters)", Place: "London", Agency: "Reuters"},
			"Shares fell."},
		{"reuters colon, abbreviated month", "BAKU, Oct 25 (Reuters): Azerbaijan said on Tuesday.",
			Dateline{Text: "BAKU, Oct 25 (Reuters)", Place: "Baku", Month: time.October, Day: 25, Agency: "Reuters"},
			"Azerbaijan said on Tuesday."},
		{"reuters two places", "WASHINGTON/BRUSSELS (Reuters) - Officials met.",
			Dateline{Text: "WASHINGTON/BRUSSELS (Reuters)", Place: "Washington/Brussels", Agency: "Reuters"},
			"Officials met."},
		{"reuters breakingviews", "LONDON, Jan 5 (Reuters Breakingviews) - Banks are cheap.",
			Dateline{Text: "LONDON, Jan 5 (Reuters Breakingviews)", Place: "London", Month: time.January, Day: 5, Agency: "Reuters"},
			"Banks are cheap."},
		{"afp capitals", "PARIS (AFP) - France said.",
			Dateline{Text: "PARIS (AFP)", Place: "Paris", Agency: "AFP"},
			"France said."},
		{"afp title case", "Paris (AFP) - The French government announced new measures on Monday.",
			Dateline{Text: "Paris (AFP)", Place: "Paris", Agency: "AFP"},
			"The French government announced new measures on Monday."},
		{"anadolu", "ANKARA (AA) - Türkiye İş Kurumu açıkladı.",
			Dateline{Text: "ANKARA (AA)", Place: "Ankara", Agency: "Anadolu"},
			"Türkiye İş Kurumu açıkladı."},
		{"anadolu city country en-dash", "DHAKA, Bangladesh (AA) – Anadolu Agency interviewed an editor.",
			Dateline{Text: "DHAKA, Bangladesh (AA)", Place: "Dhaka", Agency: "Anadolu"},
			"Anadolu Agency interviewed an editor."},
		{"dpa", "Berlin (dpa) - Die Bundesregierung will die Steuern im kommenden Jahr senken.",
			Dateline{Text: "Berlin (dpa)", Place: "Berlin", Agency: "dpa"},
			"Die Bundesregierung will die Steuern im kommenden Jahr senken."},
		{"dpa two places", "Berlin/Washington (dpa) - Die beiden Regierungen haben sich am Montag geeinigt.",
			Dateline{Text: "Berlin/Washington (dpa)", Place: "Berlin/Washington", Agency: "dpa"},
			"Die beiden Regierungen haben sich am Montag geeinigt."},
		{"efe spanish day-month", "Madrid, 5 mar (EFE).- El Gobierno aprobó el decreto.",
			Dateline{Text: "Madrid, 5 mar (EFE)", Place: "Madrid", Month: time.March, Day: 5, Agency: "EFE"},
			"El Gobierno aprobó el decreto."},
		{"efe glued", "Moscú, 1 ene (EFE).-La capital amaneció nevada.",
			Dateline{Text: "Moscú, 1 ene (EFE)", Place: "Moscú", Month: time.January, Day: 1, Agency: "EFE"},
			"La capital amaneció nevada."},
		{"efe two-word place", "Nueva Delhi, 21 dic (EFE).- Dos leones hirieron a un joven.",
			Dateline{Text: "Nueva Delhi, 21 dic (EFE)", Place: "Nueva Delhi", Month: time.December, Day: 21, Agency: "EFE"},
			"Dos leones hirieron a un joven."},
		{"efe portuguese", "Montevidéu, 12 jul (EFE).- Os países decidiram.",
			Dateline{Text: "Montevidéu, 12 jul (EFE)", Place: "Montevidéu", Month: time.July, Day: 12, Agency: "EFE"},
			"Os países decidiram."},
		{"efe place with particle", "Rio de Janeiro, 4 out (EFE).- O governo anunciou.",
			Dateline{Text: "Rio de Janeiro, 4 out (EFE)", Place: "Rio de Janeiro", Month: time.October, Day: 4, Agency: "EFE"},
			"O governo anunciou."},
		{"xinhua", "BEIJING, March 5 (Xinhua) -- China will expand trade.",
			Dateline{Text: "BEIJING, March 5 (Xinhua)", Place: "Beijing", Month: time.March, Day: 5, Agency: "Xinhua"},
			"China will expand trade."},
		{"xinhua abbreviated month", "BEIJING, Sept. 2 (Xinhua) -- China will expand trade.",
			Dateline{Text: "BEIJING, Sept. 2 (Xinhua)", Place: "Beijing", Month: time.September, Day: 2, Agency: "Xinhua"},
			"China will expand trade."},
		{"xinhua without separator", "KIEV, April 19 (Xinhua) The Ukrainian capital held drills.",
			Dateline{Text: "KIEV, April 19 (Xinhua)", Place: "Kiev", Month: time.April, Day: 19, Agency: "Xinhua"},
			"The Ukrainian capital held drills."},
		{"xinhua spanish", "LISBOA, 18 jun (Xinhua) -- El número de muertos subió.",
			Dateline{Text: "LISBOA, 18 jun (Xinhua)", Place: "Lisboa", Month: time.June, Day: 18, Agency: "Xinhua"},
			"El número de muertos subió."},
		{"xinhua two-word place", "UNITED NATIONS, March 5 (Xinhua) -- The council met.",
			Dateline{Text: "UNITED NATIONS, March 5 (Xinhua)", Place: "United Nations", Month: time.March, Day: 5, Agency: "Xinhua"},
			"The council met."},
		{"unian", "KYIV (UNIAN) - The parliament passed the law.",
			Dateline{Text: "KYIV (UNIAN)", Place: "Kyiv", Agency: "UNIAN"},
			"The parliament passed the law."},
		{"unian cyrillic", "КИЇВ (УНІАН) - Верховна Рада ухвалила закон.",
			Dateline{Text: "КИЇВ (УНІАН)", Place: "Київ", Agency: "UNIAN"},
			"Верховна Рада ухвалила закон."},
		{"interfax", "MOSCOW. Sept 19 (Interfax) - The Kremlin said.",
			Dateline{Text: "MOSCOW. Sept 19 (Interfax)", Place: "Moscow", Month: time.September, Day: 19, Agency: "Interfax"},
			"The Kremlin said."},
		{"interfax-ukraine", "KYIV. Nov 24 (Interfax-Ukraine) – Four ships left the ports.",
			Dateline{Text: "KYIV. Nov 24 (Interfax-Ukraine)", Place: "Kyiv", Month: time.November, Day: 24, Agency: "Interfax"},
			"Four ships left the ports."},
		{"tass in brackets", "MOSCOW, March 14 (TASS) - The Kremlin said.",
			Dateline{Text: "MOSCOW, March 14 (TASS)", Place: "Moscow", Month: time.March, Day: 14, Agency: "TASS"},
			"The Kremlin said."},
		{"year printed", "GAZA, Dec. 1, 2023 (Xinhua) -- Hamas said.",
			Dateline{Text: "GAZA, Dec. 1, 2023 (Xinhua)", Place: "Gaza", Month: time.December, Day: 1, Year: 2023, Agency: "Xinhua"},
			"Hamas said."},
		{"wire in capitals", "BERLIN (DPA) - The government said.",
			Dateline{Text: "BERLIN (DPA)", Place: "Berlin", Agency: "dpa"},
			"The government said."},
		{"reuters without place", "(Reuters) - Oil prices rose on Monday after the producers agreed to cut output.",
			Dateline{Text: "(Reuters)", Agency: "Reuters"},
			"Oil prices rose on Monday after the producers agreed to cut output."},
		{"cnn without place", "(CNN) — The storm made landfall early on Tuesday near the border.",
			Dateline{Text: "(CNN)", Agency: "CNN"},
			"The storm made landfall early on Tuesday near the border."},
		{"cnn glued", "(CNN)President Donald Trump made an unscheduled trip to the hospital on Saturday.",
			Dateline{Text: "(CNN)", Agency: "CNN"},
			"President Donald Trump made an unscheduled trip to the hospital on Saturday."},
		{"cnn title-case place", "New York (CNN) -- Trouble and turmoil continue at the rental car company.",
			Dateline{Text: "New York (CNN)", Place: "New York", Agency: "CNN"},
			"Trouble and turmoil continue at the rental car company."},
		{"alone on its line", "LONDON (Reuters) -",
			Dateline{Text: "LONDON (Reuters)", Place: "London", Agency: "Reuters"},
			""},
		{"city country dash", "TALLINN, Estonia — The Estonian government said on Monday it would expel the diplomat.",
			Dateline{Text: "TALLINN, Estonia", Place: "Tallinn"},
			"The Estonian government said on Monday it would expel the diplomat."},
		{"city country date dash", "BEIRUT, Lebanon, June 2 — The outlook was uncertain today as the talks went on.",
			Dateline{Text: "BEIRUT, Lebanon, June 2", Place: "Beirut", Month: time.June, Day: 2},
			"The outlook was uncertain today as the talks went on."},
		{"city two-word country", "ABU DHABI, United Arab Emirates — The summit opened on Sunday with a call for calm.",
			Dateline{Text: "ABU DHABI, United Arab Emirates", Place: "Abu Dhabi"},
			"The summit opened on Sunday with a call for calm."},
		{"city country date year dash", "BEIRUT, Lebanon, June 2, 2024 — The outlook was uncertain today as the talks went on.",
			Dateline{Text: "BEIRUT, Lebanon, June 2, 2024", Place: "Beirut", Month: time.June, Day: 2, Year: 2024},
			"The outlook was uncertain today as the talks went on."},
		{"city us state full date dash", "PORTLAND, Maine, March 14, 2024 — The city council voted on Tuesday to close the pier.",
			Dateline{Text: "PORTLAND, Maine, March 14, 2024", Place: "Portland", Month: time.March, Day: 14, Year: 2024},
			"The city council voted on Tuesday to close the pier."},
		{"city two-word us state date dash", "CHARLESTON, West Virginia, Sept. 3 -- Lawmakers returned on Monday for a special session.",
			Dateline{Text: "CHARLESTON, West Virginia, Sept. 3", Place: "Charleston", Month: time.September, Day: 3},
			"Lawmakers returned on Monday for a special session."},
		{"rferl", "YEREVAN -- The opposition said it would boycott the session.",
			Dateline{Text: "YEREVAN", Place: "Yerevan", Style: "RFE/RL"},
			"The opposition said it would boycott the session."},
		{"tass", "MOSCOW, March 14. /TASS/. The Kremlin said.",
			Dateline{Text: "MOSCOW, March 14. /TASS/.", Place: "Moscow", Month: time.March, Day: 14, Agency: "TASS"},
			"The Kremlin said."},
	}
	checkDatelines(t, tests)
}

func TestParseDatelineWireNearMisses(t *testing.T) {
	for _, para := range []string{
		// AP, Reuters and the city-country form without a dateline
		"WASHINGTON, the capital, is a city of monuments and museums.",
		"WASHINGTON, Armenia and Azerbaijan have agreed to talk.",
		"Moscow (and Kyiv) said the talks would go on next week.",
		"Moscow (AP) said the talks would go on next week.",
		"Advanced Placement (AP) - Students who pass the exams earn college credit early.",
		"Data Processing Agreement (DPA) - GDPR requirement",
		"(AP Photo/John Smith)",
		"WASHINGTON (AP Photo/Evan Vucci) — The president spoke on Monday to the press.",
		"(AP) was the first to report the story on Monday.",
		"(CNN)is glued to a lower-case word in this sentence.",
		"Cable News Network (CNN) - The channel started broadcasting in June 1980 in Atlanta.",
		"(Reuters) - short",
		"BREAKING NEWS (AP) — Markets",
		"LONDON (Reuters)-based traders",
		"BAKU, Oct 25 (Reuters):glued",
		"BAKU, October 32 (Reuters) - Impossible day.",
		"Madrid, 5 xyz (EFE).- Not a month.",
		"Paris (AFP) - Louvre",
		// a headline in capitals, menu items and labels
		"PUTIN, XI MEET IN BEIJING — TALKS ON UKRAINE",
		"TALLINN, Estonia — Tours",
		"PARIS - Louvre",
		"PARIS — Louvre, Orsay and the Pompidou",
		"TALLINN, Narnia — The talks went on for another three hours on Monday.",
		"Tallinn, Estonia — lower-case place is not the form.",
		"TALLINN, Estonia — the talks went on for another three hours on Monday.",
		// a US state's name that is no dateline: another word after it, no
		// date (see regionName), a date that cannot be, a year of five
		// digits, a menu item
		"PORTLAND, Maine Street — The shops on the corner reopened on Monday after repairs.",
		"CLEVELAND, Ohio – The band will tour again next summer with its old singer back.",
		"PORTLAND, Maine, February 30, 2024 — The city council voted on Tuesday to close the pier.",
		"PORTLAND, Maine, March 14, 20245 — The city council voted on Tuesday to close the pier.",
		"PORTLAND, Maine, March 14, 2024 — Tours",
		"TEXAS, Ohio and Maine — states where the talks went on for another three hours on Monday.",
		"SOURCE: AA",
		"Source: officials said the talks would go on next week.",
	} {
		checkNoDateline(t, para)
	}
}

func TestWireCredit(t *testing.T) {
	for _, tt := range []struct {
		line, agency string
	}{
		{"SOURCE:AA", "Anadolu"},
		{"SOURCE: AA", "Anadolu"},
		{"Source: AA", "Anadolu"},
		{"SOURCE: Anadolu Agency", "Anadolu"},
		{"Source: Anadolu Agency (AA)", "Anadolu"},
		{"Source: Reuters", "Reuters"},
		{"Source: Xinhua", "Xinhua"},
		{"Kaynak: AA", "Anadolu"},
		{"Source: officials", ""},
		{"Source: officials said the talks would go on.", ""},
		{"Source: Ministry of Defence", ""},
		{"SOURCE:", ""},
		{"Sources: AA and Reuters", ""},
		{"Photo: AA", ""},
		{"AA", ""},
	} {
		got, ok := WireCredit(tt.line)
		if got != tt.agency || ok != (tt.agency != "") {
			t.Errorf("WireCredit(%q) = %q, %v; want %q", tt.line, got, ok, tt.agency)
		}
	}
}

func TestWireMonthFor(t *testing.T) {
	for s, want := range map[string]time.Month{
		"October": time.October, "Oct": time.October, "Sept.": time.September, "ene": time.January,
		"mar": time.March, "abr": time.April, "ago": time.August, "set": time.September,
		"out": time.October, "dic": time.December, "dez": time.December, "fev": time.February,
		"MAI": time.May, "xyz": 0, "setembro": time.September, "": 0, "března": time.March,
		"марта": time.March, "ožujka": time.March, "listopada": time.November, "5": 0,
	} {
		if got, _ := wireMonthFor(s, ""); got != want {
			t.Errorf("wireMonthFor(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestWireMissAllocates0(t *testing.T) {
	if raceEnabled {
		t.Skip("allocations are counted without the race detector")
	}
	for _, para := range []string{
		"Moscow (and Kyiv) said the talks would go on next week.",
		"The ministry (the MFA) said on Monday that it would respond.",
	} {
		if n := testing.AllocsPerRun(100, func() { ParseDateline(para) }); n != 0 {
			t.Errorf("ParseDateline(%q) allocates %v times", para, n)
		}
	}
}

// BenchmarkParseDatelineWire runs ParseDateline over paragraphs that open
// with wire datelines and over their near misses: the path that
// BenchmarkParseDateline, on the seeds, seldom takes.
func BenchmarkParseDatelineWire(b *testing.B) {
	paras := []string{
		"YEREVAN, Armenia (AP) — Armenia's prime minister said Sunday he would resign.",
		"BAKU, Oct 25 (Reuters): Azerbaijan said on Tuesday.",
		"Madrid, 5 mar (EFE).- El Gobierno aprobó el decreto.",
		"Berlin (dpa) - Die Bundesregierung will die Steuern im kommenden Jahr senken.",
		"BEIJING, March 5 (Xinhua) -- China will expand trade.",
		"TALLINN, Estonia — The Estonian government said on Monday it would expel the diplomat.",
		"(Reuters) - Oil prices rose on Monday after the producers agreed to cut output.",
		"Moscow (and Kyiv) said the talks would go on next week.",
		"Advanced Placement (AP) - Students who pass the exams earn college credit early.",
		"WASHINGTON, the capital, is a city of monuments and museums.",
	}
	var size int64
	for _, p := range paras {
		size += int64(len(p))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range paras {
			ParseDateline(p)
		}
	}
}
