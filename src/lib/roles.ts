// Role names shared by pages and server; the rules about them live in $lib/server/authz/can.ts.
export const clusterRoles = ['member', 'facilitator', 'reviewer', 'coordinator'] as const;
export type ClusterRole = (typeof clusterRoles)[number];
export type Role = ClusterRole | 'admin';
/**
 * Roles held across the programme: KIDI's admins and reviewers, and the applicants who represent a
 * cluster initiative in a call (they hold no cluster until theirs is chosen).
 */
export const globalRoles = ['admin', 'reviewer', 'applicant'] as const;
export type GlobalRole = (typeof globalRoles)[number];
