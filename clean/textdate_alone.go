package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
	"github.com/newsclean/newsclean/internal/uchar"
)

// The date lines of flattened text that hold only a date, the way
// detectDates wants them, in forms neither [dateparse.DateLine] nor
// [cjkDateAlone] reads whole: full-width digits ("２０２５年３月５日（水）
// １５：２０"), a date closed by a word of its kind ("2025/3/5 15:20配信"),
// a weekday in brackets after a numeric date ("2025/3/4(火) 10:15"),
// a Persian date of the solar Hijri calendar with a weekday or a time
// ("سه‌شنبه ۱۴ اسفند ۱۴۰۳ - ۱۰:۱۲"),
// a label of a script the label lists do not spell ("פורסם: 5 במרץ
// 2025", "发布于 2025/03/05"), an update's label before a date of the
// Chinese, Japanese and Korean forms ("更新時間：2025年3月6日 09:10"),
// and such parts side by side ("פורסם: 5 במרץ 2025 | עודכן: 6 במרץ
// 2025"). Read as a date line, such a line is no headline: the headline
// finder took it for one where nothing read it.

// maxAloneDate is the longest line textDateAlone reads, in bytes.
const maxAloneDate = 120

// textDateAlone labels block i of flattened text when it holds only such
// a date: a Date with the publication's date, or, when every part of it
// labels an update, a Metadata block whose Stamp is the update's time
// (as textHeadDates labels an update's line). It reports whether it did.
// A line of ASCII only is not read: the forms it reads are the world's.
func (p *Page) textDateAlone(i int) bool {
	t := strings.TrimSpace(p.blocks[i].Text)
	if p.in.doc != nil || len(t) > maxAloneDate || uchar.IsASCII(t) || !digitByteIn(t) && !wideDigits(t) && !scriptDigits(t) {
		return false
	}
	st, upd, ok := readDateAloneIn(t, p.dateLang())
	if !ok {
		return false
	}
	b := &p.blocks[i]
	if upd {
		b.Kind, b.Rule, b.Stamp = Metadata, "generic/updated", stampOf(st)
	} else {
		b.Kind, b.Rule, b.Stamp = Date, "generic/date", stampOf(st)
	}
	return true
}

// wideDigits reports whether s holds a full-width digit (U+FF10..U+FF19,
// whose UTF-8 forms are EF BC 90..99).
func wideDigits(s string) bool {
	for i := strings.IndexByte(s, 0xEF); i >= 0 && i+2 < len(s); {
		if s[i+1] == 0xBC && s[i+2] >= 0x90 && s[i+2] <= 0x99 {
			return true
		}
		next := strings.IndexByte(s[i+1:], 0xEF)
		if next < 0 {
			break
		}
		i += next + 1
	}
	return false
}

// maxAloneParts is how many parts, between bars, a date line may hold.
const maxAloneParts = 3

// readDateAlone reads line as one to maxAloneParts parts between bars,
// each a whole date (readDatePart); it returns the date of the first part
// that labels no update, else the first part's, and whether it is an
// update's.
func readDateAlone(line string) (dateparse.Stamp, bool, bool) {
	return readDateAloneIn(line, dateparse.NoLang)
}

// readDateAloneIn is readDateAlone on a page in language lang: a month's
// name that clashes ("listopada": October in Croatian) is read as lang
// reads it ([dateLineLang], [findDateStampLang]).
func readDateAloneIn(line string, lang dateparse.Lang) (dateparse.Stamp, bool, bool) {
	if f, ok := foldWide(line); ok {
		line = f // "２０２５年３月５日": ASCII digits, a colon for "："
	}
	if b, ok := blankWeekdays(line); ok {
		line = b // "2025/3/4(火) 10:15配信": the weekday in brackets blanked
	}
	var first, pub dateparse.Stamp
	n, published := 0, false
	for part := range strings.SplitSeq(line, "|") {
		if n++; n > maxAloneParts {
			return dateparse.Stamp{}, false, false
		}
		st, upd, ok := readDatePart(strings.TrimSpace(part), lang)
		if !ok {
			return dateparse.Stamp{}, false, false
		}
		if n == 1 {
			first = st
		}
		if !upd && !published {
			pub, published = st, true
		}
	}
	if published {
		return pub, false, true
	}
	return first, true, true
}

