package clean

import "testing"

// TestUnglueRoleAfter checks that a role in sentence case or in title
// case glued to a byline's last name is cut off it, and that names with a capital inside
// ("McDonald", "DeLuca", "MacKenzie"), a word opening in lower case
// ("iPhone"), a glued word with no role after it and a role in capitals
// are left as they are.
func TestUnglueRoleAfter(t *testing.T) {
	for _, c := range []struct{ names, text, want string }{
		{"Paolo SerraTransport", "By Paolo SerraTransport correspondent", "Paolo Serra"},
		{"Ines MoreauTransport", "Ines MoreauTransport reporter", "Ines Moreau"},
		{"Ines MoreauSenior", "By Ines MoreauSenior political reporter", "Ines Moreau"},
		{"Jane McDonald", "By Jane McDonald reporter", "Jane McDonald"},
		{"Luca DeLuca", "By Luca DeLuca correspondent", "Luca DeLuca"},
		{"Anna MacKenzie", "By Anna MacKenzie editor", "Anna MacKenzie"},
		{"Anna Reed", "By Anna Reed iPhone reporter", "Anna Reed"},
		{"Paolo SerraTransport", "By Paolo SerraTransport March 3", "Paolo SerraTransport"},
		{"Paolo SerraTransport", "By Paolo SerraTransport and rail buffs", "Paolo SerraTransport"},
		{"Paolo SerraTransport", "By Paolo SerraTransport the head", "Paolo SerraTransport"},
		{"Dana WhitfieldSenior Health", "Dana WhitfieldSenior Health Reporter", "Dana Whitfield"},
		{"Paolo SerraTransport", "By Paolo SerraTransport Correspondent", "Paolo Serra"},
		{"Paolo SerraTransport", "By Paolo SerraTransport and Rail Correspondent", "Paolo SerraTransport"},
		{"Paolo SerraHarbour", "By Paolo SerraHarbour Times", "Paolo SerraHarbour"},
		{"Paolo SerraTransport", "By Paolo SerraTransport Head", "Paolo SerraTransport"},
	} {
		if got := unglueRoleAfter(c.names, c.text); got != c.want {
			t.Errorf("unglueRoleAfter(%q, %q) = %q, want %q", c.names, c.text, got, c.want)
		}
	}
}
