package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"orgdesigner/app/i18n"
)

// TestImportNamesTheCompany: a roster whose department paths all start
// with the company, imported into a blank document, names the
// organisation after it in the same import: the dry run says so in one
// line and changes nothing, the import renames and drops that level, and
// importing the roster again finds everything. --keep-name declines.
func TestImportNamesTheCompany(t *testing.T) {
	i18n.SetLanguage("zh")
	t.Cleanup(func() { i18n.SetLanguage("en") })
	dir := t.TempDir()
	const company = "北京睿和良木管理咨询有限公司"
	roster := filepath.Join(dir, "花名册.csv")
	os.WriteFile(roster, []byte("姓名,部门,职位\n"+
		"郭轩远,"+company+"/猎头业务/南京/南京-黄宁辉组,C1- 4\n"+
		"孙怡,"+company+"/猎头业务/南京/南京-黄宁辉组,C1-4\n"+
		"姚琳,"+company+"/财务部,财务主管\n"+
		"崔明雨,"+company+",董事长\n"), 0o644)
	orgOf := func(doc string) (string, []string) {
		_, js, _ := run("show", doc, "--json")
		var d struct {
			Org struct {
				Name string `json:"name"`
			} `json:"organisation"`
			Departments []struct {
				Name   string `json:"name"`
				Parent string `json:"parent"`
			} `json:"departments"`
		}
		if err := json.Unmarshal([]byte(js), &d); err != nil {
			t.Fatalf("show --json: %v\n%s", err, js)
		}
		var top []string
		for _, x := range d.Departments {
			if x.Parent == "" {
				top = append(top, x.Name)
			}
		}
		return d.Org.Name, top
	}

	doc := filepath.Join(dir, "a.orgdb")
	runOK(t, "new", doc, "--template", "blank", "--lang", "zh")
	code, out, e := run("import", doc, roster, "--dry-run")
	if code != ExitOK || !strings.Contains(out, "\n组织名称：新公司 → "+company+"\n") || !strings.Contains(out, "--keep-name") {
		t.Fatalf("dry run: exit %d\n%s%s", code, out, e)
	}
	if strings.Contains(out, "  "+company+"/") {
		t.Errorf("the dry run lists departments under the company:\n%s", out)
	}
	if name, _ := orgOf(doc); name != "新公司" {
		t.Fatalf("the dry run renamed the organisation to %q", name)
	}
	if code, out, e := run("import", doc, roster); code != ExitOK {
		t.Fatalf("import: exit %d\n%s%s", code, out, e)
	}
	name, top := orgOf(doc)
	if name != company || strings.Join(top, ",") != "猎头业务,财务部" {
		t.Errorf("after the import: organisation %q, top level %q", name, top)
	}
	if _, out, _ := run("show", doc); !strings.HasPrefix(out, company) || strings.Count(out, "C1") != 1 {
		t.Errorf("show: one role C1-4 under %s expected:\n%s", company, out)
	}
	if code, out, e := run("import", doc, roster); code != ExitRejected || strings.Contains(out, "组织名称") {
		t.Errorf("second import: exit %d\n%s%s", code, out, e)
	}

	kept := filepath.Join(dir, "b.orgdb")
	runOK(t, "new", kept, "--template", "blank", "--lang", "zh")
	if code, out, e := run("import", kept, roster, "--keep-name"); code != ExitOK || strings.Contains(out, "组织名称") {
		t.Fatalf("import --keep-name: exit %d\n%s%s", code, out, e)
	}
	if name, top := orgOf(kept); name != "新公司" || strings.Join(top, ",") != company {
		t.Errorf("--keep-name: organisation %q, top level %q", name, top)
	}
}
