package sheets

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"orgdesigner/data"
)

// TestMatchPeopleWithoutNumbers imports a first roster into a blank
// document, then a second one in which people without a 工号 moved, and
// checks who the second import finds: a person is matched by name and a
// shared identifier (phone, email, ID number), by name in the same
// department, or by a name nobody else has and nothing contradicts; a
// name that fits several people is a problem on the row, never a silent
// second person.
func TestMatchPeopleWithoutNumbers(t *testing.T) {
	const hdr = "工号,姓名,部门,岗位,手机\n"
	type want struct {
		newPeople, updated int
		problems           []string // "row code value"
		// people named 张三 after both imports, as "department phone",
		// sorted.
		zhang []string
	}
	for _, tc := range []struct {
		name          string
		first, second string
		want          want
	}{
		{"phone matches, department changed (QA repro)",
			hdr + ",张三,运营部,专员,13800000001\n",
			hdr + ",张三,市场部,专员,13800000001\n",
			want{0, 1, nil, []string{"市场部 13800000001"}}},
		{"phone written differently",
			hdr + ",张三,运营部,专员,13800000001\n",
			hdr + ",张三,市场部,专员,+86 138-0000-0001\n",
			want{0, 1, nil, []string{"市场部 +86 138-0000-0001"}}},
		{"email matches, no phone column",
			"姓名,部门,邮箱\n张三,运营部,Zhang.San@example.com\n",
			"姓名,部门,邮箱\n张三,市场部,zhang.san@example.com\n",
			want{0, 1, nil, []string{"市场部 "}}},
		{"ID number matches although the phone changed",
			"姓名,部门,手机,身份证号\n张三,运营部,13800000001,11010119900307123X\n",
			"姓名,部门,手机,证件号码\n张三,市场部,13900000009,11010119900307123x\n",
			want{0, 1, nil, []string{"市场部 13900000009"}}},
		{"no identifiers in the file: a unique name moves",
			"姓名,部门,岗位\n张三,运营部,专员\n李四,运营部,专员\n",
			"姓名,部门,岗位\n张三,市场部,专员\n李四,运营部,专员\n",
			want{0, 1, nil, []string{"市场部 "}}},
		{"identifier column left empty: a unique name moves",
			hdr + ",张三,运营部,专员,\n",
			hdr + ",张三,市场部,专员,13800000001\n",
			want{0, 1, nil, []string{"市场部 13800000001"}}},
		{"another phone in another department is someone else",
			hdr + ",张三,运营部,专员,13800000001\n",
			hdr + ",张三,市场部,专员,13900000002\n",
			want{1, 0, nil, []string{"市场部 13900000002", "运营部 13800000001"}}},
		{"same department, new phone: the same person",
			hdr + ",张三,运营部,专员,13800000001\n",
			hdr + ",张三,运营部,专员,13900000002\n",
			want{0, 1, nil, []string{"运营部 13900000002"}}},
		{"placeholder phones decide nothing",
			hdr + ",张三,运营部,专员,1\n",
			hdr + ",张三,市场部,专员,1\n",
			want{0, 1, nil, []string{"市场部 1"}}},
		{"two of the name, nothing decides: a problem, nobody added",
			"姓名,部门,岗位\n张三,运营部,专员\n张三,技术部,工程师\n",
			"姓名,部门,岗位\n张三,市场部,专员\n",
			want{0, 0, []string{"2 ambiguous-person 张三"}, []string{"技术部 ", "运营部 "}}},
		{"two of the name, the phone decides",
			hdr + ",张三,运营部,专员,13800000001\n,张三,技术部,工程师,13800000002\n",
			hdr + ",张三,市场部,专员,13800000002\n",
			want{0, 1, nil, []string{"市场部 13800000002", "运营部 13800000001"}}},
		{"two of the name, the department decides",
			"姓名,部门,岗位\n张三,运营部,专员\n张三,技术部,工程师\n",
			"姓名,部门,岗位\n张三,技术部,高级工程师\n",
			want{0, 1, nil, []string{"技术部 ", "运营部 "}}},
		{"two of the name, one has another phone: the other moves",
			hdr + ",张三,运营部,专员,13800000001\n,张三,技术部,工程师,\n",
			hdr + ",张三,市场部,专员,13900000009\n",
			want{0, 1, nil, []string{"市场部 13900000009", "运营部 13800000001"}}},
		{"two rows may be the one person: both are problems",
			"姓名,部门,岗位\n张三,运营部,专员\n",
			"姓名,部门,岗位\n张三,市场部,专员\n张三,销售部,专员\n",
			want{0, 0, []string{"2 contested-person 张三", "3 contested-person 张三"}, []string{"运营部 "}}},
		{"the person is another row's: this row is someone new",
			"姓名,部门,岗位\n张三,运营部,专员\n",
			"姓名,部门,岗位\n张三,市场部,专员\n张三,运营部,专员\n",
			want{1, 0, nil, []string{"市场部 ", "运营部 "}}},
		{"a 工号 given later finds the person by phone",
			hdr + ",张三,运营部,专员,13800000001\n",
			hdr + "A07,张三,市场部,专员,13800000001\n",
			want{0, 1, nil, []string{"市场部 13800000001"}}},
		{"different 工号 is someone else",
			hdr + "A01,张三,运营部,专员,13800000001\n",
			hdr + "A02,张三,市场部,专员,13800000001\n",
			want{1, 0, nil, []string{"市场部 13800000001", "运营部 13800000001"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			_, p1 := importFile(t, writeFile(t, dir, "first.csv", []byte(tc.first)), blankDoc(), PlanOptions{})
			if len(p1.Problems) > 0 {
				t.Fatalf("first import: %v", p1.Problems)
			}
			doc := apply(t, blankDoc(), p1)
			_, p2 := importFile(t, writeFile(t, dir, "second.csv", []byte(tc.second)), doc, PlanOptions{NewID: prefixedIDs("n")})
			var probs []string
			for _, pr := range p2.Problems {
				probs = append(probs, fmt.Sprintf("%d %s %s", pr.Row, pr.Code, pr.Value))
				if !pr.Skipped {
					t.Errorf("problem %v does not skip its row", pr)
				}
			}
			if len(p2.NewPeople) != tc.want.newPeople || len(p2.UpdatedPeople) != tc.want.updated || !slices.Equal(probs, tc.want.problems) {
				t.Errorf("new %d updated %d problems %q; want %d, %d, %q\n%s", len(p2.NewPeople), len(p2.UpdatedPeople), probs,
					tc.want.newPeople, tc.want.updated, tc.want.problems, p2.Report("en"))
			}
			after := apply(t, doc, p2)
			var zhang []string
			for _, p := range after.People {
				if p.Name == "张三" {
					zhang = append(zhang, deptPath(after, p.Department)+" "+p.Phone)
				}
			}
			slices.Sort(zhang)
			if !slices.Equal(zhang, tc.want.zhang) {
				t.Errorf("张三 after both imports: %q, want %q", zhang, tc.want.zhang)
			}
		})
	}
}

// TestAmbiguousPersonReport: the problem names the row, the name and the
// people it may be, in both languages.
func TestAmbiguousPersonReport(t *testing.T) {
	dir := t.TempDir()
	_, p1 := importFile(t, writeFile(t, dir, "first.csv", []byte("姓名,部门,岗位\n张三,运营部,专员\n张三,技术部,工程师\n")), blankDoc(), PlanOptions{})
	doc := apply(t, blankDoc(), p1)
	_, p := importFile(t, writeFile(t, dir, "second.csv", []byte("姓名,部门,岗位\n张三,市场部,专员\n")), doc, PlanOptions{NewID: prefixedIDs("n")})
	for lang, want := range map[string][]string{
		"zh": {"第 2 行 A（姓名） 列：“张三”", "文档中有多名同名员工（运营部 专员 / 技术部 工程师）", "未导入 1 行"},
		"en": {"row 2, column A (姓名): \"张三\"", "Several people in the document have this name (运营部 专员 / 技术部 工程师)", "rows not imported: 1"},
	} {
		report := p.Report(lang)
		for _, w := range want {
			if !strings.Contains(report, w) {
				t.Errorf("%s report lacks %q:\n%s", lang, w, report)
			}
		}
	}
}

// TestIdentifierKeys: which extra columns identify a person.
func TestIdentifierKeys(t *testing.T) {
	for key, want := range map[string]bool{
		"身份证号": true, "证件号": true, "社保账号": true, "企业微信账号": true, "微信": true, "个人邮箱": true,
		"UserID": true, "National ID": true,
		"工资卡银行账号1": false, "证件姓名": false, "英文名": false, "学历": false, "月度薪酬": false, "家庭住址": false,
	} {
		if got := identifierKey(key); got != want {
			t.Errorf("identifierKey(%q) = %v, want %v", key, got, want)
		}
	}
	for in, want := range map[string]string{"+86 138-0000-0001": "13800000001", "0086 13800000001": "13800000001",
		"１３８０００００００１": "13800000001", "1": "", "-": "", "010-6512 3456": "01065123456"} {
		if got := normPhone(in); got != want {
			t.Errorf("normPhone(%q) = %q, want %q", in, got, want)
		}
	}
}

// prefixedIDs makes ids that cannot collide with seqIDs' (n-p-1 …).
func prefixedIDs(prefix string) func(string) data.ID {
	next := seqIDs()
	return func(kind string) data.ID { return data.ID(prefix + "-" + string(next(kind))) }
}
