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
import { MAX_IMPORT_BODY_BYTES, MAX_IMPORT_BYTES } from '$lib/server/indicators/import-caps';
import { sheetProblem } from '$lib/server/indicators/sheet-rows';
import { importPreview } from '$lib/server/indicators/sheet-preview';
import type { RequestHandler } from './$types';
import { api } from '$lib/server/answer/api';

const tooLarge = () => sheetProblem(413, 'file_too_large', 'the file is larger than 5 MB');

async function uploadedFile(request: Request): Promise<{ bytes: Uint8Array; apply: boolean }> {
	if (Number(request.headers.get('content-length') ?? 0) > MAX_IMPORT_BODY_BYTES) throw tooLarge();
	const form = await request.formData().catch((failure: unknown) => {
		// The server's own body limit (server/body-limit.ts) answers while the body is read.
		if ((failure as { status?: number }).status === 413) throw tooLarge();
		throw sheetProblem(400, 'no_file', 'send the file as multipart/form-data in the field "file"');
	});
	const file = form.get('file');
	if (!(file instanceof File) || file.size === 0)
		throw sheetProblem(400, 'no_file', 'choose a file to import');
	if (file.size > MAX_IMPORT_BYTES) throw tooLarge();
	return { bytes: new Uint8Array(await file.arrayBuffer()), apply: form.get('apply') === '1' };
}

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