// readDatePart reads one part of a date line as a whole date, maybe after
// a label (dateAloneLabel) and maybe closed by a word of the Chinese,
// Japanese or Korean scripts ("配信", "更新"); it reports whether a label
// or that word names an update. A clashing month's name is read in lang.
func readDatePart(part string, lang dateparse.Lang) (st dateparse.Stamp, upd, ok bool) {
	if part == "" {
		return dateparse.Stamp{}, false, false
	}
	if body, word := cjkClosingWord(part); word != "" {
		st, upd, ok = readDatePart(body, lang)
		return st, upd || isUpdate(word), ok
	}
	if st, _, ok := dateLineLang(part, lang); ok && st.Year != 0 && st.Day != 0 {
		return st, false, true
	}
	if st, ok := cjkDateAlone(part); ok {
		return st, isUpdate(cjkLead(part)), true
	}
	if st, ok := solarLine(part); ok {
		return st, false, true // "سه‌شنبه ۱۴ اسفند ۱۴۰۳ - ۱۰:۱۲", "۱۴۰۳/۱۲/۱۴ - ۱۰:۱۲"
	}
	st, pos, found := findDateStampLang(part, lang)
	if !found || pos == 0 || st.Year == 0 || st.Day == 0 {
		return dateparse.Stamp{}, false, false
	}
	label, isUpd := dateAloneLabel(part[:pos])
	if !label {
		// the label, then a time before the date: "Cập nhật lúc 14:22
		// ngày 05/03/2025", "تاریخ انتشار: ۱۴:۳۰ - ۱۴۰۴/۰۲/۱۵"
		if pos = firstDigit(part); pos <= 0 {
			return dateparse.Stamp{}, false, false
		}
		if label, isUpd = dateAloneLabel(part[:pos]); !label {
			return dateparse.Stamp{}, false, false
		}
	}
	rest := part[pos:]
	if whole, _, ok := dateLineLang(rest, lang); ok && sameDay(whole, st) {
		return st, isUpd, true
	}
	if whole, ok := cjkDateAlone(rest); ok && sameDay(whole, st) {
		return st, isUpd, true
	}
	if whole, ok := solarLine(rest); ok && sameDay(whole, st) {
		return whole, isUpd, true // with the time solarLine reads, before the date or after it
	}
	return dateparse.Stamp{}, false, false
}

// firstDigit returns the offset of the first digit of s, ASCII or of a
// script [dateparse.FoldDigits] reads, or -1.
func firstDigit(s string) int {
	f, folded := dateparse.FoldDigits(s)
	i := strings.IndexAny(f, "0123456789")
	if folded && i > 0 {
		i = dateparse.UnfoldOffset(s, i)
	}
	return i
}

// cjkLead returns what stands before the first ASCII digit of s: a
// Chinese, Japanese or Korean date's label.
func cjkLead(s string) string {
	if i := strings.IndexAny(s, "0123456789"); i > 0 {
		return s[:i]
	}
	return ""
}

// maxClosingRunes is the most characters of a word that closes a date
// ("配信", "公開", "更新").
const maxClosingRunes = 4

// cjkClosingWord splits off the word of Han, Kana or Hangul characters
// that closes part after a digit ("2025/3/5 15:20配信"): the rest and the
// word, or part and "" when none closes it.
func cjkClosingWord(part string) (string, string) {
	end, n := len(part), 0
	for end > 0 {
		r, size := utf8.DecodeLastRuneInString(part[:end])
		if !cjkRune(r) {
			break
		}
		if n++; n > maxClosingRunes+1 { // the word, and maybe the day's sign before it
			return part, ""
		}
		end -= size
	}
	body := strings.TrimRight(part[:end], " \u00a0")
	if n == 0 || body == "" || !isDigitByte(body[len(body)-1]) {
		return part, ""
	}
	if r, size := utf8.DecodeRuneInString(part[end:]); dateUnitRune(r) {
		end, n = end+size, n-1 // "2025年3月5日更新": the day's sign is the date's, "更新" closes it
		if end == len(part) {
			return part, ""
		}
		body = part[:end]
	}
	if n > maxClosingRunes {
		return part, ""
	}
	return body, part[end:]
}

