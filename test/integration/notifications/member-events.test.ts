// Being added to a cluster, or given another role in it, is told to the person it concerns, through
// the cluster page's own forms on the real server.
import { beforeAll, describe, expect, it } from 'vitest';
import { demoServer } from '../versions/demo-server';
import { postAction } from '../form-action';
import { mark, person, toldSince, whoIn } from './told';

const suite = demoServer();
let newcomer: { id: string; token: string; username: string };

beforeAll(async () => {
	newcomer = await person(suite.db, 'new-miller', null);
});

describe('a cluster’s members', () => {
	it('added: the new member hears of it, with the cluster and the role', async () => {
		const since = await mark(suite.db);
		const answer = await postAction(
			suite.server.origin,
			'/c/flour-kostanay?/addMember',
			await suite.token('demo-facilitator'),
			{ username: newcomer.username, role: 'member' }
		);
		expect(answer.type, JSON.stringify(answer)).toBe('success');
		const told = await toldSince(suite.db, since);
		expect(whoIn(told)).toEqual([newcomer.id]);
		expect(told[0]).toMatchObject({
			kind: 'member_added',
			link: '/c/flour-kostanay',
			detail: { role: 'member', cluster: { en: expect.any(String) } }
		});
	});

	it('given another role: they hear of it', async () => {
		const since = await mark(suite.db);
		const answer = await postAction(
			suite.server.origin,
			'/c/flour-kostanay?/changeRole',
			await suite.token('demo-admin'),
			{ userId: newcomer.id, role: 'coordinator' }
		);
		expect(answer.type, JSON.stringify(answer)).toBe('success');
		const told = await toldSince(suite.db, since);
		expect(whoIn(told)).toEqual([newcomer.id]);
		expect(told[0]).toMatchObject({ kind: 'role_changed', detail: { role: 'coordinator' } });
	});
});
