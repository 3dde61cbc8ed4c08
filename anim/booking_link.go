package anim

import (
	"net/url"
	"strconv"
	"strings"
)

// The utm_* parameters BookingLink adds, as the embed contract defines
// them (booking-utm).
const (
	UTMSource   = "stretch-routine"
	UTMMedium   = "widget"
	UTMCampaign = "upper-back-routine"
	// UTMCompleted is utm_content for a booking made after the routine's
	// end.
	UTMCompleted = "completed"
)

// UTMStretch is utm_content for a booking made during stretch n (counting
// from 1): "stretch-n".
func UTMStretch(n int) string { return "stretch-" + strconv.Itoa(n) }

// BookingLink returns the booking URL raw (as ParseConfig accepts it) to
// follow from the widget. Without utm it is raw itself. With utm it adds
// utm_source, utm_medium, utm_campaign and utm_content=content to the
// query, after the URL's own parameters, which are kept as written; a
// utm_* parameter the URL already has (its name compared once decoded) is
// kept and not added again; a fragment stays at the end.
func BookingLink(raw string, utm bool, content string) string {
	if !utm {
		return raw
	}
	base, fragment, hasFragment := strings.Cut(raw, "#")
	path, query, _ := strings.Cut(base, "?")
	have := map[string]bool{}
	for part := range strings.SplitSeq(query, "&") {
		name, _, _ := strings.Cut(part, "=")
		if n, err := url.QueryUnescape(name); err == nil {
			name = n
		}
		have[name] = true
	}
	var add []string
	for _, p := range [][2]string{
		{"utm_source", UTMSource}, {"utm_medium", UTMMedium},
		{"utm_campaign", UTMCampaign}, {"utm_content", content},
	} {
		if !have[p[0]] && p[1] != "" {
			add = append(add, p[0]+"="+url.QueryEscape(p[1]))
		}
	}
	if len(add) == 0 {
		return raw
	}
	if query != "" && !strings.HasSuffix(query, "&") {
		query += "&"
	}
	out := path + "?" + query + strings.Join(add, "&")
	if hasFragment {
		out += "#" + fragment
	}
	return out
}
