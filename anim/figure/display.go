package figure

import (
	"github.com/immerse-massage/stretch/anim"
)

// Verb is one drawing command of a Path.
type Verb uint8

// The path verbs, after ebiten/vector's Path and SVG's path data. Each takes
// its points from Path.Pts in order: MoveTo and LineTo one, QuadTo two
// (control, end), CubicTo three (control, control, end), Close none.
const (
	MoveTo Verb = iota
	LineTo
	QuadTo
	CubicTo
	Close
)

// points returns how many points verb v consumes.
func (v Verb) points() int {
	switch v {
	case MoveTo, LineTo:
		return 1
	case QuadTo:
		return 2
	case CubicTo:
		return 3
	}
	return 0
}

// Path is a sequence of subpaths in model units. Closed subpaths of the
// figure are all wound clockwise on screen and may overlap: fill with the
// non-zero rule so that overlaps add up to one solid shape.
type Path struct {
	// Verbs are the commands in order.
	Verbs []Verb
	// Pts are the commands' points, consumed in order (see Verb).
	Pts []Vec
}

// ShapeKind says which fields of a Shape describe its geometry.
type ShapeKind uint8

// The shape kinds.
const (
	// PathShape is drawn from Shape.Path.
	PathShape ShapeKind = iota
	// CircleShape is a circle at Shape.Center with radius Shape.Radius.X.
	CircleShape
	// EllipseShape is an axis-aligned ellipse at Shape.Center with radii
	// Shape.Radius.
	EllipseShape
)

// Shape is one filled and/or stroked element of a DisplayList. Strokes use
// round caps and round joins.
type Shape struct {
	// Kind says which of Path or Center and Radius hold the geometry.
	Kind ShapeKind
	// Path is the geometry of a PathShape.
	Path Path
	// Center is the centre of a CircleShape or EllipseShape.
	Center Vec
	// Radius holds the radii of an EllipseShape, or of a CircleShape in X
	// (and Y).
	Radius Vec
	// Fill is the fill colour; a zero alpha means no fill.
	Fill anim.Color
	// Stroke is the stroke colour; a zero alpha means no stroke.
	Stroke anim.Color
	// StrokeWidth is the stroke width in model units.
	StrokeWidth float64
}

// Outline returns the shape's geometry as a Path, turning circles and
// ellipses into four cubic arcs, for renderers that only draw paths.
func (s Shape) Outline() Path {
	if s.Kind == PathShape {
		return s.Path
	}
	const k = 0.5522847498 // cubic handle length for a quarter circle
	c, rx, ry := s.Center, s.Radius.X, s.Radius.Y
	if s.Kind == CircleShape {
		ry = rx
	}
	p := Path{Verbs: []Verb{MoveTo, CubicTo, CubicTo, CubicTo, CubicTo, Close}}
	p.Pts = []Vec{
		{c.X + rx, c.Y},
		{c.X + rx, c.Y + k*ry}, {c.X + k*rx, c.Y + ry}, {c.X, c.Y + ry},
		{c.X - k*rx, c.Y + ry}, {c.X - rx, c.Y + k*ry}, {c.X - rx, c.Y},
		{c.X - rx, c.Y - k*ry}, {c.X - k*rx, c.Y - ry}, {c.X, c.Y - ry},
		{c.X + k*rx, c.Y - ry}, {c.X + rx, c.Y - k*ry}, {c.X + rx, c.Y},
	}
	return p
}

// DisplayList is everything needed to draw one frame of the figure: the
// camera framing and the shapes, back to front, in model units (centimetres,
// y down, floor at y = 0).
type DisplayList struct {
	// View is the part of the model to show: everything drawn, with a
	// margin, so that the figure fills the picture. Its aspect ratio
	// follows what is drawn, between MinViewAspect and MaxViewAspect; a
	// renderer whose canvas has another shape fits the view in, keeping
	// its aspect ratio and centring it, and shows more of the model's
	// background around it rather than cropping it. Every shape lies
	// inside the view.
	View Rect
	// Shapes are drawn in order, back to front.
	Shapes []Shape

	verbs    []Verb
	pts      []Vec
	tmp      []Vec     // scratch control polygon
	stations []station // scratch limb stations
}

