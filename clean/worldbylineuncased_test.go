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
		{"ავტორი: ნინო ბერიძე", []string{"ნინო ბერიძე"}},
		// not bylines
		{"كتبها أحمد علي", nil}, // a longer word
		{"بقلم: أحمد", nil},     // one word is no name
		{"كتب: أحمد علي في صحيفة الأهرام عن الميناء الجديد", nil}, // a sentence
		{"מאת: John Smith", nil}, // another script
		{"ავტორი: ნინო ბერიძე სამშაბათს ახალ წიგნს წარადგენს თბილისში", nil}, // a sentence
		{"ავტორის აზრით, ხიდი გაიხსნება", nil},                               // a longer word
	} {
		if got := uncasedByline(c.line); !slices.Equal(got, c.want) {
			t.Errorf("uncasedByline(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}
