package clean

import (
	"slices"
	"testing"
)

// TestBareLabels checks the labels printed without a colon: names alone
// after them, an editor's credit after a bar cut, and a label word that
// opens a phrase or a sentence left alone.
func TestBareLabels(t *testing.T) {
	for _, c := range []struct {
		line string
		want []string
	}{
		{"Penulis Dewi Lestari | Editor Budi Santoso", []string{"Dewi Lestari"}},
		{"Reportase Andi Wijaya", []string{"Andi Wijaya"}},
		{"Yazar Ayşe Demir", []string{"Ayşe Demir"}},
		{"MUHABIR Mehmet Kaya", []string{"Mehmet Kaya"}},
		{"Autor Jan Nowak", []string{"Jan Nowak"}},
		{"Texto Ana Souza", []string{"Ana Souza"}},
		{"Redacción Ana Ruiz", []string{"Ana Ruiz"}},
		{"Автор Іван Петренко", []string{"Іван Петренко"}},
		{"Autor del libro", nil},
		{"Texto completo del acuerdo", nil},
		{"Yazar Ahmet Demir dün akşam yeni kitabını tanıttı", nil},
		{"Autores", nil},
	} {
		if got := worldBylineNames(c.line); !slices.Equal(got, c.want) {
			t.Errorf("worldBylineNames(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}

// TestDashPlaceCut checks that a place after a byline's dash is cut and
// anything else after one is left for the name reader.
func TestDashPlaceCut(t *testing.T) {
	for _, c := range [][2]string{
		{"Inés Calvo — Sevilla", "Inés Calvo"},
		{"Ana Souza – San José", "Ana Souza"},
		{"Ana Souza – Rio de Janeiro", "Ana Souza"},
		{"Ana Souza – Vila Nova Gaia", "Ana Souza – Vila Nova Gaia"}, // three capitalised words: maybe a name
		{"Ana Souza – de Janeiro", "Ana Souza – de Janeiro"},
		{"Ana Souza — 5 de marzo", "Ana Souza — 5 de marzo"},
		{"Ana Souza", "Ana Souza"},
	} {
		if got := dashPlaceCut(c[0]); got != c[1] {
			t.Errorf("dashPlaceCut(%q) = %q, want %q", c[0], got, c[1])
		}
	}
	if got := worldBylineNames("Por Inés Calvo — Sevilla"); !slices.Equal(got, []string{"Inés Calvo"}) {
		t.Errorf("worldBylineNames: %q", got)
	}
}
