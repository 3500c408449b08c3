package main

import (
	"fmt"

	"github.com/newsclean/newsclean/internal/cleanlend"
)

// checkURL reports whether raw, the -url flag, can be read as the page's
// address (see cleanlend.CheckURL). Anything else would be used for nothing,
// so it is bad usage rather than a silent no-op.
func checkURL(raw string) error {
	if err := cleanlend.CheckURL(raw); err != nil {
		return fmt.Errorf("-url: %w", err)
	}
	return nil
}
