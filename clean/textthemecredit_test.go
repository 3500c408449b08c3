package clean

import "testing"

// TestIsThemeCredit: a footer's credit of the site's engine or theme, in
// English and the languages WordPress prints it in, alone or beside the
// footer's © line, is one; a story's sentence that opens alike, a line
// with a part that credits nothing, and a credit past the word limit are
// none.
func TestIsThemeCredit(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Powered by WordPress", true},
		{"2026 © Coast Notes | Powered by Harbour.blog", true},
		{"All rights reserved | Theme: Harbour by Tidewater Studio", true},
		{"Powered by Volunteers", false}, // a subheading: a lone credit names an engine or a theme
		{"Built by Hand", false},
		// An engine the word list does not name, by the shape of its name.
		{"Proudly powered by Newspack by Automattic", true},
		{"Powered by Hugo", true},
		{"Powered by Substack", true},
		{"Powered by GeneratePress", true},
		{"Powered by Tidewater.io", true},
		{"Powered by Local Volunteers", false},
		{"Powered by Neighbours", false},
		{"Powered by the Sun", false},
		{"Powered by Hugo, the new site loads in a second", false},
		{"Designed by Northgate Architects", false}, // a caption
		{"Proudly powered by WordPress | Theme: Harbour by Tidewater Studio.", true},
		{"Copyright © 2026 Coast Notes | Powered by Harbour.blog", true},
		{"© 2026 Valley Ledger. All rights reserved. | Theme by Brightline Themes", true},
		{"Theme: Littoral by Atelier Maree", true},
		{"Fièrement propulsé par WordPress", true},
		{"Thème : Littoral par Atelier Marée", true},
		{"Funciona con WordPress | Tema: Costa por Estudio Faro", true},
		{"Stolz präsentiert von WordPress", true},
		{"Designed by Northgate Web · Powered by Ghost", true},
		{"Powered by two diesel engines, the new ferry can carry 300 passengers.", false},
		{"Powered by WordPress, the blog grew to 10,000 readers a month", false},
		{"Theme: the island's fishing history and its boats", false},
		{"Site by Northgate Web | Call us on 0800 123 456", false},
		{"The theme of the festival was chosen by the island's schools.", false},
		{"Powered by WordPress | Theme: Harbour by Tidewater Studio | Site by Northgate Web | Theme: Harbour by Tidewater Studio | Powered by Ghost | Designed by Northgate Web", false}, // 24 words
		{"", false},
		{"Theme:", false},
	} {
		if got := isThemeCredit(c.line, wordCount(c.line)); got != c.want {
			t.Errorf("isThemeCredit(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}
