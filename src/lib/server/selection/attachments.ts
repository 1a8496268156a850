// The files attached to an application (letters of intent, charters): PDFs only, each within its
// size, a bounded number of them. The applicant adds and removes them while the application is a
// draft; everyone who may read the application may download them. The bytes live in the
// `attachments` table beside the application, so a backup of the database holds them too.
import { and, asc, count, eq } from 'drizzle-orm';
import { newId } from '../../plan/ids';
import { Refusal, refusals } from '../../refusal';
import { APPLICATION_BOUNDS } from '../../selection/application';
import { refuse, refuseStep } from '../../selection/refusals';
import type { AppUser } from '../authz/actor';
import { audit } from '../audit';
import type { Db } from '../db';
import { applicationFor } from './access';
import type { AttachmentInfo } from './store';

const B = APPLICATION_BOUNDS;

/** Every PDF begins with these bytes, whatever made it. */
const PDF_SIGNATURE = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/** What the applicant sends: the file's bytes, its name and the type it was sent as. */
export type Upload = { name: string | null; type: string | null; bytes: Uint8Array };

/** A downloaded attachment: what is known of it, and its bytes. */
export type AttachmentFile = AttachmentInfo & { bytes: Uint8Array<ArrayBuffer> };

/** True when `bytes` begin as a PDF does. */
export function isPdf(bytes: Uint8Array): boolean {
	return PDF_SIGNATURE.every((byte, i) => bytes[i] === byte);
}

/**
 * The name to keep: the last part of what was sent (a browser may send a path), without control
 * characters, trimmed, within its bound. Refused with 400 `required` when nothing is left.
 */
export function attachmentName(sent: string | null): string {
	const last = (sent ?? '').split(/[/\\]/).pop() ?? '';
	// eslint-disable-next-line no-control-regex -- control characters are what is taken out
	const name = last.replace(/[\u0000-\u001f\u007f]/g, '').trim();
	// `fileName`, not `name`: that is the initiative's, and a form shows each refusal at its field.
	if (name === '') throw new Refusal(400, 'required', 'name the file in ?name=', { field: 'fileName' });
	if (name.length > B.attachmentName) {
		throw new Refusal(400, 'too_long', `a file name has at most ${B.attachmentName} characters`, {
			field: 'fileName'
		});
	}
	return name;
}

/**
 * Refuses what is not a PDF within its size: 413 `too_large` past 10 MB (the server's body limit
 * says the same earlier for a body it sees is larger), 400 `not_pdf` for another type, sent as one
 * or not beginning as a PDF does.
 */
export function checkPdf(upload: Pick<Upload, 'type' | 'bytes'>): void {
	if (upload.bytes.byteLength > B.attachmentBytes) {
		throw new Refusal(413, 'too_large', 'an attachment may have 10 MB', { field: 'file' });
	}
	const type = upload.type?.split(';')[0]?.trim().toLowerCase();
	if ((type && type !== 'application/pdf') || !isPdf(upload.bytes)) {
		throw refuse('not_pdf', 'file', 'attachments must be PDF');
	}
}

// The applicant's own draft, or a refusal: 403 for anyone else, 409 once it is submitted.
async function ownDraft(tx: Db, user: AppUser, callId: string, applicationId: string) {
	const { application } = await applicationFor(tx, user, callId, applicationId, 'application.edit');
	if (application.state !== 'draft') {
		throw refuseStep('already_submitted', 'a submitted application keeps its attachments');
	}
	return application;
}

/**
 * Attaches a PDF to the applicant's draft (201). Refused with 403 for anyone else, 409
 * `already_submitted` once submitted, 400 `too_many` past 10 files, and as `checkPdf` and
 * `attachmentName` refuse.
 */
export async function addAttachment(
	db: Db,
	user: AppUser,
	callId: string,
	applicationId: string,
	upload: Upload,
	now: number
): Promise<AttachmentInfo> {
	return db.transaction(async (tx) => {
		const application = await ownDraft(tx, user, callId, applicationId);
		const { attachments } = tx.tables;
		const [held] = await tx
			.select({ n: count() })
			.from(attachments)
			.where(eq(attachments.applicationId, application.id));
		if ((held?.n ?? 0) >= B.attachments) {
			throw refuse('too_many', 'attachments', `an application has at most ${B.attachments} attachments`);
		}
		const name = attachmentName(upload.name);
		checkPdf(upload);
		const file: AttachmentInfo = { id: newId(), name, size: upload.bytes.byteLength };
		await tx.insert(attachments).values({
			...file,
			applicationId: application.id,
			bytes: Buffer.from(upload.bytes.buffer, upload.bytes.byteOffset, upload.bytes.byteLength),
			createdAt: new Date(now)
		});
		const detail = { attachmentId: file.id, name, size: file.size };
		await audit(tx, { userId: user.id, action: 'application.attach', target: application.id, detail }, now);
		return file;
	});
}

/** An attachment, for anyone who may read its application; 404 for one it does not have. */
export async function attachmentFile(
	db: Db,
	user: AppUser,
	callId: string,
	applicationId: string,
	attachmentId: string
): Promise<AttachmentFile> {
	const { application } = await applicationFor(db, user, callId, applicationId);
	const { attachments } = db.tables;
	const [row] = await db
		.select({ id: attachments.id, name: attachments.name, size: attachments.size, bytes: attachments.bytes })
		.from(attachments)
		.where(and(eq(attachments.id, attachmentId), eq(attachments.applicationId, application.id)))
		.orderBy(asc(attachments.id))
		.limit(1);
	if (!row) throw refusals.notFound('No such attachment');
	return { ...row, bytes: new Uint8Array(row.bytes) };
}

/** Removes an attachment from the applicant's draft; refused as `addAttachment` is, 404 when gone. */
export async function removeAttachment(
	db: Db,
	user: AppUser,
	callId: string,
	applicationId: string,
	attachmentId: string,
	now: number
): Promise<void> {
	await db.transaction(async (tx) => {
		const application = await ownDraft(tx, user, callId, applicationId);
		const { attachments } = tx.tables;
		const removed = await tx
			.delete(attachments)
			.where(and(eq(attachments.id, attachmentId), eq(attachments.applicationId, application.id)))
			.returning({ id: attachments.id });
		if (removed.length === 0) throw refusals.notFound('No such attachment');
		const detail = { attachmentId };
		await audit(tx, { userId: user.id, action: 'application.detach', target: application.id, detail }, now);
	});
}
