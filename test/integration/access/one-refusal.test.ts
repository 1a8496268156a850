// One refusal, one shape, in every door of the real server: the JSON API, the collab server's
// endpoints and the form actions answer the same refusal with the same status, code and field, as
// `{error, code, field?}`; the forms' `error` is the words in the reader's language.
import { describe, expect, it } from 'vitest';
import { demoServer } from '../versions/demo-server';
import { postAction } from '../form-action';

const FLOUR = 'flour-kostanay';

describe('one way to refuse, in every door', () => {
	const suite = demoServer();

	const form = async (path: string, token: string, fields: Record<string, string>, locale = 'ru') =>
		postAction(suite.server.origin, path, token, fields, locale);

	it('answers a body that is not a JSON object alike in the app’s API and the collab server’s endpoints', async () => {
		const token = await suite.token('demo-facilitator');
		const notAnObject = {
			status: 400,
			body: { error: 'The body must be a JSON object', code: 'invalid_body', field: 'body' }
		};
		expect(await suite.post(`/api/plans/${FLOUR}/versions`, token, '[1]')).toEqual(notAnObject);
		expect(await suite.post(`/api/plans/${FLOUR}/periods/2025`, token, '{"step":')).toEqual(notAnObject);
		expect(await suite.post(`/api/plans/${FLOUR}/comments`, token, '[1]')).toEqual(notAnObject);
		expect(await suite.post(`/api/plans/${FLOUR}/title`, token, '{"title":')).toEqual(notAnObject);
		// The workshop door adds its clock to every answer, so the shared timers keep in step.
		expect(await suite.post(`/api/plans/${FLOUR}/workshop`, token, '[1]')).toMatchObject(notAnObject);
	});

	it('answers signed out, unknown and not allowed with their codes, not with an error page', async () => {
		expect(await suite.get(`/api/plans/${FLOUR}`, null)).toEqual({
			status: 401,
			body: { error: 'Not signed in', code: 'signed_out' }
		});
		const member = await suite.token('demo-member');
		expect(await suite.get('/api/plans/no-such-plan', member)).toEqual({
			status: 404,
			body: { error: 'Plan not found', code: 'not_found' }
		});
		expect(await suite.get(`/api/plans/${FLOUR}/versions/99999`, member)).toMatchObject({
			status: 404,
			body: { code: 'not_found' }
		});
		const refused = await suite.post(`/api/plans/${FLOUR}/title`, member, { title: { ru: 'Новое' } });
		expect(refused).toEqual({ status: 403, body: { error: 'forbidden', code: 'forbidden' } });
	});

	it('answers the same refusal of a service alike in the API and the form, the form in the reader’s words', async () => {
		const token = await suite.token('demo-facilitator');
		const label = 'x'.repeat(1000);
		const api = await suite.post(`/api/plans/${FLOUR}/versions`, token, { label, note: '' });
		expect(api.status).toBe(400);
		expect(api.body).toMatchObject({ code: 'invalid_label', field: 'label' });

		const russian = await form(`/c/${FLOUR}/p/${FLOUR}/versions?/save`, token, { label, note: '' });
		expect(russian).toMatchObject({ type: 'failure', status: 400 });
		expect(russian.data).toMatchObject({ form: 'save', code: 'invalid_label', field: 'label' });
		const kazakh = await form(`/c/${FLOUR}/p/${FLOUR}/versions?/save`, token, { label, note: '' }, 'kk');
		const english = await form(`/c/${FLOUR}/p/${FLOUR}/versions?/save`, token, { label, note: '' }, 'en');
		const words = [russian, kazakh, english].map(({ data }) => data.error);
		expect(new Set(words).size).toBe(3);
		expect(words[0]).toMatch(/[а-я]/);
		expect(words[2]).not.toBe(api.body.error);
	});

	it('answers a refused form field with the field, and keeps what was typed', async () => {
		const admin = await suite.token('demo-admin');
		const typed = { username: 'A b', displayName: 'Айгүл', password: 'a long enough password' };
		const answer = await form('/admin?/createUser', admin, typed, 'kk');
		expect(answer).toMatchObject({ type: 'failure', status: 400 });
		expect(answer.data).toMatchObject({ form: 'user', code: 'username', field: 'username' });
		expect(String(answer.data.error)).toMatch(/[әіңғүұқөһ]/i);
	});
});
