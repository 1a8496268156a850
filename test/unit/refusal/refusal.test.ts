// One refusal error: what it carries, the one body every door sends for it, and the plan's own
// refusal being one of them, so no door needs to know the plan to answer it.
import { describe, expect, it } from 'vitest';
import { codeOfStatus, isRefusal, Refusal, refusalBody } from '../../../src/lib/refusal';
import { PlanError } from '../../../src/lib/plan';
import { clusterRefusal } from '../../../src/lib/server/clusters/input-error';
import { accountRefusal } from '../../../src/lib/server/users';
import { badFile } from '../../../src/lib/server/transfer/problem';
import { sheetProblem } from '../../../src/lib/server/indicators/sheet-rows';
import { printQueueFull } from '../../../src/lib/server/exports/print-queue';

describe('a refusal', () => {
	it('has one body: error and code always, field and rows only when there are some', () => {
		expect(new Refusal(403, 'forbidden').body).toEqual({ error: 'forbidden', code: 'forbidden' });
		const row = { row: 3, field: 'period', code: 'invalid_period', message: 'period: invalid_period' };
		const refused = new Refusal(400, 'invalid_rows', '1 row is refused', { field: 'file', rows: [row] });
		expect(refusalBody(refused)).toEqual({
			error: '1 row is refused',
			code: 'invalid_rows',
			field: 'file',
			rows: [row]
		});
	});

	it('is what every service throws, each with the status and field its door answers', () => {
		const made = [
			new PlanError('required', 'title'),
			new PlanError('schema_version', 'meta'),
			clusterRefusal('role_needs_admin'),
			clusterRefusal('not_found'),
			accountRefusal('display_name'),
			badFile('bad_base64', 'plans[0].document', 'not base64'),
			sheetProblem(413, 'file_too_large', 'the file is larger than 5 MB'),
			printQueueFull(12)
		];
		expect(made.every((refusal) => isRefusal(refusal))).toBe(true);
		expect(made.map(({ status, code, field }) => [status, code, field])).toEqual([
			[400, 'required', 'title'],
			[409, 'schema_version', 'meta'],
			[403, 'role_needs_admin', 'role'],
			[404, 'not_found', 'id'],
			[400, 'display_name', 'displayName'],
			[400, 'bad_base64', 'plans[0].document'],
			[413, 'file_too_large', 'file'],
			[503, 'busy', null]
		]);
		expect(made.at(-1)!.retryAfter).toBe(12);
	});

	it('tells one code from another, and anything else from a refusal', () => {
		expect(isRefusal(new PlanError('too_long', 'title'), 'too_long')).toBe(true);
		expect(isRefusal(new PlanError('too_long', 'title'), 'too_many')).toBe(false);
		expect(isRefusal(new Error('forbidden'))).toBe(false);
		expect(isRefusal({ status: 403, code: 'forbidden' })).toBe(false);
	});

	it('gives an answer without a code of ours the code its status means', () => {
		expect([0, 400, 401, 403, 404, 413, 429, 500, 502, 503, 504].map(codeOfStatus)).toEqual([
			'offline',
			'invalid_value',
			'signed_out',
			'forbidden',
			'not_found',
			'too_large',
			'throttled',
			'internal',
			'unavailable',
			'unavailable',
			'unavailable'
		]);
	});
});
