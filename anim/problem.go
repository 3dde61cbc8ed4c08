package anim

import (
	"fmt"
	"strconv"
	"unicode/utf8"
)

// Problem is one configuration value that was ignored: Field is the query
// key (the element's attribute), Value the value given (shortened, see
// ProblemValueMax) and Accepted what the field accepts.
type Problem struct {
	Field, Value, Accepted string
}

// String reads like
//
//	stretch-routine: ignoring breaths="abc": expected a whole number from 1 to 20; using the default
//
// with the value quoted as a Go string, so control characters show escaped.
func (p Problem) String() string {
	return fmt.Sprintf("stretch-routine: ignoring %s=%s: expected %s; using the default",
		p.Field, strconv.Quote(p.Value), p.Accepted)
}

// ProblemValueMax is the most runes of a value a Problem keeps; a longer
// value is cut there and ends in "…".
const ProblemValueMax = 64

// newProblem makes the Problem for field's value v, shortening v.
func newProblem(field, v, accepted string) Problem {
	if utf8.RuneCountInString(v) > ProblemValueMax {
		n := 0
		for i := range v {
			if n == ProblemValueMax {
				v = v[:i] + "…"
				break
			}
			n++
		}
	}
	return Problem{Field: field, Value: v, Accepted: accepted}
}
