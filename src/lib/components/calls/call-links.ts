// Where the pages of a call's applications, its ranking and its results are. They are made from the
// call's own page: `resolve` knows only the routes of this tree, and these pages are written apart.
import { resolve } from '$app/paths';

const callPage = (callId: string) => resolve('/calls/[call]', { call: callId });

export const applicationPage = (callId: string, applicationId: string): string =>
	`${callPage(callId)}/applications/${encodeURIComponent(applicationId)}`;

export const rankingPage = (callId: string): string => `${callPage(callId)}/ranking`;

export const resultsPage = (callId: string): string => `${callPage(callId)}/results`;
