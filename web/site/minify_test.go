package site

import "testing"

func TestMinifyStyleLiteral(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"styles minified", "const CSS = `\n:host {\n  display: block;\n}\n.a { color: #ffffff }\n`;\nf(CSS);", "const CSS = `:host{display:block}.a{color:#fff}`;\nf(CSS);"},
		{"no literal", "const x = `a  b`;", "const x = `a  b`;"},
		{"a substitution is left alone", "const CSS = `.a{width: ${w}px}`;", "const CSS = `.a{width: ${w}px}`;"},
		{"an escape is left alone", "const CSS = `.a::before{content: '\\\\2014'}`;", "const CSS = `.a::before{content: '\\\\2014'}`;"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := minifyStyleLiteral([]byte(tc.in))
			if err != nil || string(got) != tc.want {
				t.Errorf("minifyStyleLiteral(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
			}
		})
	}
	if _, err := minifyStyleLiteral([]byte("const CSS = `.a{}")); err == nil {
		t.Errorf("an unterminated literal: no error; want one")
	}
}
