package clean

import (
	"slices"
	"testing"
)

func TestUncasedByline(t *testing.T) {
	for _, c := range []struct {
		line string
		want []string
	}{
		{"بقلم: أحمد علي", []string{"أحمد علي"}},
		{"كتبت: سارة محمود", []string{"سارة محمود"}},
		{"כתב: דנה לוי", nil}, // not a label here
		{"מאת: דנה לוי", []string{"דנה לוי"}},
		{"מאת דנה לוי", []string{"דנה לוי"}},
		{"लेखक: राहुल शर्मा", []string{"राहुल शर्मा"}},
		// not bylines
		{"كتبها أحمد علي", nil}, // a longer word
		{"بقلم: أحمد", nil},     // one word is no name
		{"كتب: أحمد علي في صحيفة الأهرام عن الميناء الجديد", nil}, // a sentence
		{"מאת: John Smith", nil}, // another script
	} {
		if got := uncasedByline(c.line); !slices.Equal(got, c.want) {
			t.Errorf("uncasedByline(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}
