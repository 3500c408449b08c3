package clean

import (
	"strings"
	"testing"
)

// TestBoxClutterLine asks boxClutterLine of box lines, which it must
// read with their kind, and of story lines that share their words, which
// it must not.
func TestBoxClutterLine(t *testing.T) {
	boxes := []struct {
		line string
		kind Kind
	}{
		{"Skip advertisement", Ad},
		{"ADVERTISEMENT - CONTINUE READING BELOW", Ad},
		{"Article continues after this advertisement", Ad},
		{"Weiter nach der Anzeige", Ad},
		{"Dalsza część artykułu pod reklamą", Ad},
		{"Продолжение после рекламы", Ad},
		{"Articolul continuă după reclamă", Ad},
		{"CONTINUAREA DUPĂ RECLAMĂ", Ad},
		{"Articolul continua dupa reclama", Ad}, // without its diacritics
		{"Did you find this article useful?", Other},
		{"¿Te ha resultado útil esta noticia?", Other},
		{"War dieser Artikel hilfreich?", Other},
		{"This story was machine-translated from French.", Other},
		{"Questo articolo è stato tradotto con l'intelligenza artificiale.", Other},
		{"Buy on Amazon US", Ad},
		{"Get it on Hugging Face", Ad},
		{"Buy on Amazon | Buy on Adorama", Ad},
		{"Comprar en El Corte Inglés", Ad},
		{"メルマガを購読する", Subscribe},
	}
	for _, c := range boxes {
		k, ok := boxClutterLine(c.line, len(strings.Fields(c.line)))
		if !ok || k != c.kind {
			t.Errorf("%q: got %q, %v; want %q", c.line, k, ok, c.kind)
		}
	}
	story := []string{
		"Advertising revenue continues to fall",
		"Life after reclamation", // a subheading: the Romanian word is read whole
		"Después de la reclamación",
		"Dopo il reclamo",
		// "reclama" is a Spanish and Portuguese verb: the line says
		// where it goes on in no Romanian word.
		"Después del paro, el sindicato reclama",
		"Continúa la huelga: el barrio reclama",
		"Depois da greve, o bairro reclama",
		"Die Polizei ermittelt nach der Anzeige weiter.",
		"Is the new vaccine useful for older patients?",
		"\"Was this useful?\" she asked the committee.",
		"The company said its software translated the court papers using artificial intelligence.",
		"Buy on Google listings",
		"Get it at Walmart for $249.95",
		"Buy at the market before noon",
		"Shop owners on Main Street were not consulted.",
		"ニュースレターの配信を停止した。",
	}
	for _, l := range story {
		if k, ok := boxClutterLine(l, len(strings.Fields(l))); ok {
			t.Errorf("%q: read as %q, a story line", l, k)
		}
	}
}
