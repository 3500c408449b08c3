package clean

import "strings"

// tailHangulByline returns the names of a Korean reporter's byline that
// a block under the story holds alone ([hangulByline]: "김민수 기자
// (minsu@example.co.kr)", "이서연·박지훈 기자"), where Korean papers
// print it; nil for any other text or one longer than
// [maxTailHangulBytes]. The title 기자 (reporter) or 특파원
// (correspondent) after the names says whose they are, as a label does.
func tailHangulByline(text string) []string {
	if len(text) > maxTailHangulBytes || !strings.Contains(text, "기자") && !strings.Contains(text, "특파원") {
		return nil
	}
	return hangulByline(text)
}

// maxTailHangulBytes bounds the block [tailHangulByline] reads: four
// names, the title, a bracketed desk and an address.
const maxTailHangulBytes = 160

// hangulDateLabelCut returns s without the label of a Korean strip's
// date that opens it ("입력 2025. 6. 3." input, "수정" modified, "승인"
// approved, "등록" registered, "기사입력" the story's input), the
// spaces and a colon after the label too; s unchanged without one.
func hangulDateLabelCut(s string) string {
	for _, l := range hangulDateLabels {
		if rest, ok := strings.CutPrefix(s, l); ok {
			return strings.TrimLeft(rest, " :")
		}
	}
	return s
}

// hangulDateLabels are the labels [hangulDateLabelCut] cuts, the longer
// before the shorter that ends it.
var hangulDateLabels = [...]string{"기사입력", "입력", "수정", "승인", "등록"}
