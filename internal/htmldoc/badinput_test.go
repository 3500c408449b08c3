package htmldoc

import (
	"bytes"
	"errors"
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsclean/newsclean/internal/testkit"
)

func TestBadInputErrors(t *testing.T) {
	random := make([]byte, 4096)
	rand.New(rand.NewSource(1)).Read(random)
	tests := []struct {
		name string
		src  []byte
		want error
	}{
		{"empty", nil, ErrEmpty},
		{"whitespace", []byte(" \n\t\r\n "), ErrEmpty},
		{"markup without text or metadata", []byte("<html><body><div> </div><script>x()</script></body></html>"), ErrEmpty},
		{"PNG", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), ErrNotHTML},
		{"gzip", []byte("\x1f\x8b\x08\x00\x00\x00\x00\x00"), ErrNotHTML},
		{"PDF", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"), ErrNotHTML},
		{"random bytes", random, ErrNotHTML},
		{"NULs and controls", []byte("ab\x00\x01\x02\x03\x00\x00\x05\x06cd"), ErrNotHTML},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Parse(tt.src, "", Limits{})
			if !errors.Is(err, tt.want) {
				t.Fatalf("Parse = %v, %v; want %v", doc, err, tt.want)
			}
			if !strings.HasPrefix(err.Error(), "htmldoc: ") {
				t.Errorf("error %q lacks the package prefix", err)
			}
		})
	}
}

func TestStrayNULInPage(t *testing.T) {
	doc, err := Parse([]byte("<p>a\x00b</p>"), "", Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Blocks) != 1 || !utf8.ValidString(doc.Blocks[0].Text) {
		t.Errorf("blocks = %q", segs(doc.Blocks))
	}
}

func TestTooLarge(t *testing.T) {
	line := []byte("<p>All work and no play makes Jack a dull boy.</p>\n")
	big := bytes.Repeat(line, 50<<20/len(line)+1)
	_, err := Parse(big, "", Limits{})
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("Parse(50 MB) error = %v, want ErrTooLarge", err)
	}
	if !strings.Contains(err.Error(), "Limits.MaxBytes") {
		t.Errorf("error %q does not say which limit", err)
	}
	if _, err := Parse([]byte("<p>four</p>"), "", Limits{MaxBytes: 4}); !errors.Is(err, ErrTooLarge) {
		t.Errorf("Parse over MaxBytes 4: %v, want ErrTooLarge", err)
	}
	if testing.Short() {
		t.Skip("the 50 MB parse under a raised limit is skipped in -short mode")
	}
	testkit.SkipUnderRace(t, "the 50 MB parse under a raised limit")
	doc, err := Parse(big, "", Limits{MaxBytes: 64 << 20, MaxBlocks: 2 << 20})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(doc.Blocks), len(big)/len(line); got != want {
		t.Errorf("got %d blocks, want %d", got, want)
	}
}

func deepPage(n int, open, close string) []byte {
	var b bytes.Buffer
	b.WriteString("<html><body>")
	for i := 0; i < n; i++ {
		b.WriteString(open)
		if i%1000 == 0 {
			b.WriteString("level ")
		}
	}
	b.WriteString("bottom")
	for i := 0; i < n; i++ {
		b.WriteString(close)
	}
	b.WriteString("<p>after</p></body></html>")
	return b.Bytes()
}

// TestDeepNesting checks that pages nested 10,000 deep are flattened, with
// all their text kept, and no stack overflow.
func TestDeepNesting(t *testing.T) {
	for _, tc := range []struct{ open, close string }{
		{"<div>", "</div>"},
		{"<span>", "</span>"},
		{"<div><span>", "</span></div>"},
		{"<table><tr><td>", "</td></tr></table>"},
		{"<ul><li>", "</li></ul>"},
		{"<b>", "</b>"},
		{"<div>", ""},
		{"<a href=x>", "</a>"},
	} {
		t.Run(tc.open, func(t *testing.T) {
			doc, err := Parse(deepPage(10_000, tc.open, tc.close), "", Limits{})
			if err != nil {
				t.Fatal(err)
			}
			var words []string
			for _, b := range doc.Blocks {
				words = append(words, strings.Fields(b.Text)...)
			}
			text := strings.Join(words, " ")
			if got := strings.Count(text, "level"); got != 10 {
				t.Errorf("%d of 10 'level' words kept", got)
			}
			if !strings.HasSuffix(text, "bottom after") {
				t.Errorf("text ends %q", text[max(0, len(text)-40):])
			}
			t.Logf("%d blocks, warnings %q", len(doc.Blocks), doc.Warnings)
		})
	}
}

func TestMaxDepth(t *testing.T) {
	doc, err := Parse([]byte(`<div>a<div>b<div>c<p>d</p>e</div>f</div>g</div>`), "", Limits{MaxDepth: 2})
	if err != nil {
		t.Fatal(err)
	}
	want := []seg{{"div", "body>div", "a"}, {"div", "body>div>div", "b c d e f"}, {"div", "body>div", "g"}}
	if diff := cmpDiff(want, segs(doc.Blocks)); diff != "" {
		t.Errorf("blocks (-want +got):\n%s", diff)
	}
	if diff := cmpDiff([]Warning{{WarnDeepNesting, "nesting deeper than 2 flattened"}}, doc.Warnings); diff != "" {
		t.Errorf("warnings (-want +got):\n%s", diff)
	}
}

func TestMaxBlocks(t *testing.T) {
	doc, err := Parse([]byte(strings.Repeat("<p>x</p>", 10)), "", Limits{MaxBlocks: 3})
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Blocks) != 3 {
		t.Errorf("got %d blocks, want 3", len(doc.Blocks))
	}
	if diff := cmpDiff([]Warning{{WarnBlockLimit, "block limit 3 reached: 7 later blocks dropped"}}, doc.Warnings); diff != "" {
		t.Errorf("warnings (-want +got):\n%s", diff)
	}
}

// TestConcurrentParse runs Parse from several goroutines (meaningful under
// -race): it must keep no shared mutable state.
func TestConcurrentParse(t *testing.T) {
	pages := []string{
		`<meta charset="windows-1251"><p>` + "\xcf\xf0\xe8\xe2\xe5\xf2" + `</p>`,
		`<script type="application/ld+json">{"@type":"NewsArticle","headline":"h"}</script><div class="a">x<p>y</p></div>`,
		string(deepPage(2000, "<div>", "</div>")),
	}
	done := make(chan string)
	for g := 0; g < 8; g++ {
		go func() {
			var sb strings.Builder
			for _, p := range pages {
				doc, err := Parse([]byte(p), "", Limits{})
				if err != nil {
					sb.WriteString(err.Error())
					continue
				}
				for _, b := range doc.Blocks {
					sb.WriteString(b.Text + "|")
				}
			}
			done <- sb.String()
		}()
	}
	first := <-done
	for g := 1; g < 8; g++ {
		if got := <-done; got != first {
			t.Errorf("goroutines disagree:\n%s\n%s", first, got)
		}
	}
}
