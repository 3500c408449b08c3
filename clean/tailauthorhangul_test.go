package clean

import (
	"slices"
	"testing"
)

// A Korean byline alone in a block under the story gives its names; a
// sentence that mentions reporters, or a block too long for a byline,
// gives none; the title glued to the strip's labelled date is cut there
// (invented lines).
func TestTailHangulByline(t *testing.T) {
	for in, want := range map[string][]string{
		"이서연 기자 (seoyeon@newsko.example)": {"이서연"},
		"이서연·박지훈 기자":                      {"이서연", "박지훈"},
		"[서울=뉴스통신] 김민수 기자":                {"김민수"},
		"시의회는 기자 회견을 열었다":                 nil,
		"Jane Doe": nil,
		"":         nil,
		"김민수 기자 " + string(make([]byte, 200)): nil,
	} {
		if got := tailHangulByline(in); !slices.Equal(got, want) {
			t.Errorf("tailHangulByline(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string][]string{
		"김민수 기자입력 2025. 6. 3. 07:00": {"김민수"},
		"김민수 기자 기사입력 2025.06.03":     {"김민수"},
		"김민수 기자수정: 2025-06-03":       {"김민수"},
		"김민수 기자입력":                   nil,
		"김민수 기자입니다 2025.06.03 사진":    nil,
	} {
		if got := hangulByline(in); !slices.Equal(got, want) {
			t.Errorf("hangulByline(%q) = %q, want %q", in, got, want)
		}
	}
}
