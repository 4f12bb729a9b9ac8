//go:build ci

package settings

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	fyneapp "fyne.io/fyne/v2/app"

	"orgdesigner/app/check"
	"orgdesigner/app/i18n"
	"orgdesigner/views/theme"
)

// This test needs Fyne's headless driver (-tags ci), which writes
// preferences at once; the desktop driver saves them from its event loop,
// which a test does not run. `make test` runs it in a -tags ci pass.

// TestSettingsPersist saves settings with a real (headless) Fyne app and
// reads them back with a new one, as after a restart.
func TestSettingsPersist(t *testing.T) {
	pinLocale(t, "zh_CN.UTF-8")
	// Not t.TempDir: Fyne's preference watcher recreates the folder when
	// the file goes, racing a strict removal; give pending saves time, then
	// remove what can be removed.
	dir, err := os.MkdirTemp("", "orgdesigner-prefs-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		time.Sleep(300 * time.Millisecond)
		os.RemoveAll(dir)
	})
	t.Setenv("HOME", dir)
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(dir, "config"))
	t.Setenv("TMPDIR", dir) // the headless driver keeps preferences in $TMPDIR/fyne-test
	t.Setenv("XDG_CACHE_HOME", dir)
	const id = "io.github.orgdesigner.test"
	a := fyneapp.NewWithID(id)
	SetLanguage(a, i18n.English)
	SetPaperSize(a, "A3")
	SetBackupCount(a, 4)
	SetThresholds(a, check.Thresholds{MaxSpan: 8, MaxDepth: 5})
	SetTheme(a, theme.Light)

	// The headless driver (-tags ci) keeps preferences under $TMPDIR, the
	// desktop driver under the config folder: ask the app where.
	file := filepath.Join(a.Storage().RootURI().Path(), "preferences.json")
	deadline := time.Now().Add(5 * time.Second)
	for {
		b, _ := os.ReadFile(file)
		if strings.Contains(string(b), `"theme":"light"`) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("preferences not written to %s: %s", file, b)
		}
		time.Sleep(20 * time.Millisecond)
	}

	b := fyneapp.NewWithID(id)
	if Language(b) != i18n.English || PaperSize(b) != "A3" || BackupCount(b) != 4 ||
		Thresholds(b) != (check.Thresholds{MaxSpan: 8, MaxDepth: 5}) || Theme(b) != theme.Light {
		t.Errorf("after restart: lang %s paper %s backups %d thresholds %+v theme %v",
			Language(b), PaperSize(b), BackupCount(b), Thresholds(b), Theme(b))
	}
}
