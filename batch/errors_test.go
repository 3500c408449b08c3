package batch

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/clean"
)

// Each of batch's input errors matches clean's twin, and a cleaner's error
// wrapped by twinOf matches batch's twin with its text unchanged but for
// package clean's "clean: " prefix; other errors pass through twinOf as
// they are.
func TestTwinErrors(t *testing.T) {
	pairs := []struct{ ours, theirs error }{
		{ErrEmpty, clean.ErrEmpty}, {ErrBinary, clean.ErrBinary}, {ErrTooLarge, clean.ErrTooLarge},
	}
	for _, p := range pairs {
		read := fmt.Errorf("page.txt: %w", p.ours)
		if !errors.Is(read, p.theirs) || !errors.Is(read, p.ours) {
			t.Errorf("%v: matches %v %v, %v %v", read, p.ours, errors.Is(read, p.ours), p.theirs, errors.Is(read, p.theirs))
		}
		cleaned := fmt.Errorf("%w: details", p.theirs)
		got := twinOf(cleaned)
		if !errors.Is(got, p.ours) || !errors.Is(got, p.theirs) || got.Error() != strings.TrimPrefix(cleaned.Error(), "clean: ") {
			t.Errorf("twinOf(%v) = %v: matches ours %v, clean's %v", cleaned, got, errors.Is(got, p.ours), errors.Is(got, p.theirs))
		}
		for _, q := range pairs {
			if q != p && (errors.Is(got, q.ours) || errors.Is(read, q.theirs)) {
				t.Errorf("%v matches %v", p.ours, q.ours)
			}
		}
	}
	other := errors.New("disk on fire")
	if got := twinOf(other); got != other {
		t.Errorf("twinOf(%v) = %v, want it unchanged", other, got)
	}
}

// A panic in the cleaner is ErrInternal, with the old text.
func TestInternalError(t *testing.T) {
	err := internalError("boom")
	if !errors.Is(err, ErrInternal) || err.Error() != "internal error (a bug, please report it): boom" {
		t.Errorf("%v", err)
	}
}

// Every JSONL line the reader cannot take a page from is ErrMalformed, with
// its own text; an empty page is ErrEmpty, not ErrMalformed.
func TestMalformedJSONL(t *testing.T) {
	in := `{"id":"e", "text": oops}` + "\n" + `["not","an","object"]` + "\n" +
		`{"id":{"x":1},"text":"t"}` + "\n" + `{"id":"h","text":7}` + "\n" +
		`{"id":"d","url":"u"}` + "\n" + `{"id":"i","text":"   "}` + "\n"
	r := NewReader(ReadOptions{Kind: KindJSONL, Stdin: strings.NewReader(in)})
	var malformedN, emptyN int
	for rec := range r.Paths() {
		switch {
		case errors.Is(rec.Err, ErrMalformed) && !errors.Is(rec.Err, ErrEmpty):
			malformedN++
			if strings.Contains(rec.Err.Error(), ErrMalformed.Error()) {
				t.Errorf("%s: %q, want the line's own text", rec.ID, rec.Err)
			}
		case errors.Is(rec.Err, ErrEmpty) && !errors.Is(rec.Err, ErrMalformed):
			emptyN++
		default:
			t.Errorf("%s: %v", rec.ID, rec.Err)
		}
	}
	if malformedN != 5 || emptyN != 1 {
		t.Errorf("%d malformed, %d empty; want 5, 1", malformedN, emptyN)
	}
}
