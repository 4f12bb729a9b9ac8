package report

import (
	"errors"
	"slices"
	"strings"

	"orgdesigner/app/i18n"
)

// Section names a part of a role sheet (岗位说明书) that can be chosen for
// printing; the title always prints. Other writers of role sheets (the
// Word copy) use the same names so `--sections` means the same everywhere.
type Section string

// The sections of a role sheet, in print order.
const (
	SectionBasic            Section = "basic"            // 基本信息
	SectionPurpose          Section = "purpose"          // 岗位目的
	SectionResponsibilities Section = "responsibilities" // 主要职责
	SectionKPIs             Section = "kpis"             // 考核指标
	SectionQualifications   Section = "qualifications"   // 任职资格
	SectionAuthority        Section = "authority"        // 工作权限
	SectionContacts         Section = "contacts"         // 工作关系
	SectionConditions       Section = "conditions"       // 工作条件
	SectionCareer           Section = "career"           // 发展路径
	SectionNotes            Section = "notes"            // 备注
	SectionApproval         Section = "approval"         // 编制 / 审核 / 批准
)

// Sections lists every section in print order.
var Sections = []Section{SectionBasic, SectionPurpose, SectionResponsibilities, SectionKPIs,
	SectionQualifications, SectionAuthority, SectionContacts, SectionConditions, SectionCareer,
	SectionNotes, SectionApproval}

// Label is the section's heading in the content language lang.
func (s Section) Label(lang string) string {
	switch s {
	case SectionBasic:
		return i18n.In(lang, "Basic information")
	case SectionPurpose:
		return i18n.In(lang, "Purpose")
	case SectionResponsibilities:
		return i18n.In(lang, "Main responsibilities")
	case SectionKPIs:
		return i18n.In(lang, "KPIs")
	case SectionQualifications:
		return i18n.In(lang, "Qualifications")
	case SectionAuthority:
		return i18n.In(lang, "Authority")
	case SectionContacts:
		return i18n.In(lang, "Working relationships")
	case SectionConditions:
		return i18n.In(lang, "Working conditions")
	case SectionCareer:
		return i18n.In(lang, "Career path")
	case SectionNotes:
		return i18n.In(lang, "Notes")
	case SectionApproval:
		return i18n.In(lang, "Approval")
	}
	return string(s)
}

// ParseSections reads a comma-separated list of section names ("all" or
// "" is every section). An unknown name is an error naming the choices.
func ParseSections(s string) ([]Section, error) {
	s = strings.TrimSpace(s)
	if s == "" || strings.EqualFold(s, "all") {
		return nil, nil
	}
	var out []Section
	for _, part := range strings.Split(s, ",") {
		name := Section(strings.ToLower(strings.TrimSpace(part)))
		if name == "" {
			continue
		}
		if !slices.Contains(Sections, name) {
			names := make([]string, len(Sections))
			for i, x := range Sections {
				names[i] = string(x)
			}
			return nil, errors.New(i18n.L("Unknown section %q; use one or more of %s.", part, strings.Join(names, ", ")))
		}
		if !slices.Contains(out, name) {
			out = append(out, name)
		}
	}
	return out, nil
}

// wants reports whether the options print section s.
func (o Options) wants(s Section) bool {
	return len(o.Sections) == 0 || slices.Contains(o.Sections, s)
}
