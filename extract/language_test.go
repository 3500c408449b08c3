package extract

import "testing"

func TestLanguage(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"The minister said on Monday that the talks would go on, and that both sides were ready to meet again.", "en"},
		{"Nazir bazar ertəsi bildirib ki, danışıqlar davam edəcək və hər iki tərəf yenidən görüşməyə hazırdır.", "az"},
		{"Министр заявил в понедельник, что переговоры продолжатся и стороны готовы встретиться снова.", "ru"},
		{"Նախարարը երկուշաբթի հայտարարել է, որ բանակցությունները կշարունակվեն։", "hy"},
		{"Le ministre a déclaré lundi que les pourparlers se poursuivraient et que les deux parties étaient prêtes.", ""},
		{"Hi", ""},
	} {
		if got := language([]string{tt.text}); got != tt.want {
			t.Errorf("language(%.30q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
