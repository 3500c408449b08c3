package extract_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// TestBadURLEveryEntryPoint: an Options.URL that does not parse is not
// dropped without a word by any entry point: the article is cleaned all the
// same (the page is good; the caller's address is not), and carries a
// "bad-url" warning that names the address, in the Go value and in its JSON.
func TestBadURLEveryEntryPoint(t *testing.T) {
	const text = "Farmers in the valley report a record apricot harvest\n\nThe harvest began early this year after a warm spring, growers said on Monday.\n"
	const page = "<html><body><h1>Harvest</h1><p>The harvest began early this year after a warm spring, growers said on Monday.</p></body></html>"
	const bad = "http://[::1"
	opts := &extract.Options{URL: bad}
	calls := map[string]func() (*extract.Article, error){
		"Text":      func() (*extract.Article, error) { return extract.Text([]byte(text), opts) },
		"String":    func() (*extract.Article, error) { return extract.String(text, opts) },
		"Read":      func() (*extract.Article, error) { return extract.Read(strings.NewReader(text), opts) },
		"HTML":      func() (*extract.Article, error) { return extract.HTML(strings.NewReader(page), "", opts) },
		"HTMLBytes": func() (*extract.Article, error) { return extract.HTMLBytes([]byte(page), "", opts) },
		"Auto":      func() (*extract.Article, error) { return extract.Auto(strings.NewReader(page), opts) },
		"AutoText":  func() (*extract.Article, error) { return extract.Auto(strings.NewReader(text), opts) },
	}
	for name, call := range calls {
		a, err := call()
		if err != nil {
			t.Errorf("%s: %v, want the page cleaned with a warning", name, err)
			continue
		}
		var found *extract.Warning
		for i := range a.Warnings {
			if a.Warnings[i].Kind == "bad-url" {
				found = &a.Warnings[i]
			}
		}
		if found == nil {
			t.Errorf("%s: warnings %+v, want bad-url", name, a.Warnings)
			continue
		}
		if !strings.Contains(found.Text, bad) {
			t.Errorf("%s: bad-url warning %q does not name the URL %q", name, found.Text, bad)
		}
		js := a.AppendJSON(nil)
		if !bytes.Contains(js, []byte(`"bad-url"`)) {
			t.Errorf("%s: the JSON form lacks the bad-url warning: %s", name, js)
		}
	}
}
