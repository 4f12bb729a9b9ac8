// Package data holds OrgDesigner's model types and the bbolt document store.
//
// A document is one organisation design: the organisation itself, its
// departments, roles (with their role cards, 岗位说明书), people and project
// teams. Values of these types are treated as immutable once they are part of
// a Document: change them by building a ChangeSet and applying it to a Store.
package data

import "reflect"

// ID is a stable identifier of a department, role, person or project team.
// It never changes once stored; templates give their own readable ids.
type ID string

// Mode is the organisation mode (组织模式).
type Mode string

// The organisation modes of the seed document.
const (
	ModeFunctional Mode = "functional" // 职能型
	ModeProject    Mode = "project"    // 项目型
	ModeMatrix     Mode = "matrix"     // 矩阵型
)

// Stage is the business stage the organisation is in (发展阶段).
type Stage string

// The business stages of the seed document's advice.
const (
	StageStartup Stage = "startup" // 初创期
	StageGrowth  Stage = "growth"  // 成长期
	StageMature  Stage = "mature"  // 成熟期
)

// Status is a person's employment status.
type Status string

// Employment statuses.
const (
	StatusActive    Status = "active"    // 在职
	StatusProbation Status = "probation" // 试用
	StatusLeft      Status = "left"      // 离职
)

// Organisation is the company the document designs.
type Organisation struct {
	Name     string `json:"name"`
	Industry string `json:"industry,omitempty"`
	Mode     Mode   `json:"mode,omitempty"`
	Stage    Stage  `json:"stage,omitempty"`
	// Lang is the language of the content ("zh" or "en"), not of the UI.
	Lang  string `json:"lang,omitempty"`
	Notes string `json:"notes,omitempty"`
	// Template is the id of the built-in template the document was made from.
	Template string `json:"template,omitempty"`

	// Version, Effective and Confidential are printed on the cover and the
	// page headers of reports: the document version (V1.2), its effective
	// date (生效日期, YYYY-MM-DD) and a confidentiality mark (内部资料).
	Version      string `json:"version,omitempty"`
	Effective    string `json:"effective,omitempty"`
	Confidential string `json:"confidential,omitempty"`
	// Logo is the company logo, a PNG or JPEG picture in standard base64
	// (a string keeps Organisation comparable), printed on the cover and in
	// page headers.
	Logo string `json:"logo,omitempty"`
	// NormalisePunct asks reports to print ASCII , ; : ( ) ? ! next to
	// Chinese characters as full-width ，；：（）？！ in user text too.
	NormalisePunct bool `json:"normalisePunct,omitempty"`

	// Personnel cost settings (人力成本). Grades is the grade table: a role
	// whose own band is empty takes the band of its Grade from it.
	Grades []GradeBand `json:"grades,omitempty"`
	// OnCostPercent is the employer's on-cost (社保公积金) as a percentage
	// of salary; nil means DefaultOnCostPercent (an explicit 0 is kept).
	OnCostPercent *float64 `json:"onCostPercent,omitempty"`
	// MonthsPerYear is how many monthly salaries a year costs (13 with a
	// year-end bonus); 0 means DefaultMonthsPerYear.
	MonthsPerYear float64 `json:"monthsPerYear,omitempty"`
}

// Defaults of the personnel cost settings.
const (
	DefaultOnCostPercent = 30
	DefaultMonthsPerYear = 13
)

// OnCost returns the employer on-cost rate as a fraction (0.3 for 30 %).
func (o *Organisation) OnCost() float64 {
	if o.OnCostPercent == nil {
		return DefaultOnCostPercent / 100.0
	}
	return *o.OnCostPercent / 100
}

// Months returns the months of salary a year costs.
func (o *Organisation) Months() float64 {
	if o.MonthsPerYear <= 0 {
		return DefaultMonthsPerYear
	}
	return o.MonthsPerYear
}

// Equal reports whether two organisation records are the same (the grade
// table and the on-cost pointer make == unusable).
func (o Organisation) Equal(p Organisation) bool { return reflect.DeepEqual(o, p) }

