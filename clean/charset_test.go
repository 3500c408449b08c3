package clean

import (
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// A flattened page that is not in UTF-8 is decoded, with a warning that
// names the charset; binary data stays an error, stray bytes in UTF-8 stay
// replaced.
func TestCharsets(t *testing.T) {
	const ru = "Министры встретились в Тбилиси\n\n" +
		"Министры иностранных дел двух стран встретились во вторник, чтобы обсудить открытие транспортных путей в регионе.\n\n" +
		"Стороны договорились продолжить работу совместной комиссии, которая соберётся снова до конца года."
	const tr = "Bakanlar Tiflis'te görüştü\n\n" +
		"İki ülkenin dışişleri bakanları salı günü bölgedeki ulaşım yollarının açılmasını görüşmek üzere bir araya geldi.\n\n" +
		"Taraflar, yıl sonundan önce yeniden toplanacak ortak komisyonun çalışmalarını sürdürme konusunda anlaştı."
	const de = "Minister treffen sich in Tiflis\n\n" +
		"Die Außenminister der beiden Länder trafen sich am Dienstag, um über die Öffnung der Verkehrswege zu sprechen.\n\n" +
		"Beide Seiten vereinbarten, die Arbeit der gemeinsamen Kommission fortzusetzen, die vor Jahresende erneut tagen soll."
	tests := []struct {
		name   string
		text   string
		enc    encoding.Encoding
		detail string
	}{
		{"windows-1251", ru, charmap.Windows1251, "decoded from windows-1251 (letter frequencies, Cyrillic)"},
		{"koi8-r", ru, charmap.KOI8R, "decoded from koi8-r (letter frequencies, Cyrillic)"},
		{"iso-8859-9", tr, charmap.ISO8859_9, "decoded from windows-1254 (letter frequencies, Turkish)"},
		{"windows-1252", de, charmap.Windows1252, "decoded from windows-1252 (letter frequencies, Western European)"},
		{"utf-16le without BOM", ru, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "decoded from utf-16le (NUL bytes)"},
		{"utf-16be without BOM", de, unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "decoded from utf-16be (NUL bytes)"},
		{"utf-16le with BOM", tr, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), "decoded from utf-16le (byte-order mark)"},
		{"utf-16be with BOM", ru, unicode.UTF16(unicode.BigEndian, unicode.UseBOM), "decoded from utf-16be (byte-order mark)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src, err := tt.enc.NewEncoder().String(tt.text)
			if err != nil {
				t.Fatal(err)
			}
			res, err := String(src, nil)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Warnings) != 1 || res.Warnings[0] != (Warning{Kind: "charset", Detail: tt.detail}) {
				t.Errorf("warnings = %+v, want charset %q", res.Warnings, tt.detail)
			}
			var texts []string
			for _, b := range res.Blocks {
				texts = append(texts, b.Text)
			}
			if got, want := strings.Join(texts, "\n\n"), tt.text; got != want {
				t.Errorf("text:\n%s\nwant:\n%s", got, want)
			}
			checkConservation(t, tt.text, res)
		})
	}
	t.Run("binary stays binary", func(t *testing.T) {
		for _, src := range []string{
			"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00",
			"\xff\xfe\x00\x00\x01\x00\x02\x00\x03\x00\x04\x00\x05\x00", // a UTF-16 mark on control characters
			"\x00\x01\x02PK\x03\x04 some text",
		} {
			if _, err := String(src, nil); !errors.Is(err, ErrBinary) {
				t.Errorf("String(%q): err = %v, want ErrBinary", src, err)
			}
		}
	})
	t.Run("utf-8 is left alone", func(t *testing.T) {
		res, err := String(ru, nil)
		if err != nil || len(res.Warnings) != 0 {
			t.Errorf("warnings = %+v, err = %v", res.Warnings, err)
		}
		res, err = String(ru+"\n\nA stray \xff byte in a UTF-8 page.", nil)
		if err != nil || len(res.Warnings) != 1 || res.Warnings[0].Kind != "invalid-utf8" {
			t.Errorf("stray byte: warnings = %+v, err = %v", res.Warnings, err)
		}
	})
}
