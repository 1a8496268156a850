// Where the call's own page is, for the links back to it. The calls' pages are their own routes;
// this is the one place that spells their address.
import { base } from '$app/paths';

export const callsPage = (): string => `${base}/calls`;

export const callPage = (callId: string): string => `${base}/calls/${encodeURIComponent(callId)}`;