// GradeBand is one row of the grade table: a grade (职级, e.g. P5, M2) and
// its monthly salary band in yuan.
type GradeBand struct {
	Grade string  `json:"grade"`
	Min   float64 `json:"min"`
	Max   float64 `json:"max"`
}

// Department is a 部门; departments nest through Parent.
type Department struct {
	ID          ID     `json:"id"`
	Name        string `json:"name"`
	Parent      ID     `json:"parent,omitempty"`
	Code        string `json:"code,omitempty"`        // 部门编码 from an imported list; later rosters match it
	Positioning string `json:"positioning,omitempty"` // 部门定位
	Motto       string `json:"motto,omitempty"`       // e.g. 战略导航,数据赋能
	Head        ID     `json:"head,omitempty"`        // the head role
	Color       string `json:"color,omitempty"`       // #RRGGBB
	Order       int    `json:"order"`                 // among siblings
	// Suggested names the fields that are template suggestions rather than
	// source text (e.g. "head"); see the Field* constants.
	Suggested []string `json:"suggested,omitempty"`
}

// DottedLine is a 虚线汇报 link from a role to another manager role.
type DottedLine struct {
	Manager ID     `json:"manager"`
	Label   string `json:"label,omitempty"` // 项目汇报, 职能指导 …
}

// Responsibility is one item of 主要职责.
type Responsibility struct {
	Text string `json:"text"`
	// Weight is a percentage; 0 means not given.
	Weight   float64  `json:"weight,omitempty"`
	Examples []string `json:"examples,omitempty"` // the source's "如…" examples
}

// KPI is one row of 考核指标.
type KPI struct {
	Indicator string  `json:"indicator"`
	Target    string  `json:"target,omitempty"`
	Cycle     string  `json:"cycle,omitempty"` // 月/季/年, month/quarter/year
	Weight    float64 `json:"weight,omitempty"`
}

// Qualifications is 任职资格.
type Qualifications struct {
	Education    string `json:"education,omitempty"`
	Major        string `json:"major,omitempty"`
	Experience   string `json:"experience,omitempty"` // e.g. 3年以上
	Skills       string `json:"skills,omitempty"`     // skills and competencies
	Certificates string `json:"certificates,omitempty"`
}

// IsZero reports whether nothing is filled in.
func (q Qualifications) IsZero() bool { return q == Qualifications{} }

// Role is a 岗位 with its role card (岗位说明书).
type Role struct {
	ID    ID     `json:"id"`
	Title string `json:"title"`
	Code  string `json:"code,omitempty"` // 岗位编号
	// Department is "" for company-level roles (总经理) above all departments.
	Department ID           `json:"department"`
	ReportsTo  ID           `json:"reportsTo,omitempty"` // 直接上级 (solid line)
	Dotted     []DottedLine `json:"dotted,omitempty"`    // 虚线汇报
	Planned    int          `json:"planned"`             // 编制
	Grade      string       `json:"grade,omitempty"`     // grade (职级), see Organisation.Grades
	// PayMin and PayMax are the role's own monthly salary band in yuan
	// (月薪带宽); both 0 means none, and the grade table's band applies.
	PayMin float64 `json:"payMin,omitempty"`
	PayMax float64 `json:"payMax,omitempty"`
	Order  int     `json:"order"` // among the department's roles

	Purpose          string           `json:"purpose,omitempty"` // 岗位目的
	Responsibilities []Responsibility `json:"responsibilities,omitempty"`
	KPIs             []KPI            `json:"kpis,omitempty"`
	Qualifications   Qualifications   `json:"qualifications,omitzero"`
	Authority        string           `json:"authority,omitempty"`        // 工作权限
	InternalContacts string           `json:"internalContacts,omitempty"` // 工作关系 (内部)
	ExternalContacts string           `json:"externalContacts,omitempty"` // 工作关系 (外部)
	Conditions       string           `json:"conditions,omitempty"`       // 工作条件
	CareerPath       string           `json:"careerPath,omitempty"`       // 发展路径
	Notes            string           `json:"notes,omitempty"`

	// Suggested names the fields that are template suggestions rather than
	// source text; FieldRole marks a whole role the source does not have.
	Suggested []string `json:"suggested,omitempty"`
}

