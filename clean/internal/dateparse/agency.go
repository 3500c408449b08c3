package dateparse

import (
	"strings"
	"unicode"
)

// titleCase turns a place printed in capitals into title case ("VELIKY
// NOVGOROD" -> "Veliky Novgorod", "NUR-SULTAN" -> "Nur-Sultan"); places
// already in mixed case are returned as printed. A two-letter state after
// a comma ("WASHINGTON, DC") keeps its capitals.
func titleCase(s string) string {
	if s != strings.ToUpper(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	start := true
	for i, r := range s {
		switch {
		case r == ' ' || r == '-':
			start = true
			b.WriteRune(r)
			continue
		case r == ',':
			b.WriteString(s[i:])
			return b.String()
		case start:
			b.WriteRune(unicode.ToTitle(r))
		default:
			b.WriteRune(unicode.ToLower(r))
		}
		start = false
	}
	return b.String()
}

// canonicalAgency spells a credited agency the way the agency spells
// itself. "Combined Sources" and other non-agency credits give "".
func canonicalAgency(s string) string {
	s = strings.TrimSpace(s)
	key := strings.ToUpper(s)
	switch {
	case strings.HasPrefix(key, "INTERFAX"):
		return "Interfax"
	case strings.HasPrefix(key, "ARTSAKHPRESS"):
		return "ARTSAKHPRESS"
	}
	switch key {
	case "TASS":
		return "TASS"
	case "ARKA":
		return "ARKA"
	case "ARMENPRESS", "(ARMEN PRESS)", "(ARMENPRESS)", "ARMEN PRESS":
		return "ARMENPRESS"
	case "AZERTAC", "AZERTAG":
		return "AZERTAC"
	case "TREND", "TREND NEWS AGENCY":
		return "Trend"
	case "MEDIAMAX":
		return "Mediamax"
	case "MNA", "MEHR", "MEHR NEWS AGENCY":
		return "MNA"
	case "TURAN":
		return "Turan"
	case "REPORT", "REPORT.AZ":
		return "Report"
	case "PANARMENIAN", "PANARMENIAN.NET":
		return "PanARMENIAN"
	case "ARMINFO":
		return "ArmInfo"
	case "APA":
		return "APA"
	case "IRNA":
		return "IRNA"
	case "REUTERS":
		return "Reuters"
	case "AP":
		return "AP"
	case "AFP":
		return "AFP"
	case "COMBINED SOURCES", "":
		return ""
	}
	return s
}
