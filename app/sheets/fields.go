package sheets

import (
	"strings"
	"unicode"
)

// Field is what a roster column means. FieldExtra columns are kept as
// data.ExtraField values, in column order, so nothing from a roster is lost.
type Field string

// The fields a column can be mapped to.
const (
	FieldExtra      Field = ""           // unknown column, kept as an extra field
	FieldIgnore     Field = "ignore"     // dropped (序号, our own problems column)
	FieldNumber     Field = "number"     // 工号
	FieldName       Field = "name"       // 姓名
	FieldGivenName  Field = "givenName"  // First name (joined with FieldFamilyName)
	FieldFamilyName Field = "familyName" // Last name / surname
	FieldDepartment Field = "department" // 部门; several columns nest by Level
	FieldRole       Field = "role"       // 岗位
	FieldManager    Field = "manager"    // 直属上级, by name or number
	FieldHireDate   Field = "hireDate"   // 入职日期
	FieldPhone      Field = "phone"      // 手机
	FieldEmail      Field = "email"      // 邮箱
	FieldStatus     Field = "status"     // 在职状态
	FieldPlanned    Field = "planned"    // 编制 (planned headcount of the role)
	FieldRoleCode   Field = "roleCode"   // 岗位编号 (staffing sheet)
	FieldReportsTo  Field = "reportsTo"  // 上级岗位 (staffing sheet)
	FieldDeptCode   Field = "deptCode"   // 部门编码 (department list)
	FieldParentDept Field = "parentDept" // 上级部门编码 or 上级部门 (department list)
	FieldDeptHead   Field = "deptHead"   // 部门负责人 (department list)
)

// Fields lists the fields a mapping UI offers, in display order.
var Fields = []Field{FieldName, FieldNumber, FieldDepartment, FieldRole, FieldManager,
	FieldStatus, FieldHireDate, FieldPhone, FieldEmail, FieldPlanned, FieldGivenName,
	FieldFamilyName, FieldRoleCode, FieldReportsTo, FieldDeptCode, FieldParentDept, FieldDeptHead,
	FieldExtra, FieldIgnore}

// Label returns the field's name for a mapping UI in lang ("zh" or "en").
func (f Field) Label(lang string) string {
	return tr(lang, fieldLabels[f])
}

var fieldLabels = map[Field]string{
	FieldExtra:      "Keep as extra field",
	FieldIgnore:     "Ignore column",
	FieldNumber:     "Employee number",
	FieldName:       "Name",
	FieldGivenName:  "Given name",
	FieldFamilyName: "Family name",
	FieldDepartment: "Department",
	FieldRole:       "Role",
	FieldManager:    "Manager",
	FieldHireDate:   "Hire date",
	FieldPhone:      "Phone",
	FieldEmail:      "Email",
	FieldStatus:     "Status",
	FieldPlanned:    "Planned headcount",
	FieldRoleCode:   "Role code",
	FieldReportsTo:  "Reports to (role)",
	FieldDeptCode:   "Department code",
	FieldParentDept: "Parent department",
	FieldDeptHead:   "Department head",
}

// synonym is one header spelling: the field it means, its rank (lower wins
// when two columns claim the same field) and, for departments, the nesting
// level (lower is higher up: 公司 0, 一级部门 1, 部门 2, 组别 3).
type synonym struct {
	field Field
	rank  int
	level int
}

// synonyms maps normalised header text (see normHeader) to its meaning.
// The lists follow product.md §5 plus spellings seen in real HR exports.
var synonyms = buildSynonyms()

