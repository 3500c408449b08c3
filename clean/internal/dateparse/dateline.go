package dateparse

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Dateline is an agency dateline that opens a paragraph, such as
// "BAKU, March 14. /TASS/. " before "Baku is ready...".
type Dateline struct {
	// Text is the dateline as printed, without the separator that ends it
	// (a dash or colon) and without the following space: "BAKU, March 14.
	// /TASS/.", "YEREVAN." for "YEREVAN. – ", "Baku/12.13.23/Turan" for
	// "Baku/12.13.23/Turan: ". A full stop that is part of the form is kept.
	Text string
	// Place is the city, title-cased when printed in capitals: "Baku",
	// "Veliky Novgorod". "Washington, DC" keeps its state. "" for forms
	// without a place ("PanARMENIAN.Net - ", "ArmInfo. ").
	Place string
	// Month and Day are the printed date; 0 when the form has none
	// ("Yerevan /Mediamax/.").
	Month time.Month
	Day   int
	// Year is set only when printed ("YEREVAN, Jan 8, 2021 ARMENPRESS:",
	// Turan's two-digit year).
	Year int
	// DayAlone is the day of a form that prints the day without its month
	// (Europa Press's "MADRID, 5 (EUROPA PRESS)"): no date by itself, so
	// Month and Day stay 0; the article settles its month from the URL's
	// date or the crawl date. 0 for every other form.
	DayAlone int
	// Agency is the canonical name of the agency the dateline credits:
	// "TASS", "ARKA", "ARMENPRESS", "ARTSAKHPRESS", "AZERTAC", "Interfax",
	// "Mediamax", "MNA", "Turan", "Report", "PanARMENIAN", "ArmInfo", the
	// world's wires ("AP", "Reuters", "AFP", "Anadolu", "dpa", "EFE",
	// "Xinhua", "UNIAN", "UPI", "Kyodo", ...), or the name as printed for
	// other agencies. It is "" when the dateline names
	// none: Trend's "BAKU, Azerbaijan, August 27." (see Style), news.am's
	// "YEREVAN. – ", "WASHINGTON, DC – ", "YEREVAN -- " and
	// "BAKU (Combined Sources)–".
	Agency string
	// Style names the outlet whose house form the dateline follows when
	// that differs from Agency or Agency is empty: "Trend" for
	// "CITY, Azerbaijan, Month D.", "news.am" for "CITY. – ", "Asbarez" for
	// "CITY (Source)–", "RFE/RL" for "CITY -- ", "Armenian Weekly" for
	// "CITY, ST – ". It is a hint for outlet detection, not a credit.
	Style string
	// Reporters are the reporters the dateline names, in the forms that
	// print them inside it: Xinhua's "新华社北京3月5日电（记者张三 李四）",
	// Yonhap's "(서울=연합뉴스) 김민수 기자 =", a Japanese paper's
	// "【ワシントン=山田太郎】". nil for the others.
	Reporters []string
	// Len is the number of bytes of the paragraph the dateline takes,
	// including leading blanks, the separator and the blanks after it, so
	// para[Len:] is the body text. It is len(para) when the dateline stands
	// alone.
	Len int
}

