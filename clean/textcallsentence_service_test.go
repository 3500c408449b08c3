package clean

import "testing"

// TestCallSentenceServiceStory (reviewer revD75): a story's own sentences in Portuguese and Spanish service pieces (how to claim a benefit, sign up for a
// course) open with "Cadastre-se ... para receber" or "Apúntate" and are read as the site's pitch.
func TestCallSentenceServiceStory(t *testing.T) {
	for _, s := range []string{
		"Cadastre-se no aplicativo Caixa Tem para receber o pagamento do benefício.",
		"Cadastre-se no site do INSS para receber a primeira parcela em março.",
		"Apúntate al curso gratuito de primeros auxilios del centro de salud antes del 15 de mayo.",
		"Apúntate a la lista de espera del ayuntamiento si quieres una vivienda de alquiler social.",
	} {
		if isCallSentence(s) {
			t.Errorf("isCallSentence(%q) = true, want a story sentence", s)
		}
	}
}

// TestPitchTailServiceStory (reviewer revD75): the service sentence closing a Portuguese story paragraph is cut off it as the site's pitch.
func TestPitchTailServiceStory(t *testing.T) {
	text := "O auxílio de R$ 600 será pago a partir de março a famílias com renda de até dois salários mínimos, segundo o Ministério. Cadastre-se no aplicativo Caixa Tem para receber o pagamento do benefício."
	if at := pitchStart(text, tailSentenceStarts(nil, text)); at >= 0 {
		t.Errorf("pitchStart cuts %q off the story's paragraph", text[at:])
	}
}
