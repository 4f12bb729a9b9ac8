package sheets

import "github.com/xuri/excelize/v2"

// paperA4 is the OOXML paper size code of A4 (1 is Letter, which Excel
// and LibreOffice assume when a sheet names none).
const paperA4 = 9

// pageSetup makes a sheet print landscape on A4, one page wide and as
// many pages tall as it needs. Every sheet the package writes prints
// this way. It runs before the sheet is streamed: the stream writer
// writes what the sheet holds at that moment.
func pageSetup(f *excelize.File, sheet string) error {
	landscape, a4, wide, tall := "landscape", paperA4, 1, 0
	if err := f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Size: &a4, Orientation: &landscape,
		FitToWidth: &wide, FitToHeight: &tall}); err != nil {
		return err
	}
	fit := true
	return f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit})
}

// newStyle adds a style whose font, when it has one, is the workbook's
// own family: a font without a name (bold totals, headers) is drawn in
// a serif face by LibreOffice and WPS while the other rows are not.
func newStyle(f *excelize.File, s *excelize.Style) (int, error) {
	if s.Font != nil && s.Font.Family == "" {
		family, err := f.GetDefaultFont()
		if err != nil {
			return 0, err
		}
		font, style := *s.Font, *s
		font.Family = family
		style.Font = &font
		s = &style
	}
	return f.NewStyle(s)
}
