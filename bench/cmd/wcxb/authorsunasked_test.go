package main

import (
	"testing"

	"github.com/newsclean/newsclean/bench/internal/systems"
	"github.com/newsclean/newsclean/internal/wcxb"
)

// TestUnasked: a page whose gold names no author counts under its type
// when the system gives one; a page with a gold author, or given none,
// does not.
func TestUnasked(t *testing.T) {
	pages := []*wcxb.Page{
		{Type: wcxb.Article, Author: ""},
		{Type: wcxb.Article, Author: "Jane Doe"},
		{Type: wcxb.Product, Author: ""},
		{Type: wcxb.Product, Author: ""},
	}
	outs := []systems.Output{{Authors: []string{"Acme"}}, {Authors: []string{"Jane Doe"}}, {Authors: []string{"Acme"}}, {}}
	rw := &row{runner: runner{name: "sys", gives: systems.AllFields}, outs: outs}
	want := " article 1 forum 0 product 1 collection 0 listing 0 documentation 0 service 0"
	if got := unasked(rw, pages); got != want {
		t.Errorf("unasked = %q, want %q", got, want)
	}
}