func buildSynonyms() map[string]synonym {
	m := map[string]synonym{}
	add := func(f Field, level int, names ...string) {
		for _, n := range names {
			k := normHeader(n)
			if _, dup := m[k]; !dup {
				m[k] = synonym{field: f, rank: len(m), level: level}
			}
		}
	}
	add(FieldName, 0, "姓名", "员工姓名", "人员姓名", "职工姓名", "名字", "全名", "中文名", "业务员",
		"Name", "Full Name", "Employee Name", "Staff Name")
	add(FieldNumber, 0, "工号", "员工编号", "员工工号", "员工号", "职工号", "职工编号", "人员编号",
		"员工ID", "员工代码", "Employee ID", "Employee No", "Employee Number", "Emp ID", "Emp No",
		"Staff ID", "Staff No", "Personnel Number", "ID", "编号")
	add(FieldGivenName, 0, "First Name", "Given Name", "Forename", "名")
	add(FieldFamilyName, 0, "Last Name", "Surname", "Family Name", "姓")
	add(FieldDepartment, 0, "公司", "所属公司", "Company")
	add(FieldDepartment, 1, "一级部门", "1级部门", "中心", "事业部", "事业群", "大区", "区域",
		"Division", "Region")
	add(FieldDepartment, 2, "部门", "所属部门", "部门名称", "归属部门", "任职部门", "部门全称",
		"部门路径", "部门全路径", "组织路径", "所属部门路径", "Department Path", "Dept Path", "Org Path", "Organization Path",
		"组织", "所属组织", "组织名称", "二级部门", "2级部门", "片区", "Department", "Dept", "Department Name",
		"Area", "Organization", "Organizations", "Organisation", "Org", "Org Name", "Dept Name")
	add(FieldDepartment, 3, "三级部门", "3级部门", "组别", "小组", "团队", "战队", "所属战队", "科室",
		"社区", "组", "Team", "Group", "Team Name")
	add(FieldDepartment, 4, "四级部门", "4级部门")
	add(FieldRole, 0, "岗位", "岗位名称", "职位", "职位名称", "职务", "岗位职务", "Position",
		"Title", "Job Title", "Role", "Job Role", "Position Name", "Job", "Post", "Job Name")
	add(FieldManager, 0, "直属上级", "上级", "汇报对象", "直线经理", "直接上级", "直属领导",
		"上级领导", "汇报上级", "直属上级工号", "上级工号", "直属上级姓名", "上级姓名",
		"Reports To", "Manager", "Line Manager", "Supervisor", "Manager ID", "Manager Name",
		"Parent ID", "ParentId", "Reports To ID", "Leader", "Leaders", "Direct Leader",
		"Superior", "Boss", "Manager No", "Manager Number")
	add(FieldHireDate, 0, "入职日期", "入职时间", "入司日期", "到岗日期", "入职", "Hire Date",
		"Start Date", "Date Hired", "Joining Date", "Join Date", "Date of Joining")
	add(FieldPhone, 0, "手机", "手机号", "手机号码", "移动电话", "联系电话", "电话", "电话号码",
		"联系方式", "Phone", "Mobile", "Mobile Phone", "Phone Number", "Cell Phone", "Tel", "Telephone")
	add(FieldEmail, 0, "邮箱", "电子邮箱", "工作邮箱", "邮件", "电子邮件", "Email", "E-mail",
		"Work Email", "Email Address", "Mail")
	add(FieldStatus, 0, "状态", "在职状态", "员工状态", "人员状态", "用工状态", "Status",
		"Employee Status", "Employment Status")
	add(FieldPlanned, 0, "编制", "编制人数", "岗位编制", "Headcount", "Planned", "Planned Headcount")
	add(FieldRoleCode, 0, "岗位编号", "岗位代码", "Role Code", "Position Code")
	add(FieldReportsTo, 0, "上级岗位", "汇报岗位", "Reports To Role")
	add(FieldDeptCode, 0, "部门编码", "部门编号", "部门代码", "部门ID", "组织编码", "组织编号", "组织代码",
		"组织ID", "机构编码", "Department Code", "Dept Code", "Dept ID", "Department ID", "Org Code",
		"Org ID", "Organization Code", "Unit Code")
	add(FieldParentDept, 0, "上级部门编码", "上级部门编号", "上级部门代码", "上级组织编码", "上级组织编号",
		"上级组织代码", "上级部门ID", "上级组织ID", "上级部门", "上级组织", "上级机构", "所属上级部门",
		"Parent Department", "Parent Dept", "Parent Code", "Parent Dept Code", "Parent Department Code",
		"Parent Org", "Parent Org Code")
	add(FieldDeptHead, 0, "部门负责人", "部门负责人姓名", "负责人", "负责人姓名", "部门主管", "部门经理",
		"部门领导", "Department Head", "Dept Head", "Head", "Head of Department")
	add(FieldIgnore, 0, "序号", "行号", "No", "No.", "#", "SN", "导入问题", "Import problems",
		"在岗", "空缺", "Filled", "Vacancy")
	return m
}

