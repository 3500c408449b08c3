package normalize

import "bytes"

// This file decides whether a name that is also a football club's name
// (Qarabağ) stands for the club: the region's spelling is rewritten, the
// club's name is not.

// isFootball reports whether the match m in t names a football club: it is
// followed by a result ("Qarabag beat Ajax", "Qarabag won", "Qarabag 2-1")
// or preceded by a score ("Ajax 0-2 Qarabag"), or its sentence has a
// football word (match, league, UEFA, goal, coach, striker, stadium, fans,
// season...). A sentence ends at . ! ? ; or the end of the line.
func isFootball(t []byte, m match) bool {
	if w := nextWord(t, m.end); isResultVerb(w) || isScore(w) {
		return true
	}
	if isScore(prevWord(t, m.start)) {
		return true
	}
	start := m.start
	for start > 0 && !isSentenceEnd(t[start-1]) {
		start--
	}
	end := m.end
	for end < len(t) && !isSentenceEnd(t[end]) {
		end++
	}
	var w [16]byte
	wl := 0
	for i := start; i <= end; i++ {
		if i < end && isASCIILetter(t[i]) {
			if wl < len(w) {
				w[wl] = t[i] | 0x20
			}
			wl++
			continue
		}
		if wl > 0 && wl <= len(w) && isFootballWord(w[:wl]) {
			return true
		}
		wl = 0
	}
	return false
}

func isSentenceEnd(b byte) bool {
	switch b {
	case '.', '!', '?', ';', '\n':
		return true
	}
	return false
}

func isASCIILetter(b byte) bool { return b|0x20 >= 'a' && b|0x20 <= 'z' }

// nextWord returns the word (letters, digits and hyphens) after one space
// at i, or nil.
func nextWord(t []byte, i int) []byte {
	if i >= len(t) || t[i] != ' ' {
		return nil
	}
	i++
	j := i
	for j < len(t) && (isASCIILetter(t[j]) || t[j] == '-' || ('0' <= t[j] && t[j] <= '9')) {
		j++
	}
	return t[i:j]
}

// prevWord returns the word (letters, digits and hyphens) before one space
// ending at i, or nil.
func prevWord(t []byte, i int) []byte {
	if i < 1 || t[i-1] != ' ' {
		return nil
	}
	i--
	j := i
	for j > 0 && (isASCIILetter(t[j-1]) || t[j-1] == '-' || ('0' <= t[j-1] && t[j-1] <= '9')) {
		j--
	}
	return t[j:i]
}

// isScore reports whether w is a score such as 2-1.
func isScore(w []byte) bool {
	a, b, ok := bytes.Cut(w, []byte("-"))
	return ok && isDigits(a) && isDigits(b) && len(a) <= 2 && len(b) <= 2
}

func isDigits(b []byte) bool {
	for _, c := range b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return len(b) > 0
}

// isResultVerb reports whether w is a verb of a match's result, right after
// the club's name.
func isResultVerb(w []byte) bool {
	switch string(bytes.ToLower(w)) {
	case "beat", "beats", "won", "wins", "lost", "loses", "drew", "draws",
		"defeated", "thrashed", "edged", "eliminated":
		return true
	}
	return false
}

// isFootballWord reports whether w (lower case) is a word of football
// reports that political copy about the region does not use.
func isFootballWord(w []byte) bool {
	switch string(w) {
	case "match", "matches", "league", "uefa", "champions", "europa",
		"goal", "goals", "goalkeeper", "coach", "striker", "midfielder",
		"defender", "stadium", "fans", "season", "football", "footballer",
		"fc", "fk", "squad", "penalty", "referee", "playoff", "fixture",
		"derby", "cup":
		return true
	}
	return false
}
