package sheets

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"testing"

	"orgdesigner/data"
)

// messyRoster is a roster as HR keeps it: a hidden instructions sheet
// first, a merged title row, an instruction row, the header on row 3,
// 部门 merged over three rows, dates typed five ways, 工号 and phone
// numbers as text, a full-width space, duplicate 工号, a missing name, a
// reporting cycle, an unknown and an ambiguous manager, an unreadable
// date, a blank row and footer rows.
func messyRoster(t testing.TB, dir string) string {
	d := dateCell(mustSerial(t, "2023-05-08"))
	return writeWorkbook(t, dir, "员工花名册.xlsx",
		sheetSpec{name: "说明", hidden: true, rows: [][]any{
			{"填表说明"}, {"1. 工号为 6 位数字"}, {"2. 部门写完整路径"}}},
		sheetSpec{name: "员工花名册", merges: []string{"A1:K1", "D4:D6"}, rows: [][]any{
			{"星辰科技有限公司员工花名册"},
			{"填写说明：日期请按 2023-05-08 填写；工号为 6 位数字"},
			{"序号", "工号", "姓名", "部门", "岗位", "直属上级", "入职日期", "手机", "状态", "身份证号", "备注"},
			{1, "000101", "张伟", "星辰科技/研发中心/后端组", "后端工程师", nil, d, "13800000001", "在职", "110101199003071234", "老员工"},
			{2, "000102", "李娜\u3000", nil, "后端工程师", "张伟", "2023/5/8", "13800000002", "试用"},
			{3, "000103", "王强", nil, "测试工程师", "000101", "2023年5月8日", nil, "在职"},
			{4, "000104", "刘洋", "星辰科技/市场部", "市场专员", "赵敏", "20230508", nil, "active"},
			{5, "000105", "赵敏", "星辰科技/市场部", "市场经理", "刘洋", "2023.5.8", nil, "在职"},
			{6, "000101", "张三", "星辰科技/市场部", "市场专员"},
			{7, "000107", nil, "星辰科技/市场部", "市场专员"},
			{8, "000108", "陈静", "星辰科技/市场部", "市场专员", "王芳", "明年", nil, "离职"},
			{9, "000109", "周杰", "星辰科技/市场部", "市场专员", "李明"},
			{10, "000110", "李明", "星辰科技/研发中心/后端组", "后端工程师"},
			{11, "000111", "李明", "星辰科技/市场部", "市场专员"},
			nil,
			{"制表人：王经理", nil, nil, nil, nil, "审核：李总"},
			{"合计", nil, "11 人"},
		}})
}

func mustSerial(t testing.TB, date string) float64 {
	v, ok := toSerial(date)
	if !ok {
		t.Fatalf("no serial for %s", date)
	}
	return v
}

func blankDoc() *data.Document {
	return &data.Document{Org: data.Organisation{Name: "星辰科技", Lang: "zh"}}
}

