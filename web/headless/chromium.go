// Package headless starts the browser that the end-to-end tests and the
// bench drive: Debian's chromium, headless, compositing on the GPU path
// (SwiftShader here) as browsers with a GPU do.
package headless

import (
	"fmt"
	"os/exec"

	"github.com/chromedp/chromedp"
)

// Find returns the path of the Chromium to run, or an error that says how
// to install it.
func Find() (string, error) {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "headless_shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", fmt.Errorf("no Chromium found: install Debian's chromium package (make test does this as root)")
}

// Options returns chromedp's default options for the Chromium at
// execPath, with the flags the tests and the bench share, then extra.
func Options(execPath string, extra ...chromedp.ExecAllocatorOption) []chromedp.ExecAllocatorOption {
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(execPath),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("autoplay-policy", "no-user-gesture-required"),
		// Composite on the GPU path (SwiftShader here), as browsers with a
		// GPU do: headless's default software compositor drops parts of a
		// WebGL canvas under a DOM overlay, which no visitor would see.
		chromedp.Flag("use-angle", "swiftshader"),
		chromedp.Flag("enable-unsafe-swiftshader", true),
		// chromedp's own list, and the browser's omnibox popup: a WebUI
		// page nobody sees that re-renders for every new tab, 1.2-3.3
		// CPU-seconds a tab here, as much as the player's own load.
		chromedp.Flag("disable-features", "Translate,BlinkGenPropertyTrees,WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup"),
	)
	return append(opts, extra...)
}
