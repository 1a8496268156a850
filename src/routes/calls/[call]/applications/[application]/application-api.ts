// Asks the server to save, submit, check or score this application, or to attach and remove its
// files: every answer comes back as `send` reads it, a refusal with its code, field and rows.
import { refusedAnswer, send, type Refused } from '$lib/api/send';
import type { ApplicationBody } from '$lib/selection/application-form';
import type { CheckBody } from '$lib/selection/check-form';
import type { SheetBody } from '$lib/selection/sheet-form';

/** A file attached to the application, as the server lists it. */
export type FileInfo = { id: string; name: string; size: number };

export type Done = { ok: true } | Refused;

const base = (callId: string, applicationId: string) =>
	`/api/calls/${encodeURIComponent(callId)}/applications/${encodeURIComponent(applicationId)}`;

async function asked(url: string, init: Parameters<typeof send>[1]): Promise<Done> {
	const sent = await send(url, init);
	return sent.ok ? { ok: true } : sent;
}

export function saveDraft(callId: string, applicationId: string, body: ApplicationBody): Promise<Done> {
	return asked(base(callId, applicationId), { method: 'PATCH', json: body });
}

export function submitApplication(callId: string, applicationId: string): Promise<Done> {
	return asked(`${base(callId, applicationId)}/submit`, { method: 'POST' });
}

export function confirmCheck(callId: string, applicationId: string, body: CheckBody): Promise<Done> {
	return asked(`${base(callId, applicationId)}/check`, { method: 'POST', json: body });
}

export function declareConflict(callId: string, applicationId: string, conflict: boolean): Promise<Done> {
	return asked(`${base(callId, applicationId)}/scores`, { method: 'POST', json: { conflict } });
}

export function submitScores(callId: string, applicationId: string, body: SheetBody): Promise<Done> {
	return asked(`${base(callId, applicationId)}/scores`, { method: 'POST', json: body });
}

export function removeFile(callId: string, applicationId: string, fileId: string): Promise<Done> {
	return asked(`${base(callId, applicationId)}/attachments/${encodeURIComponent(fileId)}`, {
		method: 'DELETE'
	});
}

/**
 * Sends a PDF as the request's body, telling `progress` the share of it sent so far. XMLHttpRequest
 * rather than fetch: only it reports how much of the file has gone up.
 */
export function uploadFile(
	callId: string,
	applicationId: string,
	file: File,
	progress: (share: number) => void
): Promise<{ ok: true; file: FileInfo } | Refused> {
	return new Promise((resolve) => {
		const request = new XMLHttpRequest();
		request.open('POST', `${base(callId, applicationId)}/attachments?name=${encodeURIComponent(file.name)}`);
		request.responseType = 'json';
		request.setRequestHeader('accept', 'application/json');
		request.setRequestHeader('content-type', 'application/pdf');
		request.upload.onprogress = (event) => {
			if (event.lengthComputable) progress(event.loaded / event.total);
		};
		request.onload = () => {
			const body = request.response as { attachment?: FileInfo } | null;
			if (request.status === 201 && body?.attachment) resolve({ ok: true, file: body.attachment });
			else resolve(refusedAnswer(request.status, body, request.getResponseHeader('retry-after')));
		};
		request.onerror = () => resolve(refusedAnswer(0, null));
		request.send(file);
	});
}