// ParseDateline recognises an agency dateline at the start of a paragraph
// (leading blanks allowed) and returns it with the number of bytes it
// takes. The forms:
//
//	BAKU, March 14. /TASS/.             VELIKY NOVGOROD, September 21. /TASS/.
//	YEREVAN, April 16. /ARKA/.          YEREVAN, DECEMBER 19, ARMENPRESS.
//	YEREVAN, Jan 8, 2021 ARMENPRESS:    STEPANAKERT, JULY 6, ARTSAKHPRESS:
//	STEPANAKERT, JULY 6, ARTSAKHPRESS-ARMENPRESS:   ARTSAKHPRESS:
//	BAKU, Azerbaijan, August 27.        TARTAR, Azerbaijan, Oct. 16
//	Baku, May 21, AZERTAC               MOSCOW. Sept 19 (Interfax) -
//	TEHRAN, Aug. 26 (MNA) –             Baku/12.13.23/Turan:
//	Baku.26 February.REPORT.AZ/         Yerevan /Mediamax/.
//	PanARMENIAN.Net -                   ArmInfo.
//	YEREVAN. –                          BAKU (Combined Sources)–
//	WASHINGTON, DC –                    YEREVAN --
//	TALLINN, Estonia —                  BEIRUT, Lebanon, June 2 —
//	PORTLAND, Maine, March 14, 2024 —   BEIRUT, Lebanon, June 2, 2024 —
//
// and the wire form: a place (in capitals, or in title case for wires that
// print it so), maybe a country or a state, maybe a date (month first or
// day first, English or Spanish and Portuguese abbreviations), and a known
// wire's credit in brackets, then a separator:
//
//	YEREVAN, Armenia (AP) —             WASHINGTON (AP) —
//	BATON ROUGE, La. (AP) —             BAKU, October 25 (Reuters) -
//	LONDON (Reuters) -                  BAKU, Oct 25 (Reuters):
//	PARIS (AFP) -    Paris (AFP) -      ANKARA (AA) -    Berlin (dpa) -
//	Madrid, 5 mar (EFE).-               BEIJING, March 5 (Xinhua) --
//	KYIV (UNIAN) -                      KYIV. Nov 24 (Interfax-Ukraine) –
//	(Reuters) -                         (CNN)President ...
//
// with hyphen, en-dash and em-dash variants, and the other forms of the
// world's wires: dates in the agency's language ("PARIS, 5 mars 2025 (AFP)
// -", "Praha 5. března (ČTK) -", "МОСКВА, 5 марта. /ТАСС/."), the credit
// before the place ("(ANSA) - ROMA, 05 MAR -", or plain with a comma
// before a dated one: "Xinhua, BEIJING, 5 May. "), after the date ("RIYADH,
// March 5, 2025, SPA --") or after the dash ("МОСКВА, 5 мар - РИА
// Новости.", "Баку, 5 марта - Trend:"), plain before the dash ("Accra,
// March 5, GNA -"), between bars after a country (Xinhua's "ACCRA, Ghana |
// Xinhua |"), after a month and a year joined by a slash ("Addis Ababa,
// March 5/2025(ENA)"), printed plain after the date and
// ending with a full stop ("Bakı, 5 mart, AZƏRTAC.", "Rīga, 5. marts,
// LETA."), in the region's own scripts ("ԵՐԵՎԱՆ, 5 ՄԱՐՏԻ, ԱՐՄԵՆՊՐԵՍ:",
// "თბილისი, 5 მარტი. /ინტერპრესნიუსი/."), the Thai News Agency's place,
// day and month and a dash ("กรุงเทพฯ 5 มี.ค.-", a year of the Buddhist era
// read as the Common Era's), IRNA's Persian credit between dashes
// ("تهران- ایرنا- "), the Hebrew sites' ("ירושלים, 5 במרץ (וואלה!) - ", read
// without the marks of direction a page may print around its parts),
// and the Chinese, Japanese and Korean forms ("新华社北京3月5日电",
// "【ワシントン共同】", "(서울=연합뉴스)"); see testdata/worldwires.tsv. Turan's numeric date is month
// first with a two-digit year (12.13.23 = 13 December 2023).
// "ARTSAKHPRESS-ARMENPRESS" credits ARTSAKHPRESS, the agency that wrote
// the story. Trend's form names no agency, so Agency is "" and Style is
// "Trend": the dateline alone does not say that Trend is the source (other
// Azerbaijani outlets reprint it), while "Trend reports" in the body does.
//
// Wire credits in brackets ("WASHINGTON (Reuters) - ") give the wire as
// Agency. A bracket that names no known wire ("Moscow (and Kyiv) said",
// "(AP Photo/John Smith)") makes no wire dateline; a title-case place
// needs a date or a sentence after it, and may not be the expansion of the
// acronym in brackets ("Data Processing Agreement (DPA) - "); the short
// acronyms that abbreviate other things too ("AP", "UPI") need a place in
// capitals. The country of "TALLINN, Estonia — " must be a country's name
// (or, where a date follows, a US state's: "PORTLAND, Maine, March 14 —"),
// and a sentence must follow, as for the other place-and-dash forms. MENAFN's syndication credit "(MENAFN- Trend News Agency) " is
// taken together with the source's dateline that follows it (Agency from
// the credit when the dateline names none), or alone (Style "MENAFN").
//
// The place must be capitalised the way the form prints it (all capitals
// for the dash forms), the date must exist, and the dateline must be
// followed by white space or the end of the paragraph, so sentences such
// as "BAKU, the capital, is..." or "Moscow and Baku have..." are not
// datelines. The forms that are only a place and a dash ("YEREVAN. – ",
// "MOSCOW — ", "YEREVAN -- ", "BAKU (Combined Sources)–") must be followed
// by a sentence of at least six words on the same line, which keeps menu
// items such as "RSS - Komentar" out. Only the first 120 bytes of the
// paragraph are examined.
func ParseDateline(para string) (Dateline, bool) { return ParseDatelineWith(para, nil) }

