package extract

import (
	"github.com/newsclean/newsclean/clean"
	"github.com/newsclean/newsclean/internal/cleanlend"
)

// The line tests and date-line readers package clean lends extract
// (internal/cleanlend), under extract's names.
var (
	cleanPersonName      = cleanlend.PersonName
	cleanNotPersonWords  = cleanlend.NotPersonWords
	cleanKnownPlace      = cleanlend.KnownPlace
	cleanNotAuthorName   = cleanlend.NotAuthorName
	cleanCredential      = cleanlend.Credential
	cleanJobTitle        = cleanlend.JobTitle
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
	cleanLabelledDate    = cleanlend.LabelledDate
	cleanPublishedNote   = cleanlend.PublishedNote
	cleanUpdateAfter     = cleanlend.UpdateAfter
	cleanLabelledUpdate  = cleanlend.LabelledUpdate
	cleanDateAlone       = cleanlend.DateAlone
	cleanDateNoYear      = cleanlend.DateNoYear
	cleanDateNoYearClock = cleanlend.DateNoYearClock
	cleanLeadWeekday     = cleanlend.LeadWeekday
	cleanDateStrip       = cleanlend.DateStrip
	cleanUpdatedInLine   = cleanlend.UpdatedInLine
	cleanBylineThenDate  = cleanlend.BylineThenDate
	cleanLabelThenDate   = cleanlend.LabelThenDate
	cleanMonthName       = cleanlend.MonthName
	cleanWeekdayName     = cleanlend.WeekdayName
)

// cleanTextDateLang is cleanlend.TextDateLang with its blocks typed.
func cleanTextDateLang(blocks []clean.Block) string { return cleanlend.TextDateLang(blocks) }

// cleanCopyrightOwner is cleanlend.CopyrightOwner with its blocks typed.
func cleanCopyrightOwner(blocks []clean.Block) string { return cleanlend.CopyrightOwner(blocks) }

// cleanThreadStarter is cleanlend.ThreadStarter with its blocks typed.
func cleanThreadStarter(blocks []clean.Block) string { return cleanlend.ThreadStarter(blocks) }