func TestMessyRosterPreview(t *testing.T) {
	path := messyRoster(t, t.TempDir())
	doc := blankDoc()
	a, p := importFile(t, path, doc, PlanOptions{})

	if a.Sheet != "员工花名册" || a.HeaderRow != 3 {
		t.Fatalf("sheet %q header row %d, want 员工花名册 row 3", a.Sheet, a.HeaderRow)
	}
	wantFields := map[string]Field{"A": FieldIgnore, "B": FieldNumber, "C": FieldName, "D": FieldDepartment,
		"E": FieldRole, "F": FieldManager, "G": FieldHireDate, "H": FieldPhone, "I": FieldStatus,
		"J": FieldExtra, "K": FieldExtra}
	for _, c := range a.Columns {
		if c.Field != wantFields[c.Letter] {
			t.Errorf("column %s %q mapped to %q, want %q", c.Letter, c.Header, c.Field, wantFields[c.Letter])
		}
	}
	if a.DataRows != 11 || p.Rows != 11 {
		t.Errorf("data rows %d / %d, want 11", a.DataRows, p.Rows)
	}
	wantProblems := []problemSummary{
		{"员工花名册", 7, "F", "赵敏", "manager-cycle"},
		{"员工花名册", 8, "F", "刘洋", "manager-cycle"},
		{"员工花名册", 9, "B", "000101", "duplicate-number"},
		{"员工花名册", 10, "C", "", "missing-name"},
		{"员工花名册", 11, "F", "王芳", "unknown-manager"},
		{"员工花名册", 11, "G", "明年", "bad-date"},
		{"员工花名册", 12, "F", "李明", "ambiguous-manager"},
	}
	if got := summarise(p.Problems); !reflect.DeepEqual(got, wantProblems) {
		t.Errorf("problems\n got %v\nwant %v", got, wantProblems)
	}
	if p.Skipped != 2 || len(p.NewPeople) != 9 || len(p.UpdatedPeople) != 0 || p.Unchanged != 0 {
		t.Errorf("skipped %d new %d updated %d unchanged %d, want 2 9 0 0",
			p.Skipped, len(p.NewPeople), len(p.UpdatedPeople), p.Unchanged)
	}
	var paths []string
	for _, d := range p.NewDepartments {
		paths = append(paths, d.Path)
	}
	if want := []string{"研发中心", "研发中心/后端组", "市场部"}; !slices.Equal(paths, want) {
		t.Errorf("new departments %v, want %v (the company itself is not a department)", paths, want)
	}
	roles := map[string]int{}
	for _, r := range p.NewRoles {
		roles[r.Department+" "+r.Title] = r.Planned
	}
	wantRoles := map[string]int{"研发中心/后端组 后端工程师": 3, "研发中心/后端组 测试工程师": 1,
		"市场部 市场专员": 3, "市场部 市场经理": 1}
	if !reflect.DeepEqual(roles, wantRoles) {
		t.Errorf("new roles (planned) %v, want %v", roles, wantRoles)
	}
	if p.ReportingLines != 2 {
		t.Errorf("reporting lines %d, want 2", p.ReportingLines)
	}

	nd := apply(t, doc, p)
	zhang, li, wang := personNamed(t, nd, "张伟"), personNamed(t, nd, "李娜"), personNamed(t, nd, "王强")
	if li.Manager != zhang.ID || wang.Manager != zhang.ID {
		t.Errorf("managers of 李娜 / 王强 = %s / %s, want %s", li.Manager, wang.Manager, zhang.ID)
	}
	for _, n := range []string{"张伟", "李娜", "王强", "刘洋", "赵敏"} {
		if d := personNamed(t, nd, n).HireDate; d != "2023-05-08" {
			t.Errorf("%s hire date %q, want 2023-05-08", n, d)
		}
	}
	if zhang.Number != "000101" || zhang.Phone != "13800000001" || li.Status != data.StatusProbation ||
		personNamed(t, nd, "陈静").Status != data.StatusLeft || personNamed(t, nd, "陈静").HireDate != "" {
		t.Errorf("cells not kept as text / statuses wrong: %+v %+v", zhang, li)
	}
	wantExtra := []data.ExtraField{{Key: "身份证号", Value: "110101199003071234"}, {Key: "备注", Value: "老员工"}}
	if !slices.Equal(zhang.Extra, wantExtra) {
		t.Errorf("extra fields %v, want %v", zhang.Extra, wantExtra)
	}
	if got := deptPath(nd, li.Department); got != "研发中心/后端组" {
		t.Errorf("merged department cell not filled down: 李娜 in %q", got)
	}

	// The same file again changes nothing.
	_, p2 := importFile(t, path, nd, PlanOptions{})
	if !p2.NothingToDo() || p2.Unchanged != 9 {
		t.Errorf("second import: changes %+v, unchanged %d", p2.Changes, p2.Unchanged)
	}
}

func TestSkipLeavers(t *testing.T) {
	path := messyRoster(t, t.TempDir())
	_, p := importFile(t, path, blankDoc(), PlanOptions{SkipLeavers: true})
	var leaver []problemSummary
	for _, pr := range summarise(p.Problems) {
		if pr.Row == 11 {
			leaver = append(leaver, pr)
		}
	}
	// The skipped leaver reports only the skip, not its unknown manager or bad date.
	if want := []problemSummary{{"员工花名册", 11, "", "陈静", "leaver-skipped"}}; !reflect.DeepEqual(leaver, want) {
		t.Errorf("row 11 problems %v, want %v", leaver, want)
	}
	if len(p.NewPeople) != 8 || p.Skipped != 3 {
		t.Errorf("new %d skipped %d, want 8 and 3", len(p.NewPeople), p.Skipped)
	}
}

