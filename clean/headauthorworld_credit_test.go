package clean

import "testing"

// A labelled byline's names end before a photographer's credit or a role
// in lower case after a comma; a place or a wire in capitals after the
// comma, and a label without its colon, are left as they are.
func TestWorldByCredits(t *testing.T) {
	for in, want := range map[string]string{
		"Текст: Иван Петров, фото: Анна Смирнова":   "By Иван Петров",
		"Текст: Иван Петров | Фото: Анна Смирнова":  "By Иван Петров",
		"Haber: Ayşe Demir / Fotoğraf: Mehmet Kaya": "By Ayşe Demir",
		"Автор: Олена Коваленко, кореспондентка":    "By Олена Коваленко",
		"Muallif: Dilnoza Karimova":                 "By Dilnoza Karimova",
		"Муаллиф: Дилноза Каримова":                 "By Дилноза Каримова",
		// left alone
		"Автор: Иван Петров, Москва":                 "By Иван Петров, Москва",
		"Автор: Иван Петров, Анна Смирнова":          "By Иван Петров, Анна Смирнова",
		"Текст: Иван Петров, фотограф Анна Смирнова": "By Иван Петров, фотограф Анна Смирнова",
		"Haber merkezi": "Haber merkezi",
	} {
		if got, _ := worldBy(in); got != want {
			t.Errorf("worldBy(%q) = %q, want %q", in, got, want)
		}
	}
}
