package clean_test

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/clean"
	"github.com/newsclean/newsclean/extract"
)

// named is a stage that does nothing, under a name of the test's choice.
type named string

func (n named) Name() string      { return string(n) }
func (named) Priority() int       { return 5000 }
func (named) Label(p *clean.Page) {}

// TestOptionsChecked: options that cannot do what their caller means fail
// the call with an error naming the field, on text and on HTML, and good
// ones pass.
func TestOptionsChecked(t *testing.T) {
	const page = "A title\n\nA story paragraph that runs on for a while, as stories do.\n"
	bad := []struct {
		name string
		opts clean.Options
		want string
	}{
		{"misspelt disable", clean.Options{Disable: []string{"dtaes"}}, `no stage named "dtaes"`},
		{"nil stage", clean.Options{Stages: []clean.Stage{nil}}, "Options.Stages[0] is nil"},
		{"built-in name taken", clean.Options{Stages: []clean.Stage{named("dates")}}, `a stage named "dates" exists already`},
		{"two of a name", clean.Options{Stages: []clean.Stage{named("mine"), named("mine")}}, `Options.Stages[1]: a stage named "mine"`},
	}
	for _, c := range bad {
		if _, err := clean.String(page, &c.opts); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: text: err %v, want one saying %q", c.name, err, c.want)
		}
		if _, err := clean.HTML([]byte("<p>"+page+"</p>"), "", &c.opts); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: HTML: err %v, want one saying %q", c.name, err, c.want)
		}
	}
	good := []clean.Options{
		{Disable: []string{"dates", "model"}},
		{Stages: []clean.Stage{named("mine")}, Disable: []string{"mine"}},
	}
	for _, o := range good {
		if _, err := clean.String(page, &o); err != nil {
			t.Errorf("%+v: %v", o, err)
		}
	}
}

// TestReadNoLimit: a limit of math.MaxInt reads the whole page (the read's
// one byte past the limit overflowed to a negative count, and every page
// read as empty).
func TestReadNoLimit(t *testing.T) {
	res, err := clean.Read(strings.NewReader("A title\n\nA paragraph of the story.\n"), &clean.Options{MaxBytes: math.MaxInt})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Blocks) == 0 {
		t.Error("no blocks")
	}
}

// TestOptionsErrorIs checks that a call with options that cannot be used
// fails with an error a program can tell apart with errors.Is, through
// clean and through extract, on text and HTML, and that a page's own
// fault is not taken for it.
func TestOptionsErrorIs(t *testing.T) {
	const page = "A title\n\nA story paragraph that runs on for a while, as stories do.\n"
	opts := clean.Options{Disable: []string{"no-such-stage"}}
	if _, err := clean.String(page, &opts); !errors.Is(err, clean.ErrOptions) {
		t.Errorf("clean.String: %v, want clean.ErrOptions", err)
	}
	if _, err := clean.HTML([]byte("<p>"+page+"</p>"), "", &opts); !errors.Is(err, clean.ErrOptions) {
		t.Errorf("clean.HTML: %v, want clean.ErrOptions", err)
	}
	xo := &extract.Options{Stages: []clean.Stage{nil}}
	if _, err := extract.String(page, xo); !errors.Is(err, clean.ErrOptions) {
		t.Errorf("extract.String: %v, want clean.ErrOptions", err)
	}
	if _, err := extract.HTMLBytes([]byte("<p>"+page+"</p>"), "", xo); !errors.Is(err, clean.ErrOptions) {
		t.Errorf("extract.HTMLBytes: %v, want clean.ErrOptions", err)
	}
	if _, err := clean.String("", &clean.Options{}); errors.Is(err, clean.ErrOptions) || !errors.Is(err, clean.ErrEmpty) {
		t.Errorf("empty page: %v, want clean.ErrEmpty alone", err)
	}
}
