// GET /api/plans/<planId>/indicators/export?format=xlsx|csv&what=values|definitions: the plan's
// current values (approved or not, the state column says which) and its indicator definitions, as
// one XLSX workbook with a sheet each, or one of them as CSV. Anyone who may see the plan may export.
import { error } from '@sveltejs/kit';
import { viewablePlan } from '$lib/server/plans/access';
import { readPlan } from '$lib/server/plans/document';
import { currentValues } from '$lib/server/indicators/values';
import { stateOf, yearStates } from '$lib/server/indicators/periods';
import { csvText } from '$lib/server/indicators/csv';
import { indicatorsTable, valuesTable } from '$lib/server/indicators/sheet-tables';
import { workbookBytes } from '$lib/server/indicators/sheet-write';
import type { RequestHandler } from './$types';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function download(body: BodyInit, type: string, filename: string): Response {
	return new Response(body, {
		headers: {
			'content-type': type,
			'content-disposition': `attachment; filename="${filename}"`,
			'cache-control': 'no-store'
		}
	});
}

export const GET: RequestHandler = async ({ locals, params, url }) => {
	const { plan, db } = viewablePlan(locals, params.plan);
	const format = url.searchParams.get('format') ?? 'xlsx';
	const what = url.searchParams.get('what') ?? 'values';
	if (format !== 'xlsx' && format !== 'csv') error(400, 'format must be xlsx or csv');
	if (what !== 'values' && what !== 'definitions') error(400, 'what must be values or definitions');
	const { indicators } = readPlan(db, plan);
	const states = yearStates(db, plan.id);
	const values = valuesTable(indicators, currentValues(db, plan.id), (year) => stateOf(states, year));
	const definitions = indicatorsTable(indicators);
	const name = plan.id.replace(/[^\w-]/g, '_');
	if (format === 'xlsx') {
		const bytes = await workbookBytes([values, definitions]);
		return download(bytes as Uint8Array<ArrayBuffer>, XLSX_TYPE, `${name}-indicator-values.xlsx`);
	}
	const table = what === 'values' ? values : definitions;
	const file = what === 'values' ? `${name}-indicator-values.csv` : `${name}-indicator-definitions.csv`;
	return download(csvText([table.header, ...table.rows]), 'text/csv; charset=utf-8', file);
};