// ParseDatelineWith is ParseDateline remembering the runs of the forms'
// expressions in runs (nil remembers none): a caller that reads the same
// paragraph head more than once, as a page's stages do, pays for the
// expressions once.
func ParseDatelineWith(para string, runs *Runs) (Dateline, bool) {
	lead := 0
	for lead < len(para) {
		r, n := utf8.DecodeRuneInString(para[lead:])
		if r != ' ' && r != '\t' && r != '\u00a0' && !isBidiMark(r) {
			break
		}
		lead += n
	}
	p := para[lead:]
	if len(p) >= 4 && p[0] >= '0' && p[0] <= '9' {
		return creditedAfterLead(p, lead, runs)
	}
	if len(p) < 4 || (p[0] < 'A' && p[0] != '(') || p[0] > 'Z' && p[0] < 0x80 {
		return Dateline{}, false
	}
	if dl, ok := matchForms(p, runs); ok {
		dl.Len += lead
		return dl, true
	}
	return Dateline{}, false
}

// wireBeforePlace reads a wire's name and a comma before a dated
// dateline whose place is printed in capitals ("Xinhua, BEIJING, 5 May. ",
// "Reuters, LONDON, March 5 - "): the name must be a known wire's that
// abbreviates nothing else (not "AP"), and the place must be followed by a
// date, so that a sentence naming a wire ("Reuters, the agency, said",
// "Xinhua, BEIJING and ...") is no dateline. Two capitals after the first
// comma are tested before the name is looked up: prose goes on in lower
// case, or in a name's.
func wireBeforePlace(p string) (Dateline, bool) {
	i := strings.IndexByte(p[:min(len(p), maxLeadCredit)], ',')
	if i < 2 || i+4 > len(p) || p[i+1] != ' ' || !twoCapitals(p[i+2:]) {
		return Dateline{}, false
	}
	w, ok := lookupWire(p[:i])
	if !ok || w.capsOnly {
		return Dateline{}, false
	}
	dl, ok := wireAfterCredit(p, i+len(", "), w)
	if !ok || dl.Month == 0 {
		return Dateline{}, false
	}
	return dl, true
}

// twoCapitals reports whether s opens with two upper-case letters
// ("BEIJING", "МОСКВА"), decoding runes only past ASCII.
func twoCapitals(s string) bool {
	for range 2 {
		if s == "" {
			return false
		}
		if c := s[0]; c < utf8.RuneSelf {
			if c < 'A' || c > 'Z' {
				return false
			}
			s = s[1:]
			continue
		}
		r, n := utf8.DecodeRuneInString(s)
		if !isUpper(r) {
			return false
		}
		s = s[n:]
	}
	return true
}

