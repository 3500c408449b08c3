package clean

import (
	"slices"
	"strings"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
	"unicode"
	"unicode/utf8"
)

// Bylines of the world's pages that the byline readers of English forms
// do not take: two names joined by a language's "and" that the English
// expression does not know ("Door Sanne Jansen en Tom Bakker", "Av Erik
// Lindqvist och Sara Berg"), and a Korean reporter's name before 기자
// (reporter) or 특파원 (correspondent), which has no capitals to be known
// by ("김민지 기자", "김민지·이준호 기자").

// englishAnds are the words for "and" the byline expression of
// headauthor.go reads itself.
var englishAnds = [...]string{" and ", " und ", " et ", " y "}

// worldJoined returns the names of a byline that opens with a byline's
// word (labelWords) and joins persons' names with a word of worldAnds the
// English expression does not read, joined again by "and"; "" for any
// other line.
func worldJoined(s string) string {
	label, rest, ok := strings.Cut(s, " ")
	if !ok || !casedLabelWord(label) {
		return ""
	}
	other := false
	for _, and := range worldAnds {
		if strings.Contains(rest, and) && !slices.Contains(englishAnds[:], and) {
			other = true
		}
	}
	if !other {
		return ""
	}
	names := worldNames(dropWireCredit(rest))
	if len(names) < 2 {
		return ""
	}
	return strings.Join(names, " and ")
}

// hangulByline returns the names of a Korean byline: one or more names of
// two to four Hangul syllables ([scriptNames]), then 기자
// or 특파원, maybe with "=" or the reporter's e-mail address after it
// ("김민수 기자 minsu@example.co.kr"), perhaps after the city and the
// outlet in brackets as the wires print them ("[서울=뉴스통신] 김민수
// 기자", "(부산=뉴스통신) 김민수 기자"), maybe after the label "글" (text)
// or "글·사진" (text and pictures), maybe with the strip's date after the
// title, glued or not, perhaps after its label ("김민수 기자2025.06.03
// 09:12", "김민수 기자입력 2025.06.03": [hangulDateLabelCut]); or the writer's
// credit "글" before a name, a photographer's "사진" after it ("글 김민수 ·
// 사진 이지은"); nil for any other line.
func hangulByline(s string) []string {
	s = strings.TrimSpace(s)
	if len(s) > 0 && (s[0] == '[' || s[0] == '(') {
		s = hangulDesk(s)
	}
	if rest, ok := cutAny(s, "글 ", "글:", "글=", "글\u3000"); ok {
		if i := strings.Index(rest, "사진"); i > 0 {
			rest = strings.TrimRight(strings.TrimSpace(rest[:i]), "·/|,")
		}
		// "글 김민수 기자": the title after the name is no name
		rest, _ = cutSuffixAny(strings.TrimSpace(rest), "기자", "특파원")
		return scriptNames(rest, unicode.Hangul)
	}
	if len(s) > 0 && s[0] >= 0xEA && s[0] <= 0xED { // a Hangul syllable's first byte
		if i := strings.LastIndexByte(s, ' '); i > 0 && strings.Contains(s[i:], "@") && strings.Contains(s[i:], ".") {
			s = strings.TrimSpace(s[:i]) // the reporter's address
		}
		if i := strings.Index(s, "기자"); i > 0 {
			if opensYearDate(hangulDateLabelCut(strings.TrimLeft(s[i+len("기자"):], " "))) {
				s = s[:i+len("기자")] // "김민수 기자2025.06.03 09:12": the strip's date after the title
			}
		}
	}
	s = strings.TrimSpace(strings.TrimSuffix(s, "="))
	rest, ok := strings.CutSuffix(s, "기자")
	if !ok {
		if rest, ok = strings.CutSuffix(s, "특파원"); !ok {
			return nil
		}
	}
	// "글·사진 김민수 기자", "글 김민수 기자": the label of the text (and
	// the pictures) before the name
	rest, _ = cutAny(strings.TrimSpace(rest), "글·사진 ", "글/사진 ", "글 ")
	return scriptNames(rest, unicode.Hangul)
}

// opensYearDate reports whether s opens with a date that starts with its
// year: four digits, then ".", "-", "/" or "년" ("2025.06.03 09:12",
// "2025-06-03", "2025년 6월 3일"), so that a byline's title glued to the
// strip's date is cut there and a sentence's count after "기자" ("기자
// 3명이") is not taken for one.
func opensYearDate(s string) bool {
	if len(s) < 5 {
		return false
	}
	for i := range 4 {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s[4] == '.' || s[4] == '-' || s[4] == '/' || strings.HasPrefix(s[4:], "년")
}

// scriptNames returns the names of a byline's rest in a script without
// capitals or blanks inside a name (Hangul, Han): one to four names of two
// to four of the script's characters, parted by "·", "、", commas or
// blanks; nil for anything else.
func scriptNames(rest string, script *unicode.RangeTable) []string {
	var out []string
	for _, n := range strings.FieldsFunc(rest, func(r rune) bool {
		return r == '·' || r == '、' || r == ',' || r == '，' || unicode.IsSpace(r)
	}) {
		c := utf8.RuneCountInString(n)
		if c < 2 || c > 4 {
			return nil
		}
		for _, r := range n {
			if !unicode.Is(script, r) {
				return nil
			}
		}
		out = append(out, n)
	}
	if len(out) == 0 || len(out) > 4 {
		return nil
	}
	return out
}

// wireByline reports whether words are a byline's word and a wire's
// credit, and nothing else: "Par AFP", "Por EFE", "By Reuters". The wire
// is the story's source, never a person.
func wireByline(words []string) bool {
	if len(words) != 2 {
		return false
	}
	known, _ := labelWordIn(words[0])
	return known && dateparse.IsWire(words[1])
}

// postposedBy are, in lower case, the words of the languages whose byline
// sets "by" after the names: Turkish "tarafından" ("Ayşe Demir
// tarafından"), perhaps with the verb after it ("yazıldı", written;
// "hazırlandı", prepared).
var postposedBy = [...]string{" tarafından yazıldı", " tarafından hazırlandı", " tarafından"}

// postposedByline returns the names of a byline whose "by" follows them
// ([postposedBy]) when all that goes before it is persons' names
// ([worldNames]: "Ayşe Demir ve Can Yılmaz tarafından"); nil for any
// other line.
func postposedByline(s string) []string {
	s = strings.TrimSuffix(strings.TrimSpace(s), ".")
	if len(s) > maxDateLine || !strings.Contains(s, "taraf") {
		return nil
	}
	for _, by := range postposedBy {
		if rest, ok := strings.CutSuffix(s, by); ok {
			return worldNames(rest)
		}
	}
	return nil
}

// hangulDesk returns s without the city and the outlet in brackets that
// open a Korean wire's byline ("[서울=뉴스통신] 김민수 기자"): a bracket
// holding "=" between Hangul words; s as it is otherwise.
func hangulDesk(s string) string {
	end := "]"
	if s[0] == '(' {
		end = ")"
	}
	i := strings.Index(s, end)
	if i < 0 || i > 64 {
		return s
	}
	city, outlet, ok := strings.Cut(s[1:i], "=")
	if !ok || city == "" || outlet == "" || strings.ContainsAny(s[1:i], " ") {
		return s
	}
	for _, r := range city + outlet {
		if !unicode.Is(unicode.Hangul, r) && !unicode.IsLetter(r) {
			return s
		}
	}
	return strings.TrimSpace(s[i+1:])
}
