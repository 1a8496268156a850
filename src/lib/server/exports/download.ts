// A file the browser saves rather than shows: every export answers with one.
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** `body` as an attachment named `filename`, never cached (it holds what the reader may see today). */
export function download(body: Uint8Array | string, type: string, filename: string): Response {
	return new Response(typeof body === 'string' ? body : (body as Uint8Array<ArrayBuffer>), {
		headers: {
			'content-type': type,
			'content-disposition': `attachment; filename="${filename}"`,
			'cache-control': 'no-store'
		}
	});
}
