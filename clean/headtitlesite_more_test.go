package clean

import "testing"

// withoutSite takes off a newsletter's byline after the headline and a
// public body's long name whose initials are the domain's label, and
// leaves alone tails that only look like them.
func TestWithoutSiteBylineAndInitials(t *testing.T) {
	for _, c := range []struct{ title, host, want string }{
		{"Why models drift - by Ann Marie Lee", "annlee.example.com", "Why models drift"},
		{"Rates held for a third month – by Tom Okafor", "news.example", "Rates held for a third month"},
		{"Soil moisture outlook - Economic Research Service", "www.ers.example.gov", "Soil moisture outlook"},
		{"Track inspections this winter - Office of Rail Safety", "ors.example", "Track inspections this winter"},
		// left alone: no byline, a lower-case name, no initials of the domain
		{"Crime in the city - by the Numbers", "news.example", "Crime in the city - by the Numbers"},
		{"Streets renamed - by Popular Demand of Residents", "news.example", "Streets renamed - by Popular Demand of Residents"},
		{"Soil moisture outlook - Early Risk Signals Stay High", "weather.example", "Soil moisture outlook - Early Risk Signals Stay High"},
		{"Budget talks stall - Government Opens Vote", "city.example.gov", "Budget talks stall - Government Opens Vote"},
	} {
		if got := withoutSite(c.title, "", c.host); got != c.want {
			t.Errorf("withoutSite(%q, %q) = %q, want %q", c.title, c.host, got, c.want)
		}
	}
}
