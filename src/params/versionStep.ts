import type { ParamMatcher } from '@sveltejs/kit';

// The review steps as they appear in addresses: /submit, /approve, /request-changes.
export const match: ParamMatcher = (param) => ['submit', 'approve', 'request-changes'].includes(param);
