package dateparse

import (
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// The wires of China, Japan and Korea print their datelines in their own
// scripts, with no blank before the story:
//
//	新华社北京3月5日电（记者张三）   Xinhua: the agency, the place, the date, 电
//	中新社北京3月5日电             China News Service
//	本报北京3月5日电（记者张三）     a Chinese paper's own copy ("this paper")
//	本报讯（记者 张三 李四）         the same without a place and a date
//	【ワシントン共同】              Kyodo; 【ワシントン時事】 Jiji
//	【ワシントン=山田太郎】          a Japanese paper's own correspondent
//	(서울=연합뉴스)                  Yonhap; (서울=뉴시스) Newsis; (서울=뉴스1) News1
//	(서울=연합뉴스) 김민수 기자 =    the same with its reporter
//	（中央社台北4日電）              CNA: the place and the day, 電
//
// The reporters the forms name go to [Dateline].Reporters.
var (
	reWireZH = lazyRE(`^(?P<agency>新华社|中新社|中新网|本报|本報)(?P<place>\p{Han}{0,8}?)(?:(?P<year>\d{4})年)?(?P<mon>\d{1,2})月(?P<day>\d{1,2})日(?:电|讯|電|訊)(?:[（(](?P<reporter>[^（()）]{1,30})[)）])?`)
	// a paper's own story with no place or date: 本报讯（记者 张三）; the
	// reporters in brackets are required
	reWireZHLocal = lazyRE(`^(?P<agency>本报|本報)(?:讯|訊)[（(](?P<reporter>[^（()）]{1,30})[)）]`)
	reWireJA      = lazyRE(`^【(?P<place>[^【】=＝]{1,16}?)[=＝]?(?P<agency>共同|時事)】`)
	// a Japanese paper's correspondent: 【ワシントン=山田太郎】, or several
	// parted by "、" (【ワシントン=山田太郎、ニューヨーク=鈴木花子】);
	// jaReporters reads the part after the first "="
	reWireJAPaper = lazyRE(`^【(?P<place>[^【】=＝、\s]{1,12})[=＝](?P<reporter>[^【】\s]{2,60}?)】`)
	// CNA (Taiwan): （中央社台北4日電）; with its reporters (中央社記者王小明台北4日電,
	// 中央社記者王小明、李大華高雄4日電) the last name runs into the place with
	// nothing between, and cnaPlace parts them
	reWireTW = lazyRE(`^[（(](?P<agency>中央社)(?:記者(?P<reporter>(?:\p{Han}{2,4}、){0,3}\p{Han}{2,9}?)|(?P<place>\p{Han}{1,6}?))(?P<day>\d{1,2})日(?:專|综合)?電[）)]`)
	// Korean wires; the reporters, when named, follow the bracket: names of
	// two to four syllables, then 기자 (reporter) or 특파원 (correspondent),
	// then "="
	reWireKO = lazyRE(`^[(（](?P<place>[\p{Hangul}\p{Han}]{1,10})=(?P<agency>연합뉴스|뉴시스|뉴스1)[)）](?: ?(?P<koreporter>\p{Hangul}{2,4}(?: \p{Hangul}{2,4}){0,3}) ?(?:기자|특파원) ?[=＝])?`)
)

// cjkWires are the agencies of those forms by the name they print.
var cjkWires = map[string]string{
	"新华社": "Xinhua", "中新社": "China News Service", "中新网": "China News Service",
	"共同": "Kyodo", "時事": "Jiji", "中央社": "CNA",
	"연합뉴스": "Yonhap", "뉴시스": "Newsis", "뉴스1": "News1",
}

// parseWireCJK parses the Chinese, Japanese and Korean wire forms at the
// start of p.
func parseWireCJK(p, head string) (Dateline, bool) {
	var re *regexp.Regexp
	switch {
	case strings.HasPrefix(head, "新华社") || strings.HasPrefix(head, "中新"):
		re = reWireZH()
	case strings.HasPrefix(head, "本报讯") || strings.HasPrefix(head, "本報訊"):
		re = reWireZHLocal()
	case strings.HasPrefix(head, "本报") || strings.HasPrefix(head, "本報"):
		re = reWireZH()
	case strings.HasPrefix(head, "【"):
		re = reWireJA()
		if !re.MatchString(head) {
			re = reWireJAPaper()
		}
	case (head[0] == '(' || strings.HasPrefix(head, "（")) && strings.Contains(head, "="):
		re = reWireKO()
	case strings.HasPrefix(head, "（中央社") || strings.HasPrefix(head, "(中央社"):
		re = reWireTW()
	default:
		return Dateline{}, false
	}
	m := re.FindStringSubmatchIndex(head)
	if m == nil {
		return Dateline{}, false
	}
	dl := Dateline{Place: sub(re, p, m, "place"), Agency: cjkWires[sub(re, p, m, "agency")], Text: p[:m[1]]}
	if r := sub(re, p, m, "reporter"); r != "" {
		switch re {
		case reWireTW():
			dl.Place = cnaPlace(r)
		case reWireJAPaper():
			if dl.Reporters = jaReporters(r); dl.Reporters == nil {
				return Dateline{}, false // 【東京=共同通信社調べ】: no correspondent's name
			}
		default:
			dl.Reporters = hanReporters(r)
		}
	}
	if r := sub(re, p, m, "koreporter"); r != "" {
		dl.Reporters = strings.Fields(r)
		// the "=" after the reporters is the form's separator, which
		// Text leaves out as it does the others' dash
		dl.Text = strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(dl.Text, "="), "＝"), " ")
	}
	// CNA's day without its month is no date, as Europa Press's is not
	if d := sub(re, p, m, "day"); d != "" && sub(re, p, m, "mon") != "" {
		mo, _ := number(sub(re, p, m, "mon"), 1, 2)
		dl.Day, _ = number(d, 1, 2)
		if y := sub(re, p, m, "year"); y != "" {
			dl.Year, _ = number(y, 4, 4)
		}
		if mo < 1 || mo > 12 || !validDay(dl.Year, time.Month(mo), dl.Day) {
			return Dateline{}, false
		}
		dl.Month = time.Month(mo)
	}
	n := m[1]
	for n < len(p) && (p[n] == ' ' || p[n] == '\t') {
		n++
	}
	if n == len(p) && n > m[1] || n < len(p) && strings.HasPrefix(p[n:], "】") {
		return Dateline{}, false
	}
	dl.Len = n
	return dl, true
}

