package clean

// consentLineWorld matches, in German, French and Spanish, the line of a
// sign-up form that tells what sending it agrees to, as consentLine does
// in English ("Mit der Anmeldung stimmen Sie unserer Datenschutzerklärung
// zu.", "En vous inscrivant, vous acceptez notre politique de
// confidentialité.", "Al suscribirte, aceptas nuestra política de
// privacidad."): the act of signing up, the reader's agreeing, then the
// policy, terms or data agreed to. No story prints it.
var consentLineWorld = lazyCompile(`(?i)^\W{0,2}(?:` +
	`mit (?:der|ihrer|deiner) (?:anmeldung|registrierung|eintragung)\b[^.]{0,80}?\b(?:stimmen sie|stimmst du|akzeptieren sie|akzeptierst du|erklären sie sich|erklärst du dich)|` +
	`en (?:vous inscrivant|vous abonnant|cliquant|soumettant|validant)\b[^.]{0,80}?\bvous (?:acceptez|consentez|reconnaissez)|` +
	`al (?:suscribirte|suscribirse|registrarte|registrarse|hacer clic|enviar)\b[^.]{0,80}?\b(?:aceptas|acepta|aceptar|consientes|consiente)\b` +
	`).{0,300}?\b(?:datenschutz|nutzungsbedingungen|agb|politique|conditions|données|privacidad|política|condiciones|términos|datos)`)

// mayBeConsentWorld is consentLineWorld's cheap first test: the line
// opens with "Mit", "En" or "Al" (after a mark or two) and holds one of
// the verbs of agreeing its forms have (without their first letters, for
// case).
func mayBeConsentWorld(s string) bool {
	for k := 0; k < len(s) && k < 3; k++ {
		switch s[k] {
		case 'M', 'm', 'E', 'e', 'A', 'a':
			return consentVerbsWorld.holdsAny(s)
		}
	}
	return false
}

var consentVerbsWorld = newLiteralSet("timmen", "timmst", "kzeptier", "rklär", "cceptez", "onsentez", "econnaissez", "cepta", "onsient")
