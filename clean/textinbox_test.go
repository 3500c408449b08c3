package clean

import (
	"strings"
	"testing"
)

// TestInboxTagline reads a newsletter box's lines on what lands in the
// reader's inbox, beside a story's sentences about mail, which stay.
func TestInboxTagline(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Get the latest local news delivered to your inbox.", true},
		{"Expert advice and our favourite picks, straight to your inbox!", true},
		{"Die wichtigsten Nachrichten aus der Region jeden Morgen in Ihrem Postfach.", true},
		{"Recevez chaque matin l'essentiel de l'actualité dans votre boîte mail.", true},
		{"Las noticias más importantes del día, cada mañana en tu correo.", true},
		{"Главные новости дня каждое утро на вашу почту", true},
		{"Günün önemli haberleri her sabah e-posta kutunuza gelsin.", true},
		{"Police warned residents about the fake parking fines landing in your inbox.", false},
		{"Transform scattered conversations into one unified inbox.", false},
		{"Inbox", false},
		{"The latest news about the council's budget shows a gap of two million pounds for next year.", false},
	} {
		if got := isInboxTagline(c.line, len(strings.Fields(c.line))); got != c.want {
			t.Errorf("isInboxTagline(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}