// Names used in Suggested.
const (
	FieldRole             = "role"
	FieldHead             = "head"
	FieldPurpose          = "purpose"
	FieldKPIs             = "kpis"
	FieldQualifications   = "qualifications"
	FieldAuthority        = "authority"
	FieldContacts         = "contacts"
	FieldConditions       = "conditions"
	FieldCareerPath       = "careerPath"
	FieldResponsibilities = "responsibilities"
	FieldPlanned          = "planned"
	FieldColor            = "color"
)

// IsSuggested reports whether field is marked as a template suggestion.
func IsSuggested(suggested []string, field string) bool {
	for _, s := range suggested {
		if s == field {
			return true
		}
	}
	return false
}

// ExtraField is an imported roster column the model has no field for; kept
// in column order so nothing from a roster is dropped.
type ExtraField struct {
	Key   string `json:"key"`
	Value string `json:"value"`
}

// Person is an employee (员工).
type Person struct {
	ID     ID     `json:"id"`
	Number string `json:"number,omitempty"` // 工号
	Name   string `json:"name"`
	Role   ID     `json:"role,omitempty"`
	// Department is the person's department when they hold no role; when
	// Role is set the store keeps it equal to the role's department.
	Department ID     `json:"department,omitempty"`
	Status     Status `json:"status,omitempty"`
	HireDate   string `json:"hireDate,omitempty"` // YYYY-MM-DD
	Phone      string `json:"phone,omitempty"`
	Email      string `json:"email,omitempty"`
	// Manager is a person, set only when it differs from the role's line.
	Manager ID           `json:"manager,omitempty"`
	Extra   []ExtraField `json:"extra,omitempty"`
}

// Member is one member of a project team: a role or a person.
type Member struct {
	Role        ID     `json:"role,omitempty"`
	Person      ID     `json:"person,omitempty"`
	ProjectRole string `json:"projectRole,omitempty"` // e.g. 项目负责人, 设计支持
}

// ProjectTeam is a 项目组 for the project and matrix modes.
type ProjectTeam struct {
	ID          ID       `json:"id"`
	Name        string   `json:"name"`
	OwnerRole   ID       `json:"ownerRole,omitempty"`
	OwnerPerson ID       `json:"ownerPerson,omitempty"`
	Start       string   `json:"start,omitempty"` // YYYY-MM-DD
	End         string   `json:"end,omitempty"`
	Goal        string   `json:"goal,omitempty"`
	Members     []Member `json:"members,omitempty"`
	Order       int      `json:"order"`
}

// ValueMap remembers how a value in an imported roster was mapped, so the
// next import of the same file repeats the user's choice.
type ValueMap struct {
	Source string `json:"source"` // the roster's file name (without folder)
	Kind   string `json:"kind"`   // "department" or "role"
	Value  string `json:"value"`  // as written in the file, e.g. 市场部
	Target ID     `json:"target"` // the existing object it maps to; "" = create new
}

func (v ValueMap) key() ID { return ID(v.Source + "\x00" + v.Kind + "\x00" + v.Value) }

// Scenario describes one named alternative organisation (方案) kept in the
// document beside the current organisation. Its content (organisation
// settings, departments, roles, people, project teams) is a complete
// Document of its own; see Store.Scenarios.
type Scenario struct {
	ID   ID     `json:"id"`
	Name string `json:"name"`
	// Created is when the scenario was made (RFC 3339).
	Created string `json:"created,omitempty"`
	// Source says what it was made from, for the list: "current", a
	// scenario's name, or "template:<id>/<stage>".
	Source string `json:"source,omitempty"`
	// Suggested marks a scenario the built-in template offers (its stage
	// advice), not one the user made.
	Suggested bool   `json:"suggested,omitempty"`
	Note      string `json:"note,omitempty"`
	Order     int    `json:"order"`
	// Adopted is set on the scenario an adoption kept (the organisation
	// that was current until then): the description of the scenario
	// adopted (its own Adopted left out), so adopting this one back keeps
	// the other side under its old name, note and place. Files written
	// before it have none.
	Adopted *Scenario `json:"adopted,omitempty"`
}
