// Package cpu reads the CPU time the process has used, so that speed
// figures can be given in CPU time as well as wall time: on a shared,
// loaded machine wall time swings with other people's work, CPU time much
// less.
package cpu

import (
	"time"

	"github.com/newsclean/newsclean/internal/scaling"
)

// Time is the user plus system CPU time the process has used so far, all
// threads together; 0 where the platform does not say.
func Time() time.Duration { return scaling.CPUTime() }
