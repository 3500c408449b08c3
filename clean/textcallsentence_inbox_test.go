package clean

import "testing"

// TestCallSentenceInboxPitches: a newsletter box's pitch in Spanish,
// Portuguese, Italian, French and Polish, which names the reader's inbox
// or the site's newsletter, and the progressive "If you're enjoying this
// article" call are calls; the story's sentences that open with the same
// verbs ("Recibe cada día a 200 pacientes": the clinic receives them) are
// none.
func TestCallSentenceInboxPitches(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Recibe cada mañana las noticias de tu ciudad.", true},
		{"Recibe gratis nuestro boletín en tu correo.", true},
		{"Apúntate gratis.", true},
		{"Receba as principais notícias do dia no seu e-mail.", true},
		{"Cadastre-se para receber a nossa newsletter.", true},
		{"Ricevi ogni mattina le notizie della tua città nella tua casella di posta.", true},
		{"Recevez chaque matin l'essentiel de l'actualité dans votre boîte mail.", true},
		{"Zapisz się, aby codziennie otrzymywać najważniejsze wiadomości.", true},
		{"If you're enjoying this article, consider supporting our journalism by subscribing.", true},
		{"If you are enjoying our coverage, please become a member today.", true},
		{"Recibe cada día a más de 200 pacientes, según la directora del centro.", false},
		{"Recibe el premio la alcaldesa, que lo dedicó a los vecinos.", false},
		{"Receba quem chegar, disse o padre à comunidade.", false},
		{"Ricevi la chiamata del sindaco e poi decidi, ha scherzato l'assessore.", false},
		{"Recevez-les avec respect, a demandé le maire aux agents.", false},
		{"Zapisz się na listę oczekujących, radzi urzędnik, jeśli chcesz dostać mieszkanie.", false},
		{"If you're enjoying the warm weather, the council said, remember to drink water.", false},
	} {
		if got := isCallSentence(c.line); got != c.want {
			t.Errorf("isCallSentence(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}
