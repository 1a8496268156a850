// The plan workspace's tabs, in the order the programme works: analyse, plan, fund, measure, review, meet.
export const planTabs = [
	'map',
	'strategy',
	'projects',
	'indicators',
	'monitoring',
	'versions',
	'workshop'
] as const;
export type PlanTab = (typeof planTabs)[number];

export function isPlanTab(value: string): value is PlanTab {
	return (planTabs as readonly string[]).includes(value);
}