// reset empties d for reuse, keeping its storage.
func (d *DisplayList) reset() {
	d.Shapes = d.Shapes[:0]
	d.verbs = d.verbs[:0]
	d.pts = d.pts[:0]
}

// pen builds one path shape into a DisplayList's shared storage.
type pen struct {
	d          *DisplayList
	verb0, pt0 int
}

// begin starts a new path in d.
func (d *DisplayList) begin() pen { return pen{d, len(d.verbs), len(d.pts)} }

func (p *pen) moveTo(a Vec) {
	p.d.verbs = append(p.d.verbs, MoveTo)
	p.d.pts = append(p.d.pts, a)
}

func (p *pen) lineTo(a Vec) {
	p.d.verbs = append(p.d.verbs, LineTo)
	p.d.pts = append(p.d.pts, a)
}

func (p *pen) quadTo(c, a Vec) {
	p.d.verbs = append(p.d.verbs, QuadTo)
	p.d.pts = append(p.d.pts, c, a)
}

func (p *pen) close() { p.d.verbs = append(p.d.verbs, Close) }

// empty reports whether nothing has been drawn since begin.
func (p *pen) empty() bool { return len(p.d.verbs) == p.verb0 }

// path returns the path drawn since begin. Its slices are capped so that
// later drawing never writes into them.
func (p *pen) path() Path {
	v, q := p.d.verbs, p.d.pts
	return Path{Verbs: v[p.verb0:len(v):len(v)], Pts: q[p.pt0:len(q):len(q)]}
}

// fill appends the path drawn since begin as a filled shape.
func (p *pen) fill(c anim.Color) {
	if p.empty() || c.A == 0 {
		return
	}
	p.d.Shapes = append(p.d.Shapes, Shape{Kind: PathShape, Path: p.path(), Fill: c})
}

// stroke appends the path drawn since begin as a stroked shape.
func (p *pen) stroke(c anim.Color, width float64) {
	if p.empty() || c.A == 0 {
		return
	}
	p.d.Shapes = append(p.d.Shapes, Shape{Kind: PathShape, Path: p.path(), Stroke: c, StrokeWidth: width})
}

// circle appends a filled circle.
func (d *DisplayList) circle(c Vec, r float64, fill anim.Color) {
	if fill.A == 0 || r <= 0 {
		return
	}
	d.Shapes = append(d.Shapes, Shape{Kind: CircleShape, Center: c, Radius: Vec{r, r}, Fill: fill})
}

// ellipse appends a filled axis-aligned ellipse.
func (d *DisplayList) ellipse(c Vec, rx, ry float64, fill anim.Color) {
	if fill.A == 0 || rx <= 0 || ry <= 0 {
		return
	}
	d.Shapes = append(d.Shapes, Shape{Kind: EllipseShape, Center: c, Radius: Vec{rx, ry}, Fill: fill})
}

// Bounds returns the bounding box of the shapes' control points (a
// conservative bound of what is drawn), strokes included.
func (d DisplayList) Bounds() Rect {
	b := emptyBounds()
	for _, s := range d.Shapes {
		pad := 0.0
		if s.Stroke.A != 0 {
			pad = s.StrokeWidth / 2
		}
		switch s.Kind {
		case CircleShape:
			b.addPoint(s.Center, s.Radius.X+pad, s.Radius.X+pad)
			continue
		case EllipseShape:
			b.addPoint(s.Center, s.Radius.X+pad, s.Radius.Y+pad)
			continue
		}
		for _, p := range s.Path.Pts {
			b.addPoint(p, pad, pad)
		}
	}
	return b
}
