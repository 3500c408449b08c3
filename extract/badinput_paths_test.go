package extract

import (
	"errors"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/newsclean/newsclean/clean"
	"golang.org/x/text/encoding/unicode/utf32"
)

// A bad input for TestBadInputBothPaths, and what each path must make of
// it: an error the package documents (errors.Is), or an article whose
// warnings hold a kind named (nil err and no kind: an article, warnings
// free).
type badInput struct {
	name     string
	src      func() string
	big      bool   // skipped under -short
	textErr  error  // the text path's error, or nil
	textWarn string // "a|b": a warning of either kind
	htmlErr  error
	htmlWarn string
	body     string // a word the article's title or body must hold, when it is made
}

func badInputs() []badInput {
	random := func() string {
		rng := rand.New(rand.NewPCG(3, 7))
		b := make([]byte, 64<<10)
		for i := range b {
			b[i] = byte(rng.UintN(256))
		}
		return string(b)
	}
	line := func() string {
		return strings.Repeat("The minister spoke about roads and bridges, ", 20<<20/44)
	}
	deep := func() string {
		const n = 100_000
		return "<html><body>" + strings.Repeat("<div>", n) + "<p>Deeply nested text of the story.</p>" +
			strings.Repeat("</div>", n) + "</body></html>"
	}
	// invalid UTF-8 in the title, the byline, the date and each paragraph:
	// a sequence cut short, a lone continuation byte, two bytes UTF-8
	// never uses. Either warning is documented: the bytes may fit a
	// single-byte charset ("charset", decoded from its guess) or not
	// ("invalid-utf8", replaced by U+FFFD).
	const bad = "\xe2\x80 \x80\xff\xfe"
	invalidText := func() string {
		return "Minister" + bad + " opens the new bridge\nBy Anna" + bad + " Smith\nMarch 14, 2024" + bad + "\n\n" +
			"The minister opened" + bad + " the bridge on Thursday, the ministry said in a statement, and traffic began at noon.\n\n" +
			"Residents had waited" + bad + " three years for the crossing, which replaces a ferry that ran twice an hour."
	}
	invalidHTML := func() string {
		return `<html><head><meta charset="utf-8"><title>Minister` + bad + ` opens the new bridge</title>` +
			`<meta name="author" content="Anna` + bad + ` Smith"><meta property="article:published_time" content="2024-03-14` + bad + `">` +
			`</head><body><article><h1>Minister` + bad + ` opens the new bridge</h1><p class="byline">By Anna` + bad + ` Smith</p>` +
			`<time datetime="2024-03-14">March 14, 2024` + bad + `</time>` +
			`<p>The minister opened` + bad + ` the bridge on Thursday, the ministry said in a statement, and traffic began at noon.</p>` +
			`<p>Residents had waited` + bad + ` three years for the crossing, which replaces a ferry that ran twice an hour.</p>` +
			`</article></body></html>`
	}
	unknown := func() string {
		return `<html><head><meta charset="x-unheard-of-charset"><title>Bridge opens</title></head><body><article>` +
			`<h1>Bridge opens</h1><p>The minister opened the bridge on Thursday, the ministry said in a statement, and traffic began at noon.</p>` +
			`<p>Residents had waited three years for the crossing, which replaces a ferry that ran twice an hour.</p></article></body></html>`
	}
	utf32Text := func() string {
		s, _ := utf32.UTF32(utf32.LittleEndian, utf32.IgnoreBOM).NewEncoder().String("Bridge opens\n\n" +
			"The minister opened the bridge on Thursday, the ministry said in a statement, and traffic began at noon.")
		return s
	}
	return []badInput{
		{name: "empty", src: func() string { return "" }, textErr: clean.ErrEmpty, htmlErr: clean.ErrEmpty},
		{name: "only NULs", src: func() string { return strings.Repeat("\x00", 4096) }, textErr: clean.ErrBinary, htmlErr: clean.ErrBinary},
		{name: "random binary", src: random, textErr: clean.ErrBinary, htmlErr: clean.ErrBinary},
		{name: "a 20 MB line", src: line, big: true, body: "bridges"},
		{name: "100,000-deep nested HTML", src: deep, htmlWarn: "deep-nesting", body: "Deeply"},
		{name: "invalid UTF-8 in every field", src: invalidText, textWarn: "invalid-utf8|charset", htmlWarn: "invalid-utf8|charset", body: "minister"},
		{name: "invalid UTF-8 in every field of a page", src: invalidHTML, textWarn: "invalid-utf8|charset", htmlWarn: "invalid-utf8|charset", body: "minister"},
		// Text in UTF-32 without a mark is guessed; HTML's own sniffing
		// knows UTF-16 alone and takes the NUL bytes for binary data.
		{name: "UTF-32 without a mark", src: utf32Text, textWarn: "charset", htmlErr: clean.ErrBinary, body: "minister"},
		{name: "a <meta charset> no one knows", src: unknown, htmlWarn: "charset", body: "minister"},
	}
}