// creditedAfterLead reads a credited dateline after what opens p with a
// digit: the clock time Interfax prints before the place ("14:05 Moscow.
// Dec 5. INTERFAX - "), or an agency's name that opens with one, before
// the place (24.kg's "24.kg news agency, BISHKEK - "). Both need the
// wire's credit; lead is the blank before p in the paragraph.
func creditedAfterLead(p string, lead int, runs *Runs) (Dateline, bool) {
	if c := leadClock(p); c > 0 {
		dl, ok := matchForms(p[c:], runs)
		if !ok || dl.Agency == "" {
			return Dateline{}, false
		}
		dl.Text = p[:c] + dl.Text
		dl.Len += lead + c
		return dl, true
	}
	name, _, ok := strings.Cut(p[:min(len(p), maxLeadCredit+len(", "))], ", ")
	if !ok {
		return Dateline{}, false
	}
	n := len(name) + len(", ")
	name = strings.TrimSuffix(name, " news agency")
	w, ok := lookupWire(name)
	if !ok || w.capsOnly {
		return Dateline{}, false
	}
	dl, ok := wireAfterCredit(p, n, w)
	if !ok {
		return Dateline{}, false
	}
	dl.Len += lead
	return dl, true
}

// maxLeadCredit is the longest credit read before the place: a wire's
// name and " news agency".
const maxLeadCredit = 32

// leadClock is the length of the clock time and the blank that open p
// ("14:05 ") when a capital follows them, or 0.
func leadClock(p string) int {
	i := 1
	if isDigit(p[1]) {
		i = 2
	}
	if len(p) < i+6 || p[i] != ':' || !isDigit(p[i+1]) || !isDigit(p[i+2]) || p[i+3] != ' ' {
		return 0
	}
	if r, _ := utf8.DecodeRuneInString(p[i+4:]); !isUpper(r) {
		return 0
	}
	return i + 4
}

// headOf is the first datelineHead bytes of p, cut at a rune boundary.
func headOf(p string) string {
	if len(p) <= datelineHead {
		return p
	}
	n := datelineHead
	for n > 0 && !utf8.RuneStart(p[n]) {
		n--
	}
	return p[:n]
}

func matchForms(p string, runs *Runs) (Dateline, bool) {
	head := headOf(p)
	if head == "" {
		return Dateline{}, false // no rune starts in the head
	}
	if p[0] >= 0x80 || p[0] == '(' {
		if dl, ok := parseWireCJK(p, head); ok {
			return dl, true
		}
	}
	if dl, ok := parseWire(p, head, runs); ok {
		return dl, true
	}
	if !opensCapital(head) {
		return Dateline{}, false // every generic form opens with a capital
	}
	if dl, ok := parseWireSite(p, head); ok {
		return dl, true
	}
	marks := headMarks(head)
	for fi := range forms {
		f := &forms[fi]
		if f.marks != 0 && marks&f.marks == 0 || f.pre != nil && !f.pre(head) {
			continue
		}
		m := runs.match(f.re(), head)
		if m == nil {
			continue
		}
		if dl, ok := f.build(p, m); ok {
			return dl, true
		}
	}
	if dl, ok := wireBeforePlace(p); ok {
		return dl, true
	}
	if marks&markDash != 0 {
		if dl, ok := parseKnownPlaceDash(p, head); ok {
			return dl, true
		}
		if dl, ok := parseKnownPlaceStopDash(p, head); ok {
			return dl, true
		}
	}
	return parseKnownPlaceColon(p, head)
}

