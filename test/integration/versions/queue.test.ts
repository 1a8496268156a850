// The reviewers' queue follows each version's latest step: in while submitted, out once decided,
// in again when resubmitted; and only for those who may review.
import { afterEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { users } from '../../../src/lib/server/db/schema';
import { loadActor } from '../../../src/lib/server/authz/actor';
import { seedDemo } from '../../../src/lib/server/demo/seed';
import { getPlan } from '../../../src/lib/server/plans';
import { saveVersion } from '../../../src/lib/server/versions/store';
import { reviewQueue, stepVersion } from '../../../src/lib/server/versions/review';
import { tempDatabase } from '../auth/temp-db';

describe("the reviewers' queue", () => {
	let dispose = () => {};
	afterEach(() => dispose());

	it('holds exactly the versions whose latest step is a submission', async () => {
		const temp = tempDatabase();
		dispose = temp.dispose;
		const db = temp.db;
		await seedDemo(db, { DEMO_PASSWORD: 'given-password' });
		const actor = (username: string) =>
			loadActor(db, db.select().from(users).where(eq(users.username, username)).get()!);
		const [facilitator, reviewer, member] = ['demo-facilitator', 'demo-reviewer', 'demo-member'].map(actor);
		const plan = getPlan(db, 'flour-kostanay')!;
		const queued = () => reviewQueue(db, reviewer!).map((v) => `${v.planId} v${v.id} ${v.clusterName.en}`);

		const { id } = saveVersion(db, facilitator!, plan, { label: 'For review' });
		expect(queued()).toEqual(['tourism-almaty-region v2 Tourism cluster of Almaty region']);
		stepVersion(db, facilitator!, plan, id, { step: 'submit' }, Date.UTC(2030, 0, 1));
		expect(queued()).toContain('flour-kostanay v1 Flour cluster of Kostanay region');
		stepVersion(db, reviewer!, plan, id, { step: 'request_changes', comment: 'More on exports' });
		expect(queued()).not.toContain('flour-kostanay v1 Flour cluster of Kostanay region');
		stepVersion(db, facilitator!, plan, id, { step: 'submit' }, Date.UTC(2030, 0, 2));
		expect(queued().at(-1)).toBe('flour-kostanay v1 Flour cluster of Kostanay region');
		// Nobody but reviewers and admins has a queue.
		expect(reviewQueue(db, member!)).toEqual([]);
		stepVersion(db, reviewer!, plan, id, { step: 'approve' });
		expect(queued()).toHaveLength(1);
	});
});
