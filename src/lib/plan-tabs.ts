// The plan workspace's tabs, in the order the programme works: analyse, plan, fund, measure, review, meet.
import { m } from '$lib/paraglide/messages';

export const planTabs = [
	'map',
	'strategy',
	'projects',
	'funding',
	'indicators',
	'logframe',
	'monitoring',
	'versions',
	'workshop'
] as const;
export type PlanTab = (typeof planTabs)[number];

export const tabLabels: Record<PlanTab, () => string> = {
	map: m.tab_map,
	strategy: m.tab_strategy,
	projects: m.tab_projects,
	funding: m.fundtab_tab,
	indicators: m.tab_indicators,
	logframe: m.logframe_tab,
	monitoring: m.tab_monitoring,
	versions: m.tab_versions,
	workshop: m.tab_workshop
};

export function isPlanTab(value: string): value is PlanTab {
	return (planTabs as readonly string[]).includes(value);
}
