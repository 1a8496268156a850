// The browser's side of the spreadsheet import (POST /api/plans/<id>/indicators/import): send the
// file to be checked, or to be applied, and read what the server answered.

// One shape on both sides: the types are erased, nothing of the server reaches the browser.
import type { Preview, PreviewRow } from '$lib/server/indicators/sheet-preview';
import { send } from '$lib/api/send';

export type { PreviewRow };
export type Counts = Preview['counts'];
export type Omitted = Preview['omitted'];

export type ImportAnswer =
	| { kind: 'preview'; rows: PreviewRow[]; counts: Counts; omitted: Omitted }
	| { kind: 'applied'; recorded: number }
	/** Refused: a file-level code (no_header, file_too_large …), `invalid_rows`, `forbidden` or `offline`. */
	| { kind: 'refused'; code: string; rows: { row: number; field: string; code: string }[] };

/** Sends `file` to be checked, or with `apply` to be recorded. */
export async function sendImport(planId: string, file: File, apply: boolean): Promise<ImportAnswer> {
	const form = new FormData();
	form.set('file', file);
	if (apply) form.set('apply', '1');
	const sent = await send(`/api/plans/${encodeURIComponent(planId)}/indicators/import`, {
		method: 'POST',
		body: form
	});
	if (!sent.ok) return { kind: 'refused', code: sent.code, rows: sent.rows };
	const body = sent.body;
	if (apply) return { kind: 'applied', recorded: Number(body.recorded ?? 0) };
	return {
		kind: 'preview',
		rows: body.rows as PreviewRow[],
		counts: body.counts as Counts,
		omitted: body.omitted as Omitted
	};
}