// opensCapital reports whether head opens with an upper-case letter
// (\p{Lu}), as every one of the generic forms does (a place in capitals or
// in title case, "ST. " before it, or "ArmInfo"): a paragraph that opens
// with a quote, a bracket, a symbol or a lower-case letter is tried against
// none of their expressions.
func opensCapital(head string) bool {
	if c := head[0]; c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(head)
	return unicode.IsUpper(r)
}

// mark is a set of the punctuation marks that the generic forms need.
type mark uint8

const (
	markSlash      mark = 1 << iota // "/"
	markParen                       // "("
	markDash                        // a hyphen, an en dash or an em dash
	markDoubleDash                  // "--"
)

// headMarks returns the marks that head holds, so that each form's test
// is a bit test rather than a search of the head. The searches are byte
// searches (fast on long heads); the en and em dashes are looked for only
// where their lead byte is.
func headMarks(head string) mark {
	var m mark
	if strings.IndexByte(head, '/') >= 0 {
		m |= markSlash
	}
	if strings.IndexByte(head, '(') >= 0 {
		m |= markParen
	}
	if i := strings.IndexByte(head, '-'); i >= 0 {
		m |= markDash
		if strings.Contains(head[i:], "--") {
			m |= markDoubleDash
		}
	}
	if m&markDash == 0 {
		for i := strings.IndexByte(head, 0xE2); i >= 0 && i+2 < len(head); {
			if head[i+1] == 0x80 && (head[i+2] == 0x93 || head[i+2] == 0x94) { // "–" E2 80 93, "—" E2 80 94
				m |= markDash
				break
			}
			j := strings.IndexByte(head[i+1:], 0xE2)
			if j < 0 {
				break
			}
			i += 1 + j
		}
	}
	return m
}

func group(s string, m []int, g int) string {
	if g == 0 || 2*g+1 >= len(m) || m[2*g] < 0 {
		return ""
	}
	return s[m[2*g]:m[2*g+1]]
}

func (f *form) build(p string, m []int) (Dateline, bool) {
	end := m[1]
	if end < len(p) {
		r, _ := utf8.DecodeRuneInString(p[end:])
		switch f.after {
		case afterSpace:
			if !isSpace(r) {
				return Dateline{}, false
			}
		case afterSpaceO:
			if !isSpace(r) && !isLetter(r) && r != '"' && r != '“' {
				return Dateline{}, false
			}
		case afterSpaceGlued:
			last, _ := utf8.DecodeLastRuneInString(p[:end])
			if !isSpace(r) && !((last == '–' || last == '—') && (isLetter(r) || r == '"' || r == '“')) {
				return Dateline{}, false
			}
		}
	}
	dl := Dateline{Style: f.style}
	place := group(p, m, f.place)
	if f.place != 0 {
		if notPlaces[place] || utf8.RuneCountInString(place) < 2 {
			return Dateline{}, false
		}
		if f.style == "Armenian Weekly" {
			if st := group(p, m, 2); st != "" {
				place += st
			} else {
				dl.Style = "" // "MOSCOW — " is common wire style, not a house mark
			}
		}
		dl.Place = titleCase(place)
		if w, ok := lookupWire(place); ok && f.weak && !strings.Contains(place, " ") {
			// "AGI - Il governo ...": the wire's name, not a place
			dl.Place, dl.Agency, dl.Style = "", w.canon, ""
		}
	}
	if g := group(p, m, f.month); g != "" {
		mo, ok := MonthName(g)
		if !ok {
			return Dateline{}, false
		}
		dl.Month = mo
		dl.Day, _ = number(group(p, m, f.day), 1, 2)
	}
	if g := group(p, m, f.year); g != "" {
		dl.Year, _ = number(g, 4, 4)
	}
	if f.country != 0 && !regionName(group(p, m, f.country), group(p, m, f.month) != "") {
		return Dateline{}, false
	}
	if group(p, m, f.month) != "" && !validDay(dl.Year, dl.Month, dl.Day) {
		return Dateline{}, false
	}
	if dl.Year != 0 && !yearOK(dl.Year) {
		return Dateline{}, false
	}
	if f.agency != 0 {
		a := group(p, m, f.agency)
		if strings.Contains(a, "Photo") || strings.Contains(a, "/") {
			return Dateline{}, false // "WASHINGTON (AP Photo/Evan Vucci) –": a photo credit
		}
		if up := strings.ToUpper(a); notCredits[up] || notPlaces[up] || strings.ContainsAny(a, "0123456789") {
			return Dateline{}, false // "LONDON, March 5 (VIDEO) -", "(2 Min Read)": a label
		}
		dl.Agency = canonicalAgency(a)
	}
	dl.Text = trimSeparator(p[:end])
	n := spaceEnd(p, end)
	dl.Len = n
	if f.weak && !sentenceFollows(p[n:]) {
		return Dateline{}, false
	}
	if f.style == "Asbarez" && dl.Agency != "" && dl.Agency != "Asbarez" {
		dl.Style = "" // WASHINGTON (Reuters) -: a wire credit, not Asbarez's form
	}
	return dl, true
}

