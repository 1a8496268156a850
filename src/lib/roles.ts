// Role names shared by pages and server; the rules about them live in $lib/server/authz/can.ts.
export const clusterRoles = ['member', 'facilitator', 'reviewer', 'coordinator'] as const;
export type ClusterRole = (typeof clusterRoles)[number];
export type Role = ClusterRole | 'admin';
