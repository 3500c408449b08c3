package clean

import (
	"regexp"
	"testing"
)

// TestTextCallSplitSameAsWhole checks that isOneTextCall, textCall with
// textCallAnywhere behind its word test, matches what the one whole-line
// pattern of all their alternatives matches, on calls, near misses,
// story lines and folded letters.
func TestTextCallSplitSameAsWhole(t *testing.T) {
	whole := regexp.MustCompile(`(?i)^\W{0,4}(?:` + textCallForms +
		`|.{0,60}tell your friends and get rewards|.{1,40} is a trust project member)\W{0,3}$`)
	lines := []string{
		"Contact us today!", "→ Sign up for free", "Share", "Read more →", "5 min read",
		"$49 at Harbour Store", "Want more harbour news?", "View all ferries", "Skip to content",
		"Invite a friend: tell your friends and get rewards", "TELL YOUR FRIENDS AND GET REWARDS!",
		"Tell your friends and get rewards today", "The Harbour Herald is a Trust Project member",
		"The Harbour Herald is a Trust Project member.", " is a trust project member",
		"The Harbour Herald Is A Trust Project Member →", "Harbour Herald is a trust project members",
		"The Harbour Herald is a Trust Project member of the year and more besides",
		"Tell your friends and get reward", "Please tell your friends and get rewards now, all of them",
		"Te\u212Al\u212A", "Tell your friend\u017F and get rewards", "Harbour i\u017F a tru\u017Ft project member",
		"Harbour is a trust project \u212Aember", "Caf\u00e9 is a trust project member",
		"The ferry left at noon.", "", "→", "The council said the harbour would reopen in May.",
		"Geef een reactie", "Schreibe einen Kommentar", "12 comments | Harbour Herald",
		"Ferries: tell your friends", "» Contact us", "•••• Share", "→→→→→Share", "🙂 Share!", "\u212Aeep up with the latest",
		"\xff\xfeShare", "12 min read", "Keep up with the latest harbour news", "Ship ahoy", "Sk", "a" + string(make([]byte, 70)) + "tell your friends and get rewards",
	}
	for _, s := range lines {
		if got, want := isOneTextCall(s), whole.MatchString(s); got != want {
			t.Errorf("isOneTextCall(%q) = %v, the whole pattern %v", s, got, want)
		}
	}
	// The test must see both answers, and the anywhere part must answer.
	if !isOneTextCall("The Harbour Herald is a Trust Project member") || isOneTextCall("The ferry left at noon.") {
		t.Error("isOneTextCall does not tell a call from a story line")
	}
}

// TestIndexFoldASCII checks the ASCII case-blind search under
// mayHoldFoldASCII.
func TestIndexFoldASCII(t *testing.T) {
	for _, c := range []struct {
		s, w string
		want int
	}{
		{"Tell Your Friends", "your", 5}, {"abc", "abcd", -1}, {"xyz", "", 0},
		{"aaab", "aab", 1}, {"[ABC]", "abc", 1}, {"ab{", "ab[", -1},
	} {
		if got := indexFoldASCII(c.s, c.w); got != c.want {
			t.Errorf("indexFoldASCII(%q, %q) = %d, want %d", c.s, c.w, got, c.want)
		}
	}
	if mayHoldFoldASCII("plain line", []string{"word"}) || !mayHoldFoldASCII("caf\u00e9", []string{"word"}) {
		t.Error("mayHoldFoldASCII: wrong on a plain line or a line outside ASCII")
	}
}
