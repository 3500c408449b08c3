package clean

import "testing"

// A line under the story that a label of another language opens with its
// colon reads as "By:" and its names; a label without a colon, a colon
// far into the line, or no label give nothing.
func TestWorldLabelledBy(t *testing.T) {
	for _, c := range []struct {
		line, want string
	}{
		{"Müəllif: Leyla Məmmədova", "Leyla Məmmədova"},
		{"Автор: Ирина Соколова", "Ирина Соколова"},
		{"Հեղինակ՝ Արամ Պետրոսյան", "Արամ Պետրոսյան"},
		{"Yazan: Mehmet Yılmaz ve Ayşe Demir", "Mehmet Yılmaz and Ayşe Demir"},
		{"Af Jens Hansen", ""},                         // no colon: a word of prose too
		{"Leyla Məmmədova yazıb ki, müəllif: yox", ""}, // no label opens the line
		{"Şəhər şurası çərşənbə axşamı qərar qəbul etdi və bildirdi: Müəllif: Leyla", ""},
	} {
		m := worldLabelledBy(c.line)
		got := ""
		if m != nil {
			got = m[1]
		}
		if got != c.want {
			t.Errorf("worldLabelledBy(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}
