package extract

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/clean"
)

// Every entry point takes an input of exactly Options.MaxBytes and refuses
// one byte more with clean.ErrTooLarge; the limit counts the bytes as
// given, so a UTF-16 page counts two bytes a character.
func TestMaxBytesEdgesEveryEntryPoint(t *testing.T) {
	const max = 600
	text := func(n int) string {
		s := "Ministers of the two countries met in Tbilisi on Monday to sign a new agreement on trade.\n"
		s = strings.Repeat(s, n/len(s)+1)
		return s[:n-1] + "."
	}
	html := func(n int) string {
		const head, tail = "<!doctype html><html><body><p>", "</p></body></html>"
		return head + text(n-len(head)-len(tail)) + tail
	}
	utf16 := func(n int) string { // a BOM and n/2-1 UTF-16LE characters
		b := []byte{0xFF, 0xFE}
		for _, c := range []byte(text(n/2 - 1)) {
			b = append(b, c, 0)
		}
		return string(b)
	}
	entries := map[string]func(src string, o *Options) error{
		"Text":      func(s string, o *Options) error { _, err := Text([]byte(s), o); return err },
		"String":    func(s string, o *Options) error { _, err := String(s, o); return err },
		"Read":      func(s string, o *Options) error { _, err := Read(strings.NewReader(s), o); return err },
		"Auto":      func(s string, o *Options) error { _, err := Auto(strings.NewReader(s), o); return err },
		"HTML":      func(s string, o *Options) error { _, err := HTML(strings.NewReader(s), "", o); return err },
		"HTMLBytes": func(s string, o *Options) error { _, err := HTMLBytes([]byte(s), "", o); return err },
	}
	for name, f := range entries {
		for _, n := range []int{max, max + 1} {
			src := text(n)
			if strings.HasPrefix(name, "HTML") {
				src = html(n)
			}
			if len(src) != n {
				t.Fatalf("%s: made %d bytes, want %d", name, len(src), n)
			}
			err := f(src, &Options{MaxBytes: max})
			if n == max && err != nil {
				t.Errorf("%s, exactly MaxBytes: %v", name, err)
			}
			if n > max && !errors.Is(err, clean.ErrTooLarge) {
				t.Errorf("%s, MaxBytes+1: %v, want clean.ErrTooLarge", name, err)
			}
		}
	}
	for _, n := range []int{max, max + 2} {
		src := utf16(n)
		if len(src) != n {
			t.Fatalf("UTF-16: made %d bytes, want %d", len(src), n)
		}
		_, err := Read(bytes.NewReader([]byte(src)), &Options{MaxBytes: max})
		if n == max && err != nil {
			t.Errorf("UTF-16 of exactly MaxBytes: %v", err)
		}
		if n > max && !errors.Is(err, clean.ErrTooLarge) {
			t.Errorf("UTF-16 over MaxBytes: %v, want clean.ErrTooLarge", err)
		}
	}
}