// sentenceFollows reports whether s opens with at least six words on its
// first line, the first starting with an upper-case letter or a quote and
// not, with fewer than eight words, all in capitals, and one of the first
// ten, in its first sentence, a word of prose (see proseWord): "VIENNA — The house where ..." is a
// story, "PUMA - Softride Symmetry Running Shoes" a product.
func sentenceFollows(s string) bool { return sentenceOf(s, 6) }

// sentenceOf is sentenceFollows with at least words words.
func sentenceOf(s string, words int) bool {
	if len(s) > 200 {
		s = s[:200]
	}
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	r, _ := utf8.DecodeRuneInString(s)
	if caselessScript(s) {
		// Arabic, Hebrew, Devanagari, ...: no capital opens the sentence
		// and no lower case marks its words, so the words are counted
		return len(strings.Fields(s)) >= words
	}
	if !isUpper(r) && !strings.ContainsRune("\"“‘'«", r) {
		return false
	}
	first := s
	if i := strings.IndexByte(s, ' '); i >= 0 {
		first = s[:i]
	}
	n, prose, open := 0, false, true
	for w := range strings.FieldsSeq(s) {
		n++
		if n <= 10 && open && !prose {
			prose = proseWord(w)
			// the first sentence ends ("Elite 2.0.", "Grey/Blue."), not
			// an abbreviation ("U.S.", "Gen.")
			open = !strings.HasSuffix(w, ".") || len(w) < 5 && !strings.ContainsAny(w, "0123456789")
		}
	}
	if len(first) > 1 && first == strings.ToUpper(first) && n < 8 {
		return false
	}
	return n >= words && prose
}

// proseWord reports whether w is a word that a sentence has and a name or
// a headline in title case has not: a lower-case word of three letters or
// more that is not a little word that title case leaves in lower case
// ("of", "and", "with"). "SKECHERS - Max Cushioning Elite 2.0" and "PBS -
// Food - The History of Coffee" have none; "The house where ..." has.
func proseWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsLower(r) {
		return false
	}
	w = strings.TrimRightFunc(w, func(r rune) bool { return !isLetter(r) })
	if utf8.RuneCountInString(w) < 3 {
		return false
	}
	switch w {
	case "and", "but", "nor", "for", "yet", "the", "off", "per", "via", "from", "into", "onto", "with", "over", "than", "upon", "amid":
		return false
	}
	return true
}

// twoDigitYear maps a two-digit year to 1970..2069.
func twoDigitYear(y int) int {
	if y < 70 {
		return 2000 + y
	}
	return 1900 + y
}

// trimSeparator drops trailing blanks, dashes and colons.
func trimSeparator(s string) string {
	for {
		r, n := utf8.DecodeLastRuneInString(s)
		if n == 0 || !(isSpace(r) || isDash(r) || r == ':') {
			return s
		}
		s = s[:len(s)-n]
	}
}
