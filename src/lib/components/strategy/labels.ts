// Translated names of the strategy's kinds and statuses.
import { m } from '$lib/paraglide/messages';
import type { ActionStatus } from '$lib/plan';
import type { RowKind } from './outline';

const statuses: Record<ActionStatus, () => string> = {
	planned: m.strategy_action_status_planned,
	in_progress: m.strategy_action_status_in_progress,
	done: m.strategy_action_status_done,
	cancelled: m.strategy_action_status_cancelled
};

export function actionStatusLabel(status: ActionStatus): string {
	return statuses[status]();
}

const kinds: Record<RowKind, () => string> = {
	line: m.strategy_kind_line,
	objective: m.strategy_kind_objective,
	action: m.strategy_kind_action
};

export function kindLabel(kind: RowKind): string {
	return kinds[kind]();
}
