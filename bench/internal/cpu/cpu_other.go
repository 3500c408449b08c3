//go:build !unix

package cpu

import "time"

func used() time.Duration { return 0 }
