package clean

import "testing"

// TestTagRow checks isTagRow on rows of tags and on lines that only look
// a little like one.
func TestTagRow(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Etiketler: köprü, onarım, sahil yolu", true},
		{"Теги: ДТП, трасса, грузовики", true},
		{"Mots-clés : tramway, transports", true},
		{"الوسوم: مكتبة، حي الروضة، ثقافة", true},
		{"Tags: the inspectors photographed four hundred labels, then left.", false},
		{"Etiquetas: el ayuntamiento revisará también las de los mercados.", false},
		{"Etiketler: köprü", false},
		{"Giriş: ücretsiz, kayıt gerekmez", false},
		{"Теги", false},
		{"", false},
		{"Tags:", false},
		{"Tags: ,,", false},
	} {
		if got := isTagRow(c.line); got != c.want {
			t.Errorf("isTagRow(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// TestFootLabelKind checks the whole-line labels of a foot's lists, and
// lines that open with one's words but say more.
func TestFootLabelKind(t *testing.T) {
	for _, c := range []struct {
		line string
		want Kind
	}{
		{"İlgili Haberler", Related},
		{"Читайте также:", Related},
		{"BACA JUGA", Related},
		{"Önceki Haber", Nav},
		{"Artículo siguiente »", Nav},
		{"Related articles", Related},
		{"Читайте также отчёт комиссии на сайте мэрии.", ""},
		{"Baca juga: Harga beras turun", ""},
		{"Önceki haberimizde yazdığımız gibi", ""},
		{"", ""},
		{":", ""},
	} {
		if got := footLabelKind(c.line); got != c.want {
			t.Errorf("footLabelKind(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}
