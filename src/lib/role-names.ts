import { m } from '$lib/paraglide/messages';
import type { GlobalRole, Role } from './roles';

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

/** A global role's name: KIDI's roles as above, and the applicant who represents an initiative in a call. */
export function globalRoleName(role: GlobalRole): string {
	return role === 'applicant' ? m.calls_role_applicant() : roleName(role);
}
