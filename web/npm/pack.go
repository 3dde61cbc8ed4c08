package npm

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"

	"github.com/immerse-massage/stretch/web/site"
)

// Options says how to pack.
type Options struct {
	// Out is the directory the tarball goes to; "" is the current one.
	Out string
	// Site is a site that web/site has built already, to pack as it is
	// (without its precompressed siblings); "" builds one.
	Site string
	// Log receives the output of the go and npm commands; nil discards it.
	Log io.Writer
}

// Tarball is a packed package, as npm pack describes it.
type Tarball struct {
	// Path is the tarball's absolute path.
	Path string
	// Files is how many files it holds; Size is its own size and
	// Unpacked the size of its files, in bytes.
	Files          int
	Size, Unpacked int64
}

// Pack builds the site (or takes opts.Site), stages it with package.json,
// README.md and LICENSE, and runs npm pack, which writes
// <Name>-<site.Version>.tgz into opts.Out.
func Pack(opts Options) (Tarball, error) {
	npm, err := exec.LookPath("npm")
	if err != nil {
		return Tarball{}, errors.New("npm not found: install Debian's npm package (make package does so as root)")
	}
	out, err := filepath.Abs(opts.Out)
	if err != nil {
		return Tarball{}, err
	}
	stage, err := os.MkdirTemp("", "stretch-npm-")
	if err != nil {
		return Tarball{}, err
	}
	defer os.RemoveAll(stage)
	if err := stageSite(stage, opts); err != nil {
		return Tarball{}, err
	}
	files, err := siteFiles(stage)
	if err != nil {
		return Tarball{}, err
	}
	if err := writePackageFiles(stage, files); err != nil {
		return Tarball{}, err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return Tarball{}, err
	}
	return npmPack(npm, stage, out, opts.Log)
}

// stageSite puts the site's files into the empty directory stage: a fresh
// build without precompressed files, or the package's files of opts.Site.
func stageSite(stage string, opts Options) error {
	if opts.Site == "" {
		return site.Build(stage, site.Options{NoPrecompress: true, Log: opts.Log})
	}
	files, err := siteFiles(opts.Site)
	if err != nil {
		return err
	}
	if _, err := os.Stat(filepath.Join(opts.Site, "embed.js")); err != nil {
		return fmt.Errorf("%s holds no built site: %w", opts.Site, err)
	}
	return copyFiles(opts.Site, stage, files)
}

// writePackageFiles writes package.json (listing files), README.md and
// LICENSE into dir.
func writePackageFiles(dir string, files []string) error {
	manifest, err := packageJSON(files)
	if err != nil {
		return err
	}
	text, err := readme()
	if err != nil {
		return err
	}
	for name, b := range map[string][]byte{"package.json": manifest, "README.md": text, "LICENSE": licenseText()} {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// npmPack runs npm pack in dir, writing the tarball into out, and reads
// what npm says it packed. It runs no package scripts and no update check.
func npmPack(npm, dir, out string, log io.Writer) (Tarball, error) {
	cmd := exec.Command(npm, "pack", "--json", "--ignore-scripts", "--no-update-notifier", "--pack-destination", out)
	cmd.Dir = dir
	var stdout bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, log
	if err := cmd.Run(); err != nil {
		return Tarball{}, fmt.Errorf("npm pack: %w", err)
	}
	var packed []struct {
		Filename     string `json:"filename"`
		Size         int64  `json:"size"`
		UnpackedSize int64  `json:"unpackedSize"`
		EntryCount   int    `json:"entryCount"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &packed); err != nil || len(packed) != 1 {
		return Tarball{}, fmt.Errorf("npm pack said %q, want one package described in JSON (%v)", stdout.String(), err)
	}
	p := packed[0]
	return Tarball{Path: filepath.Join(out, p.Filename), Files: p.EntryCount, Size: p.Size, Unpacked: p.UnpackedSize}, nil
}
