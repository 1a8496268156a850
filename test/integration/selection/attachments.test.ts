// An application's attachments on the real server and database (SQLite, or PostgreSQL under
// test:pg): its applicant attaches PDFs to the draft and downloads them back as sent; anything but
// a PDF, a file past 10 MB, an eleventh file, someone else's upload and an upload after submitting
// are refused in the one shape, and nothing of theirs is kept. The server's clock is a file.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../../../src/lib/server/auth/session';
import { createUser } from '../../../src/lib/server/users';
import { binCheckDigit } from '../../../src/lib/registry/bin';
import { demoServer, type Answer } from '../versions/demo-server';

const MB = 1024 * 1024;
const clockDir = mkdtempSync(join(tmpdir(), 'clusterplan-clock-'));
const clockFile = join(clockDir, 'now');
// While the call below is open.
writeFileSync(clockFile, '2017-06-15T12:00:00+06:00');
afterAll(() => rmSync(clockDir, { recursive: true, force: true }));

/**
 * A small PDF a reader opens: one page saying `text`, with its cross-reference table's offsets
 * counted, so the bytes are a real file and not just its first five.
 */
function minimalPdf(text: string): Uint8Array<ArrayBuffer> {
	const stream = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET`;
	const objects = [
		'<< /Type /Catalog /Pages 2 0 R >>',
		'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
		'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
		`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
		'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'
	];
	let pdf = '%PDF-1.4\n';
	const offsets = objects.map((object, i) => {
		const offset = pdf.length;
		pdf += `${i + 1} 0 obj\n${object}\nendobj\n`;
		return offset;
	});
	const xref = pdf.length;
	pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
	pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
	pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
	return new TextEncoder().encode(pdf);
}

/** A valid BIN from a serial. */
function bin(serial: number): string {
	const first = `170640${String(serial).padStart(5, '0')}`;
	const check = binCheckDigit(first);
	return check === null ? bin(serial + 50_000) : `${first}${check}`;
}

const words = (en: string) => ({ ru: `${en} (ru)`, kk: `${en} (kk)`, en });

const callBody = (evaluators: string[]) => ({
	title: words('Competitive selection of cluster initiatives'),
	rules: words('Applications are scored under the published methodology.'),
	opensAt: '2017-06-01T09:00:00+06:00',
	closesAt: '2017-07-01T18:00:00+06:00',
	requirements: [{ id: 'letters', text: words('Letters of intent of the enterprises') }],
	criteria: [
		{
			id: 'potential',
			area: words('Cluster'),
			title: words('Potential'),
			guide: words('0–10'),
			weight: 1,
			scale: 10
		}
	],
	passMark: 50,
	seats: 6,
	evaluators
});

const applicationBody = {
	name: { ru: 'Мукомольный кластер', kk: '', en: 'Flour cluster' },
	region: 'Kostanay region',
	sector: 'Food industry',
	enterprises: [
		{ bin: bin(1), name: 'Mill LLP', kind: 'sme', employees: 120 },
		{ bin: bin(2), name: 'Bakery JSC', kind: 'large', employees: 800 }
	],
	valueChain: {
		stages: [{ id: 'milling', title: 'Milling' }],
		firms: [{ name: 'Mill LLP', stageId: 'milling', bin: bin(1) }]
	},
	coordinator: 'The regional union of millers',
	answers: { potential: 'Exports to Central Asia' }
};

