package sheets

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestLegacyXLSRefused: a BIFF8 .xls written by LibreOffice, and the real
// .xls of the realdata set, are refused with the sentence that says how to
// save them as .xlsx. docs/legacy-xls.md records why no Go .xls reader
// is used: both evaluated readers lost 134 of 300 names of this very file.
func TestLegacyXLSRefused(t *testing.T) {
	var files []string
	if xls := libreOfficeXLS(t); xls != "" {
		files = append(files, xls)
	}
	if real := filepath.Join(realdataDir, "cn_training_roster_form.xls"); fileExists(real) {
		files = append(files, real)
	}
	if len(files) == 0 {
		t.Skip("no soffice with Calc and no realdata .xls here")
	}
	for _, path := range files {
		_, err := Open(path)
		var oe *OpenError
		if !errors.As(err, &oe) || !errors.Is(err, ErrLegacyXLS) {
			t.Errorf("%s: %v, want ErrLegacyXLS", filepath.Base(path), err)
			continue
		}
		if msg := oe.Message("zh"); !strings.Contains(msg, ".xlsx") || !strings.Contains(msg, filepath.Base(path)) {
			t.Errorf("message %q", msg)
		}
	}
}

// libreOfficeXLS converts a 300-person roster (more shared strings than
// one BIFF record holds, so the table continues in CONTINUE records, as in
// any real roster) to .xls with LibreOffice, or returns "" when soffice
// or its Calc component is missing.
func libreOfficeXLS(t *testing.T) string {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		return ""
	}
	dir := t.TempDir()
	rows := [][]any{{"工号", "姓名", "部门", "岗位", "入职日期"}}
	for i := 1; i <= 300; i++ {
		rows = append(rows, []any{fmt.Sprintf("%06d", i), fmt.Sprintf("员工%d号", i), "研发部", "工程师", dateCell(44000 + i)})
	}
	src := writeWorkbook(t, dir, "roster.xlsx", sheetSpec{name: "花名册", rows: rows})
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, soffice, "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--headless", "--convert-to", "xls", "--outdir", dir, src)
	cmd.Env = append(os.Environ(), "HOME="+dir)
	out, err := cmd.CombinedOutput()
	xls := filepath.Join(dir, "roster.xls")
	if err != nil || !fileExists(xls) {
		t.Logf("soffice could not convert (Calc missing?): %v %s", err, out)
		return ""
	}
	return xls
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
