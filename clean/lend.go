package clean

import (
	"github.com/newsclean/newsclean/internal/cleanlend"
	"github.com/newsclean/newsclean/internal/htmldoc"
)

// init lends package extract, the CLI and the trainers the line tests and
// date-line readers they share with clean, through internal/cleanlend,
// without making them clean's API.
func init() {
	cleanlend.PersonName = isPersonName
	cleanlend.NotPersonWords = notPersonWords
	cleanlend.NotAuthorName = notAuthorName
	cleanlend.Credential = isCredential
	cleanlend.TeamByline = isTeamByline
	cleanlend.WireAlone = wireAlone
	cleanlend.SourceCut = sourceCut
	cleanlend.IsCommentHeader = isCommentHeader
	cleanlend.IsReplyButton = isReplyButton
	cleanlend.CommenterLine = commenterLine
	cleanlend.CommentCount = isCommentCount
	cleanlend.Squash = squash
	cleanlend.OwnerLabel = ownerLabel
	cleanlend.PageTitle = pageTitle
	cleanlend.TitleInMeta = titleInMeta
	cleanlend.TextTitle = textTitle
	cleanlend.LabelledDate = lendStamp(labelledDate)
	cleanlend.PublishedNote = lendStamp(publishedNote)
	cleanlend.UpdateAfter = lendStamp(updateAfterLabelled)
	cleanlend.LabelledUpdate = lendStamp(labelledUpdate)
	cleanlend.BylineThenDate = lendStamp2(bylineThenDate)
	cleanlend.DateAlone = lendStamp(dateAloneLine)
	cleanlend.DateNoYear = lendStamp(dateNoYear)
	cleanlend.DateStrip = lendStamp(dateStrip)
	cleanlend.UpdatedInLine = lendStamp(updatedInLine)
	cleanlend.MemberLine = memberLine
	cleanlend.EventDateLabel = eventDateLabel
	cleanlend.IsUpdate = isUpdateLine
	cleanlend.LabelThenDate = func(line, next string) (htmldoc.Stamp, bool, bool) {
		st, update, ok := labelThenDate(line, next)
		return htmldoc.Stamp(st), update, ok
	}
	cleanlend.CheckURL = checkURL
	cleanlend.CopyrightOwner = func(blocks any) string {
		b, _ := blocks.([]Block)
		return copyrightOwner(b)
	}
	cleanlend.ThreadStarter = func(blocks any) string {
		b, _ := blocks.([]Block)
		_, name := threadStarter(b)
		return name
	}
}

// lendStamp is a line's date reader with its Stamp as htmldoc's.
func lendStamp(f func(string) (Stamp, bool)) func(string) (htmldoc.Stamp, bool) {
	return func(line string) (htmldoc.Stamp, bool) {
		st, ok := f(line)
		return htmldoc.Stamp(st), ok
	}
}

// lendStamp2 is lendStamp for a reader of two lines.
func lendStamp2(f func(string, string) (Stamp, bool)) func(string, string) (htmldoc.Stamp, bool) {
	return func(line, next string) (htmldoc.Stamp, bool) {
		st, ok := f(line, next)
		return htmldoc.Stamp(st), ok
	}
}
