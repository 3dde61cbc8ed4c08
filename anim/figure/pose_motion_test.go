package figure

import (
	"fmt"
	"math"
	"testing"

	"github.com/immerse-massage/stretch/anim"
)

// tolerance for planted contacts: 0.5% of the figure's height.
const plantedDrift = 0.005 * figureHeight

// maxJointSpeed bounds every joint's angular speed (degrees per second)
// over setups of 8 s and inhales of 2 s: an unhurried everyday movement,
// such as kneeling down or standing up, stays under it; a jerk or a pop
// does not.
const maxJointSpeed = 150.0

// maxRootSpeed bounds the hips' travel in cm/s: sitting down or standing
// up moves them about half a metre in a second.
const maxRootSpeed = 100.0

// plantedPoints returns the named body points that stay planted through
// stretch id's breaths.
func plantedPoints(id anim.StretchID, b *body) map[string]Vec {
	m := map[string]Vec{}
	for s, side := range [2]string{"near", "far"} {
		switch id {
		case anim.CatCow:
			m[side+" palm"] = b.palm(s)
			m[side+" knee"] = b.legs[s].knee
		case anim.ChildsPose:
			m[side+" palm"] = b.palm(s)
			m[side+" knee"] = b.legs[s].knee
			m[side+" shin"] = b.legs[s].ankle
		case anim.ShoulderBladeSqueeze, anim.UpperBackExtension:
			m[side+" heel"] = b.heelPoint(s)
			m[side+" toe"] = b.toePoint(s)
		}
	}
	switch id {
	case anim.ChildsPose:
		m["forehead"] = b.foreheadPoint()
	case anim.ShoulderBladeSqueeze, anim.UpperBackExtension:
		m["sitting bone"] = b.sitPoint()
	}
	return m
}

func TestPlantedContactsHold(t *testing.T) {
	for _, id := range anim.AllStretches {
		t.Run(string(id), func(t *testing.T) {
			var ref map[string]Vec
			worst := map[string]float64{}
			for _, s := range sampleStretch(anim.CatCow, id) {
				if s.st.Segment != anim.Breathing {
					continue
				}
				p, _, _ := figureAt(s.st)
				b := p.fk()
				pts := plantedPoints(id, &b)
				if ref == nil {
					ref = pts
				}
				for k, v := range pts {
					worst[k] = math.Max(worst[k], v.Sub(ref[k]).Len())
				}
			}
			for k, w := range worst {
				if w > plantedDrift {
					t.Errorf("%s moves %.2f cm over a breath, want < %.2f", k, w, plantedDrift)
				}
			}
			if len(worst) == 0 {
				t.Fatal("no planted points checked")
			}
		})
	}
}

// figurePoints returns points along the figure's outline for pose p.
func figurePoints(p *pose, arms bool) []Vec {
	var d DisplayList
	b := p.fk()
	pal := basePalette
	if arms {
		drawFigure(&d, &b, figureLook{pal: &pal})
	} else {
		for s := 0; s < 2; s++ {
			drawLeg(&d, &b, s, pal.trousers, pal.skin)
		}
		drawTorso(&d, &b, &pal)
		drawHead(&d, &b, &pal)
	}
	return flatten(d.Shapes)
}

func TestNothingGoesThroughFloorOrChair(t *testing.T) {
	const tol = 0.15 // cm: the curves' sampling and 1 mm of give
	seat := chairParts.seat
	seat.Min.Y += tol
	post, rest := chairParts.back, chairParts.rest
	post.Max.X -= tol
	rest.Max.X -= tol
	for _, pair := range routePairs() {
		prev, id := pair[0], pair[1]
		t.Run(fmt.Sprintf("%s>%s", prev, id), func(t *testing.T) {
			var floorBad, seatBad, restBad int
			var first string
			for _, s := range sampleStretch(prev, id) {
				p, pr, _ := figureAt(s.st)
				for _, q := range figurePoints(&p, true) {
					if q.Y > tol {
						floorBad++
						if first == "" {
							first = fmt.Sprintf("at %v (%v %.3f) a point is %.2f cm below the floor", s.t, s.st.Segment, s.st.SetupFraction, q.Y)
						}
						break
					}
				}
				if pr.chair < 0.01 {
					continue
				}
				for _, q := range figurePoints(&p, false) {
					if seat.Contains(q) {
						seatBad++
						if first == "" {
							first = fmt.Sprintf("at %v (%v %.3f) a point at %v is inside the seat", s.t, s.st.Segment, s.st.SetupFraction, q)
						}
						break
					}
					if rest.Contains(q) || post.Contains(q) {
						restBad++
						if first == "" {
							first = fmt.Sprintf("at %v (%v %.3f) a point at %v is inside the chair back", s.t, s.st.Segment, s.st.SetupFraction, q)
						}
						break
					}
				}
			}
			if floorBad+seatBad+restBad > 0 {
				t.Errorf("%d frames through the floor, %d through the seat, %d through the chair back; first: %s", floorBad, seatBad, restBad, first)
			}
		})
	}
}

