package clean

import "testing"

func TestWithoutSite(t *testing.T) {
	for _, c := range []struct{ in, site, host, want string }{
		{"Library reopens after repairs | Example Media", "Example Media", "", "Library reopens after repairs"},
		{"Library reopens after repairs - Example Media", "Example Media", "", "Library reopens after repairs"},
		{"Example Media: Library reopens after repairs", "Example Media", "", "Library reopens after repairs"},
		{"Library reopens after repairs – Fastarz", "", "fastarz.com", "Library reopens after repairs"},
		{"How meditation rewires brains and improves physical health | Opinion", "", "", "How meditation rewires brains and improves physical health"},
		// Two parts go; a short capitalised part after a dash reads as a
		// brand's or a tagline's, as "- Top Picks" here.
		{"Best Yoga Mats - Top Picks | Example Media", "Example Media", "", "Best Yoga Mats"},
		// Left alone: a dash inside a headline, a title that is all site.
		{"Armenia and Azerbaijan agree on border commission - talks to resume in spring", "", "", "Armenia and Azerbaijan agree on border commission - talks to resume in spring"},
		{"Example Media", "Example Media", "", "Example Media"},
		// The site's name, then its domain, then the headline; a long part
		// that opens with the domain's name is no site name.
		{"Harbour! Post | HarbourPost.com - The Five Best Ferries of the Year (So Far)", "", "harbourpost.com", "The Five Best Ferries of the Year (So Far)"},
	} {
		if got := withoutSite(c.in, c.site, c.host); got != c.want {
			t.Errorf("withoutSite(%q, %q, %q) = %q, want %q", c.in, c.site, c.host, got, c.want)
		}
	}
}

func TestTitleTrap(t *testing.T) {
	for _, s := range []string{
		"Skip to Content Facebook Feature Image", "Accessibility links", "von Laura Eßlinger",
		"Kopiere den aktuellen Link", "02/02/2025 KL. 09:00", "Storm closes schools - 6 mins ago", "Share this article",
		"By Jane Doe", "Mar 3, 2024|Last updated on Mar 4, 2024|5 min read",
		"Posted on June 2, 2021November 3, 2022", "Updated on May 4, 2025 at 10:35 PM", "Fact Checked by: Ana Lind",
		"You are here: Home / Blog / Library reopens after repairs",
		"Subscribe to Harbour Post - News, Events, & Sports",
		"by: Ana Lind, Dec 17, 2025", "Authors:Ana Lind, Ben Roe", "DATE: 2025-12-12 - 2025-12-17", "13 min read",
		"Copyright © 2019 Ana Lind", "https://www.example.gov/library/reopening", "Visit: https://example.com/apps/155",
		"Published in Design, Layout & Typography", "Event Management >", "All harbour guides ›", "Read the full report →",
		"Jane Doe | Senior Writer | July 2, 2025", "Publication date: 4 March 2025", "Publié le 4 mars 2025 à 10h15",
	} {
		if !isTitleTrap(s) {
			t.Errorf("%q is not a trap", s)
		}
	}
	for _, s := range []string{
		"Share prices fall as markets open", "Menu prices rise in Yerevan cafés after new tax",
		"Eskalation im Nahen Osten: Israel greift erneut an", "Library reopens after repairs",
		"March 3, 2024: the day the library reopened its doors to all readers",
		"Posters on buses anger riders", "Updates to the tax code explained",
		"Ferry Wrap-Up 12/19/2025", "Byways of the old town reopen", "Dated buses leave the depot", "Reading lists for a quiet winter",
		"Ferries > buses: why the port wins", "Harbour » the old town",
		"Ferry timetable – March 4, 2025", "Harbour news | Ferries resume on March 4, 2025", "Harbour board notes | 18.12.2025",
	} {
		if isTitleTrap(s) {
			t.Errorf("%q is a trap", s)
		}
	}
}

func TestPageTitle(t *testing.T) {
	for _, c := range []struct{ in, site, host, want string }{
		{"Library reopens after repairs – Harbour Post", "Harbour Post", "harbourpost.example", "Library reopens after repairs"},
		{"Library reopens after repairs | Opinion", "Harbour Post", "harbourpost.example", "Library reopens after repairs"},
		{"Tools for 2026: Python, SQL &#x26; AI", "", "", "Tools for 2026: Python, SQL & AI"},
		{"Library reopens – Harbour Post", "Harbour Post", "", "Library reopens – Harbour Post"},
		{"Library reopens after repairs - Part 1", "Harbour Post", "", "Library reopens after repairs - Part 1"},
	} {
		if got := pageTitle(c.in, c.site, c.host); got != c.want {
			t.Errorf("pageTitle(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestTitleInMeta(t *testing.T) {
	m := &Meta{OGTitle: "Preparing a transition in the port | Harbour Post", SiteName: "Harbour Post"}
	for _, c := range []struct{ in, want string }{
		{"Dec 18 2025 Preparing a transition in the port", "Preparing a transition in the port"},
		{"Preparing a transition in the port / Dec 2025", "Preparing a transition in the port"},
		{"Blog: Preparing a transition in the port", "Preparing a transition in the port"},
		{"Preparing a transition in the port (harbourpost.example) 87", "Preparing a transition in the port"},
		{"Preparing a transition in the port (news.harbour-post.example)", "Preparing a transition in the port"},
		// Left alone: a year that belongs to the headline, other words.
		{"2025 Preparing a transition in the port", "2025 Preparing a transition in the port"},
		{"Preparing a transition in the port, step by step", "Preparing a transition in the port, step by step"},
		{"Preparing a transition in the port", "Preparing a transition in the port"},
		{"Preparing a transition in the port (Part 2)", "Preparing a transition in the port (Part 2)"},
		{"Preparing a transition in the port (harbourpost.example) and more", "Preparing a transition in the port (harbourpost.example) and more"},
		{"(harbourpost.example) Preparing a transition in the port", "(harbourpost.example) Preparing a transition in the port"},
	} {
		if got := titleInMeta(c.in, m, "harbourpost.example"); got != c.want {
			t.Errorf("titleInMeta(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestTextTitle(t *testing.T) {
	for _, c := range []struct{ in, host, want string }{
		{"AoAH Day 15: Porting a parser / Dec 2025", "", "AoAH Day 15: Porting a parser"},
		{"Weekly harbour notes | 18.12.2025", "", "Weekly harbour notes"},
		{"Library reopens after repairs – Harbour Post", "harbourpost.example", "Library reopens after repairs"},
		// Left alone: a year alone, a short headline, other words.
		{"Best harbour walks - 2025", "", "Best harbour walks - 2025"},
		{"Notes / Dec 2025", "", "Notes / Dec 2025"},
		{"Library reopens after repairs - Part 1", "", "Library reopens after repairs - Part 1"},
	} {
		if got := textTitle(c.in, c.host); got != c.want {
			t.Errorf("textTitle(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestSourceAndCount checks the aggregator's tag after a headline: the
// domain in brackets, alone or with a count, and nothing else.
func TestSourceAndCount(t *testing.T) {
	for s, want := range map[string]bool{
		"(harbourpost.example)":          true,
		"(news.harbour-post.example) 87": true,
		"harbourpost.example) 87":        false, // no opening bracket
		"(harbourpost.example 87":        false, // no closing bracket
		"(Part 2)":                       false,
		"(harbourpost.example) more":     false,
		"(.example)":                     false,
	} {
		if got := sourceAndCount(s); got != want {
			t.Errorf("sourceAndCount(%q) = %v, want %v", s, got, want)
		}
	}
}
