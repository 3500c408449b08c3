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
		{"כתב: דנה לוי", []string{"דנה לוי"}}, // "reporter:", with its colon
		{"כתב דנה לוי", nil},                  // "wrote", a word of prose without it
		{"מאת: דנה לוי", []string{"דנה לוי"}},
		{"מאת דנה לוי", []string{"דנה לוי"}},
		{"लेखक: राहुल शर्मा", []string{"राहुल शर्मा"}},
		{"ავტორი: ნინო ბერიძე", []string{"ნინო ბერიძე"}},
		{"به قلم مریم احمدی", []string{"مریم احمدی"}},
		{"تحریر: احمد خان", []string{"احمد خان"}},
		{"تحریر احمد خان", nil}, // "writing", without the colon
		{"เรื่อง: สมชาย ใจดี ภาพ: วราภรณ์ ศรีสุข", []string{"สมชาย ใจดี"}},
		{"เรื่อง สมชาย ใจดี", nil}, // "story", without the colon
		// not bylines
		{"كتبها أحمد علي", nil}, // a longer word
		{"بقلم: أحمد", nil},     // one word is no name
		{"كتب: أحمد علي في صحيفة الأهرام عن الميناء الجديد", nil}, // a sentence
		{"מאת: John Smith", nil}, // another script
		{"ავტორი: ნინო ბერიძე სამშაბათს ახალ წიგნს წარადგენს თბილისში", nil}, // a sentence
		{"ავტორის აზრით, ხიდი გაიხსნება", nil},                               // a longer word
		// a Georgian name without a label: a given name and a surname
		// with a surname's ending, nothing else
		{"ნინო ბერიძე", []string{"ნინო ბერიძე"}},
		{"გიორგი კაპანაძე", []string{"გიორგი კაპანაძე"}},
		{"ლევან გელაშვილი", []string{"ლევან გელაშვილი"}},
		{"ანა შენგელია", []string{"ანა შენგელია"}},
		{"თამარ წერეთელი", []string{"თამარ წერეთელი"}},
		// headings and phrases of two words that end as a surname may
		{"ქართული ისტორია", nil},     // an adjective first
		{"საქართველოს ისტორია", nil}, // a genitive first
		{"ახალი ინფორმაცია", nil},    // a common adjective, a noun in -ცია
		{"მსოფლიო ამბები", nil},      // no surname's ending
		{"ნინო ბერიძე წერს", nil},    // three words: a sentence
		{"ნინო", nil},        // one word
		{"Nino ბერიძე", nil}, // another script
	} {
		if got := uncasedByline(c.line); !slices.Equal(got, c.want) {
			t.Errorf("uncasedByline(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}