// existingDoc is a document with departments, roles and people to import into.
func existingDoc() *data.Document {
	doc := &data.Document{Org: data.Organisation{Name: "星辰科技", Lang: "zh"},
		Departments: []data.Department{
			{ID: "d-mkt", Name: "市场调研与策略部", Order: 0},
			{ID: "d-ops", Name: "数字运营部", Order: 1},
			{ID: "d-fin", Name: "财务部", Order: 2},
		},
		Roles: []data.Role{
			{ID: "r-ana", Title: "市场分析师", Department: "d-mkt", Planned: 2},
			{ID: "r-seo", Title: "SEO/SEM优化师", Department: "d-ops", Planned: 1},
			{ID: "r-acc", Title: "会计", Department: "d-fin", Planned: 1},
		},
		People: []data.Person{
			{ID: "p-old1", Number: "A01", Name: "孙丽", Role: "r-ana", Department: "d-mkt", Status: data.StatusActive},
			{ID: "p-old2", Name: "钱进", Role: "r-acc", Department: "d-fin", Phone: "13900000000"},
		},
	}
	doc.Sort()
	return doc
}

func TestValueMappingSuggestionsAndMemory(t *testing.T) {
	dir := t.TempDir()
	path := writeWorkbook(t, dir, "roster.xlsx", sheetSpec{name: "Sheet1", rows: [][]any{
		{"工号", "姓名", "部门", "岗位"},
		{"A01", "孙丽", "市场调研与策略部", "市场分析师"},
		{"A02", "周明", "市场部", "市场分析师"},
		{"A03", "吴军", "数字运营部", "SEO专员"},
		{nil, "钱进", "财务部", "会计"},
	}})
	doc := existingDoc()
	wb, err := Open(path)
	must(t, err)
	defer wb.Close()
	a, err := wb.Analyse(context.Background(), wb.Suggested(), doc, nil)
	must(t, err)
	if len(a.Values) != 2 {
		t.Fatalf("values needing a choice: %+v, want 市场部 and SEO专员", a.Values)
	}
	dept, role := a.Values[0], a.Values[1]
	if dept.Kind != KindDepartment || dept.Value != "市场部" || len(dept.Suggestions) == 0 ||
		dept.Suggestions[0].ID != "d-mkt" || dept.Target != "" {
		t.Errorf("department value %+v, want 市场部 suggesting 市场调研与策略部 first, default create", dept)
	}
	for _, s := range dept.Suggestions {
		if s.ID == "d-fin" {
			t.Errorf("财务部 suggested for 市场部: %+v", dept.Suggestions)
		}
	}
	if role.Kind != KindRole || role.Value != "SEO专员" || len(role.Suggestions) == 0 || role.Suggestions[0].ID != "r-seo" {
		t.Errorf("role value %+v, want SEO专员 suggesting SEO/SEM优化师", role)
	}
	// The user maps 市场部 onto the existing department and creates SEO专员.
	a.Choose(KindDepartment, "市场部", "d-mkt")
	p, err := Plan(context.Background(), a, doc, PlanOptions{NewID: seqIDs()}, nil)
	must(t, err)
	if len(p.NewDepartments) != 0 || len(p.NewRoles) != 1 || p.NewRoles[0].Title != "SEO专员" || p.NewRoles[0].Department != "数字运营部" {
		t.Errorf("new departments %v roles %v", p.NewDepartments, p.NewRoles)
	}
	if len(p.NewPeople) != 2 || p.Unchanged != 2 {
		t.Errorf("new %d unchanged %d, want 2 and 2 (孙丽 by 工号, 钱进 by name and department)", len(p.NewPeople), p.Unchanged)
	}
	wantMaps := []data.ValueMap{{Source: "roster.xlsx", Kind: "department", Value: "市场部", Target: "d-mkt"},
		{Source: "roster.xlsx", Kind: "role", Value: "SEO专员", Target: ""}}
	if !reflect.DeepEqual(p.Changes.PutValueMaps, wantMaps) {
		t.Errorf("value maps %+v, want %+v", p.Changes.PutValueMaps, wantMaps)
	}
	nd := apply(t, doc, p)
	if zhou := personNamed(t, nd, "周明"); zhou.Role != "r-ana" || zhou.Department != "d-mkt" {
		t.Errorf("周明 %+v, want 市场分析师 in 市场调研与策略部", zhou)
	}

	// Next time the choice is remembered, and nothing changes.
	wb2, err := Open(path)
	must(t, err)
	defer wb2.Close()
	a2, err := wb2.Analyse(context.Background(), wb2.Suggested(), nd, nil)
	must(t, err)
	if len(a2.Values) != 1 || !a2.Values[0].Remembered || a2.Values[0].Target != "d-mkt" {
		t.Errorf("second analysis values %+v, want the remembered 市场部 → d-mkt", a2.Values)
	}
	p2, err := Plan(context.Background(), a2, nd, PlanOptions{}, nil)
	must(t, err)
	if !p2.NothingToDo() {
		t.Errorf("second import changes %+v", p2.Changes)
	}
}

