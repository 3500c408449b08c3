package extract

import (
	"strings"
	"unicode"

	"github.com/newsclean/newsclean/clean"
)

// yearFirstTextPage reports, once a page, whether an untagged page's own
// text ([yearFirstText]) is mostly in a script or language that writes a
// numeric date year first, so that [yearFirstOrder] reads a short date
// year first even where the line that prints it holds only numbers
// ("25.03.04 10:05" under a Korean byline).
func (as *assembler) yearFirstTextPage() bool {
	if !as.yearFirstTextRead {
		as.yearFirstText, as.yearFirstTextRead = yearFirstText(as.res.Blocks), true
	}
	return as.yearFirstText
}

// yearFirstText reports whether the page's first yearFirstTextBytes
// bytes of block text are mostly in a script or language whose pages
// write a numeric date year first: more than half the letters Hangul,
// kana or Han, with Hangul or kana at least a tenth of those (Korean,
// Japanese), or Han alone where the text names none of the places that
// write Chinese dates day first ([dayFirstChinesePlace]: Hong Kong,
// Macau, Singapore) and is not mainly in the traditional script
// ([mainlyTraditional]: Hong Kong and Macau write it, and a page tagged
// zh-Hant alone is not read year first either); or more than half of them Latin, with at least
// three of Hungarian's or Lithuanian's own letters ("ő", "ű", "ė", "ų",
// "į"), one in 200 Latin letters or more, among three of the languages'
// common short words or more ([latinShortWords]: not an English page
// about Klaipėda or Győr). Linear in the bytes read.
func yearFirstText(blocks []clean.Block) bool {
	var letters, latin, cjk, hangulKana, marks, traditional, simplified int
	var words latinShortWords
	chinesePlace := false
	budget := yearFirstTextBytes
	for i := range blocks {
		if budget <= 0 {
			break
		}
		t := blocks[i].Text[:min(len(blocks[i].Text), budget)]
		budget -= len(t)
		if !chinesePlace && dayFirstChinesePlace(t) {
			chinesePlace = true
		}
		words.read(t)
		for _, r := range t {
			switch {
			case r < 0x80:
				if r|0x20 >= 'a' && r|0x20 <= 'z' {
					letters++
					latin++
				}
			case hangulOrKanaRune(r):
				letters++
				cjk++
				hangulKana++
			case unicode.Is(unicode.Han, r):
				letters++
				cjk++
				switch hanScript(r) {
				case hanTraditional:
					traditional++
				case hanSimplified:
					simplified++
				}
			case r < 0x250 && unicode.IsLetter(r):
				letters++
				latin++
				if yearFirstLatinMark(r) {
					marks++
				}
			case unicode.IsLetter(r):
				letters++
			}
		}
	}
	switch {
	case 2*cjk > letters:
		return hangulKana*10 >= cjk || !chinesePlace && !mainlyTraditional(traditional, simplified)
	case 2*latin > letters:
		return marks >= 3 && marks*200 >= latin && words.language()
	}
	return false
}

// yearFirstTextBytes bounds the text [yearFirstText] reads.
const yearFirstTextBytes = 16 << 10

// yearFirstLatinMark reports whether r is a letter only Hungarian ("ő",
// "ű") or Lithuanian ("ė", "ų", "į") writes among the languages of Latin
// script, both of which write a numeric date year first ("2025.03.04.",
// "2025-03-04").
func yearFirstLatinMark(r rune) bool {
	switch r {
	case 'ő', 'Ő', 'ű', 'Ű', 'ė', 'Ė', 'ų', 'Ų', 'į', 'Į':
		return true
	}
	return false
}

// dayFirstChinesePlace reports whether s names Hong Kong, Macau or
// Singapore in Chinese, whose pages write a numeric date day first as
// Britain does: a page in Han alone that names one is not read year
// first (a mainland page naming one keeps the day-first reading every
// untagged page had).
func dayFirstChinesePlace(s string) bool {
	if !strings.ContainsRune(s, '港') && !strings.ContainsRune(s, '澳') && !strings.ContainsRune(s, '坡') {
		return false // a byte search each for most pages' text
	}
	return strings.Contains(s, "香港") || strings.Contains(s, "澳門") || strings.Contains(s, "澳门") || strings.Contains(s, "新加坡")
}

