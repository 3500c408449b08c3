package clean

import (
	"slices"
	"testing"
)

// contributedNames reads the people a contributors' note names, never
// a wire nor a sentence's subject.
func TestContributedNames(t *testing.T) {
	p := &Page{}
	var lw lowerWords
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"Jane Doe contributed.", []string{"Jane Doe"}},
		{"Jane Doe and John Roe contributed to this report.", []string{"Jane Doe", "John Roe"}},
		{"Associated Press writers Jane Doe in Denver and John Roe in Boise contributed to this report.", []string{"Jane Doe", "John Roe"}},
		{"Reuters contributed to this report.", nil},
		{"The Associated Press contributed to this report.", nil},
		{"Several local charities also contributed.", nil},
		{"Jane Doe contributed to the fund last year.", nil},
	} {
		if got := p.contributedNames(c.in, &lw); !slices.Equal(got, c.want) {
			t.Errorf("contributedNames(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// bracketSignoff reads a Japanese writer's name in full-width brackets,
// never a wire's, a paper's or a desk's.
func TestBracketSignoff(t *testing.T) {
	for in, want := range map[string]string{
		"（佐藤花子）": "佐藤花子",
		"（田中健）":  "田中健",
		"（共同）":   "",
		"（時事通信）": "",
		"（編集部）":  "",
		"(佐藤花子)": "",
		"佐藤花子":   "",
	} {
		if got := bracketSignoff(in); got != want {
			t.Errorf("bracketSignoff(%q) = %q, want %q", in, got, want)
		}
	}
}

// wireContributed reads a wire's own contributors' note, never a person's
// nor a sentence that merely says "contributed".
func TestWireContributed(t *testing.T) {
	for in, want := range map[string]bool{
		"The Associated Press contributed to this report.": true,
		"Reuters contributed to this report.":              true,
		"AFP contributed.":                                 true,
		"Jane Doe contributed to this report.":             false,
		"Local charities also contributed.":                false,
		"Reuters reported the figures first.":              false,
		"The Associated Press contributed to the fund.":    false,
	} {
		if got := wireContributed(in); got != want {
			t.Errorf("wireContributed(%q) = %v, want %v", in, got, want)
		}
	}
}