// bones returns the figure's bone lengths as drawn (the arms' out-of-plane
// bones restored to their 3-D length) with the lengths they must have.
func bones(p *pose, b *body) (got, want []float64, names []string) {
	add := func(name string, g, w float64) {
		names, got, want = append(names, name), append(got, g), append(want, w)
	}
	add("pelvis", b.spine[0].Sub(b.hip).Len(), lumbosacral.Len())
	for i := 0; i < 5; i++ {
		add(fmt.Sprintf("spine %d", i), b.spine[i+1].Sub(b.spine[i]).Len(), spineLen[i])
	}
	add("neck", b.headPivot.Sub(b.spine[5]).Len(), neckLen)
	for s := 0; s < 2; s++ {
		a, l := &b.arms[s], &b.legs[s]
		add("upper arm", a.elbow.Sub(a.shoulder).Len()/math.Cos(p.j[armJoint(s, aSpread)]), upperArmLen)
		add("forearm", a.wrist.Sub(a.elbow).Len()/math.Cos(p.j[armJoint(s, aForeSpread)]), forearmLen)
		add("girdle", a.shoulder.Sub(b.girdle).Len(), girdleLen)
		add("thigh", l.knee.Sub(l.hip).Len(), thighLen)
		add("shin", l.ankle.Sub(l.knee).Len(), shinLen)
	}
	return
}

func TestMotionIsHumanAndSmooth(t *testing.T) {
	for _, pair := range routePairs() {
		prev, id := pair[0], pair[1]
		t.Run(fmt.Sprintf("%s>%s", prev, id), func(t *testing.T) {
			t.Logf("route %s>%s", prev, id)
			var last pose
			var lastT float64
			ranges, speeds, lengths := 0, 0, 0
			for i, s := range sampleStretch(prev, id) {
				p, _, _ := figureAt(s.st)
				b := p.fk()
				got, want, names := bones(&p, &b)
				for k := range got {
					if math.Abs(got[k]-want[k]) > 1e-6 && lengths < 3 {
						lengths++
						t.Errorf("at %v the %s is %.4f cm long, want %.4f", s.t, names[k], got[k], want[k])
					}
				}
				for j := range p.j {
					v := p.j[j] * 180 / math.Pi
					r := jointRanges[j]
					if (v < r.min-1e-6 || v > r.max+1e-6) && ranges < 5 {
						ranges++
						t.Errorf("at %v (%v %.3f, amount %.2f) %s is %.1f°, want within [%v, %v]",
							s.t, s.st.Segment, s.st.SetupFraction, s.st.Amount, jointNames[j], v, r.min, r.max)
					}
				}
				now := s.t.Seconds()
				if i > 0 && now > lastT {
					dt := now - lastT
					for j := range p.j {
						w := math.Abs(p.j[j]-last.j[j]) * 180 / math.Pi / dt
						if w > maxJointSpeed && speeds < 5 {
							speeds++
							t.Errorf("at %v (%v %.3f) %s turns at %.0f°/s, want < %v", s.t, s.st.Segment, s.st.SetupFraction, jointNames[j], w, maxJointSpeed)
						}
					}
					if v := p.root.Sub(last.root).Len() / dt; v > maxRootSpeed && speeds < 5 {
						speeds++
						t.Errorf("at %v (%v %.3f) the hips move at %.0f cm/s, want < %v", s.t, s.st.Segment, s.st.SetupFraction, v, maxRootSpeed)
					}
				}
				last, lastT = p, now
			}
		})
	}
}

// routeDrift bounds how far a contact that a move holds (a planted foot,
// knee, hand, sitting bone or forehead) may drift from where it was
// planted, in cm: only what the curves' sampling and the soft limits of
// the legs' inverse kinematics allow.
const routeDrift = 1.5

func TestMovesHoldTheirContacts(t *testing.T) {
	names := [...]string{contactSit: "sitting bone", contactKnee: "knee", contactFoot: "foot", contactHand: "palm", contactForehead: "forehead"}
	for _, pair := range routePairs() {
		prev, id := pair[0], pair[1]
		r := routeFor(prev, id)
		for _, s := range sampleStretch(prev, id) {
			if s.st.Segment != anim.Setup {
				continue
			}
			p, _, _ := figureAt(s.st)
			b := p.fk()
			i, _ := r.curve.interval(clamp01(s.st.SetupFraction))
			for _, c := range r.contacts[i] {
				var at Vec
				switch c.kind {
				case contactSit:
					at = b.sitPoint()
				case contactKnee:
					at = b.legs[c.side].knee
				case contactFoot:
					at = toWorld(b.legs[c.side].ankle, b.legs[c.side].foot, c.inFoot)
				case contactHand:
					at = b.palm(c.side)
				case contactForehead:
					at = b.foreheadPoint()
				}
				if d := at.Sub(c.target).Len(); d > routeDrift {
					t.Errorf("%s>%s at %v (setup %.3f): a planted %s (side %d) is %.2f cm from where it was planted, want < %v",
						prev, id, s.t, s.st.SetupFraction, names[c.kind], c.side, d, routeDrift)
					break
				}
			}
		}
	}
}
