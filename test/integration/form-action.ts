// A form action asked as a page's enhanced form asks it (`use:enhance`), and its answer read back.

export type ActionAnswer = { http: number; type: string; status: number; data: Record<string, unknown> };

/** A form action's data as SvelteKit sends it to use:enhance (devalue); a flat object is enough here. */
export function flatData(text: string | undefined): Record<string, unknown> {
	if (!text) return {};
	const [shape, ...values] = JSON.parse(text) as [Record<string, number>, ...unknown[]];
	return Object.fromEntries(Object.entries(shape).map(([key, index]) => [key, values[index - 1]]));
}

/** POSTs `fields` to the action at `origin + path` with a session and a language, from the same origin. */
export async function postAction(
	origin: string,
	path: string,
	token: string,
	fields: Record<string, string>,
	locale = 'en'
): Promise<ActionAnswer> {
	const res = await fetch(`${origin}${path}`, {
		method: 'POST',
		headers: {
			cookie: `session=${token}; PARAGLIDE_LOCALE=${locale}`,
			origin,
			accept: 'application/json',
			'x-sveltekit-action': 'true',
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: new URLSearchParams(fields).toString()
	});
	const body = (await res.json()) as { type: string; status: number; data?: string };
	return { http: res.status, type: body.type, status: body.status, data: flatData(body.data) };
}
