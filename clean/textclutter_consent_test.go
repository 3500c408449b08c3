package clean

import "testing"

// TestConsentLineWorld: a sign-up form's consent line in German, French
// and Spanish is one; a story's sentence about signing up, or agreeing to
// something else, is none.
func TestConsentLineWorld(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Mit der Anmeldung stimmen Sie unserer Datenschutzerklärung zu.", true},
		{"Mit Ihrer Registrierung akzeptieren Sie unsere AGB und Datenschutzhinweise.", true},
		{"En vous inscrivant, vous acceptez notre politique de confidentialité.", true},
		{"Al suscribirte, aceptas nuestra política de privacidad y el tratamiento de tus datos.", true},
		{"Mit der Anmeldung zum Marathon stimmen die Läufer auch den neuen Regeln zu.", false},
		{"En cliquant sur le lien, les lecteurs découvrent la carte des nouvelles lignes.", false},
		{"Al registrarse en el padrón, los vecinos aceptan pagar la nueva tasa municipal.", false},
		{"Das Parlament hat dem neuen Datenschutzgesetz am Freitag zugestimmt.", false},
	} {
		got := mayBeConsentWorld(c.line) && consentLineWorld.MatchString(c.line)
		if got != c.want {
			t.Errorf("%q: consent %v, want %v", c.line, got, c.want)
		}
	}
}
