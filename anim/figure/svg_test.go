package figure

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/immerse-massage/stretch/anim"
)

var update = flag.Bool("update", false, "rewrite the golden SVG files in testdata/golden")

func TestEscapedMatchesHTMLEscapeString(t *testing.T) {
	for _, in := range []string{"", "Cat-cow", `Cat & "Cow" <it's> é ✓`, "\xff<\x00>", "&&&&"} {
		var b bytes.Buffer
		s := &svgWriter{w: bufio.NewWriter(&b)}
		s.escaped(in)
		s.w.Flush()
		if got, want := b.String(), html.EscapeString(in); got != want {
			t.Errorf("escaped(%q) = %q; want %q", in, got, want)
		}
	}
}

func TestNumberFormat(t *testing.T) {
	tests := []struct {
		in   int
		want string
	}{
		{0, "0"}, {5, ".5"}, {-5, "-.5"}, {15, "1.5"}, {20, "2"}, {-1234, "-123.4"}, {10, "1"},
	}
	for _, tc := range tests {
		if got := num(tc.in); got != tc.want {
			t.Errorf("num(%d) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestWriteSVGPathData(t *testing.T) {
	var d DisplayList
	d.View = Rect{Vec{0, 0}, Vec{40, 30}}
	p := d.begin()
	p.moveTo(Vec{1, 1})
	p.lineTo(Vec{11, 1})
	p.lineTo(Vec{11, 6})
	p.quadTo(Vec{11, 11}, Vec{6, 11})
	p.quadTo(Vec{1, 11}, Vec{1, 6}) // the reflection of the last control: T
	p.close()
	p.fill(rgba(0x11, 0x22, 0x33, 0xff))
	p = d.begin()
	p.moveTo(Vec{20, 20})
	p.lineTo(Vec{25, 20})
	p.fill(rgba(0x11, 0x22, 0x33, 0xff)) // same style: merged
	d.circle(Vec{30, 10}, 2.5, rgba(0xff, 0xff, 0xff, 0x80))
	var b bytes.Buffer
	if err := d.WriteSVG(&b, SVGOptions{Width: 80, Title: `Cat & "Cow"`}); err != nil {
		t.Fatal(err)
	}
	got := b.String()
	for _, want := range []string{
		`width="80" height="60" viewBox="0 0 40 30"`,
		`role="img" aria-label="Cat &amp; &#34;Cow&#34;"`,
		`<path d="M1 1H11V6q0 5-5 5T1 6zM20 20h5" fill="#123"/>`,
		`<circle cx="30" cy="10" r="2.5" fill="#fff" fill-opacity=".5"/>`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("SVG lacks %s\ngot: %s", want, got)
		}
	}
}

func TestWriteSVGDecorative(t *testing.T) {
	var b bytes.Buffer
	d := Scene(PosterState(anim.CatCow), Style{})
	if err := d.WriteSVG(&b, SVGOptions{}); err != nil {
		t.Fatal(err)
	}
	if got := b.String(); !strings.Contains(got, `aria-hidden="true"`) || strings.Contains(got, `role="img"`) {
		t.Errorf("an untitled SVG should be aria-hidden, got %.200s", got)
	}
}

// posterBudget is the most bytes a poster SVG may take: posters are
// inlined into the host page.
const posterBudget = 4096

// TestGoldenPosters compares the two key poses of each stretch, rendered
// as posters, with testdata/golden. Run with -update after a deliberate
// change to the drawing, and look at the result.
func TestGoldenPosters(t *testing.T) {
	for _, id := range anim.AllStretches {
		for _, a := range []float64{0, 1} {
			name := fmt.Sprintf("%s-%g.svg", id, a)
			t.Run(name, func(t *testing.T) {
				st := anim.State{ID: id, Segment: anim.Breathing, SetupFraction: 1, Amount: a}
				var b bytes.Buffer
				err := Scene(st, Style{}).WriteSVG(&b, SVGOptions{Width: 400, Title: string(id), Background: anim.PageBackground})
				if err != nil {
					t.Fatal(err)
				}
				if b.Len() > posterBudget {
					t.Errorf("%s is %d bytes, want at most %d", name, b.Len(), posterBudget)
				}
				path := filepath.Join("testdata", "golden", name)
				if *update {
					if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
						t.Fatal(err)
					}
					return
				}
				want, err := os.ReadFile(path)
				if err != nil {
					t.Fatalf("%v (run go test -update to create it)", err)
				}
				if !bytes.Equal(b.Bytes(), want) {
					t.Errorf("%s differs from the golden file (%d bytes, want %d); run go test -update if the change is intended", name, b.Len(), len(want))
				}
			})
		}
	}
}