func TestUpdatesExistingPeople(t *testing.T) {
	dir := t.TempDir()
	path := writeWorkbook(t, dir, "update.xlsx", sheetSpec{name: "Sheet1", rows: [][]any{
		{"工号", "姓名", "部门", "岗位", "手机", "状态", "学历"},
		{"A01", "孙丽", "市场调研与策略部", "市场分析师", "13700000000", "离职", "硕士"},
		{"B02", "钱进", "财务部", nil, nil, nil, nil},
	}})
	_, p := importFile(t, path, existingDoc(), PlanOptions{})
	if len(p.UpdatedPeople) != 2 || len(p.NewPeople) != 0 {
		t.Fatalf("updated %d new %d, want 2 and 0", len(p.UpdatedPeople), len(p.NewPeople))
	}
	sun, qian := p.UpdatedPeople[0].After, p.UpdatedPeople[1].After
	if sun.Phone != "13700000000" || sun.Status != data.StatusLeft || !slices.Equal(sun.Extra, []data.ExtraField{{Key: "学历", Value: "硕士"}}) {
		t.Errorf("孙丽 after %+v", sun)
	}
	// 钱进 matched by name in 财务部; gets the 工号; empty cells erase nothing.
	if qian.ID != "p-old2" || qian.Number != "B02" || qian.Role != "r-acc" || qian.Phone != "13900000000" {
		t.Errorf("钱进 after %+v", qian)
	}
}

// wrapLines wraps every line of text in quotes, doubling the quotes
// inside, as some exporters write a whole line into one CSV field; the
// fields inside are quoted too.
func wrapLines(text string) string {
	var b strings.Builder
	for _, line := range strings.SplitAfter(text, "\n") {
		body := strings.TrimRight(line, "\r\n")
		if body == "" {
			b.WriteString(line)
			continue
		}
		for _, sep := range []string{";", "\t", ","} {
			if strings.Contains(body, sep) {
				body = `"` + strings.ReplaceAll(body, sep, `"`+sep+`"`) + `"`
				break
			}
		}
		b.WriteString(`"` + strings.ReplaceAll(body, `"`, `""`) + `"` + line[len(strings.TrimRight(line, "\r\n")):])
	}
	return b.String()
}

