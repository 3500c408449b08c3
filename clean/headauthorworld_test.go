package clean

import (
	"slices"
	"testing"
)

// TestHeadBylinesWorldLabels: a byline labelled in another language, on
// the name's line or on a line of its own over it, gives the name; a
// label word inside a sentence, a label word opening a longer word, and a
// one-word label without its colon give none.
func TestHeadBylinesWorldLabels(t *testing.T) {
	for _, c := range []struct {
		name string
		kt   []string
		want []string
	}{
		{"Turkish Yazar:", []string{"title", "Liman işleri başladı", "other", "Yazar: Ayşe Demir", "body", "İşler başladı."}, []string{"Ayşe Demir"}},
		{"Russian Автор: in capitals", []string{"title", "Работы в порту", "other", "АВТОР: Иван Петров", "body", "Работы начались."}, []string{"Иван Петров"}},
		{"German Geschrieben von", []string{"title", "Hafenarbeiten beginnen", "other", "Geschrieben von Anna Berg", "body", "Die Arbeiten begannen."}, []string{"Anna Berg"}},
		{"Spanish Escrito por with a date after", []string{"title", "Empiezan las obras", "other", "Escrito por Lucía Gómez | 3 marzo 2025", "body", "Las obras empezaron."}, []string{"Lucía Gómez"}},
		{"Italian Autore: alone over the name", []string{"title", "Iniziano i lavori", "other", "Autore:", "other", "Marco Bianchi", "body", "I lavori sono iniziati."}, []string{"Marco Bianchi"}},
		{"Indonesian Oleh", []string{"title", "Pekerjaan dimulai", "other", "Oleh Budi Santoso", "body", "Pekerjaan dimulai."}, []string{"Budi Santoso"}},
		{"Azerbaijani Müəllif:", []string{"title", "Limanda işlər başladı", "other", "Müəllif: Elvin Məmmədov", "body", "İşlər başladı."}, []string{"Elvin Məmmədov"}},
		{"Armenian Հեղինակ with its own colon", []string{"title", "Նավահանգստում աշխատանքները սկսվեցին", "other", "Հեղինակ՝ Արմեն Սարգսյան", "body", "Աշխատանքները սկսվեցին:"}, []string{"Արմեն Սարգսյան"}},
		{"leave alone: Müəllif without its colon in a sentence", []string{"title", "Limanda işlər başladı", "other", "Müəllif Elvin Məmmədov bu gün danışdı", "body", "İşlər başladı."}, nil},
		{"leave alone: Yazar without its colon in a sentence", []string{"title", "Liman işleri başladı", "other", "Yazar Ayşe Demir bugün konuştu", "body", "İşler başladı."}, nil},
		{"leave alone: a word that opens with a label", []string{"title", "Pekerjaan dimulai", "other", "Olehnya Budi", "body", "Pekerjaan dimulai."}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			blocks, doc := blocksOn(c.kt...)
			if got := headBylines(blocks, doc, "Harbour Post", "harbourpost.example"); !slices.Equal(got, c.want) {
				t.Errorf("authors %q, want %q", got, c.want)
			}
		})
	}
}