describe('an application’s attachments', () => {
	const suite = demoServer({ env: { CLUSTERPLAN_CLOCK_FILE: clockFile } });
	const tokens = { applicant: '', stranger: '', reviewer: '', evaluator: '' };
	let callId = '';

	/** A new applicant account's session. */
	async function applicant(username: string): Promise<string> {
		const id = await createUser(suite.db, {
			username,
			displayName: username,
			password: 'a long enough password',
			globalRole: 'applicant'
		});
		return (await createSession(suite.db, id)).token;
	}

	async function newApplication(): Promise<string> {
		const created = await suite.post(`/api/calls/${callId}/applications`, tokens.applicant, applicationBody);
		expect(created.status).toBe(201);
		return (created.body.application as { id: string }).id;
	}

	const files = (applicationId: string) => `/api/calls/${callId}/applications/${applicationId}/attachments`;

	async function upload(
		applicationId: string,
		token: string,
		bytes: Uint8Array<ArrayBuffer>,
		name = 'letters.pdf',
		type = 'application/pdf'
	): Promise<Answer> {
		const res = await fetch(
			`${suite.server.origin}${files(applicationId)}?name=${encodeURIComponent(name)}`,
			{
				method: 'POST',
				headers: { cookie: `session=${token}`, origin: suite.server.origin, 'content-type': type },
				body: bytes
			}
		);
		return { status: res.status, body: (await res.json()) as Record<string, unknown> };
	}

	async function listed(applicationId: string): Promise<{ id: string; name: string; size: number }[]> {
		const read = await suite.get(`/api/calls/${callId}/applications/${applicationId}`, tokens.applicant);
		expect(read.status).toBe(200);
		return (read.body.application as { files: { id: string; name: string; size: number }[] }).files;
	}

	beforeAll(async () => {
		tokens.applicant = await applicant('applicant-one');
		tokens.stranger = await applicant('applicant-two');
		tokens.reviewer = await suite.token('demo-reviewer');
		tokens.evaluator = await suite.token('demo-member');
		const created = await suite.post(
			'/api/calls',
			tokens.reviewer,
			callBody([await suite.userId('demo-member')])
		);
		expect(created.status).toBe(201);
		callId = (created.body.call as { id: string }).id;
		expect((await suite.post(`/api/calls/${callId}/state`, tokens.reviewer, { state: 'open' })).status).toBe(
			200
		);
	});

	it('keeps a PDF its applicant attaches and gives it back byte for byte to those who may read it', async () => {
		const applicationId = await newApplication();
		const pdf = minimalPdf('Letter of intent');
		const added = await upload(applicationId, tokens.applicant, pdf, 'Письмо о намерениях.pdf');
		expect(added).toEqual({
			status: 201,
			body: { attachment: { id: expect.any(String), name: 'Письмо о намерениях.pdf', size: pdf.byteLength } }
		});
		const { id } = added.body.attachment as { id: string };
		expect(await listed(applicationId)).toEqual([
			{ id, name: 'Письмо о намерениях.pdf', size: pdf.byteLength }
		]);

		for (const reader of [tokens.applicant, tokens.reviewer]) {
			const res = await fetch(`${suite.server.origin}${files(applicationId)}/${id}`, {
				headers: { cookie: `session=${reader}` }
			});
			expect(res.status).toBe(200);
			expect(res.headers.get('content-type')).toBe('application/pdf');
			expect(res.headers.get('content-disposition')).toContain(
				`filename*=UTF-8''${encodeURIComponent('Письмо о намерениях.pdf')}`
			);
			expect(new Uint8Array(await res.arrayBuffer())).toEqual(pdf);
		}
		// Another applicant and an evaluator it is not assigned to read nothing of it.
		for (const outsider of [tokens.stranger, tokens.evaluator]) {
			expect((await suite.bytes(`${files(applicationId)}/${id}`, outsider)).status).toBe(403);
		}
		expect((await suite.bytes(`${files(applicationId)}/no-such-file`, tokens.applicant)).status).toBe(404);
		expect((await suite.bytes(`${files(applicationId)}/${id}`, null)).status).toBe(401);
	});

	it('refuses anything but a PDF, and a file past 10 MB, keeping none of them', async () => {
		const applicationId = await newApplication();
		const text = new TextEncoder().encode('Not a PDF at all, just text with a .pdf name');
		expect(await upload(applicationId, tokens.applicant, text)).toEqual({
			status: 400,
			body: { error: expect.any(String), code: 'not_pdf', field: 'file' }
		});
		// The bytes decide, and so does the type it is sent as.
		expect(
			(await upload(applicationId, tokens.applicant, minimalPdf('x'), 'a.pdf', 'image/png')).body
		).toMatchObject({ code: 'not_pdf' });
		expect((await upload(applicationId, tokens.applicant, new Uint8Array(0))).body).toMatchObject({
			code: 'not_pdf'
		});
		expect((await upload(applicationId, tokens.applicant, minimalPdf('x'), '  ')).body).toMatchObject({
			code: 'required',
			field: 'fileName'
		});

		const large = new Uint8Array(10 * MB + 1).fill(0x20);
		large.set(minimalPdf('large'));
		expect(await upload(applicationId, tokens.applicant, large)).toEqual({
			status: 413,
			body: { error: expect.any(String), code: 'too_large', field: 'file' }
		});
		// Exactly 10 MB is within the bound.
		const fits = large.subarray(0, 10 * MB);
		expect((await upload(applicationId, tokens.applicant, fits, 'scan.pdf')).status).toBe(201);
		expect((await listed(applicationId)).map((file) => [file.name, file.size])).toEqual([
			['scan.pdf', 10 * MB]
		]);
	});

	it('takes ten files at most', async () => {
		const applicationId = await newApplication();
		for (let i = 1; i <= 10; i++) {
			expect(
				(await upload(applicationId, tokens.applicant, minimalPdf(`page ${i}`), `${i}.pdf`)).status
			).toBe(201);
		}
		expect(await upload(applicationId, tokens.applicant, minimalPdf('eleven'), '11.pdf')).toEqual({
			status: 400,
			body: { error: expect.any(String), code: 'too_many', field: 'attachments' }
		});
		expect(await listed(applicationId)).toHaveLength(10);
	});

	it('lets only its applicant add or remove a file', async () => {
		const applicationId = await newApplication();
		for (const other of [tokens.stranger, tokens.reviewer]) {
			expect(await upload(applicationId, other, minimalPdf('not mine'))).toEqual({
				status: 403,
				body: { error: expect.any(String), code: 'forbidden' }
			});
		}
		const added = await upload(applicationId, tokens.applicant, minimalPdf('mine'));
		const { id } = added.body.attachment as { id: string };
		expect((await suite.send('DELETE', `${files(applicationId)}/${id}`, tokens.stranger)).status).toBe(403);
		expect(await listed(applicationId)).toHaveLength(1);

		expect(await suite.send('DELETE', `${files(applicationId)}/${id}`, tokens.applicant)).toEqual({
			status: 200,
			body: { removed: id }
		});
		expect(await listed(applicationId)).toEqual([]);
		expect((await suite.send('DELETE', `${files(applicationId)}/${id}`, tokens.applicant)).status).toBe(404);
	});

	it('keeps the files of a submitted application as they were: no upload, no removal, still a download', async () => {
		const applicationId = await newApplication();
		const pdf = minimalPdf('Charter');
		const { id } = (await upload(applicationId, tokens.applicant, pdf, 'charter.pdf')).body.attachment as {
			id: string;
		};
		const submitted = await suite.post(
			`/api/calls/${callId}/applications/${applicationId}/submit`,
			tokens.applicant
		);
		expect(submitted.status).toBe(200);

		expect(await upload(applicationId, tokens.applicant, minimalPdf('late'), 'late.pdf')).toEqual({
			status: 409,
			body: { error: expect.any(String), code: 'already_submitted' }
		});
		expect(
			(await suite.send('DELETE', `${files(applicationId)}/${id}`, tokens.applicant)).body
		).toMatchObject({
			code: 'already_submitted'
		});
		expect(await listed(applicationId)).toEqual([{ id, name: 'charter.pdf', size: pdf.byteLength }]);
		expect((await suite.bytes(`${files(applicationId)}/${id}`, tokens.applicant)).bytes).toEqual(pdf);
	});
});
