// Who a user is in a workshop: from the session and their role in the plan's cluster.
import type { AppUser } from '../../src/lib/server/authz/actor';
import { roleIn } from '../../src/lib/server/authz/can';
import type { Participant } from '../../src/lib/plan/workshop';

export function participantOf(user: AppUser, clusterId: string): Participant {
	return {
		id: user.id,
		username: user.username,
		name: user.displayName,
		role: roleIn(user, clusterId) ?? ''
	};
}
