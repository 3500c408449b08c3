//go:build !unix

package scaling

import "time"

// CPUTime is 0 where the platform does not say: no CPU figures.
func CPUTime() time.Duration { return 0 }