// hanRoles are the roles a Chinese dateline's brackets name before the
// names: reporter, trainee reporter, correspondent, intern.
var hanRoles = [...]string{"见习记者", "特约记者", "记者", "記者", "通讯员", "通訊員", "实习生", "實習生"}

// hanReporters returns the names in a Chinese dateline's brackets ("记者张三",
// "记者 张三 李四", "记者张三、李四 通讯员王五"): each part, parted by blanks,
// "、" or commas and with its role cut, a name of two to four Han; nil
// when a part is anything else or no role opens the brackets (they then
// credit something other than a reporter).
func hanReporters(s string) []string {
	if !hasHanRole(s) {
		return nil
	}
	var out []string
	for _, part := range strings.FieldsFunc(s, func(r rune) bool {
		return r == '、' || r == ',' || r == '，' || unicode.IsSpace(r)
	}) {
		for _, role := range hanRoles {
			if rest, ok := strings.CutPrefix(part, role); ok {
				part = rest
				break
			}
		}
		if part == "" {
			continue // a role alone: "记者 张三"
		}
		if !scriptName(part, 2, 4, unicode.Han) {
			return nil
		}
		out = append(out, part)
	}
	if len(out) > 4 {
		return nil
	}
	return out
}

// hasHanRole reports whether s opens with one of hanRoles.
func hasHanRole(s string) bool {
	for _, role := range hanRoles {
		if strings.HasPrefix(s, role) {
			return true
		}
	}
	return false
}

// jaReporters returns the correspondents of a Japanese paper's dateline,
// from the part after the first "=": "山田太郎", or several parted by "、",
// each after its own place and "=" ("山田太郎、ニューヨーク=鈴木花子"),
// each a name as jaName reads it; nil for anything else.
func jaReporters(s string) []string {
	var out []string
	for i, part := range strings.Split(s, "、") {
		if i > 0 {
			j := strings.IndexAny(part, "=＝")
			if j < 0 {
				return nil
			}
			_, w := utf8.DecodeRuneInString(part[j:])
			part = part[j+w:]
		}
		if !jaName(part) || jaNotName[part] {
			return nil
		}
		out = append(out, part)
	}
	if len(out) > 4 {
		return nil
	}
	return out
}

// jaNotName are words a Japanese paper's brackets print after "=" that
// name no person: the wires and the paper's own desks.
var jaNotName = map[string]bool{"共同": true, "時事": true, "共同通信": true, "時事通信": true, "ロイター": true, "AFP": true, "本社": true, "編集部": true}

// jaName reports whether s reads as a person's name in Japanese: two to
// five Han ("山田太郎"), one to four Han then kana, seven runes at most
// ("山田さくら"), or a foreign name in katakana of two to twelve runes,
// its parts parted by "・" ("ジョン・スミス"). "共同通信社調べ" (a
// survey's credit) is none.
func jaName(s string) bool {
	if scriptName(s, 2, 12, unicode.Katakana) {
		return true
	}
	han, end := 0, len(s) // the Han that open s, and where they end
	for i, r := range s {
		if !unicode.Is(unicode.Han, r) {
			end = i
			break
		}
		han++
	}
	n := utf8.RuneCountInString(s)
	if han == n {
		return n >= 2 && n <= 5
	}
	return han >= 1 && han <= 4 && n <= 7 && scriptName(s[end:], 1, 6, unicode.Hiragana, unicode.Katakana)
}

// scriptName reports whether s is a name of lo to hi runes, each of one of
// the scripts or the middle dot that parts a foreign name in kana.
func scriptName(s string, lo, hi int, scripts ...*unicode.RangeTable) bool {
	n := utf8.RuneCountInString(s)
	if n < lo || n > hi {
		return false
	}
	for _, r := range s {
		if r != '・' && !unicode.In(r, scripts...) {
			return false
		}
	}
	return true
}
