package clean

import (
	"slices"
	"testing"
)

// TestBarCoAuthorRolePrefix shows barCoAuthors takes a part that opens with a role word ("Editor Bo Kim",
// "Photographer Bo Kim") as a writer's name, role and all; an editor or a photographer is no author.
func TestBarCoAuthorRolePrefix(t *testing.T) {
	for _, line := range []string{"By Ann Lee | Editor Bo Kim", "By Ann Lee | Photographer Bo Kim"} {
		if got := bylineNames(line); !slices.Equal(got, []string{"Ann Lee"}) {
			t.Errorf("bylineNames(%q) = %q, want [Ann Lee]", line, got)
		}
		if got := pageAuthors(t, barPage, line); !slices.Equal(got, []string{"Ann Lee"}) {
			t.Errorf("%q: page authors %q, want [Ann Lee]", line, got)
		}
	}
}