func TestCSVEncodingsAndDelimiters(t *testing.T) {
	const text = "工号,姓名,部门,岗位,入职日期\n001,张伟,研发部,工程师,2023-05-08\n002,李娜,研发部,工程师,2023/5/9\n003,王强,市场部,专员,\n"
	gbk := encodeGBK(t, text)
	utf16 := append([]byte{0xFF, 0xFE}, encodeUTF16LE(replaceAll(text, ",", "\t"))...)
	cases := []struct {
		name string
		data []byte
		enc  string
	}{
		{"utf8.csv", []byte(text), "UTF-8"},
		{"bom.csv", append([]byte{0xEF, 0xBB, 0xBF}, text...), "UTF-8 BOM"},
		{"gbk.csv", gbk, "GB18030"},
		{"semicolon.csv", []byte(replaceAll(text, ",", ";")), "UTF-8"},
		{"tab.txt", []byte(replaceAll(text, ",", "\t")), "UTF-8"},
		{"unicode.txt", utf16, "UTF-16"},
		{"crlf.csv", []byte(replaceAll(text, "\n", "\r\n")), "UTF-8"},
		{"bar.csv", []byte(replaceAll(text, ",", "|")), "UTF-8"},
		// every line one quoted field holding the real, separated line
		{"wrapped-semicolon.csv", []byte(wrapLines(replaceAll(text, ",", ";"))), "UTF-8"},
		{"wrapped-tab-crlf.csv", []byte(wrapLines(replaceAll(replaceAll(text, ",", "\t"), "\n", "\r\n"))), "UTF-8"},
		{"wrapped-gbk.csv", encodeGBK(t, wrapLines(replaceAll(text, ",", ";"))), "GB18030"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := writeFile(t, t.TempDir(), c.name, c.data)
			wb, err := Open(path)
			must(t, err)
			defer wb.Close()
			if !wb.IsCSV() || wb.Encoding() != c.enc {
				t.Errorf("csv %v encoding %q, want %q", wb.IsCSV(), wb.Encoding(), c.enc)
			}
			a, err := wb.Analyse(context.Background(), wb.Suggested(), blankDoc(), nil)
			must(t, err)
			p, err := Plan(context.Background(), a, blankDoc(), PlanOptions{NewID: seqIDs()}, nil)
			must(t, err)
			var got []string
			for _, pp := range p.NewPeople {
				got = append(got, pp.Number+" "+pp.Name+" "+pp.HireDate)
			}
			want := []string{"001 张伟 2023-05-08", "002 李娜 2023-05-09", "003 王强 "}
			if !slices.Equal(got, want) || len(p.NewDepartments) != 2 || len(p.Problems) != 0 {
				t.Errorf("people %q departments %d problems %v", got, len(p.NewDepartments), p.Problems)
			}
		})
	}
}

func TestDepartmentLevelsAsColumns(t *testing.T) {
	path := writeWorkbook(t, t.TempDir(), "teams.xlsx", sheetSpec{name: "Sheet1", rows: [][]any{
		{"业务员", "所属战队", "所属部门", "大区"},
		{"张飞", "蜀国队", "三国演义", "四大名著"},
		{"宋江", "梁山队", "水浒", "四大名著"},
		{"刘备", "蜀国队", "三国演义", "四大名著"},
	}})
	doc := blankDoc()
	_, p := importFile(t, path, doc, PlanOptions{})
	nd := apply(t, doc, p)
	if got := deptPath(nd, personNamed(t, nd, "刘备").Department); got != "四大名著/三国演义/蜀国队" {
		t.Errorf("刘备 in %q", got)
	}
	if len(p.NewDepartments) != 5 {
		t.Errorf("%d new departments, want 5", len(p.NewDepartments))
	}
}

func TestMappingOverride(t *testing.T) {
	path := writeWorkbook(t, t.TempDir(), "m.xlsx", sheetSpec{name: "Sheet1", rows: [][]any{
		{"编号", "姓名", "单位", "级别"},
		{"7", "张伟", "研发部", "P5"},
	}})
	wb, err := Open(path)
	must(t, err)
	defer wb.Close()
	a, err := wb.Analyse(context.Background(), wb.Suggested(), blankDoc(), nil)
	must(t, err)
	a.SetField(2, FieldDepartment, 2) // 单位 is the department
	a.SetField(3, FieldRole, 0)       // 级别 is the role
	a.SetField(0, FieldIgnore, 0)     // 编号 is only a row number
	p, err := Plan(context.Background(), a, blankDoc(), PlanOptions{NewID: seqIDs()}, nil)
	must(t, err)
	if len(p.NewPeople) != 1 || p.NewPeople[0].Number != "" || p.NewPeople[0].Name != "张伟" ||
		len(p.NewRoles) != 1 || p.NewRoles[0].Title != "P5" || p.NewRoles[0].Department != "研发部" {
		t.Errorf("people %+v roles %+v", p.NewPeople, p.NewRoles)
	}
}

