package headline

import (
	"fmt"
	"slices"
	"strings"
)

// DropNamed marks in dropped (indexed as names) each feature that list, a
// comma-separated list of feature names, names: the head trainers' -drop
// flag, for comparing feature sets. A name not in names is an error that
// lists the names there are.
func DropNamed(list string, names []string, dropped []bool) error {
	for _, name := range strings.Split(list, ",") {
		if name = strings.TrimSpace(name); name == "" {
			continue
		}
		i := slices.Index(names, name)
		if i < 0 || i >= len(dropped) {
			return fmt.Errorf("-drop: no feature %q (features: %s)", name, strings.Join(names, ", "))
		}
		dropped[i] = true
	}
	return nil
}
