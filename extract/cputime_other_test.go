//go:build !unix

package extract

import "time"

// cpuTime is 0 where the platform does not say: no CPU figures.
func cpuTime() time.Duration { return 0 }