func TestNoHeaderAndNoNameColumn(t *testing.T) {
	dir := t.TempDir()
	noHeader := writeWorkbook(t, dir, "nh.xlsx", sheetSpec{name: "Sheet1", rows: [][]any{{"a", "b"}, {"1", "2"}}})
	noName := writeWorkbook(t, dir, "nn.xlsx", sheetSpec{name: "Sheet1", rows: [][]any{{"部门", "岗位"}, {"研发部", "工程师"}}})
	for path, kind := range map[string]error{noHeader: ErrNoHeader, noName: ErrNoNameColumn} {
		wb, err := Open(path)
		must(t, err)
		a, err := wb.Analyse(context.Background(), wb.Suggested(), blankDoc(), nil)
		must(t, err)
		if err := a.Check(); !errors.Is(err, kind) {
			t.Errorf("%s: Check() = %v, want %v", path, err, kind)
		}
		if _, err := Plan(context.Background(), a, nil, PlanOptions{}, nil); !errors.Is(err, kind) {
			t.Errorf("%s: Plan error %v, want %v", path, err, kind)
		}
		wb.Close()
	}
	// The wizard can pick the header row by hand.
	wb, err := Open(noHeader)
	must(t, err)
	defer wb.Close()
	a, err := wb.Analyse(context.Background(), "Sheet1", blankDoc(), nil)
	must(t, err)
	a.SetHeaderRow(1)
	a.SetField(0, FieldName, 0)
	if err := a.Check(); err != nil {
		t.Errorf("after choosing header and name column: %v", err)
	}
}

func TestPlanCancelled(t *testing.T) {
	path := writeBigRoster(t, t.TempDir(), 3000)
	wb, err := Open(path)
	must(t, err)
	defer wb.Close()
	ctx, cancel := context.WithCancel(context.Background())
	a, err := wb.Analyse(ctx, wb.Suggested(), blankDoc(), nil)
	must(t, err)
	calls := 0
	_, err = Plan(ctx, a, blankDoc(), PlanOptions{}, func(done, total int) {
		calls++
		if total != 3000 || done > total {
			t.Errorf("progress %d/%d", done, total)
		}
		cancel()
	})
	if !errors.Is(err, context.Canceled) || calls == 0 {
		t.Errorf("Plan after cancel: %v (progress calls %d)", err, calls)
	}
	if _, err := wb.Analyse(ctx, "Sheet1", blankDoc(), nil); err != nil {
		t.Errorf("the sheet is cached, Analyse needs no reading: %v", err)
	}
}

func TestReportLanguages(t *testing.T) {
	_, p := importFile(t, messyRoster(t, t.TempDir()), blankDoc(), PlanOptions{})
	zh, en := p.Report("zh"), p.Report("en")
	for _, want := range []string{"新增员工 9 人", "问题 7 个（未导入 2 行）", "工作表“员工花名册”第 11 行 G（入职日期） 列", "明年"} {
		if !contains(zh, want) {
			t.Errorf("zh report lacks %q:\n%s", want, zh)
		}
	}
	for _, want := range []string{"New people: 9", "Problems: 7 (rows not imported: 2)", `sheet "员工花名册", row 12, column F (直属上级)`} {
		if !contains(en, want) {
			t.Errorf("en report lacks %q:\n%s", want, en)
		}
	}
}

func TestMergeExtras(t *testing.T) {
	old := []data.ExtraField{{Key: "a", Value: "1"}, {Key: "b", Value: "2"}, {Key: "a", Value: "3"}}
	upd := []data.ExtraField{{Key: "a", Value: "x"}, {Key: "c", Value: "y"}, {Key: "a", Value: "z"}, {Key: "a", Value: "w"}}
	got := mergeExtras(old, upd)
	want := []data.ExtraField{{Key: "a", Value: "x"}, {Key: "b", Value: "2"}, {Key: "a", Value: "z"}, {Key: "c", Value: "y"}, {Key: "a", Value: "w"}}
	if !slices.Equal(got, want) {
		t.Errorf("mergeExtras = %v, want %v", got, want)
	}
	if again := mergeExtras(got, upd); !slices.Equal(again, got) {
		t.Errorf("merging twice changes: %v", again)
	}
}

func TestDryRun(t *testing.T) {
	dir := t.TempDir()
	p, err := DryRun(context.Background(), messyRoster(t, dir), "", blankDoc(), PlanOptions{})
	if err != nil || len(p.NewPeople) != 9 {
		t.Fatalf("DryRun: %v", err)
	}
	if _, err := DryRun(context.Background(), messyRoster(t, dir), "没有", blankDoc(), PlanOptions{}); !errors.Is(err, ErrNoSheet) {
		t.Errorf("unknown sheet: %v", err)
	}
	if _, err := DryRun(context.Background(), writeFile(t, dir, "a.xls", fakeXLS()), "", blankDoc(), PlanOptions{}); !errors.Is(err, ErrLegacyXLS) {
		t.Errorf("xls: %v", err)
	}
	var oe *OpenError
	if _, err := DryRun(context.Background(), writeFile(t, dir, "n.csv", []byte("部门,岗位\n研发,工程师\n")), "", blankDoc(), PlanOptions{}); !errors.As(err, &oe) {
		t.Errorf("no name column is not an *OpenError: %v", err)
	}
}

