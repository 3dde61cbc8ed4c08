package anim

import "time"

// The range of breaths per stretch a routine may ask for.
const (
	MinBreaths = 1
	MaxBreaths = 20
)

// SetupDuration is how long the get-into-position segment of stretch id
// lasts: long enough to move into place and read the steps. Getting down
// onto the floor (Cat-Cow, Child's Pose) takes longer than sitting or
// standing tall. An unknown id gets 10 s.
func SetupDuration(id StretchID) time.Duration {
	switch id {
	case CatCow:
		return 12 * time.Second // down onto hands and knees on a mat
	case ShoulderBladeSqueeze:
		return 8 * time.Second // sit or stand tall, arms by the sides
	case ChildsPose:
		return 12 * time.Second // kneel, then sit back and fold forward
	case UpperBackExtension:
		return 10 * time.Second // sit against the chair back, hands behind the head
	}
	return 10 * time.Second
}

// DefaultBreaths is how many breaths stretch id lasts when the routine does
// not set a number: more for the easy squeeze, fewer for the extension,
// which asks most of the back. An unknown id gets 6.
func DefaultBreaths(id StretchID) int {
	switch id {
	case CatCow:
		return 6
	case ShoulderBladeSqueeze:
		return 8
	case ChildsPose:
		return 6
	case UpperBackExtension:
		return 5
	}
	return 6
}