// dateUnitRune reports whether r is the sign a Chinese, Japanese or
// Korean date prints after a number: year, month, day (年月日号, 년월일).
func dateUnitRune(r rune) bool {
	switch r {
	case '年', '月', '日', '号', '년', '월', '일':
		return true
	}
	return false
}

// cjkRune reports whether r is a Han, Kana or Hangul letter.
func cjkRune(r rune) bool {
	return r >= 0x3040 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r))
}

// maxAloneLabelWords is how many words a date's label may hold.
const maxAloneLabelWords = 3

// dateAloneLabel reports whether before, what stands before a date, is a
// date's label: one of the labels the page's language prints
// (worldPublishLabels), a label dateLabel or updateWords know, or a
// short Chinese, Japanese or Korean label with its colon ("日期："); and
// whether it names an update.
func dateAloneLabel(before string) (label, upd bool) {
	l := strings.TrimRight(before, " \u00a0:：-–—,")
	if l == "" || digitByteIn(l) || wordCount(l) > maxAloneLabelWords {
		return false, false
	}
	switch {
	case isUpdate(l):
		return true, true
	case worldPublishLabel(l) || cjkLabel(before) || dateLabel().MatchString(before):
		return true, false
	}
	return false, false
}

// worldPublishLabels label a publication's date where dateLabel's
// expression does not spell them: Hebrew, Greek, Hindi, Vietnamese
// (with "lúc", at, where the time comes first: "Đăng lúc 14:22 ngày
// 05/03/2025"), Chinese, Japanese and Korean (입력, entered; 등록,
// registered; 게재, printed; 승인, approved); and the publication's
// labels of languages whose update's label pages print first ("Frissítve:
// ... | Publikálva: ..."): Slovak, Romanian, Hungarian and Thai.
var worldPublishLabels = []string{"publikované", "publikovane", "publicat", "publicat la", "publicat pe", "publikálva", "közzétéve", "megjelent",
	"เผยแพร่", "เผยแพร่เมื่อ", "פורסם", "פורסם ב", "תאריך פרסום", "δημοσίευση", "δημοσιεύθηκε", "δημοσιεύτηκε", "प्रकाशित", "प्रकाशित तिथि",
	"đăng", "đăng lúc", "đăng ngày", "ngày đăng", "đăng vào", "đăng vào lúc", "xuất bản", "xuất bản lúc",
	"发布于", "发布时间", "发布日期", "發佈時間", "發布時間", "發佈於", "發布於", "日期", "公開日", "公開日時", "配信日", "配信日時", "掲載日", "投稿日",
	"입력", "기사입력", "등록", "게재", "승인"}

// worldPublishLabel reports whether l is one of worldPublishLabels, in
// any case.
func worldPublishLabel(l string) bool { return foldedIn(l, worldPublishLabels) }

// foldedIn reports whether l equals one of words, in any case.
func foldedIn(l string, words []string) bool {
	for _, w := range words {
		if strings.EqualFold(l, w) {
			return true
		}
	}
	return false
}

// sameDay reports whether a and b name the same day.
func sameDay(a, b dateparse.Stamp) bool {
	return a.Year == b.Year && a.Month == b.Month && a.Day == b.Day
}

// worldLabelOpens reports whether part opens with one of
// worldPublishLabels before its first digit ("입력 2025.03.05 10:12",
// "פורסם: 05.03.25"): a publication's label in a script the date label's
// expression does not spell.
func worldLabelOpens(part string) bool {
	i := strings.IndexAny(part, "0123456789")
	if i <= 0 {
		return false
	}
	l := strings.TrimRight(part[:i], " \u00a0:：")
	return l != "" && worldPublishLabel(l)
}

// scriptDigits reports whether s holds a digit of a script whose digits
// [dateparse.FoldDigits] reads ("۱۴ اسفند ۱۴۰۳").
func scriptDigits(s string) bool {
	_, folded := dateparse.FoldDigits(s)
	return folded
}
