package textenc

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
)

// TestTableCharsets checks the tables against facts of the published
// mappings, and that every byte a charset defines decodes and encodes back.
func TestTableCharsets(t *testing.T) {
	facts := []struct {
		c *tableCharset
		b byte
		r rune
	}{
		{armscii8, 0xA2, 'և'}, {armscii8, 0xA3, '։'}, {armscii8, 0xB2, 'Ա'}, {armscii8, 0xB3, 'ա'},
		{armscii8, 0xFC, 'Ֆ'}, {armscii8, 0xFD, 'ֆ'}, {armscii8, 0xFE, '՚'}, {armscii8, 0xFF, utf8.RuneError},
		{georgianAcademy, 0xC0, 'ა'}, {georgianAcademy, 0xE6, 'ჶ'}, {georgianAcademy, 0xE7, 'ç'},
		{georgianPS, 0xC0, 'ა'}, {georgianPS, 0xC7, 'ჱ'}, {georgianPS, 0xC8, 'თ'}, {georgianPS, 0xE6, 'æ'},
		{pt154, 0xBA, 'ә'}, {pt154, 0x9D, 'қ'}, {pt154, 0xC0, 'А'}, {pt154, 0xFF, 'я'},
		{kz1048, 0xBC, 'ә'}, {kz1048, 0x9D, 'қ'}, {kz1048, 0x98, utf8.RuneError}, {kz1048, 0xE0, 'а'},
	}
	for _, f := range facts {
		if got := f.c.DecodeByte(f.b); got != f.r {
			t.Errorf("%s: %#x decodes to %q, want %q", f.c, f.b, got, f.r)
		}
	}
	for _, c := range []*tableCharset{armscii8, georgianPS, georgianAcademy, pt154, kz1048} {
		var all strings.Builder
		for b := 0x80; b < 0x100; b++ {
			r := c.DecodeByte(byte(b))
			if r == utf8.RuneError {
				continue
			}
			all.WriteRune(r)
			got, err := c.NewEncoder().String(string(r))
			if err != nil || got != string([]byte{byte(b)}) && !(r < utf8.RuneSelf && got == string(r)) {
				t.Errorf("%s: %q (from %#x) encodes to %q, %v", c, r, b, got, err)
			}
		}
		// Longer than the transformers' buffers, so that they resume.
		text := strings.Repeat(all.String()+" ", 200)
		src, err := c.NewEncoder().String(text)
		if err != nil {
			t.Fatalf("%s: %v", c, err)
		}
		if back, err := c.NewDecoder().String(src); err != nil || back != text {
			t.Errorf("%s: %d bytes do not decode back (%v)", c, len(src), err)
		}
		if _, err := c.NewEncoder().String("中"); err == nil {
			t.Errorf("%s: 中 encodes", c)
		}
		if got, err := encoding.ReplaceUnsupported(c.NewEncoder()).String("a中b"); err != nil || got != "a\x1ab" {
			t.Errorf("%s: ReplaceUnsupported gives %q, %v", c, got, err)
		}
		if got, _ := c.NewDecoder().String("ok\xff"); !strings.HasPrefix(got, "ok") || !utf8.ValidString(got) {
			t.Errorf("%s: decodes \"ok\\xff\" to %q", c, got)
		}
	}
}
