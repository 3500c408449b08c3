package clean

import "testing"

func TestTidySpace(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"plain line\nand another", "plain line\nand another"},
		{"EPA-EFE/JOHN  SMITH", "EPA-EFE/JOHN SMITH"},
		{"BAKU,\tMarch 14.\u00a0\u00a0/TASS/.", "BAKU, March 14. /TASS/."},
		{"a \u200b b\u00adc", "a bc"},
		{"  indented  \n  next", " indented \n next"},
		{"Ереван,\u202fРоссия", "Ереван, Россия"},
	} {
		if got := tidySpace(tt.in); got != tt.want {
			t.Errorf("tidySpace(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	s := "nothing to tidy here, Ереван"
	if got := tidySpace(s); got != s {
		t.Errorf("tidySpace(%q) = %q", s, got)
	}
}

// TestTidyCredit: a credit with two spaces in it is found, as it is on the
// text output, where the normaliser has made them one.
func TestTidyCredit(t *testing.T) {
	src := "Talks go on\n\nThe two ministers met in Moscow on Tuesday, officials said.\n\nPresident Ilham Aliyev EPA-EFE/JOHN  SMITH\n\nMore text here in the story."
	res, err := String(src, &Options{Disable: []string{"model"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range res.Blocks {
		if b.Kind == Credit {
			return
		}
	}
	t.Errorf("no credit found: %+v", res.Blocks)
}
