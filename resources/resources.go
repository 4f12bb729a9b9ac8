// Package resources embeds OrgDesigner's assets: the CJK font and its
// licence, the app icon, the UI translations and the built-in templates.
// It is Fyne-free so every layer can use it; views wrap the bytes in
// fyne.Resource values.
package resources

import (
	"embed"
	_ "embed"
)

// FontTTF is WenQuanYi Micro Hei (Apache-2.0), used by the UI theme and PDFs
// so Chinese renders on machines without CJK fonts.
//
//go:embed WenQuanYiMicroHei.ttf
var FontTTF []byte

// FontLicence is the copyright file that must travel with the font.
//
//go:embed WenQuanYiMicroHei.COPYRIGHT.txt
var FontLicence string

// FontName is the family name of FontTTF, for PDF and SVG output.
const FontName = "WenQuanYi Micro Hei"

// Translations holds translations/<lang>/<area>.json: flat maps from the
// English source text to its translation, one file per area of the app.
//
//go:embed translations
var Translations embed.FS

// Icon is the app icon (512×512 PNG), drawn for OrgDesigner.
//
//go:embed icon.png
var Icon []byte

// Templates holds templates/*.json, the built-in organisation templates.
//
//go:embed templates
var Templates embed.FS
