// A facilitator manages their cluster's members, but may not change what a KIDI reviewer or an
// admin may do there: to them a facilitator gives only the `reviewer` role, which adds nothing to
// their global one. Tried through the cluster page's real form actions on the real server, signed
// in with a session cookie, and read back from the database.
import { beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq, like } from 'drizzle-orm';
import { createUser, findUserByUsername } from '../../../src/lib/server/users';
import { demoServer, type DemoUser } from '../versions/demo-server';
import { postAction, type ActionAnswer } from '../form-action';

const FLOUR = 'flour-kostanay';
const MILK = 'milk-akmola';

describe('global roles in a cluster', () => {
	const suite = demoServer();
	let newcomer = '';

	beforeAll(async () => {
		await createUser(suite.db, {
			username: 'kostanay-bakery',
			displayName: 'Kostanay Bakery LLP',
			password: 'a long enough password'
		});
		newcomer = 'kostanay-bakery';
	});

	/** POSTs a member form of `cluster`'s page as `who`, as the page's enhanced form does. */
	async function memberAction(
		who: DemoUser,
		cluster: string,
		action: 'addMember' | 'changeRole' | 'removeMember',
		fields: Record<string, string>,
		locale = 'en'
	): Promise<ActionAnswer> {
		return postAction(
			suite.server.origin,
			`/c/${cluster}?/${action}`,
			await suite.token(who),
			fields,
			locale
		);
	}

	/** The role `username` holds in `cluster`, straight from the database. */
	async function roleOf(username: string, cluster: string): Promise<string | null> {
		const { db } = suite;
		const { memberships, users } = db.tables;
		const [row] = await db
			.select({ role: memberships.role })
			.from(memberships)
			.innerJoin(users, eq(users.id, memberships.userId))
			.where(and(eq(users.username, username), eq(memberships.clusterId, cluster)));
		return row?.role ?? null;
	}

	/** How many member changes the audit log holds about `username` in `cluster`. */
	async function memberAudits(username: string, cluster: string): Promise<number> {
		const { db } = suite;
		const { auditLog, users } = db.tables;
		const [row] = await db
			.select({ n: count() })
			.from(auditLog)
			.innerJoin(users, eq(users.id, auditLog.target))
			.where(
				and(eq(users.username, username), eq(auditLog.clusterId, cluster), like(auditLog.action, 'member.%'))
			);
		return row?.n ?? 0;
	}

	for (const target of ['demo-reviewer', 'demo-admin'] as const) {
		for (const role of ['member', 'facilitator', 'coordinator']) {
			it(`refuses a facilitator who adds ${target} as ${role}, with 403 in the reader's language, and writes nothing`, async () => {
				const answer = await memberAction('demo-facilitator', FLOUR, 'addMember', { username: target, role });
				expect(answer).toEqual({
					http: 200,
					type: 'failure',
					status: 403,
					data: {
						error:
							'This person is a KIDI reviewer or an administrator: only an administrator may give them a role other than Reviewer in a cluster.',
						code: 'role_needs_admin',
						field: 'role'
					}
				});
				const russian = await memberAction(
					'demo-facilitator',
					FLOUR,
					'addMember',
					{ username: target, role },
					'ru'
				);
				expect(russian.data.error).toMatch(/^Этот человек — эксперт-рецензент КИРИ или администратор/);
				expect(await roleOf(target, FLOUR)).toBeNull();
				expect(await memberAudits(target, FLOUR)).toBe(0);
			});
		}
	}

	it('lets a facilitator list the KIDI reviewer as reviewer, but not then make them a member', async () => {
		const added = await memberAction('demo-facilitator', FLOUR, 'addMember', {
			username: 'demo-reviewer',
			role: 'reviewer'
		});
		expect(added).toMatchObject({ type: 'success', status: 200 });
		expect(await roleOf('demo-reviewer', FLOUR)).toBe('reviewer');

		const userId = await suite.userId('demo-reviewer');
		const promoted = await memberAction('demo-facilitator', FLOUR, 'changeRole', { userId, role: 'member' });
		expect(promoted).toMatchObject({ type: 'failure', status: 403, data: { code: 'role_needs_admin' } });
		expect(await roleOf('demo-reviewer', FLOUR)).toBe('reviewer');
		expect(await memberAudits('demo-reviewer', FLOUR)).toBe(1);
	});

	it('lets an admin make the KIDI reviewer a member, and the facilitator give them back their review', async () => {
		const added = await memberAction('demo-admin', MILK, 'addMember', {
			username: 'demo-reviewer',
			role: 'member'
		});
		expect(added).toMatchObject({ type: 'success', status: 200 });
		expect(await roleOf('demo-reviewer', MILK)).toBe('member');
		const userId = await suite.userId('demo-reviewer');
		// The cluster role now outranks the global one: the reviewer may save a version, as members do.
		const saved = await suite.post(`/api/plans/${MILK}/versions`, await suite.token('demo-reviewer'), {
			label: 'Saved by the reviewer as a member'
		});
		expect(saved.status).toBe(201);

		// Taking a role away only brings the reviewer back to their global role: a facilitator may.
		const back = await memberAction('demo-facilitator', MILK, 'changeRole', { userId, role: 'reviewer' });
		expect(back).toMatchObject({ type: 'success' });
		expect(await roleOf('demo-reviewer', MILK)).toBe('reviewer');
		const removed = await memberAction('demo-facilitator', MILK, 'removeMember', { userId });
		expect(removed).toMatchObject({ type: 'success' });
		expect(await roleOf('demo-reviewer', MILK)).toBeNull();
	});

	it('still lets a facilitator give anyone without a global role any role', async () => {
		for (const role of ['member', 'coordinator', 'facilitator']) {
			const answer =
				role === 'member'
					? await memberAction('demo-facilitator', FLOUR, 'addMember', { username: newcomer, role })
					: await memberAction('demo-facilitator', FLOUR, 'changeRole', {
							userId: (await findUserByUsername(suite.db, newcomer))!.id,
							role
						});
			expect(answer, role).toMatchObject({ type: 'success' });
			expect(await roleOf(newcomer, FLOUR)).toBe(role);
		}
	});

	it('refuses a member of the cluster member changes with 403, and an outsider with the 404 of an unknown cluster', async () => {
		const member = await memberAction('demo-member', FLOUR, 'addMember', {
			username: newcomer,
			role: 'member'
		});
		expect(member.http).toBe(403);
		const outsider = await memberAction('demo-member', 'furniture-almaty', 'addMember', {
			username: newcomer,
			role: 'member'
		});
		const unknown = await memberAction('demo-member', 'no-such-cluster', 'addMember', {
			username: newcomer,
			role: 'member'
		});
		expect(outsider).toEqual(unknown);
		expect(outsider.http).toBe(404);
		expect(await roleOf(newcomer, 'furniture-almaty')).toBeNull();
	});
});
