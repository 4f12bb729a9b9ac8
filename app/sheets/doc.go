// Package sheets imports rosters (花名册) from Excel and CSV files and exports
// staffing workbooks (编制表). It has no Fyne imports: the import wizard in
// views and the `orgdesigner import|export` commands are thin layers over it.
//
// An import is four steps, each usable on its own so a wizard can show it:
//
//	wb, err := sheets.Open(path)            // type detection, limits, sheet list
//	defer wb.Close()
//	a, err := wb.Analyse(ctx, wb.Suggested(), doc, progress) // header, mapping, values
//	a.SetField(col, sheets.FieldRole, 0)    // optional: the user fixes the mapping
//	a.Values[i].Target = someID             // optional: map 市场部 → an existing department
//	a.Choose(sheets.KindDepartment, "总经办", sheets.CompanyLevel) // or to the company level
//	p, err := sheets.Plan(ctx, a, doc, sheets.PlanOptions{}, progress) // dry run
//	fmt.Print(p.Report(lang))               // what the CLI prints
//	session.Do(app.ApplyChanges(label, p.Changes)) // ONE transaction
//
// A department value that looks like the company's own office (总经办,
// 董事会, Management …) is suggested as CompanyLevel: its rows get no
// department and its roles resolve against the company-level roles, so a
// roster's 总经理 fills the template's company-level 总经理.
//
// Every input file is untrusted: Open enforces a file-size limit and
// excelize's unzip limits, recovers from panics inside the parser and turns
// every failure into an *OpenError whose message tells the user what to do.
//
// A Workbook and its Analysis are not safe for concurrent use: run Analyse
// and Plan on one background goroutine (both take a context and a progress
// callback) and hand the Preview to the UI when done.
//
// Export writes the staffing workbook (编制汇总, 花名册, 部门, 岗位职责,
// 项目组 and a hidden sheet) with excelize's StreamWriter; importing that
// workbook again changes nothing, and importing it into a blank document
// rebuilds the whole document: the company's settings, departments with
// their attributes, roles with their full cards and reporting lines,
// people and project teams (roundtrip.go).
package sheets
