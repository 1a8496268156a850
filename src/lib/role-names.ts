import { m } from '$lib/paraglide/messages';
import type { Role } from './roles';

const names: Record<Role, () => string> = {
	member: m.role_member,
	facilitator: m.role_facilitator,
	reviewer: m.role_reviewer,
	coordinator: m.role_coordinator,
	admin: m.role_admin
};

/** The role's name in the current language. */
export function roleName(role: Role): string {
	return names[role]();
}
