// Package figure draws the routine's figure: a side-view skeleton posed by
// forward and inverse kinematics, the four stretches' poses and breathing,
// the get-into-position moves between them with their props (mat, chair)
// and camera, and the result as a display list of filled and stroked
// paths, with an SVG writer for it.
//
// Scene(st, style) returns the display list for an anim.State alone, so the
// figure is a pure function of routine time like the rest of the model: it
// reads no clock and imports nothing but package anim and the standard
// library, and is tested natively. Renderers (the player's Ebiten canvas,
// the SVG posters) only turn its shapes into pixels.
package figure
