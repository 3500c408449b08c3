package clean

import (
	"errors"
	"strings"
	"testing"
)

// TestHTMLErrorSaysItOnce: an HTML page with no text, or binary data given
// as HTML, fails with clean's error, which errors.Is finds, and its message
// names the trouble once, with the front end's detail.
func TestHTMLErrorSaysItOnce(t *testing.T) {
	for _, c := range []struct {
		src    string
		want   error
		detail string
	}{
		{"<html><body><div> </div></body></html>", ErrEmpty, "no visible text"},
		{"\x00\x01\x02\x03PK\x03\x04 binary \x00\x00\x00", ErrBinary, "looks like"},
	} {
		_, err := HTML([]byte(c.src), "", nil)
		if !errors.Is(err, c.want) {
			t.Errorf("%q: error %v, want %v", c.src, err, c.want)
			continue
		}
		msg := err.Error()
		if !strings.HasPrefix(msg, c.want.Error()+": ") || strings.Count(msg, "empty input") > 1 || !strings.Contains(msg, c.detail) || strings.Contains(msg, "htmldoc") {
			t.Errorf("%q: message %q, want %q, the detail %q, and no word of the front end's own error", c.src, msg, c.want, c.detail)
		}
	}
}
