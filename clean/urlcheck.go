package clean

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
)

// checkURL reports whether raw, a page's address as given in
// [Options.URL], can be read: parsed as the outlet rules parse it (an
// address without its scheme is taken as http), it has a host; a path
// alone ("/2024/01/18/x") is taken too, since the date in it is read. An
// empty raw is fine (no address). Anything else would be used for nothing:
// the CLI refuses it, and [Text] and [HTML] clean the page with a "bad-url"
// warning.
func checkURL(raw string) error {
	if raw == "" {
		return nil
	}
	bad := func(err error) error {
		return fmt.Errorf("URL %q: %w; want the page's address, such as https://tass.com/world/1265855 (the scheme may be left out)", raw, err)
	}
	if _, err := url.Parse(raw); err != nil {
		return bad(unwrapURLError(err))
	}
	if strings.HasPrefix(raw, "/") && !strings.HasPrefix(raw, "//") {
		return nil
	}
	full := raw
	if !strings.Contains(full, "://") {
		full = "http://" + full
	}
	u, err := url.Parse(full)
	if err != nil {
		return bad(unwrapURLError(err))
	}
	if u.Hostname() == "" {
		return bad(errors.New("no host"))
	}
	return nil
}

// unwrapURLError drops url.Error's repetition of the operation and the
// address, which checkURL's message names already.
func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}
