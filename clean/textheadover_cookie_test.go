package clean

import "testing"

// TestCookieOpening checks that a cookie banner's notice is one (its
// words, a full stop inside, an accept button at its end) and that a
// headline opening with the notice's words is none.
func TestCookieOpening(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Aceptar", true},
		{"We use cookies to improve your experience on our site", true},
		{"Wir verwenden Cookies, um Ihnen ein besseres Erlebnis zu bieten OK", true},
		{"We use cookies on this site Accept", true},
		{"We use cookies less than you think, says the regulator", false},
		{"Wir verwenden Cookies seltener, als Leser glauben", false},
		{"We use cookies sparingly, the ombudsman finds", false},
		{"Night ferry returns to the outer islands", false},
	} {
		if got := cookieOpening(c.in); got != c.want {
			t.Errorf("cookieOpening(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestCookieHeadlineOverByline checks that a headline opening "We use
// cookies" over a byline and a shorter line is taken for the title, not
// the shorter line under it.
func TestCookieHeadlineOverByline(t *testing.T) {
	for _, c := range []textCensusCase{
		{lang: "en", head: "We use cookies more sparingly than you think, the regulator says", below: []string{"By Mara Lindqvist", "Survey of 300 local sites"}},
		{lang: "de", head: "Wir verwenden Cookies seltener, als Leser meinen", below: []string{"Von Lena Hartmann", "Umfrage unter 300 Lokalseiten"}},
	} {
		res, err := String(c.page(), nil)
		if err != nil {
			t.Fatal(err)
		}
		if got := titleBlock(res); got != c.head {
			t.Errorf("title %q, want %q", got, c.head)
		}
	}
}
