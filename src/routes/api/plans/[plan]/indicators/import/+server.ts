// POST /api/plans/<planId>/indicators/import, a multipart form with `file` (XLSX or CSV within the
// caps of import-caps.ts) and `apply`: without `apply=1` it answers what the lines would do (the
// first of them listed, all counted); with it, it records every line or, if any line is refused,
// none (400/409 naming the first refused lines).
import { json } from '@sveltejs/kit';
import { viewablePlan } from '$lib/server/plans/access';
import { readPlan } from '$lib/server/plans/document';
import { can } from '$lib/server/authz/can';
import { applyImport, checkImport } from '$lib/server/indicators/import-values';
import { refusals } from '$lib/refusal';
import { readValueFile } from '$lib/server/indicators/sheet-read';
import { uploadedFile } from '$lib/server/answer/uploaded-file';
import { importPreview } from '$lib/server/indicators/sheet-preview';
import type { RequestHandler } from './$types';
import { api } from '$lib/server/answer/api';

export const POST: RequestHandler = api(async ({ locals, params, request }) => {
	const { user, plan, db } = await viewablePlan(locals, params.plan);
	// The services check again; this spares reading a file for someone who may not record.
	if (!can(user, 'indicator.record', { clusterId: plan.clusterId })) {
		throw refusals.forbidden('you may not record indicator values in this cluster');
	}
	const { bytes, apply } = await uploadedFile(request);
	const rows = await readValueFile(bytes);
	if (apply) return json({ recorded: await applyImport(db, user, plan, rows), rows: rows.length });
	const planned = await checkImport(db, user, plan, rows);
	return json(importPreview((await readPlan(db, plan)).indicators, rows, planned));
});