// lookupHeader returns the meaning of a header cell, if it has one: the
// whole cell first, else by its parts (see headerParts), so 姓名/full_name,
// 直接上级/leaders and 一级部门_dept_level1 mean what their parts mean.
func lookupHeader(h string) (synonym, bool) {
	if s, ok := synonyms[normHeader(h)]; ok {
		return s, true
	}
	return lookupParts(h)
}

// headerSeparators split a header cell into parts that each may name the
// column: bilingual headers (姓名/full_name), notes (姓名（必填）, *姓名)
// and two lines (姓名\nName). An underscore splits only where Chinese
// meets Latin (姓名_real_name); snake_case words are read by lookupWords.
const headerSeparators = "/／\\（）()[]【】*＊:：\n\r|｜"

// lookupParts scores a header by its parts; the field most parts name
// wins, the leftmost part on a tie. Department levels come from the part
// that names the department best (一级部门 over dept).
func lookupParts(h string) (synonym, bool) {
	if len(h) > 200 {
		return synonym{}, false
	}
	var parts []string
	for _, p := range strings.FieldsFunc(h, func(r rune) bool { return strings.ContainsRune(headerSeparators, r) }) {
		parts = append(parts, splitScripts(p)...)
	}
	type vote struct {
		n     int
		first int
		best  synonym
	}
	votes := map[Field]*vote{}
	for i, p := range parts {
		s, ok := synonyms[normHeader(p)]
		if !ok || len(parts) == 1 {
			s, ok = lookupWords(p)
		}
		if !ok {
			continue
		}
		if v := votes[s.field]; v == nil {
			votes[s.field] = &vote{n: 1, first: i, best: s}
		} else if v.n++; s.rank < v.best.rank {
			v.best = s
		}
	}
	var win *vote
	for _, v := range votes {
		if win == nil || v.n > win.n || v.n == win.n && v.first < win.first {
			win = v
		}
	}
	if win == nil {
		return synonym{}, false
	}
	return win.best, true
}

// splitScripts splits a part at the underscores between Chinese and
// Latin words: 一级部门_dept_level1 → 一级部门, dept_level1.
func splitScripts(p string) []string {
	toks := strings.Split(p, "_")
	if len(toks) < 2 {
		return []string{p}
	}
	var out []string
	start := 0
	for i := 1; i <= len(toks); i++ {
		if i == len(toks) || hasHan(toks[i]) != hasHan(toks[i-1]) {
			out = append(out, strings.Join(toks[start:i], "_"))
			start = i
		}
	}
	return out
}

// lookupWords reads a snake_case or spaced part (real_name, dept_level1,
// department_location_id): a run of its words must name a field and the
// words left over may only be qualifiers (name, real, level1 …), so
// department_location_id is no department.
func lookupWords(p string) (synonym, bool) {
	words := strings.FieldsFunc(p, func(r rune) bool { return r == '_' || r == ' ' || r == '-' || r == '.' })
	if len(words) < 2 || len(words) > 8 {
		return synonym{}, false
	}
	for n := len(words) - 1; n >= 1; n-- {
		for j := 0; j+n <= len(words); j++ {
			s, ok := synonyms[normHeader(strings.Join(words[j:j+n], ""))]
			if !ok || s.field == FieldIgnore {
				continue
			}
			if allQualifiers(words[:j]) && allQualifiers(words[j+n:]) {
				return s, true
			}
		}
	}
	return synonym{}, false
}

// allQualifiers reports words that add nothing to a header's meaning.
func allQualifiers(words []string) bool {
	for _, w := range words {
		w = strings.ToLower(w)
		switch w {
		case "name", "real", "full", "the", "of", "info", "text", "value", "cn", "zh", "en", "chinese":
			continue
		}
		if t := strings.TrimLeft(strings.TrimPrefix(strings.TrimPrefix(w, "level"), "lv"), "0123456789"); t == "" && w != "" && w[len(w)-1] >= '0' && w[len(w)-1] <= '9' {
			continue // level1, lv2
		}
		return false
	}
	return true
}

// normHeader folds a header cell to the form the synonym table uses:
// lower case, no spaces or punctuation, no required-field markers and no
// trailing remark in brackets ("姓名（必填）", "First name (required)").
func normHeader(h string) string {
	h = strings.ToLower(h)
	if i := strings.IndexAny(h, "(（[【"); i > 0 {
		h = h[:i]
	}
	var b strings.Builder
	b.Grow(len(h))
	for _, r := range h {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '#' {
			b.WriteRune(r)
		}
	}
	return b.String()
}