// TestCellsRightOfHeaderAreIgnored: a cell with no header cannot be
// mapped, and reading it would let a sheet declaring 16,384 columns cost
// 16,384 columns (issue 11, bounded work).
func TestCellsRightOfHeaderAreIgnored(t *testing.T) {
	path := writeWorkbook(t, t.TempDir(), "w.xlsx", sheetSpec{name: "Sheet1", rows: [][]any{
		{"姓名", "部门"},
		{"张伟", "研发部", nil, "备用电话 139"},
	}})
	_, p := importFile(t, path, blankDoc(), PlanOptions{})
	if len(p.NewPeople) != 1 || len(p.NewPeople[0].Extra) != 0 {
		t.Errorf("people %+v", p.NewPeople)
	}
}

// TestAnnotatedCopyKeepsChoices: the user maps 市场部, saves the annotated
// workbook, fixes it and imports that copy; the choice still applies, so
// only the fixed row changes.
func TestAnnotatedCopyKeepsChoices(t *testing.T) {
	dir := t.TempDir()
	path := writeWorkbook(t, dir, "员工花名册.xlsx", sheetSpec{name: "Sheet1", rows: [][]any{
		{"工号", "姓名", "部门", "岗位", "入职日期"},
		{"A02", "周明", "市场部", "市场分析师", "去年春天"},
	}})
	doc := existingDoc()
	wb, err := Open(path)
	must(t, err)
	defer wb.Close()
	a, err := wb.Analyse(context.Background(), wb.Suggested(), doc, nil)
	must(t, err)
	a.Choose(KindDepartment, "市场部", "d-mkt")
	p, err := Plan(context.Background(), a, doc, PlanOptions{NewID: seqIDs()}, nil)
	must(t, err)
	copyPath := filepath.Join(dir, "员工花名册-导入问题.xlsx")
	must(t, p.WriteAnnotated(copyPath))
	nd := apply(t, doc, p)

	wb2, err := Open(copyPath)
	must(t, err)
	defer wb2.Close()
	a2, err := wb2.Analyse(context.Background(), wb2.Suggested(), nd, nil)
	must(t, err)
	if len(a2.Values) != 1 || !a2.Values[0].Remembered || a2.Values[0].Target != "d-mkt" {
		t.Fatalf("annotated copy values %+v, want the remembered 市场部 → d-mkt", a2.Values)
	}
	p2, err := Plan(context.Background(), a2, nd, PlanOptions{NewID: seqIDs()}, nil)
	must(t, err)
	if len(p2.NewDepartments) != 0 || len(p2.NewPeople) != 0 || len(p2.Changes.PutValueMaps) != 0 {
		t.Errorf("re-import of the annotated copy: new departments %v, people %d, value maps %+v; want none",
			p2.NewDepartments, len(p2.NewPeople), p2.Changes.PutValueMaps)
	}
}

