// GET /api/clusters/<cluster>/participants/export: the cluster's participants as an XLSX workbook,
// with the reader's column names and words (the import reads any of the three languages back).
import { api } from '$lib/server/answer/api';
import { apiUser } from '$lib/server/authz/guard';
import { getDb } from '$lib/server/db';
import { workbookBytes } from '$lib/server/indicators/sheet-write';
import { requestLang } from '$lib/server/reader-lang';
import { listParticipants } from '$lib/server/registry/participants';
import { participantsTable } from '$lib/server/registry/sheet';
import type { RequestHandler } from './$types';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const GET: RequestHandler = api(async ({ locals, params }) => {
	const participants = await listParticipants(getDb(), apiUser(locals), params.cluster);
	const bytes = await workbookBytes([participantsTable(participants, requestLang())]);
	return new Response(bytes as Uint8Array<ArrayBuffer>, {
		headers: {
			'content-type': XLSX_TYPE,
			'content-disposition': `attachment; filename="${params.cluster}-participants.xlsx"`,
			'cache-control': 'no-store'
		}
	});
});
