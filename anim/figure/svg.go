package figure

import (
	"bufio"
	"io"
	"math"
	"strconv"

	"github.com/immerse-massage/stretch/anim"
)

// SVGOptions configures WriteSVG.
type SVGOptions struct {
	// Width and Height are the SVG's size in CSS pixels. If both are 0 the
	// size is the View at 2 px per centimetre; if one is 0 it follows the
	// View's aspect ratio.
	Width, Height int
	// Title names the image for assistive technology: with role="img" it
	// becomes the aria-label. Empty marks the image as decorative
	// (aria-hidden) instead.
	Title string
	// Background, if not transparent, fills the whole view first.
	Background anim.Color
}

// WriteSVG writes d as a compact standalone SVG image: coordinates are
// rounded to a tenth of a centimetre, relative where that is shorter, and
// consecutive path shapes with the same paint share one <path>.
func (d DisplayList) WriteSVG(w io.Writer, opt SVGOptions) error {
	bw := bufio.NewWriter(w)
	s := &svgWriter{w: bw, origin: d.View.Min}
	vw, vh := d.View.W(), d.View.H()
	width, height := opt.Width, opt.Height
	switch {
	case width == 0 && height == 0:
		width, height = int(math.Round(vw*2)), int(math.Round(vh*2))
	case width == 0:
		width = int(math.Round(float64(height) * vw / vh))
	case height == 0:
		height = int(math.Round(float64(width) * vh / vw))
	}
	s.str(`<svg xmlns="http://www.w3.org/2000/svg" width="`)
	s.str(strconv.Itoa(width))
	s.str(`" height="`)
	s.str(strconv.Itoa(height))
	s.str(`" viewBox="0 0 `)
	s.str(num(tenths(vw)))
	s.str(" ")
	s.str(num(tenths(vh)))
	// Every stroke has round caps and joins; say so once, inherited.
	s.str(`" stroke-linecap="round" stroke-linejoin="round`)
	if opt.Title != "" {
		s.str(`" role="img" aria-label="`)
		s.escaped(opt.Title)
		s.str(`">`)
	} else {
		s.str(`" aria-hidden="true">`)
	}
	if opt.Background.A != 0 {
		s.str(`<rect width="100%" height="100%"`)
		s.paint("fill", opt.Background)
		s.str("/>")
	}
	for i := 0; i < len(d.Shapes); {
		sh := d.Shapes[i]
		if sh.Kind != PathShape {
			s.round(sh)
			i++
			continue
		}
		// Merge the run of path shapes that share this paint.
		j := i + 1
		for j < len(d.Shapes) && d.Shapes[j].Kind == PathShape && samePaint(sh, d.Shapes[j]) {
			j++
		}
		s.str(`<path d="`)
		s.cur, s.start, s.last, s.prevCtrl = ipt{}, ipt{}, 0, ipt{}
		for k := i; k < j; k++ {
			s.pathData(d.Shapes[k].Path)
		}
		s.str(`"`)
		s.shapePaint(sh)
		s.str("/>")
		i = j
	}
	s.str("</svg>\n")
	return bw.Flush()
}

// samePaint reports whether a and b paint the same way.
func samePaint(a, b Shape) bool {
	return a.Fill == b.Fill && a.Stroke == b.Stroke && (a.Stroke.A == 0 || a.StrokeWidth == b.StrokeWidth)
}

// ipt is a point in integer tenths of a model unit, relative to the view.
type ipt struct{ x, y int }

type svgWriter struct {
	w      *bufio.Writer
	origin Vec
	// Path state: current point, subpath start, last command letter, and
	// the previous quadratic control point (for T).
	cur, start, prevCtrl ipt
	last                 byte
	// numDot reports whether the last number written contains a '.', so a
	// following ".5" needs no separator.
	numDot  bool
	needSep bool
}

func (s *svgWriter) str(x string) { s.w.WriteString(x) }

