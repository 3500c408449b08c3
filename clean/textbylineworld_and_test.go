package clean

import (
	"slices"
	"testing"
)

// TestWorldBylineNames: a byline's word over two names joined by the
// language's "and" gives both names; a line with a part that is no
// person's name gives none.
func TestWorldBylineNames(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"Di Mario Rossi e Anna Bianchi", []string{"Mario Rossi", "Anna Bianchi"}},
		{"Por Lucía Gómez y Pablo Ruiz", []string{"Lucía Gómez", "Pablo Ruiz"}},
		{"Par Claire Martin et Paul Morel (AFP)", []string{"Claire Martin", "Paul Morel"}},
		{"Autor: Jan Kowalski i Anna Nowak", []string{"Jan Kowalski", "Anna Nowak"}},
		{"Автор: Иван Петров и Анна Смирнова", []string{"Иван Петров", "Анна Смирнова"}},
		{"Door Pieter de Vries", []string{"Pieter de Vries"}},
		// left alone: a part that is no name, a headline, no label
		{"Por Lucía Gómez y el equipo de deportes", nil},
		{"Par ici la sortie et le parking", nil},
		{"Mario Rossi e Anna Bianchi", nil},
	} {
		if got := worldBylineNames(c.in); !slices.Equal(got, c.want) {
			t.Errorf("worldBylineNames(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestWorldAndByDate: two names joined by the language's "and" under the
// headline, over its date line, are the authors, not the headline; the
// same line in a sentence's words is left to the head as before.
func TestWorldAndByDate(t *testing.T) {
	const story = "\n\nIl consiglio comunale ha approvato ieri sera il piano per il porto, dopo una lunga discussione che ha diviso la maggioranza.\n\nLa decisione arriva dopo mesi di trattative con le associazioni dei pescatori e degli abitanti del quartiere vecchio.\n"
	for _, c := range []struct {
		head  string
		title string
		want  []string
	}{
		{"Menu\nIl porto cambia volto\nMario Rossi e Anna Bianchi\n3 marzo 2025", "Il porto cambia volto", []string{"Mario Rossi", "Anna Bianchi"}},
		{"Menu\nIl porto cambia volto\nAhmet Yılmaz ve Ayşe Demir\n3 marzo 2025", "Il porto cambia volto", []string{"Ahmet Yılmaz", "Ayşe Demir"}},
		{"Menu\nIl porto cambia volto\nDi Mario Rossi e Anna Bianchi\n3 marzo 2025", "Il porto cambia volto", []string{"Mario Rossi", "Anna Bianchi"}},
		// left alone: a headline in capitals with an "e" in it
		{"Menu\nNotizie\nPorto Nuovo e Darsena Vecchia\n3 marzo 2025", "Porto Nuovo e Darsena Vecchia", nil},
	} {
		res, err := String(c.head+story, nil)
		if err != nil {
			t.Fatal(err)
		}
		var authors []string
		for _, b := range res.Blocks {
			if b.Kind == Byline {
				authors = append(authors, b.Authors...)
			}
		}
		if got := headlineOf(res); got != c.title || !slices.Equal(authors, c.want) {
			t.Errorf("%q: title %q authors %q, want %q %q", c.head, got, authors, c.title, c.want)
		}
	}
}
