package sheets

import (
	"strings"

	"orgdesigner/data"
)

// CompanyLevel is the ValueChoice.Target that places a department value at
// the company level: its rows get no department, and their roles resolve
// against the company-level roles (Department "", such as a template's
// 总经理) before new company-level roles are made. It is remembered as the
// data.ValueMap.Target of the value (data.Validate does not look at value
// map targets). It can never be a real id: data.NewID makes "prefix-hex"
// ids and templates use "dept-…"/"role-…" ones, none starting with "@".
const CompanyLevel data.ID = "@company"

// companyOffices are the department names, as normKey folds them, of the
// office that is the company's own top rather than a department under
// it. Rosters put the general manager in 总经办 where the chart has the
// company-level 总经理.
var companyOffices = map[string]bool{
	"总经办": true, "总经理办": true, "总经理办公室": true, "总经理室": true, "总办": true,
	"总裁办": true, "总裁办公室": true, "总裁室": true, "ceo办公室": true,
	"董事会": true, "董事长办公室": true, "董事长室": true,
	"管理层": true, "高管": true, "高管层": true, "高层": true, "高层管理": true, "经营层": true,
	"公司领导": true, "公司领导层": true, "领导班子": true, "经营班子": true, "公司高管": true,
	"management": true, "managementteam": true, "seniormanagement": true, "topmanagement": true,
	"executive": true, "executives": true, "executiveoffice": true, "executiveteam": true,
	"board": true, "boardofdirectors": true, "theboard": true, "leadership": true, "leadershipteam": true,
	"ceooffice": true, "officeoftheceo": true, "ceo'soffice": true, "ceo’soffice": true,
	"generalmanager'soffice": true, "generalmanagementoffice": true,
}

// companyLike reports whether a department value names the company-level
// office (总经办, 董事会, Management …), possibly under the company's
// own name (星辰科技/总经办), so company level is suggested for it. An
// office the file gives teams of its own (总经办/总经办1) is a
// department, whatever order the rows come in.
func (x *index) companyLike(value string) bool {
	segs := x.stripOrg(splitPath(value))
	if len(segs) == 0 || x.hasSub[normKey(strings.Join(segs, "/"))] {
		return false
	}
	for _, s := range segs {
		if !companyOffices[normKey(s)] {
			return false
		}
	}
	return true
}

// namesCompany reports whether a department value names only the company
// itself (the organisation's name): such rows are at the
// company level without asking.
func (x *index) namesCompany(value string) bool {
	segs := splitPath(value)
	return len(segs) == 1 && x.orgName != "" && normKey(segs[0]) == x.orgName
}
