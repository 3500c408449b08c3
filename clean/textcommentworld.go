package clean

import "strings"

// Comment counts and comment prompts in languages besides English, each a
// line of its own: a count of the readers' comments ("3 комментария", "5
// Kommentare", "4 yorum", "Комментарии (3)") and a button or form head
// that asks for one ("Yorum yap", "Оставьте комментарий"). The English
// ones are whole lines of words/phrases.txt and the "N comments" pattern
// of phrasePatterns; these are their counterparts. A comment word alone
// ("Kommentar", "Yorum", "Комментарий") is left: it is also a rubric, the
// opinion column's name.

// maxCommentLineLen is the longest comment count or prompt read, in bytes.
const maxCommentLineLen = 64

// commentCountWords are the words a count of comments is printed with
// ("3 комментария"), in every plural form the count takes: Russian,
// Ukrainian, German, the Scandinavian languages, French, Spanish,
// Portuguese, Italian, Romanian, Dutch, Polish, Czech, Finnish, Turkish,
// Azerbaijani.
var commentCountWords = foldedKeys(
	"комментарий", "комментария", "комментариев", "коментар", "коментарі", "коментарів",
	"kommentar", "kommentare", "kommentarer", "commentaire", "commentaires",
	"comentario", "comentarios", "comentário", "comentários", "commento", "commenti",
	"comentariu", "comentarii", "reactie", "reacties", "komentarz", "komentarze", "komentarzy",
	"komentář", "komentáře", "komentářů", "kommentti", "kommenttia", "yorum", "şərh")

// commentHeadWords are the headings a count in brackets follows
// ("Комментарии (3)", "Comments (12)"): the plural, the form a thread's
// heading takes.
var commentHeadWords = foldedKeys(
	"comments", "responses", "replies", "комментарии", "коментарі", "kommentare", "kommentarer",
	"commentaires", "comentarios", "comentários", "commenti", "comentarii", "reacties",
	"komentarze", "komentáře", "kommentit", "yorumlar", "şərhlər")

// commentPromptLines are the whole lines that ask for a comment: a
// form's head or its button.
var commentPromptLines = foldedKeys(
	"оставьте комментарий", "оставить комментарий", "добавить комментарий", "написать комментарий",
	"залиште коментар", "залишити коментар", "додати коментар", "написати коментар",
	"kommentar schreiben", "schreibe einen kommentar", "kommentar verfassen", "jetzt kommentieren",
	"laisser un commentaire", "ajouter un commentaire", "écrire un commentaire",
	"deja un comentario", "dejar un comentario", "escribe un comentario", "añadir comentario", "añade un comentario",
	"lascia un commento", "scrivi un commento", "deixe um comentário", "deixe seu comentário",
	"plaats een reactie", "laat een reactie achter", "dodaj komentarz", "napisz komentarz", "napište komentář",
	"yorum yap", "yorum yaz", "yorum ekle", "yorumunuzu yazın", "şərh yaz", "şərh yazın", "şərh əlavə et")

// commentPromptEdges rejects most lines before they are looked up in
// commentPromptLines.
var commentPromptEdges = newFoldEdges(commentPromptLines)

// foldedKeys returns the set of words, each folded as lookupKey folds a
// line.
func foldedKeys(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[foldKey(w)] = true
	}
	return m
}

// isCommentLine reports whether line s is a comment count or a comment
// prompt in one of the languages above: a count and a commentCountWords
// word, a commentHeadWords heading and its count in brackets, or a
// commentPromptLines line.
func isCommentLine(s string) bool {
	if len(s) < len("4 yorum") || len(s) > maxCommentLineLen {
		return false
	}
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	if n := leadingDigits(s); n > 0 {
		if n > 6 || n >= len(s) || s[n] != ' ' {
			return false
		}
		_, ok := lookupKey(commentCountWords, s[n+1:])
		return ok
	}
	if s[len(s)-1] == ')' {
		if k := strings.LastIndexByte(s, '('); k > 0 && k+1 < len(s)-1 && leadingDigits(s[k+1:]) == len(s)-k-2 {
			_, ok := lookupKey(commentHeadWords, strings.TrimSpace(s[:k]))
			return ok
		}
	}
	if commentPromptEdges.rejects(s) {
		return false
	}
	_, ok := lookupKey(commentPromptLines, s)
	return ok
}

// leadingDigits returns how many ASCII digits s opens with.
func leadingDigits(s string) int {
	n := 0
	for n < len(s) && isDigit(s[n]) {
		n++
	}
	return n
}
