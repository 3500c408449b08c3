package clean

import (
	"slices"
	"testing"
)

// A Korean reporter's credit after a slash or before her address and a
// Japanese credit of the text in brackets name the writer under the
// story; a photographer's, a source's or an agency's bracket, a sentence
// that mentions reporters and a bare 文 inside a word name none, as does
// a Korean photographer's, video maker's or layout editor's credit; the
// labels joined to 文 before the name are no name.
func TestFootScriptNames(t *testing.T) {
	for _, c := range []struct {
		line string
		want []string
	}{
		{"/김민수 기자", []string{"김민수"}},
		{"김민수 기자 minsu@harbor.co.kr", []string{"김민수"}},
		{"/이서연·박지훈 기자", []string{"이서연", "박지훈"}},
		{"（文・佐藤花子）", []string{"佐藤花子"}},
		{"（文／佐藤花子）", []string{"佐藤花子"}},
		{"（取材・文／佐藤花子、写真／田中一郎）", []string{"佐藤花子"}},
		{"（写真／田中一郎）", nil},
		{"（出典：共同通信）", nil},
		{"（共同）", nil},
		{"（作文・佐藤花子）", nil},
		{"（文・さとうはなこ）", nil},
		{"（文・写真／佐藤花子）", []string{"佐藤花子"}},
		{"（文・構成　佐藤花子）", []string{"佐藤花子"}},
		{"（取材・文・写真／佐藤花子）", []string{"佐藤花子"}},
		{"（文・絵美子）", []string{"絵美子"}},
		{"사진 이지은 기자", nil},
		{"영상 김민수 기자", nil},
		{"사진=이지은 기자", nil},
		{"그래픽 박지훈 기자", nil},
		{"정리 김민수 기자", []string{"김민수"}},
		{"사진기자 이지은", nil},
		{"기자들이 현장을 찾았다.", nil},
		{"시민 100명과 기자 3명이 참석했다.", nil},
	} {
		if got := footScriptNames(c.line); !slices.Equal(got, c.want) {
			t.Errorf("footScriptNames(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}
