// Package views is OrgDesigner's user interface and its composition root:
// the main window (menus, toolbar, outline with search, chart, card panel,
// status bar), the organisation modes, and the file commands that open
// documents in windows of their own. Feature screens live in sub-packages
// (chartview, card, projects, people, checks, dialogs); this package puts
// them together and keeps their selection in step.
package views

import (
	"time"

	"orgdesigner/app"
	"orgdesigner/app/chart"
	"orgdesigner/data"
)

// Session is what the main window needs from an editing session;
// *app.Session satisfies it. The window owns the session's store: closing
// the window closes it.
type Session interface {
	Doc() *data.Document
	Do(app.Command) error
	Undo() error
	Redo() error
	CanUndo() (bool, string)
	CanRedo() (bool, string)
	OnChange(func())
	Path() string
	Store() *data.Store

	// Scenarios (方案): see app/scenarios.go.
	Scenario() data.ID
	Scenarios() []data.Scenario
	ScenarioDoc(id data.ID) (*data.Document, error)
	FindScenario(key string) (data.ID, bool)
	Switch(id data.ID) error
	NewScenario(name string, from data.ID) (data.ID, error)
	NewScenarioFromDoc(sc data.Scenario, doc *data.Document) (data.ID, error)
	RenameScenario(id data.ID, name string) error
	DeleteScenario(id data.ID) error
	Adopt(id data.ID) (data.ID, error)
	// BeforeName is the name Adopt gives the old current organisation.
	BeforeName(day time.Time) string
	// KeptName is the name Adopt(id) gives the organisation it keeps:
	// BeforeName's, or the old name of the scenario an earlier adoption
	// made current when id is the organisation that adoption kept.
	KeptName(id data.ID) string
}

var _ Session = (*app.Session)(nil)

// Selection names what the user has selected: a department, a role, a
// project team or a person (project mode), or the company (Kind
// chart.KindCompany, ID "").
type Selection struct {
	Kind chart.Kind
	ID   data.ID
}

// companySelection is the selection of the company root.
var companySelection = Selection{Kind: chart.KindCompany}

// exists reports whether the selected object is still in doc.
func (s Selection) exists(doc *data.Document) bool {
	switch s.Kind {
	case chart.KindCompany:
		return true
	case chart.KindDepartment:
		return doc.Department(s.ID) != nil
	case chart.KindRole:
		return doc.Role(s.ID) != nil
	case chart.KindProject:
		return doc.Project(s.ID) != nil
	case chart.KindPerson:
		return doc.Person(s.ID) != nil
	}
	return false
}
