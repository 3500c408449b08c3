package extract_test

import (
	"slices"
	"testing"
)

// TestCommentPanelOwnClasses: a panel of readers' comments inside the
// story's <article> signs no byline of the story's, but the story's
// <article> naming its comments ("post has-comments", a theme's class of
// a post readers commented on) does not make the author box or the post's
// footer under the story a comment.
func TestCommentPanelOwnClasses(t *testing.T) {
	card := `<footer class="entry-footer"><div class="author-info"><h4 class="author-title">Author</h4><p class="author-name">Rosalind Quayle</p></div></footer>`
	posted := `<footer class="post-footer"><p>Posted by Rosalind Quayle at 8:00 AM</p></footer>`
	comments := `<section class="comments-area"><h3>2 thoughts on this post</h3><div class="comment-body"><footer class="comment-meta"><p>Posted by Percival Nash at 9:12 AM</p></footer><p>Good news for the island at last.</p></div></section>`
	const commented = "post type-post status-publish has-comments"
	for _, c := range []struct {
		name, articleClass, tail string
		want                     []string
	}{
		{"author card, a post with comments", commented, card, []string{"Rosalind Quayle"}},
		{"post footer, a post with comments", commented, posted, []string{"Rosalind Quayle"}},
		{"post footer, a plain post", "post type-post", posted, []string{"Rosalind Quayle"}},
		{"comments' panel in the post", "post type-post", comments, nil},
		{"comments' panel in a post with comments", commented, comments, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := panelPageAuthors(t, c.articleClass, c.tail); !slices.Equal(got, c.want) {
				t.Errorf("authors %q, want %q", got, c.want)
			}
		})
	}
}
