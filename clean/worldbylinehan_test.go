package clean

import (
	"slices"
	"testing"
)

func TestHanByline(t *testing.T) {
	for _, c := range []struct {
		line string
		want []string
	}{
		{"作者：王小明", []string{"王小明"}},
		{"作者: 王小明", []string{"王小明"}},
		{"记者 王小明 李华", []string{"王小明", "李华"}},
		{"記者：陳大文、李美玲", []string{"陳大文", "李美玲"}},
		{"文／王小明", []string{"王小明"}},
		{"撰文：欧阳小明", []string{"欧阳小明"}},
		// not bylines
		{"作者简介：王小明是一位记者", nil},      // a note about the writer
		{"记者节到了", nil},              // a sentence opening with the word
		{"文章来源：新华社", nil},           // a source's credit
		{"作者：John Smith", nil},      // a name of another script, left to the name reader
		{"作者：王", nil},               // one character is no name
		{"记者 王小明 李华 张三 赵四 钱五", nil}, // five names: a list, not a byline
	} {
		if got := hanByline(c.line); !slices.Equal(got, c.want) {
			t.Errorf("hanByline(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}
