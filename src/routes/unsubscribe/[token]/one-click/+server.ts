// GET of the one-click address (a person who opened the List-Unsubscribe link by hand): the page
// that asks first. The one-click POST itself is served before SvelteKit (server/one-click-unsubscribe.ts).
import { redirect } from '@sveltejs/kit';
import { api } from '$lib/server/answer/api';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api(({ params }) => redirect(303, `/unsubscribe/${params.token}`));
