package clean

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/unicode"
)

// TestDecodeTextAgreesWithTextenc: two pages internal/textenc's census
// reads right are decoded by clean's decodeText too. Cyrillic in UTF-16
// with no ASCII (thin spaces between its words) is valid UTF-8 without a
// NUL byte, every second byte 0x04, and was refused as binary; English
// with two Armenian words in ARMSCII-8 was read as UTF-8 with replacement
// characters.
func TestDecodeTextAgreesWithTextenc(t *testing.T) {
	ru := strings.ReplaceAll("Правительство объявило о новых мерах поддержки малого бизнеса в регионах страны", " ", "\u2009")
	ruUTF16, err := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewEncoder().String(ru)
	if err != nil {
		t.Fatal(err)
	}
	en := "The festival opened on Friday with a concert in the main square, and the organisers said more than four thousand people came to listen. Tickets for the closing night sold out within an hour. "
	hy := en + "The choir closed the night with an old song, \"Կռունկ\", and a new one by Արամ Պետրոսյան."
	cases := []struct {
		name, src, want, detail string
	}{
		{"cyrillic utf-16le, no ASCII", ruUTF16, ru, "decoded from utf-16le (common characters)"},
		{"english with armenian words, armscii-8", armscii8Bytes(hy), hy, "decoded from armscii-8 (letter frequencies, ASCII text with Armenian words)"},
	}
	for _, c := range cases {
		got, warnings, err := decodeText(c.src)
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if got != c.want {
			t.Errorf("%s: decoded %q, want %q", c.name, got, c.want)
		}
		if len(warnings) != 1 || warnings[0] != (Warning{Kind: "charset", Detail: c.detail}) {
			t.Errorf("%s: warnings %+v, want %q", c.name, warnings, c.detail)
		}
	}
}

// armscii8Bytes writes s in ARMSCII-8, which x/text lacks: each Armenian
// capital from Ա (U+0531) at 0xB2, its small letter next to it. s holds
// ASCII and those letters only.
func armscii8Bytes(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80:
			b.WriteByte(byte(r))
		case r >= 'Ա' && r <= 'Ֆ':
			b.WriteByte(byte(0xB2 + 2*(r-'Ա')))
		case r >= 'ա' && r <= 'ֆ':
			b.WriteByte(byte(0xB3 + 2*(r-'ա')))
		default:
			panic("armscii8Bytes: " + string(r))
		}
	}
	return b.String()
}
