package settings

import (
	"os"
	"sync"

	"fyne.io/fyne/v2"
	fynelang "fyne.io/fyne/v2/lang"

	"orgdesigner/app/i18n"
)

// fyneLocales are the locales handed to Fyne for each UI language; Fyne
// ships Simplified Chinese (zh_Hans) texts for its own dialogs.
var fyneLocales = map[string]string{
	i18n.Chinese: "zh_CN",
	i18n.English: "en_US",
}

var (
	envMu sync.Mutex
	// changedEnv holds the values the locale variables had before
	// SetFyneLanguage changed them: "follow the system" must keep reading
	// the system's choice, not ours.
	changedEnv = map[string]string{}
)

// systemGetenv is os.Getenv as it was before SetFyneLanguage changed it.
func systemGetenv(k string) string {
	envMu.Lock()
	defer envMu.Unlock()
	if v, ok := changedEnv[k]; ok {
		return v
	}
	return os.Getenv(k)
}

// setenv changes a variable, remembering its system value.
func setenv(k, v string) {
	if _, ok := changedEnv[k]; !ok {
		changedEnv[k] = os.Getenv(k)
	}
	os.Setenv(k, v)
}

// resetSystemEnv forgets the remembered values (tests that set the
// environment themselves).
func resetSystemEnv() {
	envMu.Lock()
	clear(changedEnv)
	envMu.Unlock()
}

// SetFyneLanguage points the texts Fyne draws itself (the file dialogs,
// the Yes/No/Cancel buttons of its dialogs, the Quit menu item) at lang.
//
// Fyne has no public way to change its language at run time: it reads the
// locale from the environment whenever a translation is registered. So we
// set LANGUAGE and register an empty translation, which makes Fyne read the
// environment again. Limits: on Linux and the BSDs this works at once for
// every dialog opened afterwards; on Windows and macOS Fyne asks the
// operating system instead, so its dialogs follow the system language
// whatever the setting. With LC_ALL, LC_MESSAGES or LANG set to C or
// POSIX, gettext rules make LANGUAGE ignored, so that variable is changed
// to C.UTF-8 (the same locale, with LANGUAGE honoured) in this process.
func SetFyneLanguage(lang string) {
	loc, ok := fyneLocales[lang]
	if !ok {
		return
	}
	envMu.Lock()
	defer envMu.Unlock()
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := os.Getenv(k); v != "" {
			if v == "C" || v == "POSIX" {
				setenv(k, "C.UTF-8")
			}
			break
		}
	}
	setenv("LANGUAGE", loc)
	// An empty bundle for a language Fyne already knows changes no text;
	// registering it is what makes Fyne pick the locale again.
	if err := fynelang.AddTranslationsForLocale([]byte("{}"), fyne.Locale("en")); err != nil {
		fyne.LogError("switching the language of Fyne's dialogs", err)
	}
}
