package clean

import "strings"

// promoLine matches a promotion set under a headline, which is no deck, on
// HTML and on flattened text: an offer's call to action ("Get unlimited
// access for just $1", "Try it free for 30 days", "Unlock every story")
// or a price by the period ("Subscribe for $1 a week", "only €4.99 per
// month"). It runs on the few lines read for a deck, not on every line.
var promoLine = lazyCompile(`(?i)^(?:get|try|unlock|join|claim|grab|upgrade|subscribe|register|donate|become)\b.{0,80}\b(?:access|subscriptions?|trial|offer|discount|membership|member|premium|unlimited|free)\b` +
	`|[$€£]\s?\d+(?:[.,]\d+)?\s?(?:a|an|per|/|pro|par|al|por)\s?(?:day|week|month|year|wk|mo|yr|tag|woche|monat|jahr|jour|semaine|mois|an|día|semana|mes|año)\b`)

// isPromoLine reports whether line s is a promotion (promoLine): an
// offer's verb opens it or a currency sign is in it.
func isPromoLine(s string) bool {
	// three byte searches: ContainsAny reads a set with "€" rune by rune
	currency := strings.IndexByte(s, '$') >= 0 || strings.Contains(s, "€") || strings.Contains(s, "£")
	if s == "" || !currency && !startsFold(s, promoVerbs) {
		return false
	}
	return promoLine.MatchString(s)
}

// promoVerbs are the words promoLine's calls to action open with.
var promoVerbs = []string{"get", "try", "unlock", "join", "claim", "grab", "upgrade", "subscribe", "register", "donate", "become"}
