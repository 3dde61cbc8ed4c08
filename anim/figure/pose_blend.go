package figure

import "math"

// smoothstep eases t in [0,1] with zero speed at both ends.
func smoothstep(t float64) float64 {
	t = clamp01(t)
	return t * t * (3 - 2*t)
}

// clamp01 clamps t to [0,1].
func clamp01(t float64) float64 { return math.Max(0, math.Min(1, t)) }

// ramp maps t from [a,b] to [0,1], clamped.
func ramp(t, a, b float64) float64 {
	if b <= a {
		if t < a {
			return 0
		}
		return 1
	}
	return clamp01((t - a) / (b - a))
}

// pvec is a pose as a flat vector: root x, root y, then the joints. The
// transitions interpolate it channel by channel.
type pvec [numJoints + 2]float64

func (p *pose) toVec() (v pvec) {
	v[0], v[1] = p.root.X, p.root.Y
	copy(v[2:], p.j[:])
	return
}

func (v *pvec) toPose() (p pose) {
	p.root = Vec{v[0], v[1]}
	copy(p.j[:], v[2:])
	return
}

// hermite is a piecewise cubic through keyframes at increasing times: a
// cardinal spline, whose speed through each key is the same blend of its
// neighbours for every channel, so that whatever the keys agree on (a
// thigh's direction, a foot's angle) holds all the way between them. The
// ends start and stop at rest.
type hermite struct {
	t    []float64
	k    []pvec
	tang []pvec
}

// cardinalTension damps the speed through the keys (0 is Catmull-Rom):
// enough to keep overshoot between keys small.
const cardinalTension = 0.45

// newHermite builds the curve through keys at times t.
func newHermite(t []float64, keys []pvec) hermite {
	h := hermite{t: t, k: keys, tang: make([]pvec, len(keys))}
	n := len(keys)
	for i := 1; i < n-1; i++ {
		k := (1 - cardinalTension) / (t[i+1] - t[i-1])
		for c := range keys[i] {
			h.tang[i][c] = k * (keys[i+1][c] - keys[i-1][c])
		}
	}
	return h
}

// eval evaluates the curve at time u, clamped to [t0, tn].
func (h *hermite) eval(u float64) pvec {
	n := len(h.t)
	if u <= h.t[0] {
		return h.k[0]
	}
	if u >= h.t[n-1] {
		return h.k[n-1]
	}
	i := 0
	for i < n-2 && u > h.t[i+1] {
		i++
	}
	dt := h.t[i+1] - h.t[i]
	s := (u - h.t[i]) / dt
	s2, s3 := s*s, s*s*s
	h00 := 2*s3 - 3*s2 + 1
	h10 := (s3 - 2*s2 + s) * dt
	h01 := -2*s3 + 3*s2
	h11 := (s3 - s2) * dt
	var v pvec
	a, b, ma, mb := &h.k[i], &h.k[i+1], &h.tang[i], &h.tang[i+1]
	for c := range v {
		v[c] = h00*a[c] + h10*ma[c] + h01*b[c] + h11*mb[c]
	}
	return v
}

// interval returns the index of the key interval containing u and the
// fraction through it.
func (h *hermite) interval(u float64) (int, float64) {
	n := len(h.t)
	if u <= h.t[0] {
		return 0, 0
	}
	if u >= h.t[n-1] {
		return n - 2, 1
	}
	i := 0
	for i < n-2 && u > h.t[i+1] {
		i++
	}
	return i, (u - h.t[i]) / (h.t[i+1] - h.t[i])
}
