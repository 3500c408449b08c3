package clean

import "testing"

// A government site's banner lines and a copyright line are title traps;
// headlines that hold the same words are not.
func TestNoticeTrap(t *testing.T) {
	for _, c := range []struct {
		line string
		trap bool
	}{
		{"Here’s how you know", true},
		{"Here's how you know", true},
		{"Secure .gov websites use HTTPS", true},
		{"An official website of the United States government", true},
		{"Content Copyright 2018 - 2019 Jane Doe", true},
		{"All photos © 2024 Harbour Studio", true},
		{"Site design copyright (c) 2021 Example Ltd", true},
		// left alone
		{"Here's how you know your tap water is safe", false},
		{"Official websites use .gov domains, a study of 400 sites finds", false},
		{"Court widens copyright fair use for teachers", false},
		{"The copyright fight over 1990s video games", false},
		{"Harbour board notes 2024", false},
	} {
		if got := isNoticeTrap(c.line); got != c.trap {
			t.Errorf("isNoticeTrap(%q) = %v, want %v", c.line, got, c.trap)
		}
		if c.trap && !isTitleTrap(c.line) {
			t.Errorf("isTitleTrap(%q) = false, want true", c.line)
		}
	}
}
