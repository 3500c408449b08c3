package textenc

import (
	"sync"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// The East Asian double-byte guess. Text in Shift_JIS, EUC-JP, GBK, Big5
// or EUC-KR is decoded in each of them; a charset fits when its decoding
// has almost no invalid sequence and many of its characters are the ones
// its language uses most: kana for Japanese (about half of the characters
// of Japanese prose), the most frequent Hangul syllables for Korean, the
// most frequent characters in simplified or traditional forms for Chinese.
// The same bytes read in another of these charsets give valid but
// uncommon characters (GBK's Hangul-free rows read as EUC-KR Hangul, say),
// or kana that Chinese text never holds, or invalid sequences. The lists
// are written from common knowledge of the languages' most frequent
// characters, not copied from a frequency table.

// A double-byte candidate.
type dbcs struct {
	name   string
	lang   string
	enc    encoding.Encoding
	common map[rune]bool
	kana   bool // kana count as common (Japanese)
	noKana bool // kana are odd (Chinese, Korean)
}

// dbcsLen is how many bytes of the sample the double-byte guess decodes.
const dbcsLen = 4 << 10

// Thresholds of the double-byte guess: the share of common characters
// among the decoded characters that are not ASCII, and the most invalid
// sequences (one in invalidPer).
const (
	minCommon  = 0.2
	invalidPer = 50
)

const (
	commonHans = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处府市记者报导示周"
	commonHant = "的一是在不了有和人這中大為上個國我以要他時來用們生到作地於出就分對成會可主發年動同工也能下過子說產種面而方後多定行學法所民得經十三之進著等部度家電力裡如水化高自二理起小物現實加量都兩體制機當使點從業本去把性好應開它合還因由其些然前外天政四日那社義事平形相全表間樣與關各重新線內數正心反你明看原又麼利比或但質氣第向道命此變條只沒結解問意建月公無系軍很情者最立代想已通並提直題黨程展五果料象員革位入常文總次品式活設及管特件長求老頭基資邊流路級少圖山統接知較將組見計別她手角期根論運農指幾九區強放決西被幹做必戰先回則任取據處府市記報導示週台"
	commonKore = "이다는의에을한하고가로지기서사대자리수도를시정인있국일어나해은으과적보아부전상주장제들게라원성경구여우동만면것요년문화생무소비위방었조연공개계실회마관발할내모물오유진선학세와불안단신중간했된민명업행며울까밝혔예정에서월"
	commonJpan = "日本人年月大中東京都事業者自会社時間国発表計画新市長行出生上下方地対関分前後道路部合見問題"
)

var dbcsCandidates = sync.OnceValue(func() []*dbcs {
	set := func(s string) map[rune]bool {
		m := make(map[rune]bool, utf8.RuneCountInString(s))
		for _, r := range s {
			m[r] = true
		}
		return m
	}
	jpan, hans, hant, kore := set(commonJpan), set(commonHans), set(commonHant), set(commonKore)
	return []*dbcs{
		{"shift_jis", "Japanese", japanese.ShiftJIS, jpan, true, false},
		{"euc-jp", "Japanese", japanese.EUCJP, jpan, true, false},
		{"gbk", "Chinese", simplifiedchinese.GB18030, hans, false, true},
		{"big5", "Chinese", traditionalchinese.Big5, hant, false, true},
		{"euc-kr", "Korean", korean.EUCKR, kore, false, true},
	}
})

// detectDoubleByte picks the East Asian double-byte charset whose decoding
// of the sample holds the most common characters, if one fits.
func detectDoubleByte(sample string) (Guess, bool) {
	sample = sample[:min(len(sample), dbcsLen)]
	var best *dbcs
	bestFit := minCommon
	for _, c := range dbcsCandidates() {
		out, err := c.enc.NewDecoder().String(sample)
		if err != nil {
			continue
		}
		n, common, bad := 0, 0, 0
		for _, r := range out {
			switch {
			case r < utf8.RuneSelf:
				continue
			case r == utf8.RuneError, r >= 0xE000 && r < 0xF900, r >= 0x100 && r < 0x2000: // invalid, private use, Greek, Cyrillic ...
				bad++
			case r >= 0x3040 && r < 0x3100: // kana
				if c.kana {
					common++
				} else if c.noKana {
					bad++
				}
			case r >= 0xFF61 && r < 0xFFA0: // half-width katakana: single bytes of Shift_JIS
				bad++
			case c.common[r]:
				common++
			}
			n++
		}
		if n < 4 || bad*invalidPer > n {
			continue
		}
		if fit := float64(common) / float64(n); fit > bestFit {
			best, bestFit = c, fit
		}
	}
	if best == nil {
		return Guess{}, false
	}
	return Guess{Name: best.name, Encoding: best.enc, By: "character frequencies, " + best.lang}, true
}
