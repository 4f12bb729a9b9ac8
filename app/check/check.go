// Package check runs OrgDesigner's structure and responsibility checks on a
// document: incomplete role cards, weights that do not add up, vacancies and
// over-staffing, departments without a head, spans and depths above a
// threshold, duplicated responsibilities, people in no role and reporting
// lines that cross departments unexplained.
//
// Checks never change the document. Each Finding names the object a click in
// the Checks panel selects and carries a sentence in the current UI language,
// so the GUI and `orgdesigner check` print the same thing.
package check

import (
	"cmp"
	"slices"

	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

// Severity says how much a finding matters.
type Severity int

// Severities, from least to most serious. Error is kept for data the store
// would refuse (a damaged or hand-edited file); design problems are
// warnings and facts worth knowing are infos.
const (
	Info Severity = iota
	Warning
	Error
)

// String returns the severity's name in the current UI language.
func (s Severity) String() string {
	switch s {
	case Error:
		return i18n.L("Error")
	case Warning:
		return i18n.L("Warning")
	default:
		return i18n.L("Info")
	}
}

// Code returns a stable, untranslated name ("error", "warning", "info") for
// scripts and JSON output.
func (s Severity) Code() string {
	switch s {
	case Error:
		return "error"
	case Warning:
		return "warning"
	default:
		return "info"
	}
}

// MarshalText encodes the severity as its Code, so findings encode to JSON
// readably.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.Code()), nil }

// Thresholds are the limits of the span and depth checks.
type Thresholds struct {
	// MaxSpan is the most direct-report roles a role may have.
	MaxSpan int
	// MaxDepth is the most reporting levels, counting the top role as 1.
	MaxDepth int
}

// Default thresholds: a span of ten and six levels are common rules of thumb
// for a small or medium business.
const (
	DefaultMaxSpan  = 10
	DefaultMaxDepth = 6
)

// DefaultThresholds returns MaxSpan 10 and MaxDepth 6.
func DefaultThresholds() Thresholds {
	return Thresholds{MaxSpan: DefaultMaxSpan, MaxDepth: DefaultMaxDepth}
}

// orDefault replaces non-positive limits (an unset Thresholds{}) with the
// defaults, so a zero value never flags every role.
func (t Thresholds) orDefault() Thresholds {
	if t.MaxSpan <= 0 {
		t.MaxSpan = DefaultMaxSpan
	}
	if t.MaxDepth <= 0 {
		t.MaxDepth = DefaultMaxDepth
	}
	return t
}

// Stable finding kinds. Views and scripts may rely on them.
const (
	KindInvalid            = "invalid"                 // the document breaks a store rule
	KindNoRoles            = "no-roles"                // the organisation has no roles
	KindNoPeople           = "no-people"               // planned positions but nobody yet
	KindNoResponsibilities = "no-responsibilities"     // role card without 主要职责
	KindNoKPIs             = "no-kpis"                 // role card without 考核指标
	KindWeights            = "weights-not-100"         // responsibility weights ≠ 100
	KindKPIWeights         = "kpi-weights-not-100"     // KPI weights ≠ 100
	KindVacancy            = "vacancy"                 // planned > filled
	KindOverstaffed        = "overstaffed"             // filled > planned
	KindNoManager          = "no-manager"              // a second top of the chart
	KindSpan               = "span"                    // too many direct reports
	KindDepth              = "depth"                   // too many reporting levels
	KindCrossReport        = "cross-report-unlabelled" // solid line across departments
	KindOverlap            = "overlap"                 // same responsibility in several roles
	KindNoHead             = "no-head"                 // department without a head role
	KindHeadOutside        = "head-outside"            // head role from another department
	KindEmptyDepartment    = "empty-department"        // no roles, no sub-departments
	KindUnassignedPerson   = "unassigned-person"       // a current employee in no role
)

// Object names used in Finding.Object.
const (
	ObjectOrganisation = "organisation"
	ObjectDepartment   = "department"
	ObjectRole         = "role"
	ObjectPerson       = "person"
)

// Finding is one problem or fact found in a document.
type Finding struct {
	Severity Severity
	// Kind is a stable code such as "vacancy" (see the Kind* constants).
	Kind string
	// Object is "organisation", "department", "role" or "person" (or, for
	// KindInvalid, whatever object the store rule names).
	Object string
	// ID is the item a click selects; "" for the organisation.
	ID data.ID
	// Message names the item and the numbers, in the current UI language.
	Message string
}

// Run checks doc and returns its findings, most serious first and, within a
// severity, in document order (organisation, then departments, roles and
// people in their canonical order). Non-positive thresholds mean the
// defaults. It runs in O(n log n) for n departments, roles, responsibilities
// and people, and does not modify doc.
func Run(doc *data.Document, t Thresholds) []Finding {
	if doc == nil {
		return nil
	}
	c := newChecker(doc, t.orDefault())
	c.checkOrganisation()
	c.checkDepartments()
	c.checkRoleCards()
	c.checkStaffing()
	c.checkStructure()
	c.checkOverlap()
	c.checkPeople()
	return c.sorted()
}

// Summary counts the findings of each severity.
func Summary(fs []Finding) (errors, warnings, infos int) {
	for _, f := range fs {
		switch f.Severity {
		case Error:
			errors++
		case Warning:
			warnings++
		default:
			infos++
		}
	}
	return errors, warnings, infos
}

// objectRank orders the objects of the document for sorting findings.
var objectRank = map[string]int{
	ObjectOrganisation: 0,
	ObjectDepartment:   1,
	ObjectRole:         2,
	ObjectPerson:       3,
}

// entry is a finding with its place in the document, for sorting.
type entry struct {
	f     Finding
	index int // position of the object in its slice
	sub   int // position within the object (e.g. a responsibility)
	seq   int // emission order, the last tie-break
}

func (c *checker) add(sev Severity, kind, object string, id data.ID, index, sub int, msg string) {
	c.out = append(c.out, entry{
		f:     Finding{Severity: sev, Kind: kind, Object: object, ID: id, Message: msg},
		index: index, sub: sub, seq: len(c.out),
	})
}

func (c *checker) sorted() []Finding {
	slices.SortFunc(c.out, func(a, b entry) int {
		return cmp.Or(
			cmp.Compare(b.f.Severity, a.f.Severity),
			cmp.Compare(objectRank[a.f.Object], objectRank[b.f.Object]),
			cmp.Compare(a.index, b.index),
			cmp.Compare(a.sub, b.sub),
			cmp.Compare(a.seq, b.seq),
		)
	})
	out := make([]Finding, len(c.out))
	for i, e := range c.out {
		out[i] = e.f
	}
	return out
}