func TestSourceStem(t *testing.T) {
	cases := map[string]string{
		"员工花名册.xlsx":                  "员工花名册",
		"员工花名册-导入问题.xlsx":             "员工花名册",
		"员工花名册-导入问题-导入问题.xlsx":        "员工花名册",
		"roster-import-problems.xlsx": "roster",
		"名单.csv":                      "名单",
		"-导入问题.xlsx":                  "-导入问题",
		"导入问题汇总.xlsx":                 "导入问题汇总",
	}
	for in, want := range cases {
		if got := sourceStem(in); got != want {
			t.Errorf("sourceStem(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestAnnotatedCopyIsReadable: the annotated workbook is an ordinary file
// (0644 like an export), not the private mode of a temporary file.
func TestAnnotatedCopyIsReadable(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("POSIX permissions")
	}
	dir := t.TempDir()
	path := writeWorkbook(t, dir, "roster.xlsx", sheetSpec{name: "Sheet1", rows: [][]any{
		{"姓名", "部门", "入职日期"}, {"周明", "运营部", "去年春天"},
	}})
	_, p := importFile(t, path, existingDoc(), PlanOptions{})
	dst := filepath.Join(dir, "roster-import-problems.xlsx")
	must(t, p.WriteAnnotated(dst))
	info, err := os.Stat(dst)
	must(t, err)
	if mode := info.Mode().Perm(); mode&0o044 == 0 {
		t.Errorf("annotated workbook mode %v, want readable by group and others", mode)
	}
}

// A file whose lines are each wrapped in quotes, with a quote missing on
// line 3, is refused with the separator and the line named; the same file
// with pairing quotes reads (TestCSVEncodingsAndDelimiters).
func TestCSVWrappedBrokenQuotes(t *testing.T) {
	text := wrapLines("First name;Last name;Department\nJoe;Smith;Sales\nSarah;Smith;Sales\nMike;Smith;Tech\n")
	text = strings.Replace(text, `""Sarah""`, `Sarah""`, 1)
	path := writeFile(t, t.TempDir(), "broken.csv", []byte(text))
	_, err := Open(path)
	var oe *OpenError
	if !errors.As(err, &oe) || !errors.Is(err, ErrCSV) || !oe.Quotes || oe.Line != 3 || oe.Comma != ';' {
		t.Fatalf("Open: %#v", err)
	}
	for lang, want := range map[string][]string{
		"zh": {"broken.csv", "分号（;）", "引号不成对（第 3 行）"},
		"en": {"broken.csv", "semicolons (;)", "quotes do not pair up (line 3)"},
	} {
		msg := oe.Message(lang)
		for _, w := range want {
			if !strings.Contains(msg, w) {
				t.Errorf("%s message %q lacks %q", lang, msg, w)
			}
		}
		if strings.Contains(msg, "工作表") || strings.Contains(msg, "sheet") {
			t.Errorf("%s message %q calls the CSV file a sheet", lang, msg)
		}
	}
}

// A CSV file that splits into one column is refused saying so, and calls
// itself a file, not a sheet.
func TestCSVOneColumn(t *testing.T) {
	path := writeFile(t, t.TempDir(), "one.csv", []byte("Joe Smith Sales\nSarah Smith Sales\nMike Smith Tech\n"))
	wb, err := Open(path)
	must(t, err)
	defer wb.Close()
	a, err := wb.Analyse(context.Background(), wb.Suggested(), blankDoc(), nil)
	must(t, err)
	err = a.Check()
	var oe *OpenError
	if !errors.As(err, &oe) || !errors.Is(err, ErrNoHeader) || !oe.OneColumn {
		t.Fatalf("Check: %#v", err)
	}
	if msg := oe.Message("zh"); !strings.Contains(msg, "只有一列") || strings.Contains(msg, "工作表") {
		t.Errorf("message %q", msg)
	}
}

// A name holding ; or " shows a line that was not split into its columns:
// the row is a problem, not a person.
func TestCSVSplitNameIsAProblem(t *testing.T) {
	path := writeFile(t, t.TempDir(), "names.csv", []byte("姓名,部门\n\"Joe;Smith;Sales\",销售部\n\"Ann \"\"A\"\" Lee\",销售部\n张伟,销售部\n"))
	_, p := importFile(t, path, blankDoc(), PlanOptions{})
	if len(p.NewPeople) != 1 || p.NewPeople[0].Name != "张伟" {
		t.Errorf("people %v", p.NewPeople)
	}
	if len(p.Problems) != 2 || p.Problems[0].Code != "split-name" || p.Problems[0].Row != 2 || !p.Problems[0].Skipped || p.Problems[1].Row != 3 {
		t.Errorf("problems %v", p.Problems)
	}
	// a CSV file has no sheets: its texts name the file
	if got := p.Problems[0].Text("zh"); !strings.HasPrefix(got, "文件 names.csv 第 2 行 A（姓名） 列") {
		t.Errorf("zh problem %q", got)
	}
	if got := p.Report("en"); strings.Contains(got, "sheet") || !strings.Contains(got, "Import of names.csv: 3 rows read.") {
		t.Errorf("en report %q", got)
	}
}
