// GET /api/plans/<planId>/indicators/export?format=xlsx|csv&what=values|definitions[&form=readable]:
// the plan's current values (approved or not, the state column says which) and its indicator
// definitions. By default the file is for the import: English column names and codes, one XLSX
// workbook with a sheet each or one of them as CSV, so it re-imports as it is. `form=readable` is the
// XLSX workbook for people, in the requester's language. Anyone who may see the plan may export.
import { viewablePlan } from '$lib/server/plans/access';
import { readPlan } from '$lib/server/plans/document';
import { currentValues } from '$lib/server/indicators/values';
import { stateOf, yearStates } from '$lib/server/indicators/periods';
import { csvText } from '$lib/server/indicators/csv';
import { indicatorsTable, valuesTable } from '$lib/server/indicators/sheet-tables';
import { workbookBytes } from '$lib/server/indicators/sheet-write';
import { indicatorsSheet, valuesSheet } from '$lib/server/exports/indicator-sheets';
import { readableWorkbook } from '$lib/server/exports/readable-workbook';
import { requestLang } from '$lib/server/reader-lang';
import { refusals } from '$lib/refusal';
import type { RequestHandler } from './$types';
import { api } from '$lib/server/answer/api';
import { download, XLSX_TYPE } from '$lib/server/exports/download';

const { invalidParameter } = refusals;

export const GET: RequestHandler = api(async ({ locals, params, url }) => {
	const { plan, db } = await viewablePlan(locals, params.plan);
	const format = url.searchParams.get('format') ?? 'xlsx';
	const what = url.searchParams.get('what') ?? 'values';
	const form = url.searchParams.get('form') ?? 'import';
	if (format !== 'xlsx' && format !== 'csv') throw invalidParameter('format', 'format must be xlsx or csv');
	if (what !== 'values' && what !== 'definitions')
		throw invalidParameter('what', 'what must be values or definitions');
	if (form !== 'import' && form !== 'readable')
		throw invalidParameter('form', 'form must be import or readable');
	if (form === 'readable' && format !== 'xlsx')
		throw invalidParameter('format', 'the readable form is an xlsx workbook');
	const { indicators } = await readPlan(db, plan);
	const states = await yearStates(db, plan.id);
	const stateOfYear = (year: number) => stateOf(states, year);
	const values = await currentValues(db, plan.id);
	const name = plan.id.replace(/[^\w-]/g, '_');
	if (form === 'readable') {
		const lang = requestLang();
		const sheets = [valuesSheet(indicators, values, stateOfYear, lang), indicatorsSheet(indicators, lang)];
		const bytes = await readableWorkbook(sheets, lang);
		return download(bytes as Uint8Array<ArrayBuffer>, XLSX_TYPE, `${name}-indicators-${lang}.xlsx`);
	}
	const valueTable = valuesTable(indicators, values, stateOfYear);
	const definitions = indicatorsTable(indicators);
	if (format === 'xlsx') {
		const bytes = await workbookBytes([valueTable, definitions]);
		return download(bytes as Uint8Array<ArrayBuffer>, XLSX_TYPE, `${name}-indicator-values.xlsx`);
	}
	const table = what === 'values' ? valueTable : definitions;
	const file = what === 'values' ? `${name}-indicator-values.csv` : `${name}-indicator-definitions.csv`;
	return download(csvText([table.header, ...table.rows]), 'text/csv; charset=utf-8', file);
});
