// The reviewers' queue follows each version's latest step: in while submitted, out once decided,
// in again when resubmitted; and only for those who may review.
import { afterEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { loadActor } from '../../../src/lib/server/authz/actor';
import { seedDemo } from '../../../src/lib/server/demo/seed';
import { getPlan } from '../../../src/lib/server/plans';
import { saveVersion } from '../../../src/lib/server/versions/store';
import { reviewQueue, stepVersion } from '../../../src/lib/server/versions/review';
import { testDatabase } from '../../storage';

describe("the reviewers' queue", () => {
	let dispose = async () => {};
	afterEach(async () => dispose());

	it('holds exactly the versions whose latest step is a submission', async () => {
		const temp = await testDatabase();
		dispose = temp.dispose;
		const db = temp.db;
		await seedDemo(db, { DEMO_PASSWORD: 'given-password' });
		const { users } = db.tables;
		const actor = async (username: string) =>
			loadActor(db, (await db.select().from(users).where(eq(users.username, username)))[0]!);
		const [facilitator, reviewer, member] = await Promise.all(
			['demo-facilitator', 'demo-reviewer', 'demo-member'].map(actor)
		);
		const plan = (await getPlan(db, 'flour-kostanay'))!;
		const queued = async () =>
			(await reviewQueue(db, reviewer!)).map((v) => `${v.planId} v${v.id} ${v.clusterName.en}`);

		const { id } = await saveVersion(db, facilitator!, plan, { label: 'For review' });
		expect(await queued()).toEqual(['tourism-almaty-region v2 Tourism cluster of Almaty region']);
		await stepVersion(db, facilitator!, plan, id, { step: 'submit' }, Date.UTC(2030, 0, 1));
		expect(await queued()).toContain('flour-kostanay v1 Flour cluster of Kostanay region');
		await stepVersion(db, reviewer!, plan, id, { step: 'request_changes', comment: 'More on exports' });
		expect(await queued()).not.toContain('flour-kostanay v1 Flour cluster of Kostanay region');
		await stepVersion(db, facilitator!, plan, id, { step: 'submit' }, Date.UTC(2030, 0, 2));
		expect((await queued()).at(-1)).toBe('flour-kostanay v1 Flour cluster of Kostanay region');
		// Nobody but reviewers and admins has a queue.
		expect(await reviewQueue(db, member!)).toEqual([]);
		await stepVersion(db, reviewer!, plan, id, { step: 'approve' });
		expect(await queued()).toHaveLength(1);
	});
});