// escaped writes x with the characters special in markup escaped as
// html.EscapeString does (which would link the html package and its table
// of entities into the player's wasm).
func (s *svgWriter) escaped(x string) {
	for i := range len(x) {
		switch c := x[i]; c {
		case '<':
			s.str("&lt;")
		case '>':
			s.str("&gt;")
		case '&':
			s.str("&amp;")
		case '\'':
			s.str("&#39;")
		case '"':
			s.str("&#34;")
		default:
			s.w.WriteByte(c)
		}
	}
}

// tenths rounds v to an integer count of tenths.
func tenths(v float64) int { return int(math.Round(v * 10)) }

// num formats n tenths as the shortest decimal: 15 -> "1.5", 5 -> ".5",
// -5 -> "-.5", 20 -> "2".
func num(n int) string {
	neg := n < 0
	if neg {
		n = -n
	}
	var s string
	if n%10 == 0 {
		s = strconv.Itoa(n / 10)
	} else if n < 10 {
		s = "." + strconv.Itoa(n)
	} else {
		s = strconv.Itoa(n/10) + "." + strconv.Itoa(n%10)
	}
	if neg {
		return "-" + s
	}
	return s
}

// viewPoint converts a model point to integer tenths relative to the view.
func (s *svgWriter) viewPoint(v Vec) ipt {
	return ipt{tenths(v.X - s.origin.X), tenths(v.Y - s.origin.Y)}
}

// pathCmd is one path command ready to write: its letter and its numbers,
// n[:size].
type pathCmd struct {
	letter byte
	n      [6]int
	size   int
}

// textLen estimates the written length of numbers ns.
func textLen(ns []int) int {
	l := 0
	for _, n := range ns {
		l += len(num(n)) + 1
	}
	return l
}

// emit writes a command, choosing relative or absolute by length, and
// omitting the letter when it repeats.
func (s *svgWriter) emit(abs pathCmd, rel pathCmd) {
	c := abs
	if textLen(rel.n[:rel.size]) < textLen(abs.n[:abs.size]) {
		c = rel
	}
	if c.letter != s.last || c.letter == 'M' || c.letter == 'm' {
		s.w.WriteByte(c.letter)
		s.needSep = false
		s.last = c.letter
		if c.letter == 'M' {
			s.last = 'L' // numbers after M are implicit L
		} else if c.letter == 'm' {
			s.last = 'l'
		}
	}
	for _, n := range c.n[:c.size] {
		t := num(n)
		if s.needSep && !(t[0] == '-' || (t[0] == '.' && s.numDot)) {
			s.w.WriteByte(' ')
		}
		s.str(t)
		s.numDot = false
		for i := 0; i < len(t); i++ {
			if t[i] == '.' {
				s.numDot = true
			}
		}
		s.needSep = true
	}
}