// TestBadInputBothPaths runs the text path (String) and the HTML path
// (HTMLBytes) over bad inputs: each gets the error its package documents
// or an article, never a panic, and an article's every string is valid
// UTF-8. The 20 MB line runs without -short only; the times are logged,
// not asserted.
func TestBadInputBothPaths(t *testing.T) {
	for _, tt := range badInputs() {
		t.Run(tt.name, func(t *testing.T) {
			if tt.big && testing.Short() {
				t.Skip("big input: runs without -short")
			}
			src := tt.src()
			for _, path := range []struct {
				name string
				run  func() (*Article, error)
				err  error
				warn string
			}{
				{"text", func() (*Article, error) { return String(src, nil) }, tt.textErr, tt.textWarn},
				{"html", func() (*Article, error) { return HTMLBytes([]byte(src), "", nil) }, tt.htmlErr, tt.htmlWarn},
			} {
				start := time.Now()
				a, err := path.run()
				t.Logf("%s path: %v for %d bytes", path.name, time.Since(start).Round(time.Millisecond), len(src))
				if path.err != nil {
					if !errors.Is(err, path.err) {
						t.Errorf("%s path: err = %v, want %v", path.name, err, path.err)
					}
					continue
				}
				if err != nil {
					t.Errorf("%s path: %v, want an article", path.name, err)
					continue
				}
				if bad := invalidStrings(reflect.ValueOf(a), nil); len(bad) > 0 {
					t.Errorf("%s path: invalid UTF-8 in %d strings, the first %.60q", path.name, len(bad), bad[0])
				}
				kinds := make([]string, 0, len(a.Warnings))
				for _, w := range a.Warnings {
					kinds = append(kinds, w.Kind)
				}
				if path.warn != "" && !slices.ContainsFunc(strings.Split(path.warn, "|"), func(k string) bool { return slices.Contains(kinds, k) }) {
					t.Errorf("%s path: warnings %v, want one of kind %q", path.name, kinds, path.warn)
				}
				if text := a.Title + "\n" + strings.Join(a.Body, "\n"); tt.body != "" && !strings.Contains(strings.ToLower(text), strings.ToLower(tt.body)) {
					t.Errorf("%s path: title and body %.80q do not hold %q", path.name, text, tt.body)
				}
			}
		})
	}
}

// invalidStrings returns the strings in v (through pointers, slices,
// maps' values, structs' exported fields) that are not valid UTF-8.
func invalidStrings(v reflect.Value, out []string) []string {
	switch v.Kind() {
	case reflect.String:
		if !utf8.ValidString(v.String()) {
			out = append(out, v.String())
		}
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			out = invalidStrings(v.Elem(), out)
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			out = invalidStrings(v.Index(i), out)
		}
	case reflect.Map:
		for it := v.MapRange(); it.Next(); {
			out = invalidStrings(it.Value(), out)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				out = invalidStrings(v.Field(i), out)
			}
		}
	}
	return out
}
