//go:build unix

package scaling

import (
	"syscall"
	"time"
)

// CPUTime is the user plus system CPU time the process has used so far
// (garbage collection included), a steadier measure than wall time on a
// shared machine.
func CPUTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
