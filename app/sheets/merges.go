package sheets

import (
	"encoding/xml"
	"path"
	"strings"

	"github.com/xuri/excelize/v2"
)

// cellRange is a merged range with 0-based, inclusive rows and columns.
type cellRange struct{ r1, c1, r2, c2 int }

// maxMergeCol bounds how far a merged range is filled to the right; a
// hostile A1:XFD1 must not make every row 16,384 cells wide.
const maxMergeCol = 1023

func parseRange(ref string) (cellRange, bool) {
	a, b, found := strings.Cut(ref, ":")
	if !found {
		b = a
	}
	c1, r1, err1 := excelize.CellNameToCoordinates(a)
	c2, r2, err2 := excelize.CellNameToCoordinates(b)
	if err1 != nil || err2 != nil {
		return cellRange{}, false
	}
	r := cellRange{r1: min(r1, r2) - 1, c1: min(c1, c2) - 1, r2: max(r1, r2) - 1, c2: max(c1, c2) - 1}
	r.c2 = min(r.c2, maxMergeCol)
	return r, r.c1 <= r.c2
}

// sheetXML returns the worksheet part of a sheet as excelize holds it in
// memory, or nil when it is not there (too big, or an unusual package).
func (w *Workbook) sheetXML(sheet string) []byte {
	part := w.sheetPart(sheet)
	if part == "" {
		return nil
	}
	if v, ok := w.xl.Pkg.Load(part); ok {
		if b, ok := v.([]byte); ok && len(b) > 0 {
			return b
		}
	}
	return nil
}

// sheetPart finds a sheet's XML part through xl/workbook.xml and its rels.
func (w *Workbook) sheetPart(sheet string) string {
	wbBytes, _ := w.pkgBytes("xl/workbook.xml")
	relBytes, _ := w.pkgBytes("xl/_rels/workbook.xml.rels")
	if wbBytes == nil || relBytes == nil {
		return ""
	}
	var wb struct {
		Sheets []struct {
			Name  string     `xml:"name,attr"`
			Attrs []xml.Attr `xml:",any,attr"`
		} `xml:"sheets>sheet"`
	}
	var rels struct {
		Rels []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if xml.Unmarshal(wbBytes, &wb) != nil || xml.Unmarshal(relBytes, &rels) != nil {
		return ""
	}
	rid := ""
	for _, s := range wb.Sheets {
		if s.Name != sheet {
			continue
		}
		for _, a := range s.Attrs {
			if a.Name.Local == "id" && a.Name.Space != "" {
				rid = a.Value
			}
		}
	}
	for _, r := range rels.Rels {
		if r.ID == rid && rid != "" {
			if strings.HasPrefix(r.Target, "/") {
				return strings.TrimPrefix(r.Target, "/")
			}
			return path.Clean(path.Join("xl", r.Target))
		}
	}
	return ""
}

func (w *Workbook) pkgBytes(name string) ([]byte, bool) {
	v, ok := w.xl.Pkg.Load(name)
	if !ok {
		return nil, false
	}
	b, ok := v.([]byte)
	return b, ok
}
