package textenc

import (
	"strings"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode/utf32"
)

// regionCensusCases are the census's cases for the region's legacy
// charsets (ARMSCII-8, the two Georgian ones, PT154 and KZ-1048, Mac
// Cyrillic), for UTF-16 that holds no ASCII and for UTF-32, with the traps
// they set for each other: a Russian page in windows-1251 or KOI8-R, a
// French one in Latin-1 and a page already in UTF-8 must keep their
// charsets. They were written before the detector learnt the charsets.
func regionCensusCases() []censusCase {
	s := censusStories
	para := func(lang string) string { return strings.Split(s[lang], "\n")[3] }
	// A Russian headline whose words are glued with thin spaces: Cyrillic
	// alone, no ASCII byte anywhere in its UTF-16.
	ruThin := strings.ReplaceAll(headline("ru"), " ", "\u2009")
	zhNoASCII := "北京市园林绿化局周一表示，今年将在城市周边新建十座公园，总面积超过三百公顷。负责人介绍，新公园将增加儿童游乐设施和健身步道。"
	jaNoASCII := "東京都は１０日、都心部の幹線道路に自転車専用の通行帯を整備する計画を発表した。歩行者との事故を減らすことを目指す。"
	utf32le := utf32.UTF32(utf32.LittleEndian, utf32.IgnoreBOM)
	utf32be := utf32.UTF32(utf32.BigEndian, utf32.IgnoreBOM)
	return []censusCase{
		{"armenian armscii-8", s["hy"], armscii8, "armscii-8"},
		{"armenian headline, armscii-8", headline("hy"), armscii8, "armscii-8"},
		{"english with an Armenian name, armscii-8", s["en"] + " The architect, Արամ Պետրոսյան, won the design competition.", armscii8, "armscii-8"},
		{"georgian georgian-ps", s["ka"], georgianPS, "georgian-ps"},
		{"georgian georgian-academy", s["ka"], georgianAcademy, "georgian-academy"},
		{"georgian headline, georgian-ps", headline("ka"), georgianPS, "georgian-ps"},
		{"georgian headline, georgian-academy", headline("ka"), georgianAcademy, "georgian-academy"},
		{"kazakh pt154", s["kk"], pt154, "pt154"},
		{"kazakh kz-1048", s["kk"], kz1048, "kz-1048"},
		{"kazakh headline, pt154", headline("kk"), pt154, "pt154"},
		{"kazakh headline, kz-1048", headline("kk"), kz1048, "kz-1048"},
		{"kazakh with a Russian paragraph, pt154", s["kk"] + "\n" + para("ru"), pt154, "pt154"},
		{"russian mac cyrillic", s["ru"], charmap.MacintoshCyrillic, "x-mac-cyrillic"},
		{"ukrainian mac cyrillic", s["uk"], charmap.MacintoshCyrillic, "x-mac-cyrillic"},
		{"bulgarian mac cyrillic", s["bg"], charmap.MacintoshCyrillic, "x-mac-cyrillic"},
		{"russian headline, mac cyrillic", headline("ru"), charmap.MacintoshCyrillic, "x-mac-cyrillic"},
		{"chinese utf-16le, no ASCII at all", zhNoASCII, utf16le, "utf-16le"},
		{"japanese utf-16be, no ASCII at all", jaNoASCII, utf16be, "utf-16be"},
		{"russian utf-16le, thin spaces and no ASCII", ruThin, utf16le, "utf-16le"},
		{"english utf-32le with its mark", s["en"], utf32.UTF32(utf32.LittleEndian, utf32.UseBOM), "utf-32le"},
		{"russian utf-32be with its mark", s["ru"], utf32.UTF32(utf32.BigEndian, utf32.UseBOM), "utf-32be"},
		{"greek utf-32le, no mark", s["el"], utf32le, "utf-32le"},
		{"chinese utf-32be, no mark", s["zh"], utf32be, "utf-32be"},
		// traps: the older guesses must hold
		{"russian paragraph, windows-1251", para("ru"), charmap.Windows1251, "windows-1251"},
		{"bulgarian paragraph, windows-1251", para("bg"), charmap.Windows1251, "windows-1251"},
		{"russian paragraph, koi8-r", para("ru"), charmap.KOI8R, "koi8-r|koi8-u"},
		{"russian headline, koi8-r", headline("ru"), charmap.KOI8R, "koi8-r|koi8-u"},
		{"french with é, è, ç and ê only, iso-8859-1", "Le député a été reçu mercredi. Selon lui, la réforme sera votée en fête, très vite, et le maçon aura son élève.", charmap.ISO8859_1, "windows-1252|iso-8859-15"},
		{"armenian utf-8", s["hy"], nil, ""},
		{"georgian utf-8", s["ka"], nil, ""},
		{"kazakh utf-8", s["kk"], nil, ""},
	}
}
