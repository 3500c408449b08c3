package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// hanLabels are the labels that open a Chinese byline: "作者" (author),
// "记者" and "記者" (reporter), "本报记者" and "本報記者" (this paper's
// reporter), "撰文" (written by), each before a colon
// or a blank; and "文" (text), only before a slash or a colon ("文/王小明",
// a Japanese page's "文：山田太郎" or "文・山田太郎").
var hanLabels = [...]string{"作者", "记者", "記者", "本报记者", "本報記者", "撰文", "執筆者"}

// hanPhotoCredits are the photographer's and the editor's credits that
// may follow the writer's on a Chinese or Japanese byline ("文：山田花子
// 写真：佐藤太郎", "文/王小明 图/李华"), and the Chinese papers'
// "通讯员" (correspondent: the press officer of the body reported on,
// who supplied the facts, "记者 王小明 通讯员 李华"): the names end
// before them.
var hanPhotoCredits = [...]string{"写真", "撮影", "摄影", "攝影", "图片", "圖片", "编辑", "編輯", "责编", "責編",
	"图/", "图／", "圖/", "圖／", "图：", "圖：", // "图" (picture) only before its slash or colon: "文/王小明 图/李华"
	"通讯员", "通訊員"} // the source's press officer after the reporter: "记者 王小明 通讯员 李华"

// hanByline returns the names of a Chinese byline: a label of hanLabels
// and a colon (full-width or not) or a blank, or "文/", then one to four
// names of two to four Han characters parted by "、", commas or blanks
// ("作者：王小明", "记者 王小明 李华", "文／王小明", a Japanese page's
// "文・写真：佐藤花子"), perhaps with the verb "报道" (reports) after them
// ("记者 王小明 报道"), perhaps after the story's source ("来源：新华社
// 记者 王小明") and before a photographer's credit ([hanPhotoCredits]);
// or a reporter's credit with the place ([reportedFrom]:
// "記者王小明／台北報導"); nil for any other line. Han
// names have no capitals for the name reader to know them by.
func hanByline(s string) []string {
	s = strings.TrimSpace(s)
	if len(s) > 0 && (s[0] == 0xE6 || s[0] == 0xE4) { // 来's and 來's first byte
		if r, ok := cutAny(s, "来源：", "來源：", "来源:", "來源:"); ok {
			// the source, one word, then the byline
			if _, after, ok := strings.Cut(strings.TrimSpace(r), " "); ok {
				s = strings.TrimSpace(after)
			}
		}
	}
	rest, ok := "", false
	for _, l := range hanLabels {
		if r, found := strings.CutPrefix(s, l); found {
			if r2, c := cutAny(r, "：", ":", " ", "\u3000"); c {
				rest, ok = r2, true
				break
			}
		}
	}
	if !ok {
		if rest, ok = cutAny(s, "文/", "文／", "文：", "文:", "文・写真：", "文・写真:", "文・"); !ok {
			return reportedFrom(s)
		}
	}
	for _, c := range hanPhotoCredits {
		if i := strings.Index(rest, c); i > 0 {
			rest = rest[:i]
		}
	}
	// "记者 王小明 报道": the verb after the names (reports) is no name
	rest, _ = cutSuffixAny(strings.TrimSpace(rest), "报道", "報道", "報導")
	return scriptNames(rest, unicode.Han)
}

// cutSuffixAny returns s before the first of the suffixes it ends with,
// and whether one did.
func cutSuffixAny(s string, suffixes ...string) (string, bool) {
	for _, x := range suffixes {
		if r, ok := strings.CutSuffix(s, x); ok {
			return r, true
		}
	}
	return s, false
}

// cutAny returns s after the first of the prefixes it opens with, and
// whether one did.
func cutAny(s string, prefixes ...string) (string, bool) {
	for _, p := range prefixes {
		if r, ok := strings.CutPrefix(s, p); ok {
			return r, true
		}
	}
	return s, false
}

// reportedFrom returns the name of a reporter's credit with the place
// reported from, as Chinese papers print it: "記者" (reporter), the name,
// a slash and the place, then "報導" or "报道" (reports): "記者王小明／台北報導"
// gives 王小明; nil for any other line.
func reportedFrom(s string) []string {
	rest, ok := cutAny(s, "記者", "记者")
	if !ok {
		return nil
	}
	name, place, ok := strings.Cut(rest, "／")
	if !ok {
		if name, place, ok = strings.Cut(rest, "/"); !ok {
			return nil
		}
	}
	place = strings.TrimSpace(place)
	if !strings.HasSuffix(place, "報導") && !strings.HasSuffix(place, "报道") || utf8.RuneCountInString(place) > 8 {
		return nil
	}
	return scriptNames(name, unicode.Han)
}
