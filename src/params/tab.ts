import type { ParamMatcher } from '@sveltejs/kit';
import { isPlanTab } from '$lib/plan-tabs';

export const match: ParamMatcher = (param) => isPlanTab(param);
