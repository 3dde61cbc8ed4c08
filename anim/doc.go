// Package anim is the pure model of the guided upper-back routine: breath
// patterns, the routine timeline and its events, player commands, the four
// stretches' content and the interface words (en, es), configuration
// parsing, and the colours and contrast rules the player is drawn with.
// The figure that acts the routine out is drawn by package anim/figure.
//
// Time is a pure function here: Timeline.At(t) returns the whole state of the
// routine at routine time t, and the figure for that state is computed from it
// alone. Nothing in this package reads a clock, touches the DOM or imports
// anything outside the standard library, so all of it is tested natively.
package anim