// latinShortWords counts Hungarian's and Lithuanian's common short words
// ([yearFirstShortWord]) in a page's text: they tell the languages' prose
// from a page in another language that names a place of theirs, its
// marks repeated ("Klaipėda", "Győr").
type latinShortWords int

// latinShortWordsWanted is how many of the languages' common short words
// make a page's text Hungarian or Lithuanian.
const latinShortWordsWanted = 3

// language reports whether the words read are Hungarian or Lithuanian
// prose.
func (w latinShortWords) language() bool {
	return w >= latinShortWordsWanted
}

// read counts the short words of t, a word being a run of letters.
// Linear in t.
func (w *latinShortWords) read(t string) {
	for s := range strings.FieldsFuncSeq(t, notLetter) {
		w.word(s)
	}
}

// notLetter reports whether r is no letter: what parts words for read.
func notLetter(r rune) bool { return !unicode.IsLetter(r) }

// word counts word s if it is a common short word.
func (w *latinShortWords) word(s string) {
	if len(s) <= 6 && yearFirstShortWord(s) {
		*w++
	}
}

// yearFirstShortWord reports whether s is one of Hungarian's ("és", "az",
// "hogy") or Lithuanian's ("ir", "kad", "yra") common short words, in
// small letters or with a capital first. Hungarian's "a" and "is" are
// left out: English writes them too.
func yearFirstShortWord(s string) bool {
	switch s {
	case "és", "az", "hogy", "nem", "egy", "meg", "még", "már", "csak", "pedig", "után",
		"És", "Az", "Hogy", "Nem", "Egy", "Meg", "Még", "Már", "Csak", "Pedig", "Után",
		"ir", "kad", "yra", "su", "į", "iš", "nei", "bet", "buvo", "kaip", "jau", "tik",
		"Ir", "Kad", "Yra", "Su", "Į", "Iš", "Nei", "Bet", "Buvo", "Kaip", "Jau", "Tik":
		return true
	}
	return false
}

// hanScriptKind tells which of Chinese's two scripts a Han character
// belongs to alone.
type hanScriptKind uint8

const (
	hanEither      hanScriptKind = iota // written alike in both, or not among the common pairs
	hanTraditional                      // the traditional form of a common character ("們", "說", "國")
	hanSimplified                       // its simplified form ("们", "说", "国")
)

// hanScript reports which script r, a Han character, is written in alone,
// among common characters whose two forms differ: 們们 個个 說说 這这 來来
// 為为 會会 國国 時时 後后 對对 與与 開开 發发 長长 車车 門门 間间 關关 區区
// 過过 經经 現现 學学 機机 報报 記记 設设 點点 還还 進进 單单 體体 當当. Japanese
// writes some of either form, but a page with kana is read before these
// count.
func hanScript(r rune) hanScriptKind {
	switch r {
	case '們', '個', '說', '這', '來', '為', '會', '國', '時', '後', '對', '與', '開', '發', '長', '車', '門', '間', '關', '區',
		'過', '經', '現', '學', '機', '報', '記', '設', '點', '還', '進', '單', '體', '當':
		return hanTraditional
	case '们', '个', '说', '这', '来', '为', '会', '国', '时', '后', '对', '与', '开', '发', '长', '车', '门', '间', '关', '区',
		'过', '经', '现', '学', '机', '报', '记', '设', '点', '还', '进', '单', '体', '当':
		return hanSimplified
	}
	return hanEither
}

// mainlyTraditional reports whether a page's Han text, with traditional
// and simplified characters of the common pairs ([hanScript]), is mainly
// in the traditional script: three or more, and more than twice the
// simplified ones (a simplified page may quote a name in the other
// script).
func mainlyTraditional(traditional, simplified int) bool {
	return traditional >= 3 && traditional > 2*simplified
}
