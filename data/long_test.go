package data

import "os"

// KillRounds is how many processes a kill test kills: 40 in `make test`,
// 200 in `make test-long` (ORGDESIGNER_LONG=1).
func KillRounds() int {
	if os.Getenv("ORGDESIGNER_LONG") != "" {
		return 200
	}
	return 40
}
