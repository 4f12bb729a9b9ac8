// Package report writes OrgDesigner's printed documents as PDF: the
// 岗位说明书 (job description) of one or more roles, the 组织架构手册
// (organisation booklet: cover, contents, org chart, department overviews,
// mode and project teams, staffing table, every job description), the
// 编制表 (staffing summary) and the 变更报告 (change report of two
// organisations compared, see Changes). Where roles have salary bands the
// booklet and the staffing table show the personnel cost (人力成本).
//
// Text is laid out by the package itself (see textlayout): fpdf's MultiCell
// drops Chinese characters at line breaks. The bundled CJK font is embedded
// as a subset. Characters the font cannot print are drawn as □ and reported
// in Result.Warnings; they never fail a report. Long content flows onto as
// many pages as it needs and never runs into the footer.
//
// Reports are written in the document's content language (Organisation.Lang).
// All fpdf calls of the program live in this package, so the PDF library
// could be replaced without touching the rest.
package report

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/go-pdf/fpdf"

	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

// Options control a report.
type Options struct {
	// Paper is "A4" (the default when empty), "A3" or "Letter".
	Paper string
	// Landscape turns the text pages; chart pages are always landscape.
	Landscape bool
	// Date is printed in the footer and stored as the PDF's creation and
	// modification date; zero means now. With a fixed date the output is
	// byte-for-byte the same for the same document.
	Date time.Time
	// Sections chooses the role-sheet sections to print; empty is all.
	Sections []Section
	// BlankForm prints empty sections as boxes to fill in by hand instead
	// of a dash (and optional sections that are empty too).
	BlankForm bool
	// Department, when set, limits a booklet to that department and its
	// sub-departments: their chart, overview and role sheets.
	Department data.ID
	// NormalisePunct prints ASCII , ; : ( ) ? ! next to Chinese characters
	// as full-width punctuation in the document's own text too (the
	// organisation's setting of the same name turns it on as well).
	NormalisePunct bool
	// Poster prints the booklet's chart whole on one large page of this
	// paper ("A3", "A2", "A1" or "WIDTHxHEIGHT" in millimetres) instead of
	// splitting it over pages of the booklet's paper; Poster prints that
	// page alone.
	Poster string
	// Scenario names the scenario (方案) the document is, printed on the
	// cover and in every page header so that a draft is never mistaken for
	// the organisation in force; empty for the current organisation.
	Scenario string
	// Progress, when set, is called with the work done so far and the
	// total (which does not change during a report). It runs on the
	// goroutine making the report: a GUI must hand it to its UI thread.
	Progress func(done, total int)
}

// Result describes a written report.
type Result struct {
	Pages int
	// Warnings are sentences for the user in the interface language, e.g.
	// characters the font cannot print; the report was written anyway.
	Warnings []string
}

// Papers are the paper sizes Options.Paper accepts.
var Papers = []string{"A4", "A3", "Letter"}

// ErrNoRoles is returned when a role-sheet report has nothing to print.
var ErrNoRoles = errors.New("no roles to print")

// paperSize returns the portrait size in millimetres of a paper name
// (case-insensitive).
func paperSize(name string) (fpdf.SizeType, error) {
	switch strings.ToLower(strings.TrimSpace(name)) {
	case "", "a4":
		return fpdf.SizeType{Wd: 210, Ht: 297}, nil
	case "a3":
		return fpdf.SizeType{Wd: 297, Ht: 420}, nil
	case "letter":
		return fpdf.SizeType{Wd: 215.9, Ht: 279.4}, nil
	}
	return fpdf.SizeType{}, fmt.Errorf("%w: %s", data.ErrInvalid,
		i18n.L("Unknown paper size %q; use one of %s.", name, strings.Join(Papers, ", ")))
}

// RoleSheets writes the 岗位说明书 of the given roles, in the given order,
// each starting on a new page and numbered on its own ("page 1 of 2").
// No roles means every role, in print order (see RoleIDs). An unknown id is
// an error and nothing is written. A cancelled ctx stops the report
// before anything is written and returns ctx's error.
func RoleSheets(ctx context.Context, out io.Writer, doc *data.Document, roles []data.ID, opt Options) (Result, error) {
	w, err := newWriter(ctx, doc, opt)
	if err != nil {
		return Result{}, err
	}
	list, err := w.pickRoles(roles)
	if err != nil {
		return Result{}, err
	}
	title := i18n.In(w.lang, "Job Description")
	if len(list) == 1 {
		title = i18n.In(w.lang, "%s — %s", title, list[0].Title)
	}
	w.setMeta(title, i18n.In(w.lang, "Job descriptions of %s", w.orgName()))
	prog := newProgress(opt.Progress, len(list))
	for i, r := range list {
		if err := w.cancelled(); err != nil {
			return Result{}, err
		}
		w.roleSheet(r, &pageGroup{}, nil, []bookmark{{r.Title, 0}})
		prog.built(i + 1)
	}
	return w.finish(out, prog)
}

// RoleIDs lists the roles of a department and its sub-departments in print
// order; dept "" gives every role of the document (company-level roles
// first, then department by department). The GUI uses it for the
// "department" and "all" scopes.
func RoleIDs(doc *data.Document, dept data.ID) []data.ID {
	f := newFacts(doc)
	var roles []*data.Role
	if dept == "" {
		roles = f.roleOrder()
	} else {
		roles = f.subtreeRoles(dept)
	}
	out := make([]data.ID, len(roles))
	for i, r := range roles {
		out[i] = r.ID
	}
	return out
}

// pickRoles resolves role ids; none means all roles.
func (w *writer) pickRoles(ids []data.ID) ([]*data.Role, error) {
	if len(ids) == 0 {
		list := w.facts.roleOrder()
		if len(list) == 0 {
			return nil, fmt.Errorf("%w: %s", ErrNoRoles, i18n.L("The document has no roles to print."))
		}
		return list, nil
	}
	list := make([]*data.Role, 0, len(ids))
	for _, id := range ids {
		r := w.facts.role[id]
		if r == nil {
			return nil, fmt.Errorf("%w: %s", data.ErrNotFound, i18n.L("There is no role with the id %q.", id))
		}
		list = append(list, r)
	}
	return list, nil
}

// finish paginates, draws and writes the report.
func (w *writer) finish(out io.Writer, prog *progress) (Result, error) {
	if err := w.cancelled(); err != nil {
		return Result{}, err
	}
	pages := w.paginate()
	if err := w.render(pages, func(done int) { prog.drawn(done, len(pages)) }); err != nil {
		return Result{}, fmt.Errorf("make the PDF: %w", err)
	}
	if err := w.cancelled(); err != nil {
		return Result{}, err
	}
	if err := w.pdf.Output(out); err != nil {
		return Result{}, fmt.Errorf("write the PDF: %w", err)
	}
	return Result{Pages: len(pages), Warnings: w.san.warnings()}, nil
}

// progress maps the two phases of a report — building n items, then
// drawing the pages — onto one fixed total of 2n.
type progress struct {
	fn   func(done, total int)
	n    int
	last int
}

func newProgress(fn func(done, total int), n int) *progress {
	p := &progress{fn: fn, n: max(n, 1), last: -1}
	p.report(0)
	return p
}

func (p *progress) built(i int) { p.report(min(i, p.n)) }

func (p *progress) drawn(page, pages int) { p.report(p.n + p.n*page/max(pages, 1)) }

func (p *progress) report(done int) {
	if p.fn != nil && done != p.last {
		p.last = done
		p.fn(done, 2*p.n)
	}
}
