package clean

import "testing"

// TestCallSentencePitchMisses (reviewer revD75): newsletter pitches in the branch's forms' languages, phrased as boxes commonly phrase them, that isCallSentence missed before it read them.
func TestCallSentencePitchMisses(t *testing.T) {
	for _, s := range []string{
		"Recevez nos newsletters dans votre boite mail.",
		"Recevez gratuitement la newsletter par mail.",
		"Recevez chaque matin notre sélection d'articles par mail.",
		"Cadastre-se e receba as notícias do dia no seu e-mail.",
		"Receba a newsletter do jornal gratuitamente.",
		"Ricevi gratis la newsletter ogni mattina.",
		"Ricevi le notizie del giorno via email.",
		"Zapisz się i otrzymuj codziennie najważniejsze wiadomości.",
	} {
		if !isCallSentence(s) {
			t.Errorf("isCallSentence(%q) = false, want a call", s)
		}
	}
}
