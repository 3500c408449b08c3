package clean_test

import (
	"slices"
	"testing"

	"github.com/newsclean/newsclean/clean"
)

const stagePage = `Ministers meet in Tbilisi
5 March 2024 10:30
TBILISI, March 5. /TASS/. The two ministers met in Tbilisi on Tuesday to discuss transport links, officials said after the talks.
Both sides agreed to meet again in the spring, the statement said.
By Jane Doe
`

func TestStagesOrder(t *testing.T) {
	seen := map[string]bool{}
	prev := 0
	for _, s := range clean.Stages() {
		if seen[s.Name()] {
			t.Errorf("stage %q listed twice", s.Name())
		}
		seen[s.Name()] = true
		if s.Priority() <= prev {
			t.Errorf("stage %q: priority %d does not follow %d", s.Name(), s.Priority(), prev)
		}
		prev = s.Priority()
	}
	for _, name := range []string{"outlet", "dateline", "rules", "dates", "head", "images", "html-main"} {
		if !seen[name] {
			t.Errorf("no built-in stage %q", name)
		}
	}
}

// kindOf returns the kind of the first block whose text is s.
func kindOf(t *testing.T, res *clean.Result, s string) clean.Kind {
	t.Helper()
	for _, b := range res.Blocks {
		if b.Text == s {
			return b.Kind
		}
	}
	t.Fatalf("no block %q", s)
	return ""
}

func TestDisableStage(t *testing.T) {
	res, err := clean.String(stagePage, nil)
	if err != nil {
		t.Fatal(err)
	}
	if k := kindOf(t, res, "5 March 2024 10:30"); k != clean.Date {
		t.Fatalf("with every stage: the date line is %q, want date", k)
	}
	res, err = clean.String(stagePage, &clean.Options{Disable: []string{"dates"}})
	if err != nil {
		t.Fatal(err)
	}
	if k := kindOf(t, res, "5 March 2024 10:30"); k == clean.Date {
		t.Errorf("with the dates stage off, the date line is still a date")
	}
	if k := kindOf(t, res, "By Jane Doe"); k != clean.Byline {
		t.Errorf("with the dates stage off, the byline is %q: other stages must still run", k)
	}
}

// shout is a stage of a user's own: it labels lines in capitals as nav.
type shout struct{ prio int }

func (s shout) Name() string  { return "shout" }
func (s shout) Priority() int { return s.prio }
func (s shout) Label(p *clean.Page) {
	for i := 0; i < p.Len(); i++ {
		b := p.Block(i)
		if p.Free(i) && len(b.Text) > 3 && b.Text == upper(b.Text) {
			p.Label(i, clean.Nav, "user/shout")
		}
	}
}

func upper(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

func TestAddedStage(t *testing.T) {
	page := "SPECIAL REPORT\n" + stagePage
	// Early, the stage wins over the head detector; late, it finds the
	// line labelled already and leaves it.
	for _, tc := range []struct {
		prio int
		want clean.Kind
		rule string
	}{
		{50, clean.Nav, "user/shout"},
		{10000, clean.Kicker, "generic/kicker"},
	} {
		res, err := clean.String(page, &clean.Options{Stages: []clean.Stage{shout{tc.prio}}})
		if err != nil {
			t.Fatal(err)
		}
		b := res.Blocks[0]
		if b.Kind != tc.want || b.Rule != tc.rule {
			t.Errorf("priority %d: %q is %s by %s, want %s by %s", tc.prio, b.Text, b.Kind, b.Rule, tc.want, tc.rule)
		}
	}
}

func TestPageLabelKeepsFirst(t *testing.T) {
	var got []bool
	probe := stageFunc{"probe", 1, func(p *clean.Page) {
		got = append(got, p.Label(0, clean.Ad, "user/a"), p.Label(0, clean.Nav, "user/b"), p.Free(0), p.IsHTML())
	}}
	res, err := clean.String(stagePage, &clean.Options{Stages: []clean.Stage{probe}})
	if err != nil {
		t.Fatal(err)
	}
	if want := []bool{true, false, false, false}; !slices.Equal(got, want) {
		t.Errorf("Label, Label, Free, IsHTML = %v, want %v", got, want)
	}
	if b := res.Blocks[0]; b.Kind != clean.Ad || b.Rule != "user/a" {
		t.Errorf("block 0 is %s by %s, want ad by user/a", b.Kind, b.Rule)
	}
}

// stageFunc is a stage made of a function.
type stageFunc struct {
	name string
	prio int
	fn   func(*clean.Page)
}

func (s stageFunc) Name() string        { return s.name }
func (s stageFunc) Priority() int       { return s.prio }
func (s stageFunc) Label(p *clean.Page) { s.fn(p) }