// pathData writes p's commands.
func (s *svgWriter) pathData(p Path) {
	k := 0
	quad := false
	for _, v := range p.Verbs {
		pts := p.Pts[k : k+v.points()]
		k += v.points()
		wasQuad := quad
		quad = false
		switch v {
		case MoveTo:
			a := s.viewPoint(pts[0])
			s.emit(pathCmd{letter: 'M', n: [6]int{a.x, a.y}, size: 2}, pathCmd{letter: 'm', n: [6]int{a.x - s.cur.x, a.y - s.cur.y}, size: 2})
			s.cur, s.start = a, a
		case LineTo:
			a := s.viewPoint(pts[0])
			dx, dy := a.x-s.cur.x, a.y-s.cur.y
			switch {
			case dx == 0 && dy == 0:
			case dy == 0:
				s.emit(pathCmd{letter: 'H', n: [6]int{a.x}, size: 1}, pathCmd{letter: 'h', n: [6]int{dx}, size: 1})
			case dx == 0:
				s.emit(pathCmd{letter: 'V', n: [6]int{a.y}, size: 1}, pathCmd{letter: 'v', n: [6]int{dy}, size: 1})
			default:
				s.emit(pathCmd{letter: 'L', n: [6]int{a.x, a.y}, size: 2}, pathCmd{letter: 'l', n: [6]int{dx, dy}, size: 2})
			}
			s.cur = a
		case QuadTo:
			c, a := s.viewPoint(pts[0]), s.viewPoint(pts[1])
			refl := ipt{2*s.cur.x - s.prevCtrl.x, 2*s.cur.y - s.prevCtrl.y}
			if wasQuad && absInt(c.x-refl.x) <= 2 && absInt(c.y-refl.y) <= 2 {
				s.emit(pathCmd{letter: 'T', n: [6]int{a.x, a.y}, size: 2}, pathCmd{letter: 't', n: [6]int{a.x - s.cur.x, a.y - s.cur.y}, size: 2})
				c = refl
			} else {
				s.emit(pathCmd{letter: 'Q', n: [6]int{c.x, c.y, a.x, a.y}, size: 4},
					pathCmd{letter: 'q', n: [6]int{c.x - s.cur.x, c.y - s.cur.y, a.x - s.cur.x, a.y - s.cur.y}, size: 4})
			}
			s.prevCtrl, s.cur, quad = c, a, true
		case CubicTo:
			c1, c2, a := s.viewPoint(pts[0]), s.viewPoint(pts[1]), s.viewPoint(pts[2])
			s.emit(pathCmd{letter: 'C', n: [6]int{c1.x, c1.y, c2.x, c2.y, a.x, a.y}, size: 6},
				pathCmd{letter: 'c', n: [6]int{c1.x - s.cur.x, c1.y - s.cur.y, c2.x - s.cur.x, c2.y - s.cur.y, a.x - s.cur.x, a.y - s.cur.y}, size: 6})
			s.cur = a
		case Close:
			s.w.WriteByte('z')
			s.last, s.needSep = 'z', false
			s.cur = s.start
		}
	}
}

func absInt(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// round writes a circle or ellipse element.
func (s *svgWriter) round(sh Shape) {
	c := s.viewPoint(sh.Center)
	if sh.Kind == CircleShape {
		s.str(`<circle cx="` + num(c.x) + `" cy="` + num(c.y) + `" r="` + num(tenths(sh.Radius.X)) + `"`)
	} else {
		s.str(`<ellipse cx="` + num(c.x) + `" cy="` + num(c.y) + `" rx="` + num(tenths(sh.Radius.X)) +
			`" ry="` + num(tenths(sh.Radius.Y)) + `"`)
	}
	s.shapePaint(sh)
	s.str("/>")
}

// shapePaint writes the paint attributes of sh.
func (s *svgWriter) shapePaint(sh Shape) {
	if sh.Fill.A == 0 {
		s.str(` fill="none"`)
	} else {
		s.paint("fill", sh.Fill)
	}
	if sh.Stroke.A != 0 {
		s.paint("stroke", sh.Stroke)
		s.str(` stroke-width="` + num(tenths(sh.StrokeWidth)) + `"`)
	}
}

// paint writes attr="#rgb" and, for a translucent colour, attr-opacity.
func (s *svgWriter) paint(attr string, c anim.Color) {
	s.str(" " + attr + `="` + shortHex(c) + `"`)
	if c.A != 0xff {
		a := strconv.FormatFloat(float64(c.A)/255, 'f', 2, 64)
		a = trimFloat(a)
		s.str(" " + attr + `-opacity="` + a + `"`)
	}
}

// trimFloat drops trailing zeros and a leading "0" from a decimal.
func trimFloat(a string) string {
	for len(a) > 1 && a[len(a)-1] == '0' {
		a = a[:len(a)-1]
	}
	if a[len(a)-1] == '.' {
		a = a[:len(a)-1]
	}
	if len(a) > 1 && a[0] == '0' && a[1] == '.' {
		a = a[1:]
	}
	return a
}

// shortHex returns #rgb when it is exact, else #rrggbb.
func shortHex(c anim.Color) string {
	h := c.Hex()
	if h[1] == h[2] && h[3] == h[4] && h[5] == h[6] {
		return "#" + string([]byte{h[1], h[3], h[5]})
	}
	return h
}
