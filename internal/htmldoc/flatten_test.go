package htmldoc

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// flattenDeepBySearch is flattenDeep as first written: it finds an end tag's
// element by walking down the whole stack, which is quadratic on a deep stack
// under many stray end tags. It is the reference the lookup must agree with.
func flattenDeepBySearch(text string, limit int) string {
	z := html.NewTokenizer(strings.NewReader(text))
	var out strings.Builder
	type open struct {
		name string
		kept bool
	}
	var stack []open
	depth := 0
	rawDropped := ""
	for {
		tt := z.Next()
		if rawDropped != "" && tt == html.TextToken {
			continue
		}
		switch tt {
		case html.ErrorToken:
			return out.String()
		case html.StartTagToken:
			name, _ := z.TagName()
			if voidElements[string(name)] {
				out.Write(z.Raw())
				continue
			}
			keep := depth < limit
			stack = append(stack, open{string(name), keep})
			if keep {
				depth++
				out.Write(z.Raw())
			} else {
				out.WriteByte(' ')
				if n := string(name); n == "script" || n == "style" {
					rawDropped = n
				}
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			if string(name) == rawDropped {
				rawDropped = ""
			}
			i := len(stack) - 1
			for i >= 0 && stack[i].name != string(name) {
				i--
			}
			if i < 0 {
				if depth < limit {
					out.Write(z.Raw())
				}
				continue
			}
			for _, o := range stack[i:] {
				if o.kept {
					depth--
				}
			}
			if stack[i].kept {
				out.Write(z.Raw())
			} else {
				out.WriteByte(' ')
			}
			stack = stack[:i]
		case html.SelfClosingTagToken:
			if depth < limit {
				out.Write(z.Raw())
			} else {
				out.WriteByte(' ')
			}
		default:
			out.Write(z.Raw())
		}
	}
}

// A stray end tag under a deep stack is kept while shallow and dropped when
// deep, and an end tag closes everything above its element.
func TestFlattenDeepStrayEndTags(t *testing.T) {
	for _, tc := range []struct {
		in    string
		limit int
		want  string
	}{
		{"<div><div>a</span>b</div></div>", 3, "<div><div>a</span>b</div></div>"},
		{"<div><div>a</span>b</div></div>", 2, "<div><div>ab</div></div>"},
		{"<div><div><div>a</span>b</div></div></div>", 2, "<div><div> ab </div></div>"},
		{"<i><b><u>x</i>y</b>", 2, "<i><b> x</i>y</b>"},
		{"<p><span>one</p><p>two</span></p>", 1, "<p> one</p><p>two</p>"},
	} {
		if got := flattenDeep(tc.in, tc.limit); got != tc.want {
			t.Errorf("flattenDeep(%q, %d) = %q, want %q", tc.in, tc.limit, got, tc.want)
		}
		if ref := flattenDeepBySearch(tc.in, tc.limit); ref != tc.want {
			t.Errorf("reference gives %q for %q, want %q", ref, tc.in, tc.want)
		}
	}
}

// FuzzFlattenDeep holds flattenDeep to the plain stack search on any page.
func FuzzFlattenDeep(f *testing.F) {
	f.Add("<div><div><div>a</span>b</div></div></div>", 2)
	f.Add("<i><b><u>x</i>y</b><script>1</script></p>", 1)
	f.Add("<div><p>a<br>b</div></p><style>x</style>", 0)
	f.Fuzz(func(t *testing.T, in string, limit int) {
		limit = min(max(limit, 0), 8)
		if got, want := flattenDeep(in, limit), flattenDeepBySearch(in, limit); got != want {
			t.Fatalf("flattenDeep(%q, %d) = %q, the search gives %q", in, limit, got, want)
		}
	})
}
