// Package npm packs the widget's built site as an npm package, so that a
// clinic can load embed.js from any npm CDN at a versioned path (unpkg,
// jsDelivr) without building anything. The package is the site as
// web/site builds it, without the precompressed .br and .gz siblings (npm
// CDNs compress by themselves), plus a package.json whose entry is
// embed.js, a README that shows the snippet, and the MIT licence.
// Everything in the site resolves from import.meta.url, so the package
// works from any path on any origin. cmd/package wires it.
package npm
