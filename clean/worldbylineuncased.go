package clean

import (
	"strings"
	"unicode"
)

// uncasedLabels are the labels that open a byline in the scripts without
// capitals, each with the script its names are written in: Arabic "بقلم"
// (by the pen of) and "كتب", "كتبت" (wrote), Persian "نویسنده" (writer),
// Hebrew "מאת" (by), Hindi and Bengali "लेखक", "লেখক" (writer), Hindi
// "रिपोर्ट" (report), Tamil "எழுதியவர்" (who wrote), Thai "โดย" (by) and
// "ผู้เขียน" (writer), Georgian "ავტორი" (author), Arabic "إعداد:"
// (prepared by), Hindi "द्वारा:" (by). The label's colon may be a dash
// ("كتب - أحمد علي").
var uncasedLabels = [...]struct {
	label  string
	script *unicode.RangeTable
}{
	{"بقلم", unicode.Arabic}, {"كتب", unicode.Arabic}, {"كتبت", unicode.Arabic},
	{"نویسنده", unicode.Arabic}, {"מאת", unicode.Hebrew}, {"लेखक", unicode.Devanagari}, {"रिपोर्ट", unicode.Devanagari},
	{"লেখক", unicode.Bengali}, {"எழுதியவர்", unicode.Tamil}, {"โดย", unicode.Thai}, {"ผู้เขียน", unicode.Thai},
	{"ავტორი", unicode.Georgian},
	// Arabic "إعداد" (prepared by) only with its colon: the word is also
	// a noun that opens a heading ("إعداد الطعام")
	{"إعداد:", unicode.Arabic},
	// Hebrew "כתב:" (reporter), Persian "به قلم" (by the pen of), Urdu
	// "تحریر:" (writing), Thai "เรื่อง:" (story), each a word of prose
	// too: all but the Persian only with their colon
	{"כתב:", unicode.Hebrew}, {"به قلم", unicode.Arabic}, {"تحریر:", unicode.Arabic}, {"เรื่อง:", unicode.Thai},
	// the plurals of Persian "نویسنده" and Georgian "ავტორი", over two
	// writers or more, and Persian "خبرنگار:" (reporter), a word of prose
	// too, only with its colon, and "گزارش:" (report), likewise
	{"نویسندگان", unicode.Arabic}, {"ავტორები", unicode.Georgian}, {"خبرنگار:", unicode.Arabic}, {"گزارش:", unicode.Arabic},
	// Hindi "द्वारा" (by), a postposition of prose ("सरकार द्वारा"):
	// only with its colon
	{"द्वारा:", unicode.Devanagari},
}

// uncasedAnds are the words for "and", with their blanks, that join two
// writers' names after a label of [uncasedLabels]: Persian and Arabic
// "و", Georgian "და", Hindi "और". Not Thai "และ": its words run on
// unparted, so the blanks around a name's parts tell no name from a
// phrase ("และ เพื่อน ร่วม งาน", and colleagues). Hebrew's "ו" is glued
// to the second name ([hebrewAndCut]).
var uncasedAnds = [...]string{" و ", " და ", " और "}

// uncasedPhotoCredits are the photographer's credits that may follow the
// writer's on a byline of [uncasedLabels] ("เรื่อง: สมชาย ใจดี ภาพ:
// วราภรณ์ ศรีสุข"): the name ends before them.
var uncasedPhotoCredits = [...]string{" ภาพ:", " ภาพ ", " צילום:", " عکس:", " تصویر:", " تصوير:", " फोटो:", " ছবি:"}

// uncasedByline returns the name of a byline in a script without
// capitals: a label of uncasedLabels, perhaps a colon, then one name of
// two to four words, each of the label's script's letters and marks alone
// ("بقلم: أحمد علي", "מאת דנה לוי", "लेखक: राहुल शर्मा"), or up to four
// such names joined by a word of [uncasedAnds]; nil for any other line.
// The name reader of the cased scripts knows a name by its capitals; here the label and the line's shape are the evidence, so the
// line must hold nothing else.
func uncasedByline(s string) []string {
	s = strings.TrimSpace(s)
	for _, l := range uncasedLabels {
		rest, ok := strings.CutPrefix(s, l.label)
		if !ok {
			continue
		}
		if !strings.HasPrefix(rest, ":") && !strings.HasPrefix(rest, " ") {
			continue // "كتبت" after "كتب", or a longer word ("كتبها")
		}
		rest = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(rest), ":-–"))
		rest = uncasedCreditCut(rest)
		for _, c := range uncasedPhotoCredits {
			if i := strings.Index(rest, c); i > 0 {
				rest = strings.TrimRight(rest[:i], " ,|/")
			}
		}
		return uncasedNames(rest, l.script)
	}
	if names, ok := strings.CutSuffix(s, " "+devanagariBy); ok && !strings.Contains(names, devanagariBy) && !namesInstitution(names) {
		return uncasedNames(strings.TrimSpace(names), unicode.Devanagari) // "सुनील वर्मा द्वारा": "by" after the name
	}
	return georgianName(s)
}

// devanagariBy is Hindi's, Marathi's and Nepali's "by", printed after the
// names it credits ("सुनील वर्मा द्वारा"), the line's last word.
const devanagariBy = "द्वारा"

