// Where a year's report stands, in words (never colour alone): the state, with its days.
import { m } from '$lib/paraglide/messages';
import { daysBetween, type DeadlineState } from '$lib/notifications/calendar';

/** The words for a year's `state` against its `dueOn`, as of `today` (an Almaty day). */
export function deadlineWords(deadline: { dueOn: string; state: DeadlineState }, today: string): string {
	switch (deadline.state) {
		case 'later':
			return m.calendar_state_later();
		case 'soon':
			return m.calendar_state_soon({ days: daysBetween(today, deadline.dueOn) });
		case 'due_today':
			return m.calendar_state_due_today();
		case 'overdue':
			return m.calendar_state_overdue({ days: daysBetween(deadline.dueOn, today) });
		case 'done':
			return m.calendar_state_done();
	}
}
