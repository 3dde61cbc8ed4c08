package figure

import "math"

// Vec is a point or a displacement in model units: centimetres, x to the
// right, y pointing down (as on a screen), the floor at y = 0.
type Vec struct {
	X, Y float64 // centimetres; Y grows downwards
}

// Add returns a+b.
func (a Vec) Add(b Vec) Vec { return Vec{a.X + b.X, a.Y + b.Y} }

// Sub returns a-b.
func (a Vec) Sub(b Vec) Vec { return Vec{a.X - b.X, a.Y - b.Y} }

// Scale returns a scaled by k.
func (a Vec) Scale(k float64) Vec { return Vec{a.X * k, a.Y * k} }

// Len returns the length of a.
func (a Vec) Len() float64 { return math.Hypot(a.X, a.Y) }

// Lerp returns the point a fraction t of the way from a to b.
func (a Vec) Lerp(b Vec, t float64) Vec { return Vec{a.X + (b.X-a.X)*t, a.Y + (b.Y-a.Y)*t} }

// rot turns a clockwise on screen (y down) by th radians: the model's
// "upright" frame turned by th. rot(Vec{0,-1}, th) points up at th = 0 and
// forward (+x) at th = π/2.
func (a Vec) rot(th float64) Vec {
	s, c := math.Sincos(th)
	return Vec{a.X*c - a.Y*s, a.X*s + a.Y*c}
}

// rotSC is rot with a precomputed sine and cosine.
func (a Vec) rotSC(s, c float64) Vec { return Vec{a.X*c - a.Y*s, a.X*s + a.Y*c} }

// frameAngle is the frame angle whose "down" axis, rot(Vec{0,1}, th), points
// along d: the angle a bone hanging from its parent must have to point at d.
func frameAngle(d Vec) float64 { return math.Atan2(-d.X, d.Y) }

// Rect is an axis-aligned rectangle in model units.
type Rect struct {
	Min, Max Vec // the top-left and bottom-right corners
}

// W returns the width of r.
func (r Rect) W() float64 { return r.Max.X - r.Min.X }

// H returns the height of r.
func (r Rect) H() float64 { return r.Max.Y - r.Min.Y }

// Center returns the centre of r.
func (r Rect) Center() Vec { return r.Min.Lerp(r.Max, 0.5) }

// Empty reports whether r encloses no area.
func (r Rect) Empty() bool { return !(r.Max.X > r.Min.X && r.Max.Y > r.Min.Y) }

// Union returns the smallest rectangle containing r and s. An empty
// rectangle contributes nothing.
func (r Rect) Union(s Rect) Rect {
	if r.Empty() {
		return s
	}
	if s.Empty() {
		return r
	}
	return Rect{
		Vec{math.Min(r.Min.X, s.Min.X), math.Min(r.Min.Y, s.Min.Y)},
		Vec{math.Max(r.Max.X, s.Max.X), math.Max(r.Max.Y, s.Max.Y)},
	}
}

// Outset returns r grown by d on every side.
func (r Rect) Outset(d float64) Rect {
	return Rect{Vec{r.Min.X - d, r.Min.Y - d}, Vec{r.Max.X + d, r.Max.Y + d}}
}

// Contains reports whether p lies inside r or on its edge.
func (r Rect) Contains(p Vec) bool {
	return p.X >= r.Min.X && p.X <= r.Max.X && p.Y >= r.Min.Y && p.Y <= r.Max.Y
}

// Lerp returns the rectangle a fraction t of the way from r to s, corner by
// corner.
func (r Rect) Lerp(s Rect, t float64) Rect {
	return Rect{r.Min.Lerp(s.Min, t), r.Max.Lerp(s.Max, t)}
}

// addPoint grows r to include the rectangle reaching px either side of p
// horizontally and py vertically. Start from emptyBounds.
//
// It compares with < and > rather than math.Min and math.Max, which also
// order NaNs and signed zeros: a drawn point is never NaN, and camera
// tracks add hundreds of thousands of points.
func (r *Rect) addPoint(p Vec, px, py float64) {
	if x := p.X - px; x < r.Min.X {
		r.Min.X = x
	}
	if y := p.Y - py; y < r.Min.Y {
		r.Min.Y = y
	}
	if x := p.X + px; x > r.Max.X {
		r.Max.X = x
	}
	if y := p.Y + py; y > r.Max.Y {
		r.Max.Y = y
	}
}

// emptyBounds is the starting value for accumulating bounds with addPoint.
func emptyBounds() Rect {
	return Rect{Vec{math.Inf(1), math.Inf(1)}, Vec{math.Inf(-1), math.Inf(-1)}}
}
