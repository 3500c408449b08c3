package clean

import "testing"

// TestIsCommentLine reads counts and prompts in other languages than
// English, and lines like them that are none: a comment word alone (a
// rubric's name), a count in a sentence, a count in brackets that is no
// number.
func TestIsCommentLine(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"3 комментария", true},
		{"21 комментарий", true},
		{"5 Kommentare", true},
		{"12 commentaires", true},
		{"4 yorum", true},
		{"2 şərh", true},
		{"7 comentarios", true},
		{"  7 Comentarios  ", true},
		{"Комментарии (3)", true},
		{"Comments (12)", true},
		{"Yorumlar (4)", true},
		{"Yorum yap", true},
		{"Оставьте комментарий", true},
		{"Laisser un commentaire", true},
		{"KOMMENTAR SCHREIBEN", true},
		{"Kommentar", false},
		{"Yorum", false},
		{"Комментарий эксперта", false},
		{"Die 5 Kommentare", false},
		{"5 Kommentare zum Haushalt", false},
		{"Kommentare (drei)", false},
		{"Kommentare ()", false},
		{"(3)", false},
		{"5  ", false},
		{"1234567 yorum", false},
		{"", false},
		{"\xff\xfe (3)", false},
	} {
		if got := isCommentLine(c.s); got != c.want {
			t.Errorf("isCommentLine(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestCommentKeysFolded checks that the comment sets' keys are written as
// lookupKey folds a line, which they are looked up as.
func TestCommentKeysFolded(t *testing.T) {
	for _, m := range []map[string]bool{commentCountWords(), commentHeadWords(), commentPromptLines()} {
		for k := range m {
			if f := foldKey(k); f != k {
				t.Errorf("key %q folds to %q", k, f)
			}
		}
	}
}
