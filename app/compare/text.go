package compare

import (
	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

// KindText names a kind of change in lang ("zh" or "en"), for change
// lists, sheets and reports.
func KindText(lang string, k Kind) string {
	switch k {
	case DeptAdded:
		return i18n.In(lang, "Department added")
	case DeptRemoved:
		return i18n.In(lang, "Department removed")
	case DeptMoved:
		return i18n.In(lang, "Department moved")
	case DeptRenamed:
		return i18n.In(lang, "Department renamed")
	case DeptChanged:
		return i18n.In(lang, "Department details changed")
	case RoleAdded:
		return i18n.In(lang, "Role added")
	case RoleRemoved:
		return i18n.In(lang, "Role removed")
	case RoleMoved:
		return i18n.In(lang, "Role moved")
	case RoleRenamed:
		return i18n.In(lang, "Role renamed")
	case RoleCardChanged:
		return i18n.In(lang, "Role card changed")
	case PlannedChanged:
		return i18n.In(lang, "Headcount changed")
	case PersonAdded:
		return i18n.In(lang, "Person added")
	case PersonRemoved:
		return i18n.In(lang, "Person removed")
	case PersonMoved:
		return i18n.In(lang, "Person moved")
	case ProjectAdded:
		return i18n.In(lang, "Project team added")
	case ProjectRemoved:
		return i18n.In(lang, "Project team removed")
	case ProjectChanged:
		return i18n.In(lang, "Project team changed")
	}
	return ""
}

// FieldText names a field of Change.Fields in lang; an unknown name is
// returned as it is.
func FieldText(lang, field string) string {
	switch field {
	case FieldName:
		return i18n.In(lang, "Team name")
	case FieldCode:
		return i18n.In(lang, "Code or number")
	case FieldPositioning:
		return i18n.In(lang, "Positioning")
	case FieldMotto:
		return i18n.In(lang, "Motto")
	case data.FieldHead:
		return i18n.In(lang, "Head")
	case data.FieldColor:
		return i18n.In(lang, "Colour")
	case FieldDotted:
		return i18n.In(lang, "Dotted lines")
	case FieldGrade:
		return i18n.In(lang, "Grade")
	case FieldPay:
		return i18n.In(lang, "Salary band")
	case data.FieldPurpose:
		return i18n.In(lang, "Purpose")
	case data.FieldResponsibilities:
		return i18n.In(lang, "Responsibilities")
	case data.FieldKPIs:
		return i18n.In(lang, "KPIs")
	case data.FieldQualifications:
		return i18n.In(lang, "Qualifications")
	case data.FieldAuthority:
		return i18n.In(lang, "Authority")
	case data.FieldContacts:
		return i18n.In(lang, "Working relationships")
	case data.FieldConditions:
		return i18n.In(lang, "Working conditions")
	case data.FieldCareerPath:
		return i18n.In(lang, "Career path")
	case FieldNotes:
		return i18n.In(lang, "Notes")
	case FieldDepartment:
		return i18n.In(lang, "Department")
	case FieldReportsTo:
		return i18n.In(lang, "Reports to")
	case FieldRole:
		return i18n.In(lang, "Role")
	case FieldOwner:
		return i18n.In(lang, "Owner")
	case FieldDates:
		return i18n.In(lang, "Dates")
	case FieldGoal:
		return i18n.In(lang, "Project goal")
	case FieldMembers:
		return i18n.In(lang, "Members")
	}
	return field
}

// FieldsText joins the names of fields in lang ("岗位目的、考核指标").
func FieldsText(lang string, fields []string) string {
	out := ""
	for i, f := range fields {
		if i > 0 {
			out += i18n.In(lang, ", ")
		}
		out += FieldText(lang, f)
	}
	return out
}
