package clean

import (
	"github.com/newsclean/newsclean/clean/internal/dateparse"
	"github.com/newsclean/newsclean/internal/cleanlend"
)

// init lends package extract, the CLI and the trainers the line tests and
// date-line readers they share with clean, through internal/cleanlend,
// without making them clean's API.
func init() {
	cleanlend.PersonName = isPersonName
	cleanlend.NotPersonWords = notPersonWords
	cleanlend.KnownPlace = placeAfterComma
	cleanlend.NotAuthorName = notAuthorName
	cleanlend.Credential = isCredential
	cleanlend.JobTitle = jobTitle
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
	cleanlend.LabelledDate = labelledDateIn
	cleanlend.PublishedNote = publishedNoteIn
	cleanlend.UpdateAfter = updateAfterLabelled
	cleanlend.LabelledUpdate = labelledUpdate
	cleanlend.BylineThenDate = bylineThenDate
	cleanlend.DateAlone = func(line, tag string) (Stamp, bool) { return dateAloneLineIn(line, dateparse.LangOf(tag)) }
	cleanlend.DateNoYear = dateNoYear
	cleanlend.DateNoYearClock = dateparse.MonthDayClockLine
	cleanlend.LeadWeekday = dateparse.LeadWeekday
	cleanlend.DateStrip = dateStrip
	cleanlend.UpdatedInLine = updatedInLineIn
	cleanlend.MemberLine = memberLine
	cleanlend.EventDateLabel = eventDateLabel
	cleanlend.IsUpdate = isUpdateLine
	cleanlend.LabelThenDate = labelThenDate
	cleanlend.CheckURL = checkURL
	cleanlend.MonthName = dateparse.AnyMonth
	cleanlend.WeekdayName = dateparse.AnyWeekday
	cleanlend.TextDateLang = func(blocks any) string {
		b, _ := blocks.([]Block)
		return textDateTag(b)
	}
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
