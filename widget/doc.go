// Package widget is the Ebiten game that plays the routine in the browser.
// Update advances routine time by the real frame time times the playback
// rate and turns the change of timeline state into host events; Draw paints
// the breathing pacer (and, from package anim/figure, the figure) on a
// transparent canvas. The DOM overlay and the link to the embedding page
// live in files built only for js.
package widget
