package extract_test

import (
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// On a forum thread's flattened text the poster's card under the thread's
// title ("Joined: ...", "Posts: ...") is neither the headline nor the
// publish date: the date is the post's where the page prints one, else
// none. A headline that opens with "Joined" stays the headline.
func TestTextForumCard(t *testing.T) {
	const post = "One of the two disks in my mirror started throwing read errors last night. The array is still up but degraded, and I would like to swap the disk without losing anything.\n" +
		"What is the safest order of steps here? Do I need to fail the disk by hand before pulling it, or will the controller notice by itself?\n"
	const title = "Replacing a failing drive in a RAID 1 array"
	for _, c := range []struct {
		name, head, title, published string
	}{
		{"card alone", title + "\nkestrel42\nJoined: Mon Jan 02, 2017 3:10 pm\nPosts: 1184\n", title, ""},
		{"card over the post's date", title + "\nkestrel42\nMember since March 2017\nJoined: 02 Jan 2017\nPosts: 1184\nPosted: 12 Mar 2024\n", title, "2024-03-12"},
		{"post byline over the card", title + "\nPostby kestrel42 » Tue Mar 12, 2024 9:14 pm\nJoined: Mon Jan 02, 2017 3:10 pm\nPosts: 1184\n", title, "2024-03-12"},
		{"card under the title", title + "\nJoined: Jan 02, 2017\nPosts: 1,184\nLocation: Leeds\n", title, ""},
		{"leave alone: a headline that opens with Joined", "Joined forces: two villages rebuild their bridge\nMarch 12, 2024\n", "Joined forces: two villages rebuild their bridge", "2024-03-12"},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := extract.String("Forum index\nBoard index » Hardware » Storage\n"+c.head+post, nil)
			if err != nil {
				t.Fatal(err)
			}
			if got := a.Published[:min(10, len(a.Published))]; a.Title != c.title || got != c.published {
				t.Errorf("title %q, published %q; want %q, %q", a.Title, a.Published, c.title, c.published)
			}
		})
	}
}
