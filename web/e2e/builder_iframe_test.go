package e2e

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"testing"
	"time"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/immerse-massage/stretch/anim"
)

// grantClipboard lets pages of origin read and write the clipboard
// without asking, and has tb's page act as the focused one (the clipboard
// is only for a focused document, and the tests share one browser window).
func grantClipboard(t *testing.T, tb *tab, origin string) {
	t.Helper()
	err := chromedp.Do(tb.ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		if _, err := cdp.Call(ctx, tg, emulation.SetFocusEmulationEnabled, emulation.SetFocusEmulationEnabledParams{Enabled: true}); err != nil {
			return err
		}
		for _, name := range []string{"clipboard-read", "clipboard-write"} {
			p := cdpbrowser.SetPermissionParams{Permission: &cdpbrowser.PermissionDescriptor{Name: name}, Setting: cdpbrowser.PermissionSettingGranted, Origin: origin}
			if _, err := cdp.Call(ctx, tg, cdpbrowser.SetPermission, p); err != nil {
				return err
			}
		}
		return nil
	}))
	if err != nil {
		t.Fatalf("granting the clipboard: %v", err)
	}
}

// TestBuilderIframeSnippetPlays copies the iframe snippet with its Copy
// button, pastes it into a bare page on another origin (the page holds
// the snippet and nothing else), and plays the routine there: the player
// shows its start screen in the chosen language, and Start sets it
// playing.
func TestBuilderIframeSnippetPlays(t *testing.T) {
	parallel(t)
	tb := openBuilder(t, desktop)
	grantClipboard(t, tb, server.URL)
	tb.choose("lang", "es")
	tb.choose("breath", "box")
	tb.typeInto("booking-url", "https://clinic.example/book")
	tb.click("#copy-iframe")
	tb.waitFor(`document.getElementById('announce').textContent.startsWith('Copied')`, 10*time.Second)
	pasted := evalJS[string](tb, `navigator.clipboard.readText()`)
	if want := tb.code("code-iframe"); pasted != want {
		t.Fatalf("the clipboard holds %q; want the iframe snippet %q", pasted, want)
	}

	host := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Clinic</title></head><body style="margin:0">`)
		fmt.Fprint(w, pasted)
		fmt.Fprint(w, `</body></html>`)
	}))
	t.Cleanup(host.Close)
	u, _ := url.Parse(host.URL)
	page := openAt(t, "http://localhost:"+u.Port()+"/", desktop) // another origin than the player's 127.0.0.1
	player := page.crossSiteFrame(server.URL+"/player.html?", 10*time.Second)
	player.waitFor(`document.getElementById('btn-start')?.checkVisibility()`, readyTimeout)
	if got := evalJS[string](player, `document.documentElement.lang`); got != "es" {
		t.Errorf("the player's language = %q; want es", got)
	}
	page.clickIn("iframe", player, "#btn-start")
	title := anim.StretchContent(anim.CatCow, anim.Spanish).Title
	player.waitFor(`document.getElementById('player').dataset.playing === 'true' && document.getElementById('stretch-title').textContent === `+jsString(title), 20*time.Second)
	page.screenshot("builder-iframe-snippet-playing")
}
