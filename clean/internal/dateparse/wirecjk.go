package dateparse

import (
	"regexp"
	"strings"
	"time"
)

// The wires of China, Japan and Korea print their datelines in their own
// scripts, with no blank before the story:
//
//	新华社北京3月5日电（记者张三）   Xinhua: the agency, the place, the date, 电
//	中新社北京3月5日电             China News Service
//	【ワシントン共同】              Kyodo; 【ワシントン時事】 Jiji
//	(서울=연합뉴스)                  Yonhap; (서울=뉴시스) Newsis; (서울=뉴스1) News1
//	（中央社台北4日電）              CNA: the place and the day, 電
var (
	reWireZH = lazyRE(`^(?P<agency>新华社|中新社|中新网)(?P<place>\p{Han}{0,8}?)(?:(?P<year>\d{4})年)?(?P<mon>\d{1,2})月(?P<day>\d{1,2})日(?:电|讯)(?:[（(][^（()）]{1,30}[)）])?`)
	reWireJA = lazyRE(`^【(?P<place>[^【】=＝]{1,16}?)[=＝]?(?P<agency>共同|時事)】`)
	// CNA (Taiwan): （中央社台北4日電）; with its reporters (中央社記者王小明台北4日電,
	// 中央社記者王小明、李大華高雄4日電) the last name runs into the place with
	// nothing between, and cnaPlace parts them
	reWireTW = lazyRE(`^[（(](?P<agency>中央社)(?:記者(?P<reporter>(?:\p{Han}{2,4}、){0,3}\p{Han}{2,9}?)|(?P<place>\p{Han}{1,6}?))(?P<day>\d{1,2})日(?:專|综合)?電[）)]`)
	reWireKO = lazyRE(`^[(（](?P<place>[\p{Hangul}\p{Han}]{1,10})=(?P<agency>연합뉴스|뉴시스|뉴스1)[)）]`)
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
	case strings.HasPrefix(head, "【"):
		re = reWireJA()
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
		dl.Place = cnaPlace(r)
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
