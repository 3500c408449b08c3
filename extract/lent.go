package extract

import (
	"github.com/newsclean/newsclean/clean"
	"github.com/newsclean/newsclean/internal/cleanlend"
	"github.com/newsclean/newsclean/internal/htmldoc"
)

// The line tests and date-line readers package clean lends extract
// (internal/cleanlend), under extract's names; the dates as clean.Stamps.
var (
	cleanPersonName      = cleanlend.PersonName
	cleanNotPersonWords  = cleanlend.NotPersonWords
	cleanNotAuthorName   = cleanlend.NotAuthorName
	cleanCredential      = cleanlend.Credential
	cleanTeamByline      = cleanlend.TeamByline
	cleanWireAlone       = cleanlend.WireAlone
	cleanSourceCut       = cleanlend.SourceCut
	cleanIsCommentHeader = cleanlend.IsCommentHeader
	cleanIsReplyButton   = cleanlend.IsReplyButton
	cleanCommenterLine   = cleanlend.CommenterLine
	cleanCommentCount    = cleanlend.CommentCount
	cleanSquash          = cleanlend.Squash
	cleanOwnerLabel      = cleanlend.OwnerLabel
	cleanPageTitle       = cleanlend.PageTitle
	cleanTitleInMeta     = cleanlend.TitleInMeta
	cleanTextTitle       = cleanlend.TextTitle
	cleanMemberLine      = cleanlend.MemberLine
	cleanIsUpdate        = cleanlend.IsUpdate
	cleanEventDateLabel  = cleanlend.EventDateLabel
)

func cleanLabelledDate(line string) (clean.Stamp, bool) { return stamped(cleanlend.LabelledDate(line)) }
func cleanPublishedNote(line string) (clean.Stamp, bool) {
	return stamped(cleanlend.PublishedNote(line))
}
func cleanUpdateAfter(line string) (clean.Stamp, bool) { return stamped(cleanlend.UpdateAfter(line)) }
func cleanLabelledUpdate(line string) (clean.Stamp, bool) {
	return stamped(cleanlend.LabelledUpdate(line))
}
func cleanDateAlone(line string) (clean.Stamp, bool)  { return stamped(cleanlend.DateAlone(line)) }
func cleanDateNoYear(line string) (clean.Stamp, bool) { return stamped(cleanlend.DateNoYear(line)) }
func cleanDateStrip(line string) (clean.Stamp, bool)  { return stamped(cleanlend.DateStrip(line)) }
func cleanUpdatedInLine(line string) (clean.Stamp, bool) {
	return stamped(cleanlend.UpdatedInLine(line))
}

func cleanBylineThenDate(line, next string) (clean.Stamp, bool) {
	return stamped(cleanlend.BylineThenDate(line, next))
}

func cleanLabelThenDate(line, next string) (clean.Stamp, bool, bool) {
	st, update, ok := cleanlend.LabelThenDate(line, next)
	return clean.Stamp(st), update, ok
}

// cleanCopyrightOwner is cleanlend.CopyrightOwner with its blocks typed.
func cleanCopyrightOwner(blocks []clean.Block) string { return cleanlend.CopyrightOwner(blocks) }

// cleanThreadStarter is cleanlend.ThreadStarter with its blocks typed.
func cleanThreadStarter(blocks []clean.Block) string { return cleanlend.ThreadStarter(blocks) }

// stamped is a lent reader's answer with its date as a clean.Stamp.
func stamped(st htmldoc.Stamp, ok bool) (clean.Stamp, bool) { return clean.Stamp(st), ok }
