package clean

import (
	"strings"
	"sync"
)

// Comment counts and comment prompts in languages besides English, each a
// line of its own: a count of the readers' comments ("3 комментария", "5
// Kommentare", "4 yorum", "Комментарии (3)") and a button or form head
// that asks for one ("Yorum yap", "Оставьте комментарий"). The English
// ones are whole lines of words/phrases.txt and the "N comments" pattern
// of phrasePatterns; these are their counterparts. A comment word alone
// ("Kommentar", "Yorum", "Комментарий") is left: it is also a rubric, the
// opinion column's name.

// The sets' keys are written as lookupKey folds a line (lower case, one
// space between words), TestCommentKeysFolded checks it; written out, not
// folded, and built on first use, they cost the start-up nothing.

// maxCommentLineLen is the longest comment count or prompt read, in bytes.
const maxCommentLineLen = 64

// commentCountWords are the words a count of comments is printed with
// ("3 комментария"), in every plural form the count takes: Russian,
// Ukrainian, German, the Scandinavian languages, French, Spanish,
// Portuguese, Italian, Romanian, Dutch, Polish, Czech, Finnish, Turkish,
// Azerbaijani.
var commentCountWords = sync.OnceValue(func() map[string]bool {
	return map[string]bool{
		"комментарий": true, "комментария": true, "комментариев": true, "коментар": true,
		"коментарі": true, "коментарів": true, "kommentar": true, "kommentare": true, "kommentarer": true,
		"commentaire": true, "commentaires": true, "comentario": true, "comentarios": true,
		"comentário": true, "comentários": true, "commento": true, "commenti": true, "comentariu": true,
		"comentarii": true, "reactie": true, "reacties": true, "komentarz": true, "komentarze": true,
		"komentarzy": true, "komentář": true, "komentáře": true, "komentářů": true, "kommentti": true,
		"kommenttia": true, "yorum": true, "şərh": true,
	}
})

// commentHeadWords are the headings a count in brackets follows
// ("Комментарии (3)", "Comments (12)"): the plural, the form a thread's
// heading takes.
var commentHeadWords = sync.OnceValue(func() map[string]bool {
	return map[string]bool{
		"comments": true, "responses": true, "replies": true, "комментарии": true, "коментарі": true,
		"kommentare": true, "kommentarer": true, "commentaires": true, "comentarios": true,
		"comentários": true, "commenti": true, "comentarii": true, "reacties": true, "komentarze": true,
		"komentáře": true, "kommentit": true, "yorumlar": true, "şərhlər": true,
	}
})

// commentPromptLines are the whole lines that ask for a comment: a
// form's head or its button.
var commentPromptLines = sync.OnceValue(func() map[string]bool {
	return map[string]bool{
		"оставьте комментарий": true, "оставить комментарий": true, "добавить комментарий": true,
		"написать комментарий": true, "залиште коментар": true, "залишити коментар": true,
		"додати коментар": true, "написати коментар": true, "kommentar schreiben": true,
		"schreibe einen kommentar": true, "kommentar verfassen": true, "jetzt kommentieren": true,
		"laisser un commentaire": true, "ajouter un commentaire": true, "écrire un commentaire": true,
		"deja un comentario": true, "dejar un comentario": true, "escribe un comentario": true,
		"añadir comentario": true, "añade un comentario": true, "lascia un commento": true,
		"scrivi un commento": true, "deixe um comentário": true, "deixe seu comentário": true,
		"plaats een reactie": true, "laat een reactie achter": true, "dodaj komentarz": true,
		"napisz komentarz": true, "napište komentář": true, "yorum yap": true, "yorum yaz": true,
		"yorum ekle": true, "yorumunuzu yazın": true, "şərh yaz": true, "şərh yazın": true,
		"şərh əlavə et": true,
		// the note under a comment form's address field
		"tu dirección de correo electrónico no será publicada.": true, "il tuo indirizzo email non sarà pubblicato.": true,
		"votre adresse e-mail ne sera pas publiée.": true, "o seu endereço de email não será publicado.": true,
		"seu endereço de e-mail não será publicado.": true, "je e-mailadres wordt niet gepubliceerd.": true,
		"deine e-mail-adresse wird nicht veröffentlicht.": true, "ihre e-mail-adresse wird nicht veröffentlicht.": true,
		"twój adres e-mail nie zostanie opublikowany.": true, "e-posta adresiniz yayınlanmayacak.": true,
		"ваш адрес email не будет опубликован.":        true,
		"alamat email anda tidak akan dipublikasikan.": true,
	}
})

// commentPromptEdges rejects most lines before they are looked up in
// commentPromptLines.
var commentPromptEdges = sync.OnceValue(func() *foldEdges { return newFoldEdges(commentPromptLines()) })

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
		_, ok := lookupKey(commentCountWords(), s[n+1:])
		return ok
	}
	if s[len(s)-1] == ')' {
		if k := strings.LastIndexByte(s, '('); k > 0 && k+1 < len(s)-1 && leadingDigits(s[k+1:]) == len(s)-k-2 {
			_, ok := lookupKey(commentHeadWords(), strings.TrimSpace(s[:k]))
			return ok
		}
	}
	if commentPromptEdges().rejects(s) {
		return false
	}
	_, ok := lookupKey(commentPromptLines(), s)
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
