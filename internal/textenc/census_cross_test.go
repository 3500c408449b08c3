package textenc

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/unicode/norm"
)

// knownCrossMistakes are the cross cases that get a wrong guess: languages
// in charsets made for others (Russian and Bulgarian in Big5's Cyrillic
// row, Polish and Croatian in the Baltic charsets, Greek in EUC-JP, French
// in Mac Roman, which is no candidate), and Estonian in iso-8859-4, whose
// one š and one Ž read about as well as windows-1252's ¹ and ®.
var knownCrossMistakes = map[string]bool{
	"bg story big5": true, "bg headline big5": true, "bg para big5": true,
	"ru story big5": true, "ru headline big5": true, "ru para big5": true,
	"pl story iso-8859-13": true, "pl story windows-1257": true,
	"pl headline iso-8859-13": true, "pl headline windows-1257": true,
	"hr headline iso-8859-13": true, "hr headline windows-1257": true,
	"el headline euc-jp": true, "fr headline macintosh": true, "et story iso-8859-4": true,
}

// TestCensusCross encodes each census story, its headline and its last
// paragraph in every charset of x/text that holds it: when Detect guesses,
// the guess must decode the text right (no guess is fine: the text is then
// read as UTF-8 with replacement characters and a warning, never as
// mojibake).
func TestCensusCross(t *testing.T) {
	encs := map[string]encoding.Encoding{
		"windows-1250": charmap.Windows1250, "windows-1251": charmap.Windows1251, "windows-1252": charmap.Windows1252,
		"windows-1253": charmap.Windows1253, "windows-1254": charmap.Windows1254, "windows-1255": charmap.Windows1255,
		"windows-1256": charmap.Windows1256, "windows-1257": charmap.Windows1257, "windows-1258": charmap.Windows1258,
		"windows-874": charmap.Windows874, "iso-8859-1": charmap.ISO8859_1, "iso-8859-2": charmap.ISO8859_2,
		"iso-8859-4": charmap.ISO8859_4, "iso-8859-5": charmap.ISO8859_5, "iso-8859-6": charmap.ISO8859_6,
		"iso-8859-7": charmap.ISO8859_7, "iso-8859-8": charmap.ISO8859_8, "iso-8859-9": charmap.ISO8859_9,
		"iso-8859-13": charmap.ISO8859_13, "iso-8859-15": charmap.ISO8859_15, "iso-8859-16": charmap.ISO8859_16,
		"koi8-r": charmap.KOI8R, "koi8-u": charmap.KOI8U, "ibm866": charmap.CodePage866, "macintosh": charmap.Macintosh,
		"x-mac-cyrillic": charmap.MacintoshCyrillic, "armscii-8": armscii8, "georgian-ps": georgianPS,
		"georgian-academy": georgianAcademy, "pt154": pt154, "kz-1048": kz1048,
		"shift_jis": japanese.ShiftJIS, "euc-jp": japanese.EUCJP, "gbk": simplifiedchinese.GBK, "big5": traditionalchinese.Big5, "euc-kr": korean.EUCKR,
	}
	names := slices.Sorted(func(yield func(string) bool) {
		for k := range encs {
			if !yield(k) {
				return
			}
		}
	})
	langs := slices.Sorted(func(yield func(string) bool) {
		for k := range censusStories {
			if !yield(k) {
				return
			}
		}
	})
	for _, lang := range langs {
		for _, form := range []string{"story", "headline", "para"} {
			text := censusStories[lang]
			switch form {
			case "headline":
				text = headline(lang)
			case "para":
				text = strings.Split(text, "\n")[3]
			}
			if lang == "vi" {
				text = vietnamese1258(text)
			}
			for _, n := range names {
				src, err := encs[n].NewEncoder().String(text)
				if err != nil || src == text {
					continue
				}
				g, ok := Detect(src)
				if !ok {
					continue
				}
				got, _ := g.DecodeString(src)
				key := lang + " " + form + " " + n
				switch right := norm.NFC.String(got) == norm.NFC.String(text); {
				case right && knownCrossMistakes[key]:
					t.Errorf("%s: reads right now: take it off knownCrossMistakes", key)
				case !right && !knownCrossMistakes[key]:
					t.Errorf("%s: guess %s (%s): %.60q", key, g.Name, g.By, got)
				}
			}
		}
	}
}
