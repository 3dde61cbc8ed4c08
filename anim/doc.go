// Package anim is the pure model of the guided upper-back routine: breath
// patterns, the routine timeline, the four stretches' content, configuration
// parsing, the figure's skeleton and poses, its display list and an SVG
// renderer for it.
//
// Time is a pure function here: Timeline.At(t) returns the whole state of the
// routine at routine time t, and the figure for that state is computed from it
// alone. Nothing in this package reads a clock, touches the DOM or imports
// anything outside the standard library, so all of it is tested natively.
package anim
