package clean

// cookieOpening reports whether line s opens a site's notice of its
// cookies ([cookieNotice]: "We use cookies", "Utilizamos cookies",
// "Wir verwenden Cookies"), whatever words follow. headOver never climbs
// to such a line over the line taken: printed above the headline, the
// banner's notice is as long as a headline over a standfirst and reads
// as one ("Utilizamos cookies propias y de terceros para mejorar nuestros
// servicios. Aceptar" over the headline), though its words after the
// opening are none of those [isCookieNotice] asks for. A line without
// "cookie" is turned down before the pattern.
func cookieOpening(s string) bool {
	return len(s) > 12 && mayHoldFoldWord(s, cookieWord) && cookieNotice.MatchString(s)
}
