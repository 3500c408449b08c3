package clean

import (
	"strings"
	"unicode"
)

// footScriptNames returns the names of a writer's credit under the story
// in a script without capitals, which [tailLabel] cannot read: a Korean
// reporter's byline, after a slash or before her address ("/김민수 기자",
// "김민수 기자 minsu@example.co.kr": [tailHangulByline]), or a Japanese
// credit of the text in full-width brackets ("（文・佐藤花子）",
// "（取材・文／佐藤花子、写真／田中一郎）": [jaTextCredit]); nil for any
// other line. A Korean credit that opens with a role other than the
// text's ("사진 이지은 기자", a photographer's; [hangulNonTextRoles]) gives
// none; one opening with 정리 (written up by) gives the name after it.
func footScriptNames(s string) []string {
	if strings.Contains(s, "기자") || strings.Contains(s, "특파원") {
		s = strings.TrimLeft(s, "/ ")
		for _, r := range hangulNonTextRoles {
			if hangulRoleOpens(s, r) {
				return nil
			}
		}
		if hangulRoleOpens(s, "정리") {
			s = strings.TrimLeft(s[len("정리"):], " =:")
		}
		return tailHangulByline(s)
	}
	if inner, ok := strings.CutPrefix(s, "（"); ok {
		if inner, ok = strings.CutSuffix(inner, "）"); ok {
			if n := jaTextCredit(inner); n != "" {
				return []string{n}
			}
		}
	}
	return nil
}

// hangulNonTextRoles are the roles a Korean credit under the story may
// open with before a reporter who wrote nothing of it: 사진 (photo), 영상
// (video), 그래픽 (graphics), 편집 (layout), 촬영 (filming).
var hangulNonTextRoles = [...]string{"사진", "영상", "그래픽", "편집", "촬영"}

// hangulRoleOpens reports whether s opens with the role r as a word of its
// own: a space, "=" or ":" after it ("사진 이지은 기자", "사진=이지은 기자").
func hangulRoleOpens(s, r string) bool {
	rest, ok := strings.CutPrefix(s, r)
	return ok && rest != "" && (rest[0] == ' ' || rest[0] == '=' || rest[0] == ':')
}

// jaCreditLabels are the labels of a Japanese credit's parts other than
// the text's that may follow 文 before the name, joined to it by a middle
// dot ("文・写真／佐藤花子", "文・構成　佐藤花子": one person wrote and
// took the pictures, or wrote and edited).
var jaCreditLabels = [...]string{"写真", "構成", "撮影", "取材", "編集", "イラスト", "図版", "絵"}

// cutJaCreditLabels returns rest, the credit after 文 and its mark, with
// any further labels of jaCreditLabels and the marks after them cut off
// its front ("写真／佐藤花子" gives "佐藤花子"); at most a few are cut.
func cutJaCreditLabels(rest string) string {
	for range 4 {
		cut := false
		for _, l := range jaCreditLabels {
			r, ok := strings.CutPrefix(rest, l)
			if !ok {
				continue
			}
			for _, sep := range jaLabelEnds {
				if r2, ok := strings.CutPrefix(r, sep); ok {
					rest, cut = r2, true
					break
				}
			}
			break
		}
		if !cut {
			return rest
		}
	}
	return rest
}

// jaLabelEnds are the marks after a further label of a Japanese credit:
// jaTextSeps' and the spaces ("構成　佐藤花子").
var jaLabelEnds = [...]string{"・", "／", "/", "：", ":", "　", " "}

// jaTextSeps are the marks a Japanese credit prints between the label 文
// (text) and the writer's name: a middle dot, a full-width or an ASCII
// slash, a full-width or an ASCII colon.
var jaTextSeps = [...]string{"・", "／", "/", "：", ":"}

// maxJaCreditBytes bounds the bracket's inside jaTextCredit reads: the
// labels of the interview, the text and the pictures, and two names.
const maxJaCreditBytes = 120

// jaTextCredit returns the writer a Japanese credit's inside names after
// the label 文 (text), at its start or after another part's label and a
// middle dot ("文・佐藤花子", "取材・文／佐藤花子、写真／田中一郎": the
// photographer after the 、 is none); "" when no 文 opens a label there,
// or the name is no name of two to four Han characters.
func jaTextCredit(inner string) string {
	if len(inner) > maxJaCreditBytes {
		return ""
	}
	at := -1
	for k := 0; k < len(inner); {
		i := strings.Index(inner[k:], "文")
		if i < 0 {
			break
		}
		i += k
		if i == 0 || strings.HasSuffix(inner[:i], "・") {
			at = i + len("文")
			break
		}
		k = i + len("文")
	}
	if at < 0 {
		return ""
	}
	rest := inner[at:]
	cut := false
	for _, sep := range jaTextSeps {
		if r, ok := strings.CutPrefix(rest, sep); ok {
			rest, cut = r, true
			break
		}
	}
	if !cut {
		return ""
	}
	rest = cutJaCreditLabels(rest)
	if i := strings.IndexAny(rest, "、，,／/ 　"); i >= 0 {
		rest = rest[:i] // "佐藤花子、写真／田中一郎": the photographer's part
	}
	if ns := scriptNames(rest, unicode.Han); len(ns) == 1 && ns[0] == rest {
		return rest
	}
	return ""
}
