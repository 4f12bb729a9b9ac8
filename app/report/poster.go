package report

import (
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/go-pdf/fpdf"

	"orgdesigner/app/chart"
	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

// Posters are the large papers the whole chart can be printed on, one
// page, to hang on a wall.
var Posters = []string{"A3", "A2", "A1", "A0"}

// posterSize reads a poster paper: A3, A2, A1, A0 or WIDTHxHEIGHT in
// millimetres (100 to 2000 each).
func posterSize(name string) (fpdf.SizeType, error) {
	n := strings.ToLower(strings.TrimSpace(name))
	switch n {
	case "a3":
		return fpdf.SizeType{Wd: 297, Ht: 420}, nil
	case "a2":
		return fpdf.SizeType{Wd: 420, Ht: 594}, nil
	case "a1":
		return fpdf.SizeType{Wd: 594, Ht: 841}, nil
	case "a0":
		return fpdf.SizeType{Wd: 841, Ht: 1189}, nil
	}
	if a, b, ok := strings.Cut(strings.ReplaceAll(n, "×", "x"), "x"); ok {
		wd, err1 := strconv.ParseFloat(strings.TrimSpace(strings.TrimSuffix(a, "mm")), 64)
		ht, err2 := strconv.ParseFloat(strings.TrimSpace(strings.TrimSuffix(b, "mm")), 64)
		if err1 == nil && err2 == nil && wd >= 100 && ht >= 100 && wd <= 2000 && ht <= 2000 {
			return fpdf.SizeType{Wd: min(wd, ht), Ht: max(wd, ht)}, nil
		}
	}
	return fpdf.SizeType{}, fmt.Errorf("%w: %s", data.ErrInvalid,
		i18n.L("Unknown poster size %q; use %s or WIDTHxHEIGHT in millimetres (100 to 2000).", name, strings.Join(Posters, ", ")))
}

// planPoster lays the whole chart (or the chosen department's) out on one
// poster page: spread or stacked, whichever prints larger. A chart too big
// for 7 pt text on that poster still prints whole, with a warning naming
// the size it prints at.
func (w *writer) planPoster(size fpdf.SizeType) []*chartPart {
	mode := data.Mode("")
	if w.doc.Org.Mode == data.ModeMatrix || w.doc.Org.Mode == data.ModeProject {
		mode = data.ModeMatrix
	}
	root, kind, title := data.ID(""), chart.KindCompany, ""
	if d := w.facts.dept[w.opt.Department]; d != nil {
		root, kind, title = d.ID, chart.KindDepartment, d.Name
	}
	var best *chartPart
	for _, compact := range []bool{false, true} {
		c := chart.Build(w.doc, chart.Options{Mode: mode, NodeH: printNodeH, Compact: compact})
		if len(c.Nodes) == 0 {
			continue
		}
		p := w.newPart(c, findNode(c, root, kind), title, nil)
		p.poster = &size
		aw, ah := p.area(w)
		p.scale = min(aw/p.bounds.W, ah/p.bounds.H, 2*maxScale)
		if best == nil || p.scale > best.scale {
			best = p
		}
	}
	if best == nil {
		return nil
	}
	best.tiles, best.perPage, best.gridCols = []chart.Rect{best.bounds}, 1, 1
	best.pages = []*anchor{{}}
	if pt := 11 * best.scale / ptToMM; pt < minChartPt {
		w.san.warn(i18n.L("On this poster the chart's smallest text is %.1f pt, below 7 pt; choose a larger poster.", pt))
	}
	return []*chartPart{best}
}

// Poster writes the organisation chart — or, with Options.Department, one
// department's — whole on one page of poster paper (Options.Poster: A3,
// A2, A1 or WIDTHxHEIGHT in millimetres; A1 when empty).
func Poster(ctx context.Context, out io.Writer, doc *data.Document, opt Options) (Result, error) {
	if opt.Poster == "" {
		opt.Poster = "A1"
	}
	size, err := posterSize(opt.Poster)
	if err != nil {
		return Result{}, err
	}
	w, err := newWriter(ctx, doc, opt)
	if err != nil {
		return Result{}, err
	}
	if opt.Department != "" && w.facts.dept[opt.Department] == nil {
		return Result{}, fmt.Errorf("%w: %s", data.ErrNotFound, i18n.L("There is no department with the id %q.", opt.Department))
	}
	title := i18n.In(w.lang, "Organisation chart diagram")
	w.setMeta(i18n.In(w.lang, "%s — %s", title, w.orgName()), title)
	prog := newProgress(opt.Progress, 1)
	parts := w.planPoster(size)
	if len(parts) == 0 {
		return Result{}, fmt.Errorf("%w: %s", ErrNoRoles, i18n.L("The document has no roles to print."))
	}
	w.chartPages(parts, &pageGroup{})
	prog.built(1)
	return w.finish(out, prog)
}
