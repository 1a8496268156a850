// The spreadsheet a person uploads to be imported: a multipart form with the file in `file` (and
// `apply=1` once they have seen what it would do), within the import caps.
import { MAX_IMPORT_BODY_BYTES, MAX_IMPORT_BYTES } from '../indicators/import-caps';
import { sheetProblem } from '../indicators/sheet-rows';

const tooLarge = () => sheetProblem(413, 'file_too_large', 'the file is larger than 5 MB');

export async function uploadedFile(request: Request): Promise<{ bytes: Uint8Array; apply: boolean }> {
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
