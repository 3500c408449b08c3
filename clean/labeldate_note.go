package clean

import (
	"strings"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
)

// publishedNote returns the date a note, mostly at a story's foot, gives
// as the story's first publication ("This article was originally
// published on March 5, 2025.", "Story first published: ...", "Article
// publié le ...", "Erstveröffentlichung: ..."): a short line that opens,
// past marks such as "(" or "*", with one of publishedNoteOpeners (case
// folded), a full date within maxNoteWords words after it. The labels
// dateLabel knows ("First published on ...") are labelledDate's; a note
// that names an update before its date gives none. Package extract takes
// it, on text, where it takes labelledDate's.
func publishedNote(line string) (Stamp, bool) { return publishedNoteLang(line, dateparse.NoLang) }

// publishedNoteLang is publishedNote on a page in language lang: a month's
// name that clashes ("listopada") is read as lang reads it, the note's
// date read again in it only for a clashing month (findDateAfterLang).
func publishedNoteLang(line string, lang dateparse.Lang) (Stamp, bool) {
	if len(line) > maxDateLine || !digitByteIn(line) {
		return Stamp{}, false
	}
	s := strings.TrimLeft(line, "(*_[—–-· \t")
	for _, o := range publishedNoteOpeners {
		if len(s) < len(o) || !strings.EqualFold(s[:len(o)], o) {
			continue
		}
		rest := s[len(o):]
		st, pos, ok := findDateAfterLang(rest, maxNoteWords, lang)
		if !ok || st.Year == 0 || st.Day == 0 || isUpdate(rest[:pos]) {
			return Stamp{}, false
		}
		return st, true
	}
	return Stamp{}, false
}

// maxNoteWords is how many words may stand between a publication note's
// opening words and its date ("in The Harbour Gazette on").
const maxNoteWords = 6

// publishedNoteOpeners are the opening words of notes that give a story's
// first publication, in the languages pages come in.
var publishedNoteOpeners = [...]string{
	"this article was originally published", "this article was first published",
	"this story was originally published", "this story was first published",
	"this post was originally published", "this post was first published",
	"this piece was originally published", "this piece was first published",
	"story first published", "article first published", "story originally published",
	"article originally published", "story published",
	"cet article a été publié", "article publié", "article initialement publié", "publié initialement",
	"erstveröffentlichung", "zuerst veröffentlicht", "erstmals veröffentlicht", "ursprünglich veröffentlicht",
	"artículo publicado", "publicado por primera vez", "artigo publicado",
	"articolo pubblicato", "pubblicato originariamente", "oorspronkelijk gepubliceerd",
	"впервые опубликовано", "первоначально опубликовано", "статья опубликована",
	"вперше опубліковано", "ilk yayın tarihi", "ilk yayınlanma",
}