// zwnj and zwj are the zero-width non-joiner and joiner, which Persian,
// Urdu and the Indic scripts write inside a word to shape its letters: a
// name's own, no letter of another script.
const (
	zwnj = '\u200c'
	zwj  = '\u200d'
)

// maxUncasedNames bounds the names an uncased byline's list may give.
const maxUncasedNames = 4

// uncasedNames returns the names of an uncased byline's rest after its
// label: one name, or up to maxUncasedNames joined by a word of
// uncasedAnds ("علی رضایی و مریم احمدی"), each of two to four words of
// script's letters and marks alone; nil when any part is not.
func uncasedNames(rest string, script *unicode.RangeTable) []string {
	parts := []string{rest}
	for _, and := range uncasedAnds {
		if strings.Contains(rest, and) {
			parts = strings.SplitN(rest, and, maxUncasedNames+1)
			break
		}
	}
	if len(parts) == 1 && script == unicode.Hebrew {
		parts = hebrewAndCut(rest)
	}
	if len(parts) > maxUncasedNames {
		return nil
	}
	out := make([]string, 0, len(parts))
	for _, part := range parts {
		words := strings.Fields(part)
		if len(words) < 2 || len(words) > 4 {
			return nil
		}
		for _, w := range words {
			if w[0] == 0xE2 && (strings.HasPrefix(w, string(zwnj)) || strings.HasPrefix(w, string(zwj))) {
				return nil // a joiner opens no word
			}
			for _, r := range w {
				if r == zwnj || r == zwj {
					continue // inside a Persian or an Urdu word ("احمدی‌نژاد")
				}
				if !unicode.Is(script, r) || !unicode.IsLetter(r) && !unicode.IsMark(r) {
					return nil
				}
			}
		}
		out = append(out, strings.Join(words, " "))
	}
	return out
}

// uncasedCreditCut returns an uncased byline's rest cut before a bar, or
// before a comma whose part after it is another label's ("सुनील वर्मा |
// अपडेटेड: 4 मार्च 2025", "सुनील वर्मा, एडिटेड बाय: अनुज सिंह"): an update's
// date or an editor's credit, no part of the name. A comma between two
// names stays, for the line to be read as no one name.
func uncasedCreditCut(rest string) string {
	if k := strings.IndexByte(rest, '|'); k > 0 {
		rest = rest[:k]
	}
	for _, comma := range [...]string{",", "،"} {
		if k := strings.Index(rest, comma); k > 0 && (strings.ContainsAny(rest[k:], ":：") || uncasedRoleAfter(rest[k+len(comma):])) {
			rest = rest[:k]
		}
	}
	return strings.TrimSpace(rest)
}

// georgianSurnameEnds are the endings of Georgian surnames: -ძე (son of),
// -შვილი (child of), the Megrelian -ია and -უა, -ავა, -ანი, the
// adjectives' -ური, -ული, -ელი.
var georgianSurnameEnds = [...]string{"ძე", "შვილი", "ია", "უა", "ავა", "ანი", "ური", "ული", "ელი"}

// georgianNotNameEnds are endings of the second word that make a common
// noun, not a surname ("ინფორმაცია", "ისტორია", "ტერიტორია"), and
// georgianNotGiven endings of the first word that make no given name in
// the nominative: the genitive's -ს ("საქართველოს ისტორია"), the
// adjectives' -ული and -ური ("ქართული ისტორია"), the plural's -ები.
var (
	georgianNotNameEnds = [...]string{"ცია", "ორია", "ობა"}
	georgianNotGiven    = [...]string{"ს", "ული", "ური", "ები"}
)

// georgianCommonFirst are adjectives that open a two-word heading and end
// as a given name may: new, big, main, last.
var georgianCommonFirst = [...]string{"ახალი", "დიდი", "მთავარი", "ბოლო", "ყველა"}

// georgianName returns the name of a Georgian byline printed without a
// label: the line is a given name and a surname and nothing else, both of
// Georgian letters alone, the surname with one of its endings ("ნინო
// ბერიძე", "გიორგი ცერცვაძე", "ანა შენგელია"); nil for any other line. The
// script has no capitals to tell a name by, so the ending and the line's
// shape are the evidence, and the callers read it only where a byline
// may stand (under the headline, over the date line).
func georgianName(s string) []string {
	s = strings.TrimSpace(s)
	if len(s) < 12 || len(s) > 80 || s[0] != 0xe1 {
		return nil // Georgian letters are three bytes, from E1 82 A0
	}
	first, last, ok := strings.Cut(s, " ")
	if !ok || strings.IndexByte(last, ' ') >= 0 || len(first) < 6 || len(last) < 9 {
		return nil
	}
	for _, w := range [2]string{first, last} {
		for _, r := range w {
			if !unicode.Is(unicode.Georgian, r) || !unicode.IsLetter(r) {
				return nil
			}
		}
	}
	for _, w := range georgianCommonFirst {
		if first == w {
			return nil
		}
	}
	for _, e := range georgianNotGiven {
		if strings.HasSuffix(first, e) {
			return nil
		}
	}
	for _, e := range georgianNotNameEnds {
		if strings.HasSuffix(last, e) {
			return nil
		}
	}
	for _, e := range georgianSurnameEnds {
		if strings.HasSuffix(last, e) && len(last) > len(e) {
			return []string{first + " " + last}
		}
	}
	return nil
}
