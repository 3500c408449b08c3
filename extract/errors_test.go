package extract

import (
	"errors"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/clean"
)

// TestDocumentedErrors checks that Text, String, Read and HTMLBytes fail
// with the clean errors their doc comments name, for the inputs named.
func TestDocumentedErrors(t *testing.T) {
	prose := strings.Repeat("The council met on Tuesday and approved the budget for next year.\n", 3)
	binary := "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"
	tests := []struct {
		name, src string
		opts      *Options
		want      error
	}{
		{"empty", "", nil, clean.ErrEmpty},
		{"white space", " \n\t\n", nil, clean.ErrEmpty},
		{"binary", binary, nil, clean.ErrBinary},
		{"over MaxBytes", prose, &Options{MaxBytes: 40}, clean.ErrTooLarge},
		{"over MaxLines", prose, &Options{MaxLines: 2, MaxBytes: 40 << 10}, clean.ErrTooLarge},
	}
	for _, tt := range tests {
		text := func() error { _, err := Text([]byte(tt.src), tt.opts); return err }
		str := func() error { _, err := String(tt.src, tt.opts); return err }
		read := func() error { _, err := Read(strings.NewReader(tt.src), tt.opts); return err }
		for fn, f := range map[string]func() error{"Text": text, "String": str, "Read": read} {
			if err := f(); !errors.Is(err, tt.want) {
				t.Errorf("%s on %s: %v, want %v", fn, tt.name, err, tt.want)
			}
		}
		if tt.name == "over MaxLines" {
			continue // HTML has no line limit
		}
		if _, err := HTMLBytes([]byte(tt.src), "", tt.opts); !errors.Is(err, tt.want) {
			t.Errorf("HTMLBytes on %s: %v, want %v", tt.name, err, tt.want)
		}
	}
}
