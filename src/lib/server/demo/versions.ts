// Demo versions, so the Versions tab and the reviewers' queue have something to show on first start:
// the furniture plan was approved, the tourism plan waits for review, the pharmaceutical plan has a
// draft. The flour, milk and construction plans start without versions (the e2e suite uses them).
import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import { users } from '../db/schema';
import { loadActor } from '../authz/actor';
import { getPlan } from '../plans';
import { saveVersion } from '../versions/store';
import { stepVersion } from '../versions/review';

type DemoVersion = {
	planId: string;
	label: string;
	note: string;
	saved: number;
	steps: { by: 'demo-admin' | 'demo-reviewer'; step: 'submit' | 'approve'; at: number }[];
};

const demoVersions: DemoVersion[] = [
	{
		planId: 'furniture-almaty',
		label: 'Plan adopted by the cluster council',
		note: 'After the strategy workshop of March 2023.',
		saved: Date.UTC(2023, 2, 24, 10),
		steps: [
			{ by: 'demo-admin', step: 'submit', at: Date.UTC(2023, 2, 27, 9) },
			{ by: 'demo-reviewer', step: 'approve', at: Date.UTC(2023, 3, 6, 11) }
		]
	},
	{
		planId: 'tourism-almaty-region',
		label: 'Draft for KIDI review',
		note: 'Projects and indicators agreed with the akimat.',
		saved: Date.UTC(2023, 4, 15, 10),
		steps: [{ by: 'demo-admin', step: 'submit', at: Date.UTC(2023, 4, 16, 9) }]
	},
	{
		planId: 'pharma-south-kazakhstan',
		label: 'Working draft',
		note: '',
		saved: Date.UTC(2023, 5, 2, 15),
		steps: []
	}
];

function actorNamed(db: Db, username: string) {
	const user = db.select().from(users).where(eq(users.username, username)).get();
	return user ? loadActor(db, user) : null;
}

/** Saves the demo versions and takes them through their review steps. */
export function seedDemoVersions(db: Db): void {
	for (const version of demoVersions) {
		const plan = getPlan(db, version.planId);
		const admin = actorNamed(db, 'demo-admin');
		const reviewer = actorNamed(db, 'demo-reviewer');
		if (!plan || !admin || !reviewer) continue;
		const saved = saveVersion(db, admin, plan, version, version.saved);
		for (const { by, step, at } of version.steps) {
			stepVersion(db, by === 'demo-admin' ? admin : reviewer, plan, saved.id, { step }, at);
		}
	}
}
